package dev.partnerpoints.tier;

import static dev.partnerpoints.tier.TierAsserts.assertGap;
import static dev.partnerpoints.tier.TierLedger.ledger;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerpoints.ledger.PointLedger;
import dev.partnerpoints.money.Points;
import dev.partnerpoints.program.SoldMinimumBasis;
import dev.partnerpoints.program.Tier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Tier status on a date (docs/rules.md section 12): the highest tier whose requirements are all met, each
 * requirement failing on its own, and the rule changes of 2025-07-15 and 2026-01-15. Points are
 * built by hand with {@link TierLedger}: US clients in USD, sourced MRR/100 x 5 (closed from
 * 2024-02-27), assisted MRR/100 x 3, managed MRR/100 x 1.
 */
class TierStatusTest {

  /** Built-in schedule of 2022-07-18: totals 123/313/800/3650, sold (sourced + assisted) minimum. */
  static final LocalDate FIRST_ERA = LocalDate.of(2025, 3, 3);
  /** Built-in schedule of 2025-07-15: totals 129/329/840/3833, sourced minimum. */
  static final LocalDate SECOND_ERA = LocalDate.of(2025, 9, 1);
  /** Deals closed then are active on FIRST_ERA, 2025-07-14 and 2025-07-15 (until 2026-01-10). */
  static final LocalDate CLOSED_EARLY_2025 = LocalDate.of(2025, 1, 10);
  /** Deals closed then are active on SECOND_ERA (until 2026-08-01). */
  static final LocalDate CLOSED_AUG_2025 = LocalDate.of(2025, 8, 1);
  static final LocalDate MANAGED_FROM = LocalDate.of(2024, 12, 1);

  private static TierStatus status(PointLedger ledger, LocalDate date) {
    return TierEvaluator.of(ledger, PartnerAccount.alwaysCertified()).statusOn(date);
  }

  /** Gold exactly: sourced 1260 USD -> 12.6 x 5 = 63 sold; managed 6000 USD -> 60; total 123. */
  private static PointLedger goldExactlyFirstEra() {
    return ledger().sourced(CLOSED_EARLY_2025, "1260").managed(MANAGED_FROM, "6000").build();
  }

  private static PartnerAccount certifiedWithRecordedUsage(String usage) {
    return PartnerAccount.builder().from(PartnerAccount.alwaysCertified())
        .putMedianToolUsage(LocalDate.of(2022, 7, 18), new BigDecimal(usage)).build();
  }

  @Test
  void exactlyAtEveryThresholdMeetsTheTier() {
    TierStatus status = status(goldExactlyFirstEra(), FIRST_ERA);

    assertThat(status.date()).isEqualTo(FIRST_ERA);
    assertThat(status.performanceTier()).contains(Tier.GOLD);
    TierProgress gold = status.progressTowards(Tier.GOLD);
    assertThat(gold.isMet()).isTrue();
    assertThat(gold.unmet()).isEmpty();
    assertGap(gold.total(), RequirementKind.TOTAL_POINTS, "123", "123", "0");
    assertGap(gold.soldMinimum(), RequirementKind.SOLD_MINIMUM, "63", "63", "0");
    assertGap(gold.managedMinimum().orElseThrow(), RequirementKind.MANAGED_MINIMUM, "60", "60", "0");
    assertThat(gold.certificationMet()).isTrue();
    assertThat(gold.toolUsageMet()).isTrue();
    // Platinum: 123 < 313, 63 < 113, 60 < 200
    assertThat(status.progressTowards(Tier.PLATINUM).unmet()).containsExactly(
        RequirementKind.TOTAL_POINTS, RequirementKind.SOLD_MINIMUM, RequirementKind.MANAGED_MINIMUM);
  }

  @Test
  void oneSoldPointShortFailsOnlyTheSoldMinimum() {
    // sourced 1240 -> 12.4 x 5 = 62 < 63; managed 6100 -> 61; total 123 (met)
    PointLedger ledger = ledger().sourced(CLOSED_EARLY_2025, "1240").managed(MANAGED_FROM, "6100").build();

    TierStatus status = status(ledger, FIRST_ERA);

    assertThat(status.performanceTier()).isEmpty();
    TierProgress gold = status.progressTowards(Tier.GOLD);
    assertThat(gold.unmet()).containsExactly(RequirementKind.SOLD_MINIMUM);
    assertGap(gold.soldMinimum(), RequirementKind.SOLD_MINIMUM, "63", "62", "1");
    assertGap(gold.total(), RequirementKind.TOTAL_POINTS, "123", "123", "0");
  }

  @Test
  void oneManagedPointShortFailsOnlyTheManagedMinimum() {
    // sourced 1280 -> 12.8 x 5 = 64; managed 5900 -> 59 < 60; total 123 (met)
    PointLedger ledger = ledger().sourced(CLOSED_EARLY_2025, "1280").managed(MANAGED_FROM, "5900").build();

    TierStatus status = status(ledger, FIRST_ERA);

    assertThat(status.performanceTier()).isEmpty();
    TierProgress gold = status.progressTowards(Tier.GOLD);
    assertThat(gold.unmet()).containsExactly(RequirementKind.MANAGED_MINIMUM);
    assertGap(gold.managedMinimum().orElseThrow(), RequirementKind.MANAGED_MINIMUM, "60", "59", "1");
  }

