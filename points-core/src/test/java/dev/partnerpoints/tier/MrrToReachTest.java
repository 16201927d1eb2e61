package dev.partnerpoints.tier;

import static dev.partnerpoints.tier.TierAsserts.assertMoney;
import static dev.partnerpoints.tier.TierLedger.ledger;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import dev.partnerpoints.ledger.MarketType;
import dev.partnerpoints.ledger.PointLedger;
import dev.partnerpoints.money.UnsupportedCurrencyException;
import dev.partnerpoints.money.Timeline;
import dev.partnerpoints.program.DealType;
import dev.partnerpoints.program.ProgramRules;
import dev.partnerpoints.program.RateEra;
import dev.partnerpoints.program.Tier;
import java.math.BigDecimal;
import java.time.LocalDate;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;

/**
 * The least additional MRR to reach a tier, per deal type and market (MrrToClose): sourced 5,
 * assisted 3, managed 1 point per 100 USD (x 2 in a growth market) from 2024-02-27; local amount per
 * 100 USD from the program table (EUR 75 then 88, GBP 62.50 then 74, JPY 12000 then 14400 from
 * 2025-07-15); amounts rounded CEILING to the currency's minor unit.
 */
class MrrToReachTest {

  private static final CurrencyUnit USD = Monetary.getCurrency("USD");
  private static final CurrencyUnit EUR = Monetary.getCurrency("EUR");
  private static final CurrencyUnit GBP = Monetary.getCurrency("GBP");
  private static final CurrencyUnit JPY = Monetary.getCurrency("JPY");
  private static final LocalDate FIRST_ERA = TierStatusTest.FIRST_ERA;
  private static final LocalDate SECOND_ERA = TierStatusTest.SECOND_ERA;

  private static TierEvaluator certified(PointLedger ledger) {
    return TierEvaluator.of(ledger, PartnerAccount.alwaysCertified());
  }

  private static MrrToClose row(ImmutableList<MrrToClose> rows, DealType type, MarketType market) {
    return rows.stream().filter(r -> r.dealType() == type && r.marketType() == market).findFirst().orElseThrow();
  }

  /** Gold gaps on SECOND_ERA: total 129 - 120 = 9, sourced 63 - 50 = 13, managed 60 - 40 = 20. */
  private static TierEvaluator shortOfGoldInSecondEra() {
    // sourced 1000 -> 50; assisted 1000 -> 30; managed 4000 -> 40
    return certified(ledger().sourced(TierStatusTest.CLOSED_AUG_2025, "1000")
        .assisted(TierStatusTest.CLOSED_AUG_2025, "1000").managed(TierStatusTest.MANAGED_FROM, "4000").build());
  }

  @Test
  void fourRowsOneForEachDealTypeAndMarket() {
    ImmutableList<MrrToClose> rows = shortOfGoldInSecondEra().mrrToReach(Tier.GOLD, SECOND_ERA, USD);

    assertThat(rows).hasSize(4);
    assertThat(rows).allSatisfy(r -> assertThat(r.tier()).isEqualTo(Tier.GOLD));
    assertThat(rows).extracting(r -> r.dealType() + "/" + r.marketType()).containsExactlyInAnyOrder(
        "SOURCED/GROWTH", "SOURCED/NON_GROWTH", "ASSISTED/GROWTH", "ASSISTED/NON_GROWTH");
  }

  @Test
  void sourcedMinimumBindsAndIsClosedBySourcedMrrInUsd() {
    ImmutableList<MrrToClose> rows = shortOfGoldInSecondEra().mrrToReach(Tier.GOLD, SECOND_ERA, USD);

    // needed = max(total 9, sourced 13) = 13 points
    MrrToClose sourced = row(rows, DealType.SOURCED, MarketType.NON_GROWTH);
    assertThat(sourced.binding()).contains(RequirementKind.SOLD_MINIMUM);
    assertMoney(sourced.soldMrr(), "260.00", "USD");          // 13 x 100 / 5
    assertMoney(sourced.soldMrrUsd(), "260.00", "USD");
    assertMoney(sourced.managedMrr(), "2000.00", "USD");      // 20 x 100 / 1
    assertMoney(sourced.managedMrrUsd(), "2000.00", "USD");
    MrrToClose growth = row(rows, DealType.SOURCED, MarketType.GROWTH);
    assertThat(growth.binding()).contains(RequirementKind.SOLD_MINIMUM);
    assertMoney(growth.soldMrr(), "130.00", "USD");           // 13 x 100 / (5 x 2)
    assertMoney(growth.managedMrr(), "1000.00", "USD");       // 20 x 100 / (1 x 2)
  }

