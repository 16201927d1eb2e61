package dev.partnerpoints.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.partnerpoints.ledger.ClientId;
import dev.partnerpoints.ledger.DataGap;
import dev.partnerpoints.ledger.DataGapKind;
import dev.partnerpoints.ledger.DealId;
import dev.partnerpoints.ledger.PointLedger;
import dev.partnerpoints.money.Points;
import dev.partnerpoints.program.NoDealIncreaseWithoutSale;
import dev.partnerpoints.program.ProgramRules;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Input that makes a figure silently zero is reported as a data gap, one kind at a time. */
class DataGapsTest {

  private static LedgerCsv.LedgerFile read(ProgramRules rules, String... lines) {
    return LedgerCsv.read(new StringReader(String.join("\n", lines)), "gaps.csv", rules);
  }

  private static LedgerCsv.LedgerFile read(String... lines) {
    return read(ProgramRules.builtIn(), lines);
  }

  private static DataGap gap(DataGapKind kind, String client, String from, Optional<String> until,
      Optional<String> deal, String message) {
    return DataGap.of(kind, ClientId.of(client), LocalDate.parse(from), until.map(LocalDate::parse), deal.map(DealId::of), message);
  }

  @Test
  void aCleanLedgerHasNoGaps() {
    LedgerCsv.LedgerFile file = read("partner,partner-1",
        "client,acme,Acme,US,USD",
        "subscription,acme,Sales Hub,PROFESSIONAL,100",
        "deal,d1,acme,2025-01-10,NEW_CLIENT,SOURCED,Sales Hub,100",
        "deal,d2,acme,2025-03-01,NO_DEAL_INCREASE,SOURCED,Sales Hub,20",
        "manage,acme,partner-1,2025-01-10",
        "mrr,acme,2025-01-10,100");

    assertThat(file.ledger().dataGaps()).isEmpty();
    assertThat(file.dashboard().dataGaps(LocalDate.of(2025, 6, 1))).isEmpty();
  }

  @Test
  void aClientWithDealsButNoMrrHistoryOrSubscriptions() {
    PointLedger ledger = read("partner,partner-1",
        "client,acme,Acme,US,USD",
        "deal,d0,acme,2025-01-10,NEW_CLIENT,SOURCED,Sales Hub,100,partner-2,,CLOSED_LOST",
        "deal,d1,acme,2025-02-10,NEW_CLIENT,SOURCED,Sales Hub,100").ledger();

    // the first closed-won deal (the lost d0 is not a sign of revenue)
    assertThat(ledger.dataGaps()).containsExactly(gap(DataGapKind.CLIENT_WITHOUT_MRR, "acme", "2025-02-10",
        Optional.empty(), Optional.empty(), "client acme has closed-won deals (the first on 2025-02-10) but no MRR"
            + " history and no subscriptions: its MRR counts as zero on every date (no managed points, no"
            + " retention, no revenue derived from MRR); add its mrr or subscription records"));
  }

  @Test
  void aManagementPeriodWhileTheClientHasNoMrr() {
    PointLedger ledger = read("partner,partner-1",
        "client,late,Late,US,USD",
        "deal,d1,late,2025-01-10,NEW_CLIENT,SOURCED,Sales Hub,100",
        "manage,late,partner-1,2025-01-10,2025-06-01",
        "manage,late,partner-2,2024-01-10", // another partner's period: not this ledger's gap
        "mrr,late,2025-03-01,100",
        "client,none,None,US,USD",
        "manage,none,partner-1,2025-02-01").ledger();

    // late: zero managed points from 2025-01-10 until its first MRR record on 2025-03-01
    // none: no MRR at all (and no deals: no CLIENT_WITHOUT_MRR), managed from 2025-02-01 on
    assertThat(ledger.dataGaps()).containsExactly(
        gap(DataGapKind.MANAGED_WITHOUT_MRR, "late", "2025-01-10", Optional.of("2025-03-01"), Optional.empty(),
            "client late is managed by partner-1 from 2025-01-10 until 2025-03-01 but has no MRR before its first"
                + " mrr record, effective 2025-03-01: its managed points are zero on those days"),
        gap(DataGapKind.MANAGED_WITHOUT_MRR, "none", "2025-02-01", Optional.empty(), Optional.empty(),
            "client none is managed by partner-1 from 2025-02-01 but has no MRR history and no subscriptions:"
                + " its managed points are zero on those days"));
    assertThat(ledger.managedOn(LocalDate.of(2025, 2, 15))).isEqualTo(Points.zero());
  }

