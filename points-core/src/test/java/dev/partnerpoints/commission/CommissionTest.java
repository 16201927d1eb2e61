package dev.partnerpoints.commission;


import static dev.partnerpoints.dashboard.Fixtures.OTHER;
import static dev.partnerpoints.dashboard.Fixtures.P;
import static dev.partnerpoints.dashboard.Fixtures.client;
import static dev.partnerpoints.dashboard.Fixtures.d;
import static dev.partnerpoints.dashboard.Fixtures.deal;
import static dev.partnerpoints.dashboard.Fixtures.id;
import static dev.partnerpoints.dashboard.Fixtures.manages;
import static dev.partnerpoints.dashboard.Fixtures.money;
import static dev.partnerpoints.dashboard.Fixtures.monthly;
import static dev.partnerpoints.dashboard.Fixtures.sourcedNew;
import static dev.partnerpoints.dashboard.Fixtures.ym;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.partnerpoints.ledger.Client;
import dev.partnerpoints.ledger.Deal;
import dev.partnerpoints.ledger.DealId;
import dev.partnerpoints.ledger.DealKind;
import dev.partnerpoints.ledger.DealStatus;
import dev.partnerpoints.ledger.ManagementPeriod;
import dev.partnerpoints.ledger.PointLedger;
import dev.partnerpoints.program.DealType;
import dev.partnerpoints.program.ProgramRules;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Revenue share by hand: every rule and its boundaries. 20% of the basis unless said otherwise. */
class CommissionTest {

  /** The same net revenue for a client in every month from {@code first} to {@code last}. */
  private static PointLedger ledger(List<Client> clients, List<Deal> deals, List<ManagementPeriod> periods) {
    return PointLedger.builder(ProgramRules.builtIn(), P).addClients(clients).addDeals(deals)
        .addManagementPeriods(periods).build();
  }

  private static CommissionCalculator calculator(PointLedger ledger, PartnerLevels levels, List<ClientRevenue> revenue) {
    return CommissionCalculator.of(ledger, levels, RevenueSeries.of(revenue), CommissionRules.builtIn());
  }

  private static CommissionSchedule schedule(CommissionCalculator calculator, String dealId) {
    return calculator.schedules().stream().filter(s -> s.dealId().value().equals(dealId)).findFirst().orElseThrow();
  }

  private static CommissionMonth month(CommissionSchedule schedule, String month) {
    return schedule.months().stream().filter(m -> m.month().equals(ym(month))).findFirst().orElseThrow();
  }

  @Test
  void clientShareRunsThirtySixMonthsFromTheCloseMonth() {
    CommissionCalculator calc = calculator(
        ledger(List.of(client("c36", "US", "USD"), client("pre", "US", "USD")),
            List.of(sourcedNew("d36", "c36", "2023-04-01", "1000", "USD"),
                sourcedNew("pre", "pre", "2023-03-31", "1000", "USD")),
            List.of()),
        PartnerLevels.alwaysPartner(),
        join(monthly("c36", "2023-01", "2026-12", "1000", "USD"), monthly("pre", "2023-03", "2023-03", "1", "USD")));

    CommissionSchedule s = schedule(calc, "d36");
    // closed on 2023-04-01, the first day of the 36-month rule
    assertThat(s.rule()).isEqualTo(CommissionRule.CLIENT_SHARE);
    assertThat(s.basis()).isEqualTo(CommissionBasis.CLIENT_REVENUE);
    assertThat(s.level()).isEqualTo(PartnerLevel.PARTNER);
    // 36 months: 2023-04 (first) .. 2026-03 (last); 2026-04 is the first month not covered
    assertThat(s.firstMonth()).isEqualTo(ym("2023-04"));
    assertThat(s.endMonth()).contains(ym("2026-04"));
    assertThat(s.lastMonth()).contains(ym("2026-03"));
    assertThat(s.months()).hasSize(36);
    // 20% x 1000 = 200.00 in the first and the last month
    assertThat(month(s, "2023-04").amount()).isEqualTo(money("200.00", "USD"));
    assertThat(month(s, "2023-04").status()).isEqualTo(AccrualStatus.ACCRUES);
    assertThat(month(s, "2026-03").amount()).isEqualTo(money("200.00", "USD"));
    assertThat(s.months()).noneMatch(m -> !m.month().isBefore(ym("2026-04")));
    // 36 x 200.00 = 7200.00
    assertThat(s.total()).isEqualTo(money("7200.00", "USD"));
    // the day before the rule: legacy
    assertThat(schedule(calc, "pre").rule()).isEqualTo(CommissionRule.LEGACY_CLIENT_SHARE);
  }

