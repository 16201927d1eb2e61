package dev.partnerpoints.ledger;

import static dev.partnerpoints.ledger.LedgerFixtures.ME;
import static dev.partnerpoints.ledger.LedgerFixtures.OTHER;
import static dev.partnerpoints.ledger.LedgerFixtures.SALES;
import static dev.partnerpoints.ledger.LedgerFixtures.client;
import static dev.partnerpoints.ledger.LedgerFixtures.date;
import static dev.partnerpoints.ledger.LedgerFixtures.entry;
import static dev.partnerpoints.ledger.LedgerFixtures.ledger;
import static dev.partnerpoints.ledger.LedgerFixtures.managed;
import static dev.partnerpoints.ledger.LedgerFixtures.mrr;
import static dev.partnerpoints.ledger.LedgerFixtures.pts;
import static dev.partnerpoints.ledger.LedgerFixtures.sale;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerpoints.program.DealType;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Points as of a date, and the 12-month active window of sold points (docs/rules.md section 8). */
class PointLedgerPointsOnTest {

  private static final Client US = client("c-us", "US", "USD");
  private static final Client DE = client("c-de", "DE", "EUR");
  private static final Client BR = client("c-br", "BR", "USD");

  /**
   * d1 c-us 2023-03-10 sourced USD 1000: era 2022-07-18, rate 3: 1000 / 100 x 3 = 30.00; active
   * until 2024-03-09.
   * d2 c-de 2024-03-01 assisted EUR 300: 300 / 75 x 3 = 12.00; active until 2025-02-28.
   * d4 c-de 2024-04-10 sourced EUR 100: 100 / 75 x 5 = 6.666.. = 6.67; active until 2025-04-09.
   * d3 c-br 2024-05-15 sourced USD 250, Brazil is a growth market: 250 / 100 x 5 x 2 = 25.00.
   * o1 is another partner's deal: no entry in this ledger.
   * Managed: c-us managed alone from 2023-01-01 with MRR USD 1200: 1200 / 100 x 1 = 12.00.
   */
  private static PointLedger scenario() {
    return ledger()
        .addClients(List.of(US, DE, BR))
        .addDeal(sale("d1", US, "2023-03-10", "1000").kind(DealKind.NEW_CLIENT).build())
        .addDeal(sale("d2", DE, "2024-03-01", "300").dealType(DealType.ASSISTED).productLine(SALES).build())
        .addDeal(sale("d4", DE, "2024-04-10", "100").build())
        .addDeal(sale("d3", BR, "2024-05-15", "250").kind(DealKind.NEW_CLIENT).build())
        .addDeal(sale("o1", US, "2024-03-05", "500").productLine(SALES).partner(OTHER).build())
        .addManagementPeriod(managed(US, ME, "2023-01-01"))
        .addClientMrr(mrr(US, "2023-01-01", "1200"))
        .build();
  }

  private static List<String> ids(List<SoldEntry> entries) {
    return entries.stream().map(e -> e.deal().id().value()).collect(Collectors.toList());
  }

  @Test
  void entryPointsAreValuedOnceOnTheCloseDate() {
    PointLedger ledger = scenario();

    assertThat(ids(ledger.soldEntries())).containsExactly("d1", "d2", "d4", "d3");
    assertThat(entry(ledger, "d1").points()).isEqualTo(pts("30.00"));
    assertThat(entry(ledger, "d2").points()).isEqualTo(pts("12.00"));
    assertThat(entry(ledger, "d4").points()).isEqualTo(pts("6.67"));
    assertThat(entry(ledger, "d3").points()).isEqualTo(pts("25.00"));
    // d4's rule: EUR 75 per 100 USD (2022-07-18 table), sourced rate 5, not a growth market
    assertThat(entry(ledger, "d4").appliedRule().pointValue().localAmountPer100Usd()).isEqualByComparingTo("75");
    assertThat(entry(ledger, "d4").appliedRule().soldRate()).isEqualByComparingTo("5");
    assertThat(entry(ledger, "d4").appliedRule().marketMultiplier()).isEqualByComparingTo(BigDecimal.ONE);
    assertThat(entry(ledger, "d3").appliedRule().marketMultiplier()).isEqualByComparingTo("2");
  }

  @Test
  void pointsOnADateWithActiveAndExpiredEntries() {
    // 2024-06-01: d1 expired on 2024-03-10; d2, d4, d3 active.
    // sourced = d4 6.67 + d3 25.00 = 31.67; assisted = d2 12.00; sold = 43.67;
    // managed = 12.00; total = 55.67
    PointsSnapshot snapshot = scenario().pointsOn(date("2024-06-01"));

    assertThat(snapshot.date()).isEqualTo(date("2024-06-01"));
    assertThat(snapshot.sourcedPoints()).isEqualTo(pts("31.67"));
    assertThat(snapshot.assistedPoints()).isEqualTo(pts("12.00"));
    assertThat(snapshot.soldPoints()).isEqualTo(pts("43.67"));
    assertThat(snapshot.managedPoints()).isEqualTo(pts("12.00"));
    assertThat(snapshot.totalPoints()).isEqualTo(pts("55.67"));
    assertThat(ids(snapshot.activeEntries())).containsExactly("d2", "d4", "d3");
    assertThat(ids(snapshot.expiredEntries())).containsExactly("d1");
  }