  @Test
  void dealsOnALineAfterItsCancellationWithNoNewSaleInBetween() {
    PointLedger ledger = read("partner,partner-1",
        "client,ok,Ok,US,USD",
        "subscription,ok,Sales Hub,PROFESSIONAL,100",
        "deal,d1,ok,2025-01-10,NEW_CLIENT,SOURCED,Sales Hub,100",
        "deal,d2,ok,2025-02-01,CANCELLATION,SOURCED,Sales Hub,-100",
        "deal,d3,ok,2025-03-01,UPSELL,SOURCED,Sales Hub,50",
        "deal,d4,ok,2025-03-15,DOWNGRADE,SOURCED,Sales Hub,-10",
        "deal,d5,ok,2025-04-01,CROSS_SELL,SOURCED,Sales Hub,100",
        "deal,d6,ok,2025-05-01,UPSELL,SOURCED,Sales Hub,50", // after the new sale d5: fine
        "deal,d7,ok,2025-05-01,UPSELL,SOURCED,Marketing Hub,50,,,OPEN").ledger(); // open: not counted

    assertThat(ledger.dataGaps()).extracting(DataGap::kind, g -> g.dealId().orElseThrow().value(), DataGap::start)
        .containsExactly(
            tuple(DataGapKind.DEAL_AFTER_CANCELLATION, "d3", LocalDate.of(2025, 3, 1)),
            tuple(DataGapKind.DEAL_AFTER_CANCELLATION, "d4", LocalDate.of(2025, 3, 15)));
    assertThat(ledger.dataGaps().get(0).message()).isEqualTo("deal d3 (UPSELL of Sales Hub for client ok, closed"
        + " 2025-03-01) comes after the line's cancellation by deal d2 on 2025-02-01 with no new sale of the line"
        + " in between; the sale that restarted the line is missing from the input");
    assertThat(ledger.dataGaps().get(0).until()).isEmpty();
  }

  private static final String[] INCREASE_WITHOUT_SALE = {"partner,partner-1",
      "client,ok,Ok,US,USD",
      "subscription,ok,Sales Hub,PROFESSIONAL,100",
      "deal,d1,ok,2025-05-01,NO_DEAL_INCREASE,SOURCED,Sales Hub,20",
      "deal,d2,ok,2025-06-01,NEW_CLIENT,SOURCED,Sales Hub,100"}; // a sale after the increase

  @Test
  void aNoDealIncreaseWithNoSaleOfItsLine() {
    PointLedger ledger = read(INCREASE_WITHOUT_SALE).ledger();

    assertThat(ledger.dataGaps()).containsExactly(gap(DataGapKind.NO_DEAL_INCREASE_WITHOUT_SALE, "ok", "2025-05-01",
        Optional.empty(), Optional.of("d1"), "no-deal increase d1 (Sales Hub for client ok, closed 2025-05-01) has"
            + " no sale of the line to the client on or before it, so the input does not say who sold the line;"
            + " it earns no points for anyone"));
    assertThat(ledger.pointsOn(LocalDate.of(2025, 5, 2)).soldPoints()).isEqualTo(Points.zero());
  }

  @Test
  void aNoDealIncreaseWithNoSaleCreditedAsRecordedSaysSo() {
    PointLedger ledger = read(ProgramRules.builtIn().withNoDealIncreaseWithoutSale(
        NoDealIncreaseWithoutSale.CREDITED_AS_RECORDED), INCREASE_WITHOUT_SALE).ledger();

    assertThat(ledger.dataGaps()).singleElement().extracting(DataGap::message).asString()
        .endsWith("it is credited as recorded, to partner-1");
    // 20 USD / 100 x 5 = 1.00
    assertThat(ledger.pointsOn(LocalDate.of(2025, 5, 2)).soldPoints()).isEqualTo(Points.parse("1.00"));
  }

  @Test
  void monthsOfACommissionScheduleWithoutRevenueInTheSeriesGiven() {
    LedgerCsv.LedgerFile file = read("partner,partner-1",
        "client,acme,Acme,US,USD",
        "subscription,acme,Sales Hub,PROFESSIONAL,100",
        "deal,d1,acme,2025-01-10,NEW_CLIENT,SOURCED,Sales Hub,100",
        "revenue,acme,2025-01,100",
        "revenue,acme,2025-02,100",
        "revenue,acme,2025-05,100",
        "revenue,acme,2025-07,100");

    assertThat(file.ledger().dataGaps()).isEmpty();
    // on 2025-09-15 the series ends in 2025-07: March-April and June are missing
    assertThat(file.dashboard().dataGaps(LocalDate.of(2025, 9, 15))).containsExactly(
        gap(DataGapKind.REVENUE_MISSING, "acme", "2025-03-01", Optional.of("2025-05-01"), Optional.empty(),
            "client acme has a commission schedule but no net revenue from 2025-03 to 2025-04 in the revenue given:"
                + " no commission accrues for it then; add its revenue records"),
        gap(DataGapKind.REVENUE_MISSING, "acme", "2025-06-01", Optional.of("2025-07-01"), Optional.empty(),
            "client acme has a commission schedule but no net revenue in 2025-06 in the revenue given:"
                + " no commission accrues for it then; add its revenue records"));
    // on 2025-04-15 only March and April so far
    assertThat(file.dashboard().dataGaps(LocalDate.of(2025, 4, 15))).singleElement()
        .extracting(DataGap::until).isEqualTo(Optional.of(LocalDate.of(2025, 5, 1)));
  }

  @Test
  void gapsAreSortedByClient() {
    PointLedger ledger = read("partner,partner-1",
        "client,b,B,US,USD",
        "deal,d1,b,2025-01-10,NEW_CLIENT,SOURCED,Sales Hub,100",
        "client,a,A,US,USD",
        "deal,d2,a,2025-03-10,NEW_CLIENT,SOURCED,Sales Hub,100").ledger();

    assertThat(ledger.dataGaps()).extracting(g -> g.clientId().value()).containsExactly("a", "b");
  }
}