  @Test
  void legacyDealIsPaidUntilApril2025ThenOnlyInManagedMonths() {
    CommissionCalculator calc = calculator(
        ledger(List.of(client("managed", "DE", "EUR"), client("unmanaged", "US", "USD")),
            List.of(sourcedNew("l1", "managed", "2022-10-15", "500", "EUR"),
                deal("l2", "unmanaged", "2023-03-31", DealKind.NEW_CLIENT, DealType.ASSISTED, "1000", "USD")),
            // managed until 2025-06-01 (exclusive): May 2025 is the last managed month
            List.of(manages("managed", "2022-08-01", Optional.of("2025-06-01")))),
        PartnerLevels.alwaysPartner(),
        join(monthly("managed", "2022-10", "2025-08", "500", "EUR"),
            monthly("unmanaged", "2023-03", "2025-05", "1000.125", "USD")));

    CommissionSchedule managed = schedule(calc, "l1");
    assertThat(managed.rule()).isEqualTo(CommissionRule.LEGACY_CLIENT_SHARE);
    assertThat(managed.endMonth()).isEmpty();
    assertThat(managed.managedOnlyFrom()).contains(ym("2025-04"));
    assertThat(month(managed, "2025-03").status()).isEqualTo(AccrualStatus.ACCRUES);
    // from 2025-04 only when managed: April and May yes, June (period ended 06-01) no
    assertThat(month(managed, "2025-04").status()).isEqualTo(AccrualStatus.ACCRUES);
    assertThat(month(managed, "2025-05").amount()).isEqualTo(money("100.00", "EUR"));
    assertThat(month(managed, "2025-06").status()).isEqualTo(AccrualStatus.NOT_MANAGED);
    assertThat(month(managed, "2025-06").amount()).isEqualTo(money("0", "EUR"));
    assertThat(month(managed, "2025-08").status()).isEqualTo(AccrualStatus.NOT_MANAGED);
    // 2022-10 .. 2025-05 = 3 + 12 + 12 + 5 = 32 months x 100.00 (20% of 500) = 3200.00
    assertThat(managed.total()).isEqualTo(money("3200.00", "EUR"));

    CommissionSchedule unmanaged = schedule(calc, "l2");
    // 20% x 1000.125 = 200.025 -> 200.02 (HALF_EVEN: the 2 is even)
    assertThat(month(unmanaged, "2025-03").amount()).isEqualTo(money("200.02", "USD"));
    assertThat(month(unmanaged, "2025-03").basis()).isEqualTo(money("1000.125", "USD"));
    assertThat(month(unmanaged, "2025-04").status()).isEqualTo(AccrualStatus.NOT_MANAGED);
    // 2023-03 .. 2025-03 = 25 months x 200.02 = 5000.50
    assertThat(unmanaged.total()).isEqualTo(money("5000.50", "USD"));
  }

