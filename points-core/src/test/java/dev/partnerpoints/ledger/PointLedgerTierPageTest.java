package dev.partnerpoints.ledger;

import static dev.partnerpoints.ledger.LedgerFixtures.ME;
import static dev.partnerpoints.ledger.LedgerFixtures.client;
import static dev.partnerpoints.ledger.LedgerFixtures.date;
import static dev.partnerpoints.ledger.LedgerFixtures.ledger;
import static dev.partnerpoints.ledger.LedgerFixtures.managed;
import static dev.partnerpoints.ledger.LedgerFixtures.mrr;
import static dev.partnerpoints.ledger.LedgerFixtures.pts;
import static dev.partnerpoints.ledger.LedgerFixtures.reduction;
import static dev.partnerpoints.ledger.LedgerFixtures.sale;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerpoints.money.Points;
import dev.partnerpoints.program.DealType;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The tier page's figures over one scenario: tier point changes over a date range and the
 * per-client breakdown filtered by deal type and market type, and progress month by month with
 * the points that will expire in the coming months (docs/rules.md section 15.5).
 */
class PointLedgerTierPageTest {

  static final Client US = client("c-us", "US", "USD");
  static final Client DE = client("c-de", "DE", "EUR");
  static final Client BR = client("c-br", "BR", "USD");

  /**
   * Sold:
   * s1 c-us cross-sell 2024-03-01 sourced USD 200: 2 x 5 = 10.00; active until 2025-02-28.
   * s2 c-de cross-sell 2024-06-15 assisted EUR 150: 150 / 75 x 3 = 6.00; active until 2025-06-14.
   * s3 c-br new client 2025-02-10 sourced USD 100 (growth): 1 x 5 x 2 = 10.00.
   * r1 c-de assisted downgrade 2025-02-20 EUR -75: 1 x 3 = 3.00 -> s2 has 3.00 left.
   * Managed (this partner alone):
   * c-us from 2024-01-01: MRR USD 300 -> 3.00; from 2025-02-15 USD 500 -> 5.00.
   * c-de from 2024-01-01 until 2025-02-05: MRR EUR 150 -> 150 / 75 = 2.00.
   * c-br from 2025-02-10: MRR USD 100 -> 1 x 1 x 2 = 2.00.
   */
  static PointLedger scenario() {
    return ledger()
        .addClients(List.of(US, DE, BR))
        .addDeal(sale("s1", US, "2024-03-01", "200").build())
        .addDeal(sale("s2", DE, "2024-06-15", "150").dealType(DealType.ASSISTED).build())
        .addDeal(sale("s3", BR, "2025-02-10", "100").kind(DealKind.NEW_CLIENT).build())
        .addDeal(reduction("r1", DE, "2025-02-20", "-75").dealType(DealType.ASSISTED).build())
        .addManagementPeriod(managed(US, ME, "2024-01-01"))
        .addManagementPeriod(managed(DE, ME, "2024-01-01", "2025-02-05"))
        .addManagementPeriod(managed(BR, ME, "2025-02-10"))
        .addClientMrr(mrr(US, "2024-01-01", "300"))
        .addClientMrr(mrr(US, "2025-02-15", "500"))
        .addClientMrr(mrr(DE, "2024-01-01", "150"))
        .addClientMrr(mrr(BR, "2025-02-10", "100"))
        .build();
  }

  private static ClientPoints row(Client client, String points) {
    return ClientPoints.of(client.id(), pts(points));
  }

