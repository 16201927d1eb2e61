package dev.partnerpoints.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerpoints.calculator.AppliedRule;
import dev.partnerpoints.internal.RuleResolver;
import dev.partnerpoints.money.DateOutsideProgramException;
import dev.partnerpoints.money.Points;
import dev.partnerpoints.money.Timeline;
import dev.partnerpoints.money.UnsupportedCurrencyException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The built-in program rules, docs/rules.md sections 2-4 and 12. */
class ProgramRulesTest {

  /** docs/rules.md section 3, typed in again here (not read from the main code). */
  static final String GROWTH_MARKETS = "IN"
      + " AR BO BR CL CO CR CU DO EC GT HN MX NI PA PE PR PY SV UY VE"
      + " CN KR MN"
      + " BD BN HK ID KH LA LK MM MV MY NP PH PK SG TH TL TW VN";

  private final ProgramRules rules = ProgramRules.builtIn();

  // --- rate eras (section 2) --------------------------------------------------------------------

  @ParameterizedTest(name = "{0}: sourced {1}, assisted {2}, managed {3} (era of {4})")
  @CsvSource({
      "2022-07-18, 3, 3, 1, 2022-07-18",
      "2023-06-01, 3, 3, 1, 2022-07-18",
      "2024-02-26, 3, 3, 1, 2022-07-18", // the day before the change
      "2024-02-27, 5, 3, 1, 2024-02-27", // the day of the change
      "2026-01-15, 5, 3, 1, 2024-02-27",
  })
  void rateEras(LocalDate date, int sourced, int assisted, int managed, LocalDate eraFrom) {
    RateEra era = rules.rateEraOn(date);
    assertThat(era.sourcedRate()).isEqualByComparingTo(BigDecimal.valueOf(sourced));
    assertThat(era.assistedRate()).isEqualByComparingTo(BigDecimal.valueOf(assisted));
    assertThat(era.managedRate()).isEqualByComparingTo(BigDecimal.valueOf(managed));
    assertThat(era.soldRate(DealType.SOURCED)).isEqualByComparingTo(BigDecimal.valueOf(sourced));
    assertThat(era.soldRate(DealType.ASSISTED)).isEqualByComparingTo(BigDecimal.valueOf(assisted));
    assertThat(era.growthMultiplier()).isEqualByComparingTo("2");
    assertThat(rules.rateEras().effectiveFromOn(date)).isEqualTo(eraFrom);
  }

  @Test
  void onlyThe2024EraLocksTheSourcedRate() {
    assertThat(rules.rateEraOn(LocalDate.of(2024, 2, 26)).locksSourcedRateToFirstSale()).isFalse();
    assertThat(rules.rateEraOn(LocalDate.of(2024, 2, 27)).locksSourcedRateToFirstSale()).isTrue();
  }

  @Test
  void theDayBeforeTheFirstEraIsOutsideTheProgram() {
    LocalDate before = LocalDate.of(2022, 7, 17);
    assertThatThrownBy(() -> rules.rateEraOn(before))
        .isInstanceOf(DateOutsideProgramException.class).hasMessageContaining("2022-07-17");
    assertThatThrownBy(() -> rules.isGrowthMarket(CountryCode.of("BR"), before))
        .isInstanceOf(DateOutsideProgramException.class).hasMessageContaining("2022-07-17");
    assertThatThrownBy(() -> rules.tierScheduleOn(before))
        .isInstanceOf(DateOutsideProgramException.class).hasMessageContaining("2022-07-17");
    assertThatThrownBy(() -> rules.pointValue(Monetary.getCurrency("USD"), before))
        .isInstanceOf(DateOutsideProgramException.class).hasMessageContaining("2022-07-17");
  }

  // --- product-line rate lock (section 2) -------------------------------------------------------