  @Test
  void sourcedMinimumIsClosedBySourcedMrrInEuro() {
    ImmutableList<MrrToClose> rows = shortOfGoldInSecondEra().mrrToReach(Tier.GOLD, SECOND_ERA, EUR);

    MrrToClose sourced = row(rows, DealType.SOURCED, MarketType.NON_GROWTH);
    assertThat(sourced.binding()).contains(RequirementKind.SOLD_MINIMUM);
    assertMoney(sourced.soldMrr(), "228.80", "EUR");          // 13 x 88 / 5
    assertMoney(sourced.soldMrrUsd(), "260.00", "USD");       // 13 x 100 / 5
    assertMoney(sourced.managedMrr(), "1760.00", "EUR");      // 20 x 88 / 1
    assertMoney(sourced.managedMrrUsd(), "2000.00", "USD");
    MrrToClose growth = row(rows, DealType.SOURCED, MarketType.GROWTH);
    assertMoney(growth.soldMrr(), "114.40", "EUR");           // 13 x 88 / 10
    assertMoney(growth.managedMrr(), "880.00", "EUR");        // 20 x 88 / 2
  }

  @Test
  void assistedDealsCannotCloseASourcedMinimum() {
    ImmutableList<MrrToClose> rows = shortOfGoldInSecondEra().mrrToReach(Tier.GOLD, SECOND_ERA, EUR);

    for (MarketType market : MarketType.values()) {
      MrrToClose assisted = row(rows, DealType.ASSISTED, market);
      assertThat(assisted.binding()).contains(RequirementKind.SOLD_MINIMUM);
      assertThat(assisted.soldMrr()).isEmpty();
      assertThat(assisted.soldMrrUsd()).isEmpty();
    }
    // the managed gap is independent of the deal type
    assertMoney(row(rows, DealType.ASSISTED, MarketType.NON_GROWTH).managedMrr(), "1760.00", "EUR");
    assertMoney(row(rows, DealType.ASSISTED, MarketType.GROWTH).managedMrr(), "880.00", "EUR");
  }

  @Test
  void totalBindsAndAssistedCountsWhileTheMinimumIsOfSoldPoints() {
    // 2025-03-03: sourced 1400 -> 70; managed 4000 -> 40; total 110.
    // Gold gaps: total 123 - 110 = 13, sold 63 - 70 -> 0, managed 60 - 40 = 20
    TierEvaluator evaluator = certified(ledger().sourced(TierStatusTest.CLOSED_EARLY_2025, "1400")
        .managed(TierStatusTest.MANAGED_FROM, "4000").build());

    ImmutableList<MrrToClose> usd = evaluator.mrrToReach(Tier.GOLD, FIRST_ERA, USD);
    ImmutableList<MrrToClose> gbp = evaluator.mrrToReach(Tier.GOLD, FIRST_ERA, GBP);

    assertThat(usd).allSatisfy(r -> assertThat(r.binding()).contains(RequirementKind.TOTAL_POINTS));
    // assisted, rate 3: 1300 / 3 = 433.333.. -> 433.34; GBP 13 x 62.50 / 3 = 270.8333.. -> 270.84
    assertMoney(row(usd, DealType.ASSISTED, MarketType.NON_GROWTH).soldMrr(), "433.34", "USD");
    assertMoney(row(gbp, DealType.ASSISTED, MarketType.NON_GROWTH).soldMrr(), "270.84", "GBP");
    assertMoney(row(gbp, DealType.ASSISTED, MarketType.NON_GROWTH).soldMrrUsd(), "433.34", "USD");
    // assisted growth, rate 6: 1300 / 6 = 216.666.. -> 216.67; GBP 812.5 / 6 = 135.4166.. -> 135.42
    assertMoney(row(usd, DealType.ASSISTED, MarketType.GROWTH).soldMrr(), "216.67", "USD");
    assertMoney(row(gbp, DealType.ASSISTED, MarketType.GROWTH).soldMrr(), "135.42", "GBP");
    // sourced, rate 5: 260.00 USD, 812.5 / 5 = 162.50 GBP; growth, rate 10: 130.00 USD, 81.25 GBP
    assertMoney(row(usd, DealType.SOURCED, MarketType.NON_GROWTH).soldMrr(), "260.00", "USD");
    assertMoney(row(gbp, DealType.SOURCED, MarketType.NON_GROWTH).soldMrr(), "162.50", "GBP");
    assertMoney(row(gbp, DealType.SOURCED, MarketType.GROWTH).soldMrr(), "81.25", "GBP");
    // managed gap 20: 20 x 62.50 = 1250.00 GBP; growth 625.00 GBP
    assertMoney(row(gbp, DealType.SOURCED, MarketType.NON_GROWTH).managedMrr(), "1250.00", "GBP");
    assertMoney(row(gbp, DealType.SOURCED, MarketType.GROWTH).managedMrr(), "625.00", "GBP");
  }