  @Test
  void conversionToProviderStopsOldDealsAtOnceAndRunsYoungOnesToTwelveMonths() {
    // converted on 2025-01-15; 12 months before: 2024-01-15
    CommissionCalculator calc = calculator(
        ledger(List.of(client("old", "US", "USD"), client("young", "US", "USD"), client("edge", "US", "USD"),
                client("after", "US", "USD")),
            List.of(sourcedNew("old", "old", "2023-11-20", "100", "USD"),
                sourcedNew("young", "young", "2024-03-05", "100", "USD"),
                sourcedNew("edge", "edge", "2024-01-15", "100", "USD"),
                sourcedNew("after", "after", "2025-02-10", "100", "USD")),
            List.of()),
        PartnerLevels.convertedToProviderOn(d("2025-01-15")),
        join(monthly("old", "2023-11", "2026-06", "100", "USD"), monthly("young", "2024-03", "2026-06", "100", "USD"),
            monthly("edge", "2024-01", "2026-06", "100", "USD"), monthly("after", "2025-02", "2026-06", "100", "USD")));

    CommissionSchedule old = schedule(calc, "old");
    // sold 2023-11-20, before 2024-01-15: stops at once; the last month paid is 2024-12
    assertThat(old.rule()).isEqualTo(CommissionRule.CLIENT_SHARE);
    assertThat(old.endMonth()).contains(ym("2025-01"));
    assertThat(old.shortenedByConversionOn()).contains(d("2025-01-15"));
    // 2023-11 .. 2024-12 = 14 months x 20.00 = 280.00
    assertThat(old.total()).isEqualTo(money("280.00", "USD"));
    assertThat(old.months().get(old.months().size() - 1).month()).isEqualTo(ym("2024-12"));

    CommissionSchedule young = schedule(calc, "young");
    // sold 2024-03-05, within 12 months: runs to 12 months from 2024-03 -> last month 2025-02
    assertThat(young.endMonth()).contains(ym("2025-03"));
    assertThat(young.months()).hasSize(12);
    assertThat(young.total()).isEqualTo(money("240.00", "USD"));

    CommissionSchedule edge = schedule(calc, "edge");
    // sold exactly 12 months before (not more): young; 2024-01 + 12 = 2025-01
    assertThat(edge.endMonth()).contains(ym("2025-01"));
    assertThat(edge.total()).isEqualTo(money("240.00", "USD"));

    CommissionSchedule after = schedule(calc, "after");
    // sold as a Provider: 12 months, 2025-02 .. 2026-01
    assertThat(after.level()).isEqualTo(PartnerLevel.PROVIDER);
    assertThat(after.rule()).isEqualTo(CommissionRule.PROVIDER_SHARE);
    assertThat(after.endMonth()).contains(ym("2026-02"));
    assertThat(after.shortenedByConversionOn()).isEmpty();
    assertThat(after.total()).isEqualTo(money("240.00", "USD"));
  }

  @Test
  void quarterlyPaymentsFortyFiveDaysAfterTheQuarterInALeapYear() {
    CommissionCalculator calc = calculator(
        ledger(List.of(client("leap", "US", "USD"), client("de", "DE", "EUR")),
            List.of(sourcedNew("leap", "leap", "2024-02-29", "300", "USD"),
                sourcedNew("de", "de", "2024-03-10", "100", "EUR")),
            List.of()),
        PartnerLevels.alwaysPartner(),
        join(List.of(ClientRevenue.of(id("leap"), ym("2024-02"), money("290", "USD")),
                ClientRevenue.of(id("leap"), ym("2024-03"), money("310", "USD"))),
            monthly("leap", "2024-04", "2024-06", "300", "USD"),
            monthly("de", "2024-03", "2024-03", "50", "EUR")));

    CommissionSchedule leap = schedule(calc, "leap");
    // closed on a leap day: 36 months from 2024-02, last month 2027-01
    assertThat(leap.firstMonth()).isEqualTo(ym("2024-02"));
    assertThat(leap.lastMonth()).contains(ym("2027-01"));
    // rows only up to the revenue series' last month, 2024-06
    assertThat(leap.months()).extracting(CommissionMonth::month)
        .containsExactly(ym("2024-02"), ym("2024-03"), ym("2024-04"), ym("2024-05"), ym("2024-06"));
    // Q1: 2024-03-31 + 45 days = 2024-05-15 (April 30 days -> +30 on 04-30, +45 on 05-15)
    assertThat(month(leap, "2024-02").paymentDate()).isEqualTo(d("2024-05-15"));
    assertThat(month(leap, "2024-03").paymentDate()).isEqualTo(d("2024-05-15"));
    // Q2: 2024-06-30 + 45 days = 2024-08-14 (July 31 days -> +31 on 07-31, +45 on 08-14)
    assertThat(month(leap, "2024-04").paymentDate()).isEqualTo(d("2024-08-14"));

    assertThat(calc.payments()).extracting(p -> p.paymentDate() + " " + p.currency().getCurrencyCode())
        .containsExactly("2024-05-15 EUR", "2024-05-15 USD", "2024-08-14 USD");
    CommissionPayment q1 = calc.payments().get(1);
    assertThat(q1.quarterStart()).isEqualTo(ym("2024-01"));
    assertThat(q1.quarterEnd()).isEqualTo(d("2024-03-31"));
    // Feb 20% x 290 = 58.00; Mar 20% x 310 = 62.00; Q1 = 120.00
    assertThat(q1.rows()).extracting(CommissionMonth::amount)
        .containsExactly(money("58.00", "USD"), money("62.00", "USD"));
    assertThat(q1.amount()).isEqualTo(money("120.00", "USD"));
    // Q2 = 3 x 60.00 = 180.00; EUR Q1 = 20% x 50 = 10.00
    assertThat(calc.payments().get(2).amount()).isEqualTo(money("180.00", "USD"));
    assertThat(calc.payments().get(0).amount()).isEqualTo(money("10.00", "EUR"));

    // the day before the Q1 payment date everything is upcoming; on it Q1 is past
    CommissionStatement before = calc.statementOn(d("2024-05-14"));
    assertThat(before.pastPayments()).isEmpty();
    assertThat(before.upcomingTotals()).isEqualTo(Map.of("EUR", money("10.00", "EUR"), "USD", money("300.00", "USD")));
    CommissionStatement on = calc.statementOn(d("2024-05-15"));
    assertThat(on.pastPayments()).hasSize(2);
    assertThat(on.pastTotals()).isEqualTo(Map.of("EUR", money("10.00", "EUR"), "USD", money("120.00", "USD")));
    assertThat(on.upcomingTotals()).isEqualTo(Map.of("USD", money("180.00", "USD")));
    assertThat(on.clients()).containsExactly(id("de"), id("leap"));
  }