  @Test
  void changesOverARangeWithTheClientsBehindThem() {
    // day before: 2025-01-31: sold s1 10.00 + s2 6.00 = 16.00; managed c-us 3.00 + c-de 2.00 = 5.00
    // end 2025-03-31: sold s2 3.00 + s3 10.00 = 13.00; managed c-us 5.00 + c-br 2.00 = 7.00
    // new sold: c-br 10.00; lost sold: c-de 3.00 (reduced), c-us 10.00 (expired) = 13.00
    // 16.00 + 10.00 - 13.00 = 13.00
    // new managed: c-br 0 -> 2.00, c-us 3.00 -> 5.00: 2.00 each = 4.00; lost managed: c-de 2.00
    // 5.00 + 4.00 - 2.00 = 7.00
    PointChanges changes = scenario().changes(date("2025-02-01"), date("2025-03-31"));

    assertThat(changes.from()).isEqualTo(date("2025-02-01"));
    assertThat(changes.to()).isEqualTo(date("2025-03-31"));
    assertThat(changes.soldBefore()).isEqualTo(pts("16.00"));
    assertThat(changes.soldAtEnd()).isEqualTo(pts("13.00"));
    assertThat(changes.newSold().rows()).containsExactly(row(BR, "10.00"));
    assertThat(changes.lostSold().rows()).containsExactly(row(DE, "3.00"), row(US, "10.00"));
    assertThat(changes.lostSold().total()).isEqualTo(pts("13.00"));
    assertThat(changes.lostSold().clients()).containsExactly(DE.id(), US.id());
    assertThat(changes.managedBefore()).isEqualTo(pts("5.00"));
    assertThat(changes.managedAtEnd()).isEqualTo(pts("7.00"));
    assertThat(changes.newManaged().rows()).containsExactly(row(BR, "2.00"), row(US, "2.00"));
    assertThat(changes.lostManaged().rows()).containsExactly(row(DE, "2.00"));
  }

  @Test
  void changesAddUpToThePointsAtBothEnds() {
    PointLedger ledger = scenario();
    PointChanges changes = ledger.changes(date("2025-02-01"), date("2025-03-31"));
    PointsSnapshot before = ledger.pointsOn(date("2025-01-31"));
    PointsSnapshot end = ledger.pointsOn(date("2025-03-31"));

    assertThat(changes.soldBefore()).isEqualTo(before.soldPoints());
    assertThat(changes.soldAtEnd()).isEqualTo(end.soldPoints());
    assertThat(changes.managedBefore()).isEqualTo(before.managedPoints());
    assertThat(changes.managedAtEnd()).isEqualTo(end.managedPoints());
    assertThat(before.soldPoints().plus(changes.newSold().total()).minus(changes.lostSold().total()))
        .isEqualTo(end.soldPoints());
    assertThat(before.managedPoints().plus(changes.newManaged().total()).minus(changes.lostManaged().total()))
        .isEqualTo(end.managedPoints());
  }

  @Test
  void changesOverTheWholeHistory() {
    // day before 2023-12-31: nothing. End 2025-12-31: sold s3 10.00; managed c-us 5.00 + c-br 2.00.
    // new sold: c-br 10.00, c-de 6.00, c-us 10.00 = 26.00
    // lost sold: c-de 3.00 reduced + 3.00 expired = 6.00, c-us 10.00 expired = 16.00
    // 0 + 26.00 - 16.00 = 10.00
    // managed is a snapshot: net per client, c-br +2.00, c-us +5.00, c-de 0 -> 0 (no row)
    PointChanges changes = scenario().changes(date("2024-01-01"), date("2025-12-31"));

    assertThat(changes.newSold().rows()).containsExactly(row(BR, "10.00"), row(DE, "6.00"), row(US, "10.00"));
    assertThat(changes.lostSold().rows()).containsExactly(row(DE, "6.00"), row(US, "10.00"));
    assertThat(changes.soldAtEnd()).isEqualTo(pts("10.00"));
    assertThat(changes.newManaged().rows()).containsExactly(row(BR, "2.00"), row(US, "5.00"));
    assertThat(changes.lostManaged().rows()).isEmpty();
    assertThat(changes.managedAtEnd()).isEqualTo(pts("7.00"));
  }

  @Test
  void changesOnASingleDay() {
    // 2025-02-10: s3 closes (10.00 new sold) and c-br starts being managed (2.00 new managed)
    PointChanges changes = scenario().changes(date("2025-02-10"), date("2025-02-10"));

    assertThat(changes.newSold().rows()).containsExactly(row(BR, "10.00"));
    assertThat(changes.lostSold().rows()).isEmpty();
    assertThat(changes.newManaged().rows()).containsExactly(row(BR, "2.00"));
    assertThat(changes.lostManaged().rows()).isEmpty();
  }