  @Test
  void roundsUpToTheMinorUnit() {
    // 2025-09-01: sourced 1260 -> 63; managed 6599 -> 65.99; total 128.99.
    // Gold gaps: total 129 - 128.99 = 0.01, sourced 0, managed 0: assisted deals can close it too.
    TierEvaluator evaluator = certified(ledger().sourced(TierStatusTest.CLOSED_AUG_2025, "1260")
        .managed(TierStatusTest.MANAGED_FROM, "6599").build());

    ImmutableList<MrrToClose> usd = evaluator.mrrToReach(Tier.GOLD, SECOND_ERA, USD);
    ImmutableList<MrrToClose> eur = evaluator.mrrToReach(Tier.GOLD, SECOND_ERA, EUR);
    ImmutableList<MrrToClose> jpy = evaluator.mrrToReach(Tier.GOLD, SECOND_ERA, JPY);

    assertThat(eur).allSatisfy(r -> assertThat(r.binding()).contains(RequirementKind.TOTAL_POINTS));
    // sourced 5: 0.01 x 100 / 5 = 0.20 USD; 0.01 x 88 / 5 = 0.176 -> 0.18 EUR; 0.01 x 14400 / 5 = 28.8 -> 29 JPY
    assertMoney(row(usd, DealType.SOURCED, MarketType.NON_GROWTH).soldMrr(), "0.20", "USD");
    assertMoney(row(eur, DealType.SOURCED, MarketType.NON_GROWTH).soldMrr(), "0.18", "EUR");
    assertMoney(row(jpy, DealType.SOURCED, MarketType.NON_GROWTH).soldMrr(), "29", "JPY");
    // sourced growth 10: 0.10 USD; 0.088 -> 0.09 EUR; 14.4 -> 15 JPY
    assertMoney(row(usd, DealType.SOURCED, MarketType.GROWTH).soldMrr(), "0.10", "USD");
    assertMoney(row(eur, DealType.SOURCED, MarketType.GROWTH).soldMrr(), "0.09", "EUR");
    assertMoney(row(jpy, DealType.SOURCED, MarketType.GROWTH).soldMrr(), "15", "JPY");
    // assisted 3: 0.333.. -> 0.34 USD; 0.2933.. -> 0.30 EUR; 48 JPY
    assertMoney(row(usd, DealType.ASSISTED, MarketType.NON_GROWTH).soldMrr(), "0.34", "USD");
    assertMoney(row(eur, DealType.ASSISTED, MarketType.NON_GROWTH).soldMrr(), "0.30", "EUR");
    assertMoney(row(jpy, DealType.ASSISTED, MarketType.NON_GROWTH).soldMrr(), "48", "JPY");
    // assisted growth 6: 0.1666.. -> 0.17 USD; 0.14666.. -> 0.15 EUR; 24 JPY
    assertMoney(row(usd, DealType.ASSISTED, MarketType.GROWTH).soldMrr(), "0.17", "USD");
    assertMoney(row(eur, DealType.ASSISTED, MarketType.GROWTH).soldMrr(), "0.15", "EUR");
    assertMoney(row(jpy, DealType.ASSISTED, MarketType.GROWTH).soldMrr(), "24", "JPY");
    // the managed minimum is met: zero
    assertThat(eur).allSatisfy(r -> {
      assertMoney(r.managedMrr(), "0", "EUR");
      assertMoney(r.managedMrrUsd(), "0", "USD");
    });
  }

  @Test
  void nothingToCloseWhenTheTierIsMet() {
    // sourced 1260 -> 63; managed 6000 -> 60; total 123: Gold exactly on 2025-03-03
    TierEvaluator evaluator = certified(ledger().sourced(TierStatusTest.CLOSED_EARLY_2025, "1260")
        .managed(TierStatusTest.MANAGED_FROM, "6000").build());

    ImmutableList<MrrToClose> rows = evaluator.mrrToReach(Tier.GOLD, FIRST_ERA, EUR);

    assertThat(rows).hasSize(4).allSatisfy(r -> {
      assertThat(r.binding()).isEmpty();
      assertMoney(r.soldMrr(), "0", "EUR");
      assertMoney(r.soldMrrUsd(), "0", "USD");
      assertMoney(r.managedMrr(), "0", "EUR");
    });
  }