  @Test
  void paymentDatesOfEveryQuarter() {
    CommissionRules rules = CommissionRules.builtIn();
    // Q3: 09-30 + 45 = 11-14 (October 31 days); Q4: 12-31 + 45 = 02-14 (January 31 days)
    assertThat(rules.paymentDateOf(ym("2024-07"))).isEqualTo(d("2024-11-14"));
    assertThat(rules.paymentDateOf(ym("2024-09"))).isEqualTo(d("2024-11-14"));
    assertThat(rules.paymentDateOf(ym("2023-12"))).isEqualTo(d("2024-02-14"));
    assertThat(rules.paymentDateOf(ym("2024-01"))).isEqualTo(d("2024-05-15"));
    assertThat(rules.withPaymentDelayDays(0).paymentDateOf(ym("2024-02"))).isEqualTo(d("2024-03-31"));
  }

  @Test
  void netUpsellFromNovember17th2025IsPaidOnceAlongsideTheClientShare() {
    CommissionCalculator calc = calculator(
        ledger(List.of(client("u", "US", "USD")),
            List.of(sourcedNew("u0", "u", "2024-06-10", "1000", "USD"),
                deal("u1", "u", "2025-11-17", DealKind.UPSELL, DealType.SOURCED, "300", "USD"),
                deal("u2", "u", "2025-11-16", DealKind.UPSELL, DealType.SOURCED, "100", "USD"),
                deal("u3", "u", "2025-12-01", DealKind.UPSELL, DealType.ASSISTED, "50", "USD")),
            List.of()),
        PartnerLevels.alwaysPartner(),
        join(monthly("u", "2024-06", "2025-10", "1000", "USD"), monthly("u", "2025-11", "2025-11", "1400", "USD"),
            monthly("u", "2025-12", "2025-12", "1450", "USD")));

    CommissionSchedule u1 = schedule(calc, "u1");
    // sourced upsell on the first day of the deal-based model: the net upsell for 36 months
    assertThat(u1.rule()).isEqualTo(CommissionRule.NET_UPSELL_SHARE);
    assertThat(u1.basis()).isEqualTo(CommissionBasis.NET_UPSELL);
    assertThat(u1.endMonth()).contains(ym("2028-11"));
    // 20% x 300 = 60.00
    assertThat(month(u1, "2025-11").amount()).isEqualTo(money("60.00", "USD"));
    // the client share pays on the revenue less the net upsell: 20% x (1400 - 300) = 220.00;
    // together 280.00 = 20% x 1400: nothing is paid twice
    CommissionSchedule u0 = schedule(calc, "u0");
    assertThat(month(u0, "2025-11").basis()).isEqualTo(money("1100", "USD"));
    assertThat(month(u0, "2025-11").amount()).isEqualTo(money("220.00", "USD"));
    // a sourced upsell the day before, and an assisted one after: client-revenue schedules, and
    // u0 already pays the client's revenue in those months
    CommissionSchedule u2 = schedule(calc, "u2");
    assertThat(u2.rule()).isEqualTo(CommissionRule.CLIENT_SHARE);
    assertThat(month(u2, "2025-11").status()).isEqualTo(AccrualStatus.COVERED);
    assertThat(month(u2, "2025-11").coveredBy()).contains(DealId.of("u0"));
    assertThat(schedule(calc, "u3").rule()).isEqualTo(CommissionRule.CLIENT_SHARE);
    assertThat(month(schedule(calc, "u3"), "2025-12").status()).isEqualTo(AccrualStatus.COVERED);
    // December: 20% x (1450 - 300) = 230.00 + 60.00; the Q4 2025 payment on 2026-02-14:
    // u0 Oct 200.00 + Nov 220.00 + Dec 230.00 + u1 Nov 60.00 + Dec 60.00 = 770.00
    CommissionPayment q4 = calc.payments().get(calc.payments().size() - 1);
    assertThat(q4.paymentDate()).isEqualTo(d("2026-02-14"));
    assertThat(q4.amount()).isEqualTo(money("770.00", "USD"));
    assertThat(q4.rows()).extracting(m -> m.dealId().value()).containsExactly("u0", "u0", "u0", "u1", "u1");
  }