  @Test
  void pointsBeforeLaterDealsClose() {
    // 2023-06-01: only d1 (30.00 sourced) has closed; managed 12.00; total 42.00
    PointsSnapshot snapshot = scenario().pointsOn(date("2023-06-01"));

    assertThat(snapshot.sourcedPoints()).isEqualTo(pts("30.00"));
    assertThat(snapshot.assistedPoints()).isEqualTo(pts("0"));
    assertThat(snapshot.managedPoints()).isEqualTo(pts("12.00"));
    assertThat(snapshot.totalPoints()).isEqualTo(pts("42.00"));
    assertThat(ids(snapshot.activeEntries())).containsExactly("d1");
    assertThat(snapshot.expiredEntries()).isEmpty();
  }

  @Test
  void nothingBeforeTheFirstDealOrManagement() {
    PointsSnapshot snapshot = scenario().pointsOn(date("2022-12-31"));

    assertThat(snapshot.totalPoints()).isEqualTo(pts("0"));
    assertThat(snapshot.activeEntries()).isEmpty();
    assertThat(snapshot.expiredEntries()).isEmpty();
  }

  @Test
  void afterEverySaleExpiredOnlyManagedPointsRemain() {
    // d2 expired 2025-03-01, d4 2025-04-10, d3 2025-05-15: on 2025-06-01 sold = 0, total = managed 12.00
    PointsSnapshot snapshot = scenario().pointsOn(date("2025-06-01"));

    assertThat(snapshot.soldPoints()).isEqualTo(pts("0"));
    assertThat(snapshot.totalPoints()).isEqualTo(pts("12.00"));
    assertThat(ids(snapshot.expiredEntries())).containsExactly("d1", "d2", "d4", "d3");
    assertThat(snapshot.activeEntries()).isEmpty();
  }

  @Test
  void lastActiveDayAndFirstExpiredDay() {
    // closed 2023-03-10, USD 100 at rate 3 = 3.00; 2023-03-10 plus 12 months = 2024-03-10
    PointLedger ledger = ledger().addClient(US).addDeal(sale("d", US, "2023-03-10", "100").build()).build();
    SoldEntry e = entry(ledger, "d");

    assertThat(e.activeFrom()).isEqualTo(date("2023-03-10"));
    assertThat(e.lastActiveDay()).isEqualTo(date("2024-03-09"));
    assertThat(e.expiresOn()).isEqualTo(date("2024-03-10"));
    assertThat(ledger.pointsOn(date("2023-03-09")).soldPoints()).isEqualTo(pts("0"));
    assertThat(ledger.pointsOn(date("2023-03-09")).activeEntries()).isEmpty();
    assertThat(ledger.pointsOn(date("2023-03-09")).expiredEntries()).isEmpty();
    assertThat(ledger.pointsOn(date("2023-03-10")).soldPoints()).isEqualTo(pts("3.00"));
    assertThat(ledger.pointsOn(date("2024-03-09")).soldPoints()).isEqualTo(pts("3.00"));
    assertThat(ledger.pointsOn(date("2024-03-09")).activeEntries()).containsExactly(e);
    assertThat(ledger.pointsOn(date("2024-03-10")).soldPoints()).isEqualTo(pts("0"));
    assertThat(ledger.pointsOn(date("2024-03-10")).expiredEntries()).containsExactly(e);
    assertThat(e.isActiveOn(date("2024-03-09"))).isTrue();
    assertThat(e.isExpiredOn(date("2024-03-09"))).isFalse();
    assertThat(e.isActiveOn(date("2024-03-10"))).isFalse();
    assertThat(e.isExpiredOn(date("2024-03-10"))).isTrue();
  }

  @Test
  void leapDayCloseExpiresOnFebruary28() {
    // closed 2024-02-29 (era 2024-02-27, sourced 5): USD 100 / 100 x 5 = 5.00;
    // 2024-02-29 plus 12 months = 2025-02-28 (no Feb 29 in 2025): expired from 2025-02-28,
    // last active on 2025-02-27
    PointLedger ledger = ledger().addClient(US).addDeal(sale("leap", US, "2024-02-29", "100").build()).build();
    SoldEntry e = entry(ledger, "leap");

    assertThat(e.points()).isEqualTo(pts("5.00"));
    assertThat(e.expiresOn()).isEqualTo(date("2025-02-28"));
    assertThat(e.lastActiveDay()).isEqualTo(date("2025-02-27"));
    assertThat(ledger.pointsOn(date("2024-02-28")).soldPoints()).isEqualTo(pts("0"));
    assertThat(ledger.pointsOn(date("2024-02-29")).soldPoints()).isEqualTo(pts("5.00"));
    assertThat(ledger.pointsOn(date("2025-02-27")).soldPoints()).isEqualTo(pts("5.00"));
    assertThat(ledger.pointsOn(date("2025-02-28")).soldPoints()).isEqualTo(pts("0"));
    assertThat(ledger.pointsOn(date("2025-02-28")).expiredEntries()).containsExactly(e);
  }
}