  @ParameterizedTest(name = "{0} closed {1}, line first sold {2}: rate {3} (era of {4})")
  @CsvSource({
      // upsell of a line first sold before 2024-02-27 keeps the sourced rate of 3
      "SOURCED,  2025-08-01, 2024-02-26, 3, 2022-07-18",
      "SOURCED,  2024-02-27, 2023-01-10, 3, 2022-07-18",
      // a line first sold before the program began keeps the first era's rate
      "SOURCED,  2025-08-01, 2020-01-01, 3, 2022-07-18",
      // a line first sold on or after 2024-02-27 earns 5, also on later upsells
      "SOURCED,  2025-08-01, 2024-02-27, 5, 2024-02-27",
      "SOURCED,  2025-08-01, 2025-08-01, 5, 2024-02-27",
      // before 2024-02-27 the rate is 3 anyway
      "SOURCED,  2024-02-26, 2024-02-26, 3, 2022-07-18",
      // assisted deals are unaffected by the lock
      "ASSISTED, 2025-08-01, 2023-01-10, 3, 2024-02-27",
      "ASSISTED, 2025-08-01, 2025-08-01, 3, 2024-02-27",
  })
  void soldRateWithTheProductLineRateLock(DealType type, LocalDate close, LocalDate firstSold, int rate,
      LocalDate soldEraFrom) {
    // the library resolves the lock in one place, the rule resolver; the reference says the same
    AppliedRule rule = RuleResolver.of(rules).resolve(Monetary.getCurrency("USD"), CountryCode.of("US"), type, close,
        firstSold).appliedRule(close, 1);
    assertThat(rule.soldRate()).isEqualByComparingTo(BigDecimal.valueOf(rate));
    assertThat(rule.soldRateEraFrom()).isEqualTo(soldEraFrom);
    assertThat(RateLock.soldRate(rules, type, close, firstSold)).isEqualByComparingTo(BigDecimal.valueOf(rate));
    assertThat(RateLock.soldRateEraFrom(rules, type, close, firstSold)).isEqualTo(soldEraFrom);
  }