  @Test
  void aLaterDealTakesOverWhenTheEarlierScheduleEnds() {
    CommissionCalculator calc = calculator(
        ledger(List.of(client("c", "US", "USD")),
            List.of(sourcedNew("first", "c", "2023-05-01", "500", "USD"),
                deal("second", "c", "2024-05-01", DealKind.CROSS_SELL, DealType.SOURCED, "200", "USD")),
            List.of()),
        PartnerLevels.alwaysPartner(),
        monthly("c", "2023-05", "2027-06", "500", "USD"));

    CommissionSchedule first = schedule(calc, "first");
    CommissionSchedule second = schedule(calc, "second");
    // first: 2023-05 .. 2026-04; second: 2024-05 .. 2027-04, covered while the first pays
    assertThat(month(second, "2026-04").status()).isEqualTo(AccrualStatus.COVERED);
    assertThat(month(second, "2026-05").status()).isEqualTo(AccrualStatus.ACCRUES);
    // first 36 x 100.00 = 3600.00; second 2026-05 .. 2027-04 = 12 x 100.00 = 1200.00
    assertThat(first.total()).isEqualTo(money("3600.00", "USD"));
    assertThat(second.total()).isEqualTo(money("1200.00", "USD"));
    // 2027-05 and 2027-06 have revenue but no schedule covers them
    assertThat(second.months()).noneMatch(m -> m.month().isAfter(ym("2027-04")));
  }

  @Test
  void onlyWhileTheClientKeepsPaying() {
    CommissionCalculator calc = calculator(
        ledger(List.of(client("c", "JP", "JPY")), List.of(sourcedNew("j", "c", "2023-06-05", "12000", "JPY")), List.of()),
        PartnerLevels.alwaysPartner(),
        join(monthly("c", "2023-06", "2023-08", "12347", "JPY"),
            // 2023-09 missing, 2023-10 zero
            monthly("c", "2023-10", "2023-10", "0", "JPY"), monthly("c", "2023-11", "2023-11", "12345", "JPY")));

    CommissionSchedule s = schedule(calc, "j");
    // JPY has no minor unit: 20% x 12347 = 2469.4 -> 2469; 20% x 12345 = 2469
    assertThat(month(s, "2023-06").amount()).isEqualTo(money("2469", "JPY"));
    assertThat(month(s, "2023-09").status()).isEqualTo(AccrualStatus.NO_REVENUE);
    assertThat(month(s, "2023-10").status()).isEqualTo(AccrualStatus.NO_REVENUE);
    assertThat(month(s, "2023-11").amount()).isEqualTo(money("2469", "JPY"));
    // 4 x 2469 = 9876; the schedule's end is unchanged
    assertThat(s.total()).isEqualTo(money("9876", "JPY"));
    assertThat(s.endMonth()).contains(ym("2026-06"));
  }