  @Test
  void onePointShortOfTheTotalFailsOnlyTheTotal() {
    // Before 2025-07-15 a Gold total (123) is exactly sold min + managed min (63 + 60), so the total
    // cannot fail alone; from 2025-07-15 it is 129.
    // sourced 1260 -> 63; managed 6500 -> 65; total 128 < 129
    PointLedger shortLedger = ledger().sourced(CLOSED_AUG_2025, "1260").managed(MANAGED_FROM, "6500").build();
    // managed 6600 -> 66; total 129
    PointLedger exactLedger = ledger().sourced(CLOSED_AUG_2025, "1260").managed(MANAGED_FROM, "6600").build();

    TierStatus shortStatus = status(shortLedger, SECOND_ERA);
    TierStatus exact = status(exactLedger, SECOND_ERA);

    assertThat(shortStatus.performanceTier()).isEmpty();
    TierProgress gold = shortStatus.progressTowards(Tier.GOLD);
    assertThat(gold.unmet()).containsExactly(RequirementKind.TOTAL_POINTS);
    assertGap(gold.total(), RequirementKind.TOTAL_POINTS, "129", "128", "1");
    assertThat(exact.performanceTier()).contains(Tier.GOLD);
    assertGap(exact.progressTowards(Tier.GOLD).total(), RequirementKind.TOTAL_POINTS, "129", "129", "0");
  }

  @Test
  void missingCertificationFailsOnlyTheCertification() {
    PointLedger ledger = goldExactlyFirstEra();
    PartnerAccount never = PartnerAccount.builder().build();
    // valid on [2024-01-01, 2025-03-03): expired on FIRST_ERA, valid the day before
    PartnerAccount expired = PartnerAccount.builder()
        .addCertifications(Certification.of(LocalDate.of(2024, 1, 1), Optional.of(FIRST_ERA))).build();

    TierStatus uncertified = TierEvaluator.of(ledger, never).statusOn(FIRST_ERA);
    TierStatus lapsed = TierEvaluator.of(ledger, expired).statusOn(FIRST_ERA);
    TierStatus dayBefore = TierEvaluator.of(ledger, expired).statusOn(FIRST_ERA.minusDays(1));

    assertThat(uncertified.certified()).isFalse();
    assertThat(uncertified.performanceTier()).isEmpty();
    assertThat(uncertified.progressTowards(Tier.GOLD).unmet()).containsExactly(RequirementKind.CERTIFICATION);
    assertThat(lapsed.certified()).isFalse();
    assertThat(lapsed.performanceTier()).isEmpty();
    assertThat(lapsed.progressTowards(Tier.GOLD).unmet()).containsExactly(RequirementKind.CERTIFICATION);
    assertThat(dayBefore.certified()).isTrue();
    assertThat(dayBefore.performanceTier()).contains(Tier.GOLD);
  }

  @Test
  void toolUsageOf2Point9FailsOnlyTheToolUsage() {
    PointLedger ledger = goldExactlyFirstEra();

    TierStatus low = TierEvaluator.of(ledger, certifiedWithRecordedUsage("2.9")).statusOn(FIRST_ERA);
    TierStatus enough = TierEvaluator.of(ledger, certifiedWithRecordedUsage("3.0")).statusOn(FIRST_ERA);

    assertThat(low.medianToolUsage()).hasValueSatisfying(u -> assertThat(u).isEqualByComparingTo("2.9"));
    assertThat(low.performanceTier()).isEmpty();
    assertThat(low.tiers()).allSatisfy(p -> assertThat(p.toolUsageMet()).isFalse());
    assertThat(low.progressTowards(Tier.GOLD).unmet()).containsExactly(RequirementKind.TOOL_USAGE);
    assertThat(enough.progressTowards(Tier.GOLD).toolUsageMet()).isTrue();
    assertThat(enough.performanceTier()).contains(Tier.GOLD);
  }

  @Test
  void unknownToolUsageFailsOnlyTheToolUsage() {
    // no client has a tool usage and the account records none
    PointLedger ledger = ledger().toolUsage(null)
        .sourced(CLOSED_EARLY_2025, "1260").managed(MANAGED_FROM, "6000").build();

    TierStatus status = status(ledger, FIRST_ERA);

    assertThat(status.medianToolUsage()).isEmpty();
    assertThat(status.performanceTier()).isEmpty();
    assertThat(status.progressTowards(Tier.GOLD).unmet()).containsExactly(RequirementKind.TOOL_USAGE);
  }