  @Test
  void aFirstSaleAfterTheCloseDateIsRejected() {
    assertThatThrownBy(() -> RuleResolver.of(rules).resolve(Monetary.getCurrency("USD"), CountryCode.of("US"),
        DealType.SOURCED, LocalDate.of(2025, 8, 1), LocalDate.of(2025, 8, 2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2025-08-02")
        .hasMessageContaining("2025-08-01");
  }

  // --- growth markets (section 4) ---------------------------------------------------------------

  @Test
  void theGrowthMarketListIsExactlyTheDocumentedOne() {
    assertThat(rules.growthMarkets().valueOn(LocalDate.of(2025, 8, 1)).stream().map(CountryCode::code)
        .collect(Collectors.toSet()))
        .containsExactlyInAnyOrderElementsOf(Arrays.asList(GROWTH_MARKETS.split(" ")))
        .hasSize(1 + 20 + 3 + 18);
  }

  @ParameterizedTest
  @ValueSource(strings = {"IN",
      "AR", "BO", "BR", "CL", "CO", "CR", "CU", "DO", "EC", "GT", "HN", "MX", "NI", "PA", "PE", "PR", "PY", "SV",
      "UY", "VE",
      "CN", "KR", "MN",
      "BD", "BN", "HK", "ID", "KH", "LA", "LK", "MM", "MV", "MY", "NP", "PH", "PK", "SG", "TH", "TL", "TW", "VN"})
  void growthMarketsDoubleEveryRate(String code) {
    CountryCode country = CountryCode.of(code);
    assertThat(rules.isGrowthMarket(country, LocalDate.of(2022, 7, 18))).isTrue();
    assertThat(rules.isGrowthMarket(country, LocalDate.of(2025, 8, 1))).isTrue();
    assertThat(rules.marketMultiplier(country, LocalDate.of(2025, 8, 1))).isEqualByComparingTo("2");
  }

  @ParameterizedTest
  @ValueSource(strings = {"US", "DE", "GB", "JP", "FR", "CA", "AU", "ZA", "ES", "PT", "JM", "NZ"})
  void otherMarketsHaveMultiplierOne(String code) {
    CountryCode country = CountryCode.of(code);
    assertThat(rules.isGrowthMarket(country, LocalDate.of(2025, 8, 1))).isFalse();
    assertThat(rules.marketMultiplier(country, LocalDate.of(2025, 8, 1))).isEqualByComparingTo("1");
  }

  // --- currency table (section 3) ---------------------------------------------------------------

  @Test
  void theRulesUseTheBuiltInCurrencyTable() {
    assertThat(rules.pointValue(Monetary.getCurrency("EUR"), LocalDate.of(2025, 7, 14)).localAmountPer100Usd())
        .isEqualByComparingTo("75");
    assertThat(rules.pointValue(Monetary.getCurrency("EUR"), LocalDate.of(2025, 7, 15)).localAmountPer100Usd())
        .isEqualByComparingTo("88");
    assertThatThrownBy(() -> rules.pointValue(Monetary.getCurrency("BRL"), LocalDate.of(2025, 7, 15)))
        .isInstanceOf(UnsupportedCurrencyException.class).hasMessageContaining("BRL");
  }

  // --- other section 2 defaults -----------------------------------------------------------------

  @Test
  void soldPointsStayActiveTwelveMonthsAndNoDealIncreasesStopEarningOn2025_07_15() {
    assertThat(rules.soldPointsActiveMonths()).isEqualTo(12);
    assertThat(rules.noDealIncreasesStopEarningOn()).contains(LocalDate.of(2025, 7, 15));
  }

  // --- tier schedules (section 5) ---------------------------------------------------------------

  @ParameterizedTest(name = "{0} on {1}: total {2}, sold min {3} ({4}), managed min {5}")
  @CsvSource({
      // from 2022-07-18: totals 123/313/800/3650, sold minimum on sold points, managed minimum
      "GOLD,     2022-07-18, 123,  63,   SOLD,    60",
      "PLATINUM, 2022-07-18, 313,  113,  SOLD,    200",
      "DIAMOND,  2022-07-18, 800,  300,  SOLD,    500",
      "ELITE,    2022-07-18, 3650, 1950, SOLD,    1700",
      "GOLD,     2025-07-14, 123,  63,   SOLD,    60",
      "PLATINUM, 2025-07-14, 313,  113,  SOLD,    200",
      "DIAMOND,  2025-07-14, 800,  300,  SOLD,    500",
      "ELITE,    2025-07-14, 3650, 1950, SOLD,    1700",
      // from 2025-07-15: totals 129/329/840/3833, minimum now on sourced points
      "GOLD,     2025-07-15, 129,  63,   SOURCED, 60",
      "PLATINUM, 2025-07-15, 329,  113,  SOURCED, 200",
      "DIAMOND,  2025-07-15, 840,  300,  SOURCED, 500",
      "ELITE,    2025-07-15, 3833, 1950, SOURCED, 1700",
      "GOLD,     2026-01-14, 129,  63,   SOURCED, 60",
      "PLATINUM, 2026-01-14, 329,  113,  SOURCED, 200",
      "DIAMOND,  2026-01-14, 840,  300,  SOURCED, 500",
      "ELITE,    2026-01-14, 3833, 1950, SOURCED, 1700",
      // from 2026-01-15: no managed minimum
      "GOLD,     2026-01-15, 129,  63,   SOURCED, ",
      "PLATINUM, 2026-01-15, 329,  113,  SOURCED, ",
      "DIAMOND,  2026-01-15, 840,  300,  SOURCED, ",
      "ELITE,    2026-01-15, 3833, 1950, SOURCED, ",
      "ELITE,    2030-01-01, 3833, 1950, SOURCED, ",
  })
  void tierSchedules(Tier tier, LocalDate date, long total, long soldMinimum, SoldMinimumBasis basis,
      Long managedMinimum) {
    TierSchedule schedule = rules.tierScheduleOn(date);
    TierRequirements requirements = schedule.requirementsOf(tier);
    assertThat(requirements.totalPoints()).isEqualTo(Points.of(total));
    assertThat(requirements.soldMinimum()).isEqualTo(Points.of(soldMinimum));
    assertThat(requirements.soldMinimumBasis()).isEqualTo(basis);
    assertThat(requirements.managedMinimum()).isEqualTo(Optional.ofNullable(managedMinimum).map(Points::of));
    assertThat(schedule.certificationRequired()).isTrue();
    assertThat(schedule.minimumMedianToolUsage()).isEqualByComparingTo("3");
    assertThat(schedule.requirements().keySet()).containsExactly(Tier.GOLD, Tier.PLATINUM, Tier.DIAMOND, Tier.ELITE);
  }

  @Test
  void tierScheduleEras() {
    assertThat(rules.tierSchedules().entries().keySet())
        .containsExactly(LocalDate.of(2022, 7, 18), LocalDate.of(2025, 7, 15), LocalDate.of(2026, 1, 15));
  }

  @Test
  void tiersRankGoldPlatinumDiamondElite() {
    assertThat(Tier.GOLD.next()).contains(Tier.PLATINUM);
    assertThat(Tier.DIAMOND.next()).contains(Tier.ELITE);
    assertThat(Tier.ELITE.next()).isEmpty();
    assertThat(Tier.ELITE.isHigherThan(Tier.DIAMOND)).isTrue();
    assertThat(Tier.GOLD.isHigherThan(Tier.PLATINUM)).isFalse();
  }

  // --- a caller's own rules ---------------------------------------------------------------------

  @Test
  void aCallerCanReplaceTheRates() {
    ProgramRules mine = rules.withRateEras(Timeline.of("point rates", LocalDate.of(2022, 7, 18),
        RateEra.builder().sourcedRate(BigDecimal.valueOf(4)).assistedRate(BigDecimal.valueOf(2))
            .managedRate(BigDecimal.ONE).growthMultiplier(new BigDecimal("1.5")).build()));
    assertThat(RuleResolver.of(mine).resolve(Monetary.getCurrency("USD"), CountryCode.of("US"), DealType.SOURCED,
        LocalDate.of(2025, 8, 1), LocalDate.of(2023, 1, 1)).appliedRule(LocalDate.of(2025, 8, 1), 1).soldRate())
        .isEqualByComparingTo("4");
    assertThat(mine.marketMultiplier(CountryCode.of("BR"), LocalDate.of(2025, 8, 1))).isEqualByComparingTo("1.5");
    assertThat(mine.name()).isEqualTo(rules.name());
  }

  @Test
  void badRulesAreRejectedNamingTheValue() {
    assertThatThrownBy(() -> RateEra.builder().sourcedRate(new BigDecimal("-5")).assistedRate(BigDecimal.ONE)
        .managedRate(BigDecimal.ONE).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sourced rate").hasMessageContaining("-5");
    assertThatThrownBy(() -> RateEra.builder().sourcedRate(BigDecimal.ONE).assistedRate(BigDecimal.ONE)
        .managedRate(BigDecimal.ONE).growthMultiplier(new BigDecimal("0.5")).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0.5");
    assertThatThrownBy(() -> rules.withSoldPointsActiveMonths(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0");
    assertThatThrownBy(() -> TierRequirements.builder().totalPoints(Points.of(-1)).soldMinimum(Points.zero())
        .soldMinimumBasis(SoldMinimumBasis.SOLD).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1.00");
    assertThatThrownBy(() -> TierSchedule.builder().build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one tier");
  }

  @Test
  void nullsAreRejectedByName() {
    assertThatThrownBy(() -> rules.isGrowthMarket(null, LocalDate.of(2025, 8, 1)))
        .isInstanceOf(NullPointerException.class).hasMessage("country");
    assertThatThrownBy(() -> rules.marketMultiplier(null, LocalDate.of(2025, 8, 1)))
        .isInstanceOf(NullPointerException.class).hasMessage("country");
    assertThatThrownBy(() -> rules.isGrowthMarket(CountryCode.of("BR"), null))
        .isInstanceOf(NullPointerException.class).hasMessage("date");
    assertThatThrownBy(() -> rules.tierScheduleOn(null))
        .isInstanceOf(NullPointerException.class).hasMessage("date");
    assertThatThrownBy(() -> rules.rateEraOn(null))
        .isInstanceOf(NullPointerException.class).hasMessage("date");
    assertThatThrownBy(() -> RateEra.builder().sourcedRate(null))
        .isInstanceOf(NullPointerException.class).hasMessage("sourcedRate");
  }
}