  @Test
  void onlyClosedWonIncreasesOfThisPartnerHaveSchedules() {
    CommissionCalculator calc = calculator(
        ledger(List.of(client("c", "US", "USD")),
            List.of(sourcedNew("won", "c", "2024-01-10", "100", "USD"),
                sourcedNew("open", "c", "2024-02-10", "100", "USD").withStatus(DealStatus.OPEN),
                sourcedNew("lost", "c", "2024-02-11", "100", "USD").withStatus(DealStatus.CLOSED_LOST),
                sourcedNew("other", "c", "2024-02-12", "100", "USD").withPartner(OTHER),
                deal("nodeal", "c", "2024-02-13", DealKind.NO_DEAL_INCREASE, DealType.SOURCED, "10", "USD"),
                deal("down", "c", "2024-02-14", DealKind.DOWNGRADE, DealType.SOURCED, "-10", "USD")),
            List.of()),
        PartnerLevels.alwaysProvider(),
        monthly("c", "2024-01", "2024-03", "100", "USD"));

    assertThat(calc.schedules()).extracting(s -> s.dealId().value()).containsExactly("won");
    assertThat(calc.schedules().get(0).rule()).isEqualTo(CommissionRule.PROVIDER_SHARE);
  }

  @Test
  void anEmptyRevenueSeriesAccruesNothing() {
    CommissionCalculator calc = CommissionCalculator.of(
        ledger(List.of(client("c", "US", "USD")), List.of(sourcedNew("d", "c", "2024-01-10", "100", "USD")), List.of()),
        PartnerLevels.alwaysPartner(), RevenueSeries.empty(), CommissionRules.builtIn());
    assertThat(calc.schedules()).hasSize(1);
    assertThat(calc.schedules().get(0).months()).isEmpty();
    assertThat(calc.payments()).isEmpty();
    assertThat(calc.statementOn(d("2030-01-01")).pastTotals()).isEmpty();
  }