  @Test
  void noManagedMrrOnceThereIsNoManagedMinimum() {
    // 2026-02-02: sourced 1000 on 2025-09-01 -> 50; managed 2900 -> 29; total 79.
    // Gold gaps: total 129 - 79 = 50, sourced 63 - 50 = 13, no managed minimum
    TierEvaluator evaluator = certified(ledger().sourced(LocalDate.of(2025, 9, 1), "1000")
        .managed(LocalDate.of(2025, 9, 1), "2900").build());

    ImmutableList<MrrToClose> rows = evaluator.mrrToReach(Tier.GOLD, LocalDate.of(2026, 2, 2), USD);

    assertThat(rows).allSatisfy(r -> {
      assertThat(r.managedMrr()).isEmpty();
      assertThat(r.managedMrrUsd()).isEmpty();
    });
    MrrToClose sourced = row(rows, DealType.SOURCED, MarketType.NON_GROWTH);
    assertThat(sourced.binding()).contains(RequirementKind.TOTAL_POINTS);
    assertMoney(sourced.soldMrr(), "1000.00", "USD");         // 50 x 100 / 5
    MrrToClose assisted = row(rows, DealType.ASSISTED, MarketType.NON_GROWTH);
    assertThat(assisted.binding()).contains(RequirementKind.SOLD_MINIMUM);
    assertThat(assisted.soldMrr()).isEmpty();
  }

  @Test
  void equalGapsNameTheTotal() {
    // 2025-09-01: managed 6600 -> 66, nothing sold. Gold gaps: total 129 - 66 = 63, sourced 63, managed 0.
    // The sourced MRR closing one closes the other; the total is named.
    ImmutableList<MrrToClose> rows = certified(ledger().managed(TierStatusTest.MANAGED_FROM, "6600").build())
        .mrrToReach(Tier.GOLD, SECOND_ERA, USD);

    MrrToClose sourced = row(rows, DealType.SOURCED, MarketType.NON_GROWTH);
    assertThat(sourced.binding()).contains(RequirementKind.TOTAL_POINTS);
    assertMoney(sourced.soldMrr(), "1260.00", "USD");         // 63 x 100 / 5
    assertThat(row(rows, DealType.SOURCED, MarketType.GROWTH).binding()).contains(RequirementKind.TOTAL_POINTS);
    // assisted deals still cannot close the sourced minimum
    assertThat(row(rows, DealType.ASSISTED, MarketType.NON_GROWTH).binding()).contains(RequirementKind.SOLD_MINIMUM);
    assertMoney(sourced.managedMrr(), "0", "USD");
  }

  @Test
  void aRateOfZeroClosesNothing() {
    // the built-in rules with assisted and managed rates of zero in every era
    ProgramRules builtIn = ProgramRules.builtIn();
    Timeline.Builder<RateEra> eras = Timeline.builder("point rates");
    builtIn.rateEras().entries().forEach((from, era) -> eras.add(from,
        era.withAssistedRate(BigDecimal.ZERO).withManagedRate(BigDecimal.ZERO)));
    ProgramRules rules = builtIn.withRateEras(eras.build());
    // 2025-03-03: sourced 1000 -> 50. Gold gaps: total 123 - 50 = 73, sold 63 - 50 = 13, managed 60
    TierEvaluator evaluator = certified(ledger(rules).sourced(TierStatusTest.CLOSED_EARLY_2025, "1000").build());

    ImmutableList<MrrToClose> rows = evaluator.mrrToReach(Tier.GOLD, FIRST_ERA, USD);

    for (MarketType market : MarketType.values()) {
      // assisted deals count towards the sold minimum until 2025-07-14, but earn nothing here
      MrrToClose assisted = row(rows, DealType.ASSISTED, market);
      assertThat(assisted.binding()).contains(RequirementKind.TOTAL_POINTS);
      assertThat(assisted.soldMrr()).isEmpty();
      assertThat(assisted.soldMrrUsd()).isEmpty();
    }
    MrrToClose sourced = row(rows, DealType.SOURCED, MarketType.NON_GROWTH);
    assertMoney(sourced.soldMrr(), "1460.00", "USD");         // 73 x 100 / 5
    // no managed MRR earns the 60 managed points missing
    assertThat(rows).allSatisfy(r -> {
      assertThat(r.managedMrr()).isEmpty();
      assertThat(r.managedMrrUsd()).isEmpty();
    });
  }

  @Test
  void currencyWithoutPointValueIsRejected() {
    TierEvaluator evaluator = shortOfGoldInSecondEra();

    assertThatThrownBy(() -> evaluator.mrrToReach(Tier.GOLD, SECOND_ERA, Monetary.getCurrency("CHF")))
        .isInstanceOf(UnsupportedCurrencyException.class)
        .hasMessageContaining("CHF");
  }
}