  @Test
  void aRangeEndingBeforeItStartsIsRejectedNamingBothDates() {
    assertThatThrownBy(() -> scenario().changes(date("2025-03-31"), date("2025-02-01")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2025-02-01")
        .hasMessageContaining("2025-03-31");
  }

  private static List<String> clientIds(List<ClientBreakdown> rows) {
    return rows.stream().map(b -> b.client().id().value()).collect(Collectors.toList());
  }

  private static ClientBreakdown breakdownOf(List<ClientBreakdown> rows, Client client) {
    return rows.stream().filter(b -> b.client().id().equals(client.id())).findFirst().orElseThrow();
  }

  private static Points sum(List<ClientBreakdown> rows, Function<ClientBreakdown, Points> figure) {
    return Points.total(rows.stream().map(figure).collect(Collectors.toList()));
  }

  private static BreakdownFilter filter(DealType dealType, MarketType marketType) {
    BreakdownFilter.Builder filter = BreakdownFilter.builder();
    if (dealType != null) {
      filter.dealType(dealType);
    }
    if (marketType != null) {
      filter.marketType(marketType);
    }
    return filter.build();
  }

  @Test
  void unfilteredBreakdownPerClient() {
    // on 2025-03-31:
    // c-br (growth): s3 sourced 10.00 active; managed 2.00; total 12.00
    // c-de: s2 assisted 3.00 active (6.00 - 3.00 reduced); management ended 2025-02-05: 0; total 3.00
    // c-us: s1 expired on 2025-03-01 with 10.00 left; managed 5.00; total 5.00
    List<ClientBreakdown> rows = scenario().breakdown(date("2025-03-31"), BreakdownFilter.all());

    assertThat(clientIds(rows)).containsExactly("c-br", "c-de", "c-us");
    ClientBreakdown br = breakdownOf(rows, BR);
    assertThat(br.growthMarket()).isTrue();
    assertThat(br.activeSourced()).isEqualTo(pts("10.00"));
    assertThat(br.activeAssisted()).isEqualTo(pts("0"));
    assertThat(br.expiredSold()).isEqualTo(pts("0"));
    assertThat(br.managed()).isEqualTo(pts("2.00"));
    assertThat(br.total()).isEqualTo(pts("12.00"));
    assertThat(br.soldHistory()).extracting(e -> e.deal().id().value()).containsExactly("s3");

    ClientBreakdown de = breakdownOf(rows, DE);
    assertThat(de.growthMarket()).isFalse();
    assertThat(de.activeSourced()).isEqualTo(pts("0"));
    assertThat(de.activeAssisted()).isEqualTo(pts("3.00"));
    assertThat(de.activeSold()).isEqualTo(pts("3.00"));
    assertThat(de.managed()).isEqualTo(pts("0"));
    assertThat(de.total()).isEqualTo(pts("3.00"));
    assertThat(de.managedHistory()).isNotEmpty();
    assertThat(de.managedHistory().get(0).from()).isEqualTo(date("2024-01-01"));
    assertThat(de.managedHistory().get(de.managedHistory().size() - 1).until()).contains(date("2025-02-05"));

    ClientBreakdown us = breakdownOf(rows, US);
    assertThat(us.activeSold()).isEqualTo(pts("0"));
    assertThat(us.expiredSold()).isEqualTo(pts("10.00"));
    assertThat(us.managed()).isEqualTo(pts("5.00"));
    assertThat(us.total()).isEqualTo(pts("5.00"));
    assertThat(us.soldHistory()).extracting(e -> e.deal().id().value()).containsExactly("s1");
  }

  @Test
  void unfilteredBreakdownAddsUpToTheSnapshot() {
    // sourced 10.00 + 0 + 0 = 10.00; assisted 0 + 3.00 + 0 = 3.00; managed 2.00 + 0 + 5.00 = 7.00
    PointLedger ledger = scenario();
    List<ClientBreakdown> rows = ledger.breakdown(date("2025-03-31"), BreakdownFilter.all());
    PointsSnapshot snapshot = ledger.pointsOn(date("2025-03-31"));

    assertThat(snapshot.sourcedPoints()).isEqualTo(pts("10.00"));
    assertThat(snapshot.assistedPoints()).isEqualTo(pts("3.00"));
    assertThat(snapshot.managedPoints()).isEqualTo(pts("7.00"));
    assertThat(sum(rows, ClientBreakdown::activeSourced)).isEqualTo(snapshot.sourcedPoints());
    assertThat(sum(rows, ClientBreakdown::activeAssisted)).isEqualTo(snapshot.assistedPoints());
    assertThat(sum(rows, ClientBreakdown::managed)).isEqualTo(snapshot.managedPoints());
    assertThat(sum(rows, ClientBreakdown::total)).isEqualTo(snapshot.totalPoints());
  }

  @Test
  void breakdownFilteredByDealType() {
    PointLedger ledger = scenario();

    // sourced: c-br (s3 active 10.00) and c-us (s1 expired 10.00); managed points are dropped
    List<ClientBreakdown> sourced = ledger.breakdown(date("2025-03-31"), filter(DealType.SOURCED, null));
    assertThat(clientIds(sourced)).containsExactly("c-br", "c-us");
    assertThat(breakdownOf(sourced, BR).activeSourced()).isEqualTo(pts("10.00"));
    assertThat(breakdownOf(sourced, BR).managed()).isEqualTo(pts("0"));
    assertThat(breakdownOf(sourced, US).expiredSold()).isEqualTo(pts("10.00"));
    assertThat(sum(sourced, ClientBreakdown::activeAssisted)).isEqualTo(pts("0"));

    // assisted: c-de only, 3.00
    List<ClientBreakdown> assisted = ledger.breakdown(date("2025-03-31"), filter(DealType.ASSISTED, null));
    assertThat(clientIds(assisted)).containsExactly("c-de");
    assertThat(breakdownOf(assisted, DE).activeAssisted()).isEqualTo(pts("3.00"));
    assertThat(breakdownOf(assisted, DE).soldHistory()).extracting(e -> e.deal().id().value()).containsExactly("s2");
  }

  @Test
  void breakdownFilteredByMarketType() {
    PointLedger ledger = scenario();

    List<ClientBreakdown> growth = ledger.breakdown(date("2025-03-31"), filter(null, MarketType.GROWTH));
    assertThat(clientIds(growth)).containsExactly("c-br");
    assertThat(breakdownOf(growth, BR).total()).isEqualTo(pts("12.00"));

    // non-growth: c-de 3.00 + c-us 5.00 = 8.00
    List<ClientBreakdown> other = ledger.breakdown(date("2025-03-31"), filter(null, MarketType.NON_GROWTH));
    assertThat(clientIds(other)).containsExactly("c-de", "c-us");
    assertThat(sum(other, ClientBreakdown::total)).isEqualTo(pts("8.00"));

    List<ClientBreakdown> both = ledger.breakdown(date("2025-03-31"), filter(DealType.SOURCED, MarketType.NON_GROWTH));
    assertThat(clientIds(both)).containsExactly("c-us");
  }

  @Test
  void breakdownOnlyListsClientsWithHistoryUpToTheDate() {
    // 2024-02-01: no sale yet; c-de (2.00) and c-us (3.00) are managed; c-br has nothing yet
    List<ClientBreakdown> rows = scenario().breakdown(date("2024-02-01"), BreakdownFilter.all());

    assertThat(clientIds(rows)).containsExactly("c-de", "c-us");
    assertThat(breakdownOf(rows, DE).managed()).isEqualTo(pts("2.00"));
    assertThat(breakdownOf(rows, US).managed()).isEqualTo(pts("3.00"));
    assertThat(breakdownOf(rows, US).soldHistory()).isEmpty();
  }

  @Test
  void breakdownBeforeTheProgramStartedIsEmpty() {
    // no sold entry closed and no managed span started on or before 2022-07-01 (the program starts
    // on 2022-07-18): no client has anything to show, with or without a market filter
    PointLedger ledger = scenario();

    assertThat(ledger.breakdown(date("2022-07-01"), BreakdownFilter.all())).isEmpty();
    assertThat(ledger.breakdown(date("2022-07-01"), filter(null, MarketType.GROWTH))).isEmpty();
    assertThat(ledger.pointsOn(date("2022-07-18")).totalPoints()).isEqualTo(pts("0"));
  }

  @Test
  void progressMonthByMonth() {
    // month ends, sold / managed / total:
    // 2025-01-31: s1 10.00 + s2 6.00 = 16.00 / c-us 3.00 + c-de 2.00 = 5.00 / 21.00
    // 2025-02-28: s1 10.00 (last active day) + s2 3.00 + s3 10.00 = 23.00 / c-us 5.00 + c-br 2.00 = 7.00 / 30.00
    // 2025-03-31 .. 2025-05-31: s2 3.00 + s3 10.00 = 13.00 / 7.00 / 20.00
    // 2025-06-30: s2 expired on 2025-06-15: 10.00 / 7.00 / 17.00
    List<MonthPoints> progress = scenario().progress(YearMonth.of(2025, 1), YearMonth.of(2025, 6));

    assertThat(progress).containsExactly(
        MonthPoints.of(YearMonth.of(2025, 1), pts("16.00"), pts("5.00")),
        MonthPoints.of(YearMonth.of(2025, 2), pts("23.00"), pts("7.00")),
        MonthPoints.of(YearMonth.of(2025, 3), pts("13.00"), pts("7.00")),
        MonthPoints.of(YearMonth.of(2025, 4), pts("13.00"), pts("7.00")),
        MonthPoints.of(YearMonth.of(2025, 5), pts("13.00"), pts("7.00")),
        MonthPoints.of(YearMonth.of(2025, 6), pts("10.00"), pts("7.00")));
    assertThat(progress).extracting(MonthPoints::total).containsExactly(
        pts("21.00"), pts("30.00"), pts("20.00"), pts("20.00"), pts("20.00"), pts("17.00"));
  }

  @Test
  void progressOfASingleMonthAndAnInvertedSpan() {
    assertThat(scenario().progress(YearMonth.of(2025, 2), YearMonth.of(2025, 2)))
        .containsExactly(MonthPoints.of(YearMonth.of(2025, 2), pts("23.00"), pts("7.00")));
    assertThatThrownBy(() -> scenario().progress(YearMonth.of(2025, 6), YearMonth.of(2025, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2025-01")
        .hasMessageContaining("2025-06");
  }

  @Test
  void pointsThatWillExpireInEachOfTheNextMonths() {
    // active on 2025-01-20: s1 (10.00, first expired day 2025-03-01: March) and s2 (6.00 as of
    // 2025-01-20, before the downgrade; first expired day 2025-06-15: June)
    List<MonthExpiry> expiries = scenario().upcomingExpiries(date("2025-01-20"), 6);

    assertThat(expiries).extracting(MonthExpiry::month).containsExactly(
        YearMonth.of(2025, 1), YearMonth.of(2025, 2), YearMonth.of(2025, 3),
        YearMonth.of(2025, 4), YearMonth.of(2025, 5), YearMonth.of(2025, 6));
    assertThat(expiries).extracting(e -> e.expiring().total()).containsExactly(
        pts("0"), pts("0"), pts("10.00"), pts("0"), pts("0"), pts("6.00"));
    assertThat(expiries.get(2).expiring().rows()).containsExactly(row(US, "10.00"));
    assertThat(expiries.get(5).expiring().rows()).containsExactly(row(DE, "6.00"));
  }

  @Test
  void upcomingExpiriesUseThePointsLeftAfterReductions() {
    // on 2025-03-01 s1 has expired; s2 has 3.00 left (expires in June); s3 expires in 2026-02
    List<MonthExpiry> expiries = scenario().upcomingExpiries(date("2025-03-01"), 4);

    assertThat(expiries).extracting(e -> e.expiring().total()).containsExactly(
        pts("0"), pts("0"), pts("0"), pts("3.00"));
    assertThat(expiries.get(3).month()).isEqualTo(YearMonth.of(2025, 6));
    assertThatThrownBy(() -> scenario().upcomingExpiries(date("2025-03-01"), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0");
  }
}