  @Test
  void badInputIsRejected() {
    PointLedger ledger = ledger(List.of(client("c", "US", "USD")), List.of(), List.of());
    assertThatThrownBy(() -> calculator(ledger, PartnerLevels.alwaysPartner(),
        monthly("x", "2024-01", "2024-01", "1", "USD")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("revenue in 2024-01 names client x, which is not in the ledger");
    assertThatThrownBy(() -> calculator(ledger, PartnerLevels.alwaysPartner(),
        monthly("c", "2024-01", "2024-01", "1", "EUR")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("revenue of client c in 2024-01 is in EUR but the client pays in USD");
    assertThatThrownBy(() -> RevenueSeries.of(join(monthly("c", "2024-01", "2024-01", "1", "USD"),
        monthly("c", "2024-01", "2024-01", "2", "USD"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("client c has two revenue entries for 2024-01");
    assertThatThrownBy(() -> ClientRevenue.of(id("c"), ym("2024-01"), money("-1", "USD")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("net revenue of client c in 2024-01 must not be negative, but was USD -1");
    assertThatThrownBy(() -> PartnerLevels.alwaysProvider().withProviderFrom(d("2025-01-01")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot convert to Provider on 2025-01-01");
    assertThatThrownBy(() -> CommissionRules.builtIn().withShareRate(new BigDecimal("1.5")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("commission share rate must be between 0 and 1, but was 1.5");
    assertThatThrownBy(() -> CommissionRules.builtIn().withClientShareMonths(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("commission months must be at least 1");
  }

  @Test
  void levelsOverTime() {
    PartnerLevels converted = PartnerLevels.convertedToProviderOn(d("2025-01-15"));
    assertThat(converted.levelOn(d("2025-01-14"))).isEqualTo(PartnerLevel.PARTNER);
    assertThat(converted.levelOn(d("2025-01-15"))).isEqualTo(PartnerLevel.PROVIDER);
    assertThat(PartnerLevels.alwaysProvider().levelOn(d("2000-01-01"))).isEqualTo(PartnerLevel.PROVIDER);
    assertThat(PartnerLevels.alwaysPartner().levelOn(d("2100-01-01"))).isEqualTo(PartnerLevel.PARTNER);
  }

  @Test
  void schedulesByCloseDateAndPaymentRowsByClientDealAndMonth() {
    // b's deal closed before a's: schedules follow the close date, a payment's rows the client id
    CommissionCalculator calc = calculator(
        ledger(List.of(client("a", "US", "USD"), client("b", "US", "USD")),
            List.of(sourcedNew("b1", "b", "2025-01-10", "500", "USD"), sourcedNew("a1", "a", "2025-02-10", "1000", "USD")),
            List.of()),
        PartnerLevels.alwaysPartner(),
        join(monthly("a", "2025-02", "2025-03", "1000", "USD"), monthly("b", "2025-01", "2025-03", "500", "USD")));

    assertThat(calc.schedules()).extracting(s -> s.dealId().value()).containsExactly("b1", "a1");
    // one payment for Q1 2025, on 2025-03-31 + 45 days
    assertThat(calc.payments()).singleElement().satisfies(p -> {
      assertThat(p.paymentDate()).isEqualTo(d("2025-05-15"));
      assertThat(p.rows()).extracting(m -> m.clientId().value() + " " + m.dealId().value() + " " + m.month())
          .containsExactly("a a1 2025-02", "a a1 2025-03", "b b1 2025-01", "b b1 2025-02", "b b1 2025-03");
      // 2 x 200.00 + 3 x 100.00
      assertThat(p.amount()).isEqualTo(money("700.00", "USD"));
    });
    assertThat(calc.toString()).contains("p1");
  }

  @Test
  void oneMonthIsTheShortestSchedule() {
    CommissionRules oneMonth = CommissionRules.builtIn().withClientShareMonths(1).withProviderMonths(1)
        .withNetUpsellMonths(1);
    PointLedger ledger = ledger(List.of(client("c", "US", "USD")),
        List.of(sourcedNew("n1", "c", "2025-01-10", "1000", "USD"),
            deal("u1", "c", "2025-12-01", DealKind.UPSELL, DealType.SOURCED, "100", "USD")),
        List.of());
    RevenueSeries revenue = RevenueSeries.of(monthly("c", "2025-01", "2026-03", "1000", "USD"));

    CommissionCalculator partner = CommissionCalculator.of(ledger, PartnerLevels.alwaysPartner(), revenue, oneMonth);
    assertThat(partner.schedules()).extracting(CommissionSchedule::rule, CommissionSchedule::firstMonth,
            CommissionSchedule::endMonth)
        .containsExactly(
            tuple(CommissionRule.CLIENT_SHARE, ym("2025-01"), Optional.of(ym("2025-02"))),
            tuple(CommissionRule.NET_UPSELL_SHARE, ym("2025-12"),
                Optional.of(ym("2026-01"))));
    assertThat(partner.schedules()).allSatisfy(s -> assertThat(s.months()).hasSize(1));

    CommissionCalculator provider = CommissionCalculator.of(ledger, PartnerLevels.alwaysProvider(), revenue, oneMonth);
    assertThat(provider.schedules()).allSatisfy(s -> {
      assertThat(s.rule()).isEqualTo(CommissionRule.PROVIDER_SHARE);
      assertThat(s.endMonth()).contains(s.firstMonth().plusMonths(1));
    });
    assertThatThrownBy(() -> oneMonth.withProviderMonths(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("commission months must be at least 1, but were client share 1, provider 0, net upsell 1");
  }

  @Test
  void aScheduleRejectsRowsInAnotherCurrency() {
    CommissionCalculator calc = calculator(
        ledger(List.of(client("c", "US", "USD")), List.of(sourcedNew("d", "c", "2025-01-10", "1000", "USD")), List.of()),
        PartnerLevels.alwaysPartner(), monthly("c", "2025-01", "2025-01", "1000", "USD"));
    CommissionSchedule usd = calc.schedules().get(0);
    CommissionMonth euros = CommissionMonth.builder().from(usd.months().get(0)).revenue(money("1000", "EUR"))
        .basis(money("1000", "EUR")).amount(money("200.00", "EUR")).build();

    assertThatThrownBy(() -> new CommissionSchedule(usd.deal(), usd.level(), usd.rule(), usd.basis(), usd.firstMonth(),
        usd.endMonth(), usd.managedOnlyFrom(), usd.shortenedByConversionOn(), List.of(euros)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is in EUR but USD is required here");
  }

  @SafeVarargs
  private static List<ClientRevenue> join(List<ClientRevenue>... parts) {
    List<ClientRevenue> all = new ArrayList<>();
    for (List<ClientRevenue> p : parts) {
      all.addAll(p);
    }
    return all;
  }
}
