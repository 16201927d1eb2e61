package dev.partnerpoints.ledger;

import static dev.partnerpoints.ledger.LedgerFixtures.SALES;
import static dev.partnerpoints.ledger.LedgerFixtures.client;
import static dev.partnerpoints.ledger.LedgerFixtures.date;
import static dev.partnerpoints.ledger.LedgerFixtures.entry;
import static dev.partnerpoints.ledger.LedgerFixtures.ledger;
import static dev.partnerpoints.ledger.LedgerFixtures.pts;
import static dev.partnerpoints.ledger.LedgerFixtures.reduction;
import static dev.partnerpoints.ledger.LedgerFixtures.sale;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerpoints.program.DealType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Downgrades and cancellations reduce the active sold points of the client's product line, most
 * recently closed entry first, never below zero (docs/rules.md section 9; PointLedger's defaults).
 */
class PointLedgerReductionTest {

  private static final Client US = client("c-us", "US", "USD");
  private static final Client DE = client("c-de", "DE", "EUR");

  /**
   * e1 c-us cross-sell Marketing 2024-03-01 USD 400, rate 5: 400 / 100 x 5 = 20.00.
   * e2 c-us upsell Marketing 2024-05-01 USD 200 (line first sold 2024-03-01, rate 5): 10.00.
   * s1 c-us cross-sell Sales 2024-03-01 USD 100: 5.00 (another line: never reduced here).
   * k1 c-de cross-sell Marketing 2024-03-01 EUR 150: 150 / 75 x 5 = 10.00 (another client).
   * r1 c-us downgrade Marketing 2024-06-01 USD -100, rate 5: 5.00, taken from e2 (most recent):
   * e2 10.00 -> 5.00.
   * r2 c-us cancellation Marketing 2024-07-01 USD -600, rate 5: 30.00; e2 has 5.00 left (take
   * 5.00), then e1 20.00 (take 20.00); the last 5.00 has nothing to reduce.
   * e3 c-us upsell Marketing 2024-08-01 USD 100: 5.00, closed after r2, not reduced.
   */
  private static PointLedger scenario() {
    return ledger()
        .addClients(List.of(US, DE))
        .addDeal(sale("e1", US, "2024-03-01", "400").build())
        .addDeal(sale("e2", US, "2024-05-01", "200").kind(DealKind.UPSELL).build())
        .addDeal(sale("s1", US, "2024-03-01", "100").productLine(SALES).build())
        .addDeal(sale("k1", DE, "2024-03-01", "150").build())
        .addDeal(reduction("r1", US, "2024-06-01", "-100").build())
        .addDeal(reduction("r2", US, "2024-07-01", "-600").kind(DealKind.CANCELLATION).build())
        .addDeal(sale("e3", US, "2024-08-01", "100").kind(DealKind.UPSELL).build())
        .build();
  }

  @Test
  void reductionsTakeFromTheMostRecentlyClosedEntryFirst() {
    PointLedger ledger = scenario();

    assertThat(entry(ledger, "e2").reductions()).containsExactly(
        Reduction.of(date("2024-06-01"), pts("5.00"), DealId.of("r1")),
        Reduction.of(date("2024-07-01"), pts("5.00"), DealId.of("r2")));
    assertThat(entry(ledger, "e1").reductions()).containsExactly(
        Reduction.of(date("2024-07-01"), pts("20.00"), DealId.of("r2")));
    assertThat(entry(ledger, "s1").reductions()).isEmpty();
    assertThat(entry(ledger, "k1").reductions()).isEmpty();
    assertThat(entry(ledger, "e3").reductions()).isEmpty();
    assertThat(entry(ledger, "e2").remainingPointsOn(date("2024-06-15"))).isEqualTo(pts("5.00"));
    assertThat(entry(ledger, "e2").points()).isEqualTo(pts("10.00"));
  }

  @Test
  void soldPointsFallByTheReductionsButNeverBelowZero() {
    PointLedger ledger = scenario();

    // 2024-05-31: e1 20 + e2 10 + s1 5 + k1 10 = 45.00
    assertThat(ledger.pointsOn(date("2024-05-31")).soldPoints()).isEqualTo(pts("45.00"));
    // 2024-06-01: e1 20 + e2 5 + s1 5 + k1 10 = 40.00
    assertThat(ledger.pointsOn(date("2024-06-01")).soldPoints()).isEqualTo(pts("40.00"));
    // 2024-07-01: e1 0 + e2 0 + s1 5 + k1 10 = 15.00 (the cancellation's extra 5.00 is not negative)
    assertThat(ledger.pointsOn(date("2024-07-01")).soldPoints()).isEqualTo(pts("15.00"));
    assertThat(entry(ledger, "e1").remainingPointsOn(date("2024-07-01"))).isEqualTo(pts("0"));
    assertThat(entry(ledger, "e2").remainingPointsOn(date("2024-07-01"))).isEqualTo(pts("0"));
    // 2024-08-01: 15.00 + e3 5.00 = 20.00
    assertThat(ledger.pointsOn(date("2024-08-01")).soldPoints()).isEqualTo(pts("20.00"));
  }

  @Test
  void reductionsShowAsLostSoldPointsOnTheReductionDate() {
    PointLedger ledger = scenario();

    PointChanges onR1 = ledger.changes(date("2024-06-01"), date("2024-06-01"));
    assertThat(onR1.soldBefore()).isEqualTo(pts("45.00"));
    assertThat(onR1.soldAtEnd()).isEqualTo(pts("40.00"));
    assertThat(onR1.newSold().rows()).isEmpty();
    assertThat(onR1.lostSold().rows()).containsExactly(ClientPoints.of(US.id(), pts("5.00")));

    // r2 takes what is left of e1 and e2: 5.00 + 20.00 = 25.00
    PointChanges onR2 = ledger.changes(date("2024-07-01"), date("2024-07-01"));
    assertThat(onR2.lostSold().rows()).containsExactly(ClientPoints.of(US.id(), pts("25.00")));
    assertThat(onR2.soldAtEnd()).isEqualTo(pts("15.00"));

    // 2024-06-01..2024-08-01: before 45.00, new e3 5.00, lost 5.00 + 25.00 = 30.00, end 20.00
    PointChanges range = ledger.changes(date("2024-06-01"), date("2024-08-01"));
    assertThat(range.newSold().rows()).containsExactly(ClientPoints.of(US.id(), pts("5.00")));
    assertThat(range.lostSold().rows()).containsExactly(ClientPoints.of(US.id(), pts("30.00")));
    assertThat(range.soldAtEnd()).isEqualTo(pts("20.00"));
  }

  @Test
  void cancellationOnOrAfterTheExpiryDayDoesNothing() {
    // g1 c-gb cross-sell 2023-01-10 GBP 125 at 62.50 per 100 USD, rate 3: 2 x 3 = 6.00;
    // expired from 2024-01-10. c1 cancels on 2024-01-10, c2 on 2024-03-01: nothing to reduce.
    Client gb = client("c-gb", "GB", "GBP");
    PointLedger ledger = ledger()
        .addClient(gb)
        .addDeal(sale("g1", gb, "2023-01-10", "125").build())
        .addDeal(reduction("c1", gb, "2024-01-10", "-125").kind(DealKind.CANCELLATION).build())
        .addDeal(reduction("c2", gb, "2024-03-01", "-125").kind(DealKind.CANCELLATION).build())
        .build();

    assertThat(entry(ledger, "g1").reductions()).isEmpty();
    assertThat(entry(ledger, "g1").expiredPoints()).isEqualTo(pts("6.00"));
    assertThat(ledger.pointsOn(date("2024-01-09")).soldPoints()).isEqualTo(pts("6.00"));
    // on 2024-01-10 the 6.00 are lost by expiry, not more
    PointChanges change = ledger.changes(date("2024-01-10"), date("2024-03-01"));
    assertThat(change.lostSold().rows()).containsExactly(ClientPoints.of(gb.id(), pts("6.00")));
  }

  @Test
  void cancellationOnTheLastActiveDayStillReduces() {
    // g1 as above, 6.00, last active 2024-01-09. Downgrade on 2024-01-09 GBP -62.50, rate 3:
    // 1 x 3 = 3.00; 3.00 left, which expire on 2024-01-10.
    Client gb = client("c-gb", "GB", "GBP");
    PointLedger ledger = ledger()
        .addClient(gb)
        .addDeal(sale("g1", gb, "2023-01-10", "125").build())
        .addDeal(reduction("d1", gb, "2024-01-09", "-62.50").build())
        .build();

    assertThat(entry(ledger, "g1").reductions()).containsExactly(Reduction.of(date("2024-01-09"), pts("3.00"), DealId.of("d1")));
    assertThat(entry(ledger, "g1").expiredPoints()).isEqualTo(pts("3.00"));
    assertThat(ledger.pointsOn(date("2024-01-09")).soldPoints()).isEqualTo(pts("3.00"));
  }

  @Test
  void reductionsAreValuedWithTheirOwnDealTypeMarketAndCloseDate() {
    // assisted downgrade: c-us cross-sell 2024-03-01 USD 200, rate 5: 10.00; assisted downgrade
    // 2024-04-01 USD -100, rate 3: 3.00 -> 7.00 left
    // growth market: c-br cross-sell 2024-03-01 USD 200 x 5 x 2 = 20.00; downgrade USD -50:
    // 0.5 x 5 x 2 = 5.00 -> 15.00 left
    // new currency table: c-de cross-sell 2025-06-01 EUR 750 at 75: 10 x 5 = 50.00; downgrade on
    // 2025-08-01 EUR -88 at 88: 1 x 5 = 5.00 -> 45.00 left
    Client br = client("c-br", "BR", "USD");
    PointLedger ledger = ledger()
        .addClients(List.of(US, br, DE))
        .addDeal(sale("us", US, "2024-03-01", "200").build())
        .addDeal(reduction("us-", US, "2024-04-01", "-100").dealType(DealType.ASSISTED).build())
        .addDeal(sale("br", br, "2024-03-01", "200").build())
        .addDeal(reduction("br-", br, "2024-04-01", "-50").build())
        .addDeal(sale("de", DE, "2025-06-01", "750").build())
        .addDeal(reduction("de-", DE, "2025-08-01", "-88").build())
        .build();

    assertThat(entry(ledger, "us").remainingPointsOn(date("2024-04-01"))).isEqualTo(pts("7.00"));
    assertThat(entry(ledger, "br").remainingPointsOn(date("2024-04-01"))).isEqualTo(pts("15.00"));
    assertThat(entry(ledger, "de").points()).isEqualTo(pts("50.00"));
    assertThat(entry(ledger, "de").remainingPointsOn(date("2025-08-01"))).isEqualTo(pts("45.00"));
    // the snapshot on 2024-04-01: 7.00 + 15.00 = 22.00 sourced
    assertThat(ledger.pointsOn(date("2024-04-01")).sourcedPoints()).isEqualTo(pts("22.00"));
  }
}