  @Test
  void performanceTierIsTheHighestTierMet() {
    // sourced 6000 -> 60 x 5 = 300; managed 50000 -> 500; total 800: Diamond exactly, not Elite
    PointLedger ledger = ledger().sourced(CLOSED_EARLY_2025, "6000").managed(MANAGED_FROM, "50000").build();

    TierStatus status = status(ledger, FIRST_ERA);

    assertThat(status.performanceTier()).contains(Tier.DIAMOND);
    assertThat(status.points().soldPoints()).isEqualTo(Points.of(300));
    assertThat(status.points().managedPoints()).isEqualTo(Points.of(500));
    assertThat(status.tiers()).extracting(TierProgress::tier)
        .containsExactly(Tier.GOLD, Tier.PLATINUM, Tier.DIAMOND, Tier.ELITE);
    assertThat(status.tiers()).extracting(TierProgress::isMet).containsExactly(true, true, true, false);
  }

  @Test
  void assistedPointsStopCountingTowardsTheSoldMinimumOn2025_07_15() {
    // assisted 2100 -> 21 x 3 = 63; managed 6600 -> 66; total 129
    PointLedger ledger = ledger().assisted(CLOSED_EARLY_2025, "2100").managed(MANAGED_FROM, "6600").build();

    TierStatus before = status(ledger, LocalDate.of(2025, 7, 14));
    TierStatus after = status(ledger, LocalDate.of(2025, 7, 15));

    // 2025-07-14: sold = sourced + assisted = 63 >= 63; total 129 >= 123; managed 66 >= 60
    assertThat(before.performanceTier()).contains(Tier.GOLD);
    assertThat(before.progressTowards(Tier.GOLD).soldMinimumBasis()).isEqualTo(SoldMinimumBasis.SOLD);
    assertGap(before.progressTowards(Tier.GOLD).soldMinimum(), RequirementKind.SOLD_MINIMUM, "63", "63", "0");
    // 2025-07-15: sourced only = 0 < 63; total 129 >= 129 still met
    assertThat(after.performanceTier()).isEmpty();
    TierProgress gold = after.progressTowards(Tier.GOLD);
    assertThat(gold.soldMinimumBasis()).isEqualTo(SoldMinimumBasis.SOURCED);
    assertThat(gold.unmet()).containsExactly(RequirementKind.SOLD_MINIMUM);
    assertGap(gold.soldMinimum(), RequirementKind.SOLD_MINIMUM, "63", "0", "63");
    assertGap(gold.total(), RequirementKind.TOTAL_POINTS, "129", "129", "0");
  }

  @Test
  void totalThresholdsRiseOn2025_07_15() {
    PointLedger ledger = goldExactlyFirstEra();

    TierStatus before = status(ledger, LocalDate.of(2025, 7, 14));
    TierStatus after = status(ledger, LocalDate.of(2025, 7, 15));

    assertThat(requiredTotals(before)).containsExactly(Points.of(123), Points.of(313), Points.of(800), Points.of(3650));
    assertThat(requiredTotals(after)).containsExactly(Points.of(129), Points.of(329), Points.of(840), Points.of(3833));
    // sold and managed minimums are unchanged
    for (TierStatus s : List.of(before, after)) {
      assertThat(s.tiers()).extracting(p -> p.soldMinimum().required())
          .containsExactly(Points.of(63), Points.of(113), Points.of(300), Points.of(1950));
      assertThat(s.tiers()).extracting(p -> p.managedMinimum().orElseThrow().required())
          .containsExactly(Points.of(60), Points.of(200), Points.of(500), Points.of(1700));
    }
    // 63 sourced + 60 managed = 123: Gold the day before, 6 short of 129 on the day
    assertThat(before.performanceTier()).contains(Tier.GOLD);
    assertThat(after.performanceTier()).isEmpty();
    assertThat(after.progressTowards(Tier.GOLD).unmet()).containsExactly(RequirementKind.TOTAL_POINTS);
    assertGap(after.progressTowards(Tier.GOLD).total(), RequirementKind.TOTAL_POINTS, "129", "123", "6");
  }

  @Test
  void managedMinimumEndsOn2026_01_15() {
    // sourced 2000 on 2025-09-01 -> 20 x 5 = 100; managed 2900 -> 29; total 129
    PointLedger ledger = ledger().sourced(LocalDate.of(2025, 9, 1), "2000")
        .managed(LocalDate.of(2025, 9, 1), "2900").build();

    TierStatus before = status(ledger, LocalDate.of(2026, 1, 14));
    TierStatus after = status(ledger, LocalDate.of(2026, 1, 15));

    assertThat(before.performanceTier()).isEmpty();
    TierProgress goldBefore = before.progressTowards(Tier.GOLD);
    assertThat(goldBefore.unmet()).containsExactly(RequirementKind.MANAGED_MINIMUM);
    assertGap(goldBefore.managedMinimum().orElseThrow(), RequirementKind.MANAGED_MINIMUM, "60", "29", "31");
    assertThat(after.performanceTier()).contains(Tier.GOLD);
    assertThat(after.tiers()).allSatisfy(p -> assertThat(p.managedMinimum()).isEmpty());
    assertThat(after.progressTowards(Tier.GOLD).pointsRequirements()).extracting(RequirementGap::kind)
        .containsExactly(RequirementKind.TOTAL_POINTS, RequirementKind.SOLD_MINIMUM);
  }

  private static List<Points> requiredTotals(TierStatus status) {
    return status.tiers().stream().map(p -> p.total().required()).collect(Collectors.toList());
  }
}
