package dev.partnerpoints.program;

import com.google.common.collect.ImmutableSet;
import dev.partnerpoints.money.PointValueTable;
import dev.partnerpoints.money.Points;
import dev.partnerpoints.money.Timeline;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/** The built-in program's data (docs/rules.md sections 2-4 and 12). */
final class BuiltInProgram {

  static final LocalDate LAUNCH = LocalDate.of(2022, 7, 18);
  static final LocalDate FIVE_POINT_SOURCED = LocalDate.of(2024, 2, 27);
  static final LocalDate SOURCED_MINIMUM = LocalDate.of(2025, 7, 15);
  static final LocalDate NO_MANAGED_MINIMUM = LocalDate.of(2026, 1, 15);

  // Declared before RULES: static initialisers run in text order.
  private static final int[] SOLD_MINIMUMS = {63, 113, 300, 1950};
  private static final int[] MANAGED_MINIMUMS = {60, 200, 500, 1700};

  private static final String GROWTH_MARKETS =
      // India
      "IN "
      // Latin America
      + "AR BO BR CL CO CR CU DO EC GT HN MX NI PA PE PR PY SV UY VE "
      // North Asia
      + "CN KR MN "
      // Southeast and South Asia
      + "BD BN HK ID KH LA LK MM MV MY NP PH PK SG TH TL TW VN";


  static final ProgramRules RULES = ProgramRules.builder()
      .name("partner program (built-in, as documented)")
      .rateEras(Timeline.<RateEra>builder("point rates")
          .add(LAUNCH, rates(3, 3, 1, false))
          .add(FIVE_POINT_SOURCED, rates(5, 3, 1, true))
          .build())
      .growthMarkets(Timeline.of("growth market list", LAUNCH, Arrays.stream(GROWTH_MARKETS.split(" "))
          .map(CountryCode::of).collect(ImmutableSet.toImmutableSet())))
      .pointValues(PointValueTable.builtIn())
      .tierSchedules(Timeline.<TierSchedule>builder("tier schedule")
          .add(LAUNCH, schedule(SoldMinimumBasis.SOLD, true, 123, 313, 800, 3650))
          .add(SOURCED_MINIMUM, schedule(SoldMinimumBasis.SOURCED, true, 129, 329, 840, 3833))
          .add(NO_MANAGED_MINIMUM, schedule(SoldMinimumBasis.SOURCED, false, 129, 329, 840, 3833))
          .build())
      .soldPointsActiveMonths(12)
      .noDealIncreasesStopEarningOn(Optional.of(SOURCED_MINIMUM))
      .build();

  private BuiltInProgram() {}

  private static RateEra rates(int sourced, int assisted, int managed, boolean lock) {
    return RateEra.builder()
        .sourcedRate(BigDecimal.valueOf(sourced))
        .assistedRate(BigDecimal.valueOf(assisted))
        .managedRate(BigDecimal.valueOf(managed))
        .growthMultiplier(BigDecimal.valueOf(2))
        .locksSourcedRateToFirstSale(lock)
        .build();
  }

  private static TierSchedule schedule(SoldMinimumBasis basis, boolean managedMinimum, int... totals) {
    TierSchedule.Builder schedule = TierSchedule.builder();
    int i = 0; // the tier's rank, lowest first: the index into the per-tier arrays
    for (Tier tier : Tier.values()) {
      schedule.putRequirements(tier, TierRequirements.builder()
          .totalPoints(Points.of(totals[i]))
          .soldMinimum(Points.of(SOLD_MINIMUMS[i]))
          .soldMinimumBasis(basis)
          .managedMinimum(managedMinimum ? Optional.of(Points.of(MANAGED_MINIMUMS[i])) : Optional.empty())
          .build());
      i++;
    }
    return schedule.build();
  }
}
