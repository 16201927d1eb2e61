package dev.partnerpoints.ledger;

import static dev.partnerpoints.ledger.LedgerFixtures.OTHER;
import static dev.partnerpoints.ledger.LedgerFixtures.SALES;
import static dev.partnerpoints.ledger.LedgerFixtures.SERVICE;
import static dev.partnerpoints.ledger.LedgerFixtures.client;
import static dev.partnerpoints.ledger.LedgerFixtures.date;
import static dev.partnerpoints.ledger.LedgerFixtures.entry;
import static dev.partnerpoints.ledger.LedgerFixtures.ledger;
import static dev.partnerpoints.ledger.LedgerFixtures.pts;
import static dev.partnerpoints.ledger.LedgerFixtures.sale;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerpoints.program.DealType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rates a sold entry is valued with: the 2024-02-27 product-line rate lock and the 2025-07-15
 * rule change (no-deal increases, currency table) (docs/rules.md sections 2-6 and 10).
 */
class PointLedgerRatesTest {

  private static final Client US = client("c-us", "US", "USD");
  private static final ProductLine CONTENT = ProductLine.of("Content Hub");
  private static final ProductLine OPERATIONS = ProductLine.of("Operations Hub");

  /**
   * All on c-us (USD 100 per 100 USD, not a growth market):
   * x1 cross-sell Marketing 2023-05-01 USD 100, era 2022-07-18 rate 3: 3.00.
   * x2 cross-sell Sales 2024-02-27 USD 100, era 2024-02-27 rate 5: 5.00.
   * ox another partner's cross-sell of Service Hub on 2023-05-01 (informs the lock only).
   * Upsells on 2024-06-01, each USD 200 (2 x 100 USD):
   * u1 sourced Marketing (first sold 2023-05-01, before 2024-02-27): rate 3, 6.00.
   * u2 sourced Sales (first sold 2024-02-27, not before it): rate 5, 10.00.
   * a1 assisted Marketing and a2 assisted Sales: assisted is always 3, 6.00 each.
   * u3 sourced Service (first sold 2023-05-01 by another partner): rate 3, 6.00.
   * u4 sourced Content, first sold given on the deal as 2024-02-26: rate 3, 6.00.
   * u5 sourced Operations, no first sale known: the line counts as first sold on the close date,
   * rate 5, 10.00.
   */
  private static PointLedger rateLockScenario() {
    return ledger()
        .addClient(US)
        .addDeal(sale("x1", US, "2023-05-01", "100").build())
        .addDeal(sale("x2", US, "2024-02-27", "100").productLine(SALES).build())
        .addDeal(sale("ox", US, "2023-05-01", "100").productLine(SERVICE).partner(OTHER).build())
        .addDeal(sale("u1", US, "2024-06-01", "200").kind(DealKind.UPSELL).build())
        .addDeal(sale("u2", US, "2024-06-01", "200").kind(DealKind.UPSELL).productLine(SALES).build())
        .addDeal(sale("a1", US, "2024-06-01", "200").kind(DealKind.UPSELL).dealType(DealType.ASSISTED).build())
        .addDeal(sale("a2", US, "2024-06-01", "200").kind(DealKind.UPSELL).dealType(DealType.ASSISTED)
            .productLine(SALES).build())
        .addDeal(sale("u3", US, "2024-06-01", "200").kind(DealKind.UPSELL).productLine(SERVICE).build())
        .addDeal(sale("u4", US, "2024-06-01", "200").kind(DealKind.UPSELL).productLine(CONTENT)
            .productLineFirstSold(date("2024-02-26")).build())
        .addDeal(sale("u5", US, "2024-06-01", "200").kind(DealKind.UPSELL).productLine(OPERATIONS).build())
        .build();
  }

  /**
   * A line sold twice to one client (new client, then cancelled and sold again): the lock reads the
   * earliest sale, whatever order the deals are added in (docs/rules.md section 5).
   * On c-us, Marketing: sold 2023-05-01 (rate era 2022-07-18) and again 2024-03-05; on c-us2 the
   * same deals added the other way round. Each client's sourced upsell of USD 200 on 2024-06-01
   * keeps rate 3: 200 / 100 x 3 = 6.00 (rate 5 would give 10.00). The second sale, USD 100, is itself
   * a sourced deal on a line first sold before 2024-02-27: 100 / 100 x 3 = 3.00.
   */
  @Test
  void theLockReadsTheEarliestOfTwoSalesOfALineInAnyOrder() {
    Client us2 = client("c-us2", "US", "USD");
    PointLedger ledger = ledger()
        .addClients(List.of(US, us2))
        .addDeal(sale("late1", US, "2024-03-05", "100").build())
        .addDeal(sale("early1", US, "2023-05-01", "100").kind(DealKind.NEW_CLIENT).build())
        .addDeal(sale("early2", us2, "2023-05-01", "100").kind(DealKind.NEW_CLIENT).build())
        .addDeal(sale("late2", us2, "2024-03-05", "100").build())
        .addDeal(sale("up1", US, "2024-06-01", "200").kind(DealKind.UPSELL).build())
        .addDeal(sale("up2", us2, "2024-06-01", "200").kind(DealKind.UPSELL).build())
        .build();

    for (String id : List.of("up1", "up2")) {
      SoldEntry upsell = entry(ledger, id);
      assertThat(upsell.points()).as(id).isEqualTo(pts("6.00"));
      assertThat(upsell.appliedRule().soldRateEraFrom()).as(id).isEqualTo(date("2022-07-18"));
    }
    assertThat(entry(ledger, "late1").points()).isEqualTo(pts("3.00"));
    assertThat(entry(ledger, "late2").points()).isEqualTo(pts("3.00"));
  }

  @Test
  void upsellOfALineFirstSoldBefore20240227KeepsSourcedRate3() {
    SoldEntry u1 = entry(rateLockScenario(), "u1");

    assertThat(u1.points()).isEqualTo(pts("6.00"));
    assertThat(u1.appliedRule().soldRate()).isEqualByComparingTo("3");
    assertThat(u1.appliedRule().soldRateEraFrom()).isEqualTo(date("2022-07-18"));
    assertThat(u1.appliedRule().rateEraFrom()).isEqualTo(date("2024-02-27"));
  }

  @Test
  void upsellOfALineFirstSoldOn20240227GetsSourcedRate5() {
    PointLedger ledger = rateLockScenario();

    assertThat(entry(ledger, "x2").points()).isEqualTo(pts("5.00"));
    assertThat(entry(ledger, "u2").points()).isEqualTo(pts("10.00"));
    assertThat(entry(ledger, "u2").appliedRule().soldRateEraFrom()).isEqualTo(date("2024-02-27"));
  }

  @Test
  void assistedDealsAreAlwaysRate3() {
    PointLedger ledger = rateLockScenario();

    assertThat(entry(ledger, "a1").points()).isEqualTo(pts("6.00"));
    assertThat(entry(ledger, "a2").points()).isEqualTo(pts("6.00"));
    assertThat(entry(ledger, "a2").appliedRule().soldRate()).isEqualByComparingTo("3");
  }

  @Test
  void firstSaleByAnotherPartnerAndAnExplicitFirstSaleDateDecideTheLock() {
    PointLedger ledger = rateLockScenario();

    assertThat(ledger.soldEntries()).noneMatch(e -> e.deal().id().equals(DealId.of("ox")));
    assertThat(entry(ledger, "u3").points()).isEqualTo(pts("6.00"));
    assertThat(entry(ledger, "u4").points()).isEqualTo(pts("6.00"));
    assertThat(entry(ledger, "u5").points()).isEqualTo(pts("10.00"));
  }

  @Test
  void firstSaleBeforeTheFivePointEraIsRate3() {
    assertThat(entry(rateLockScenario(), "x1").points()).isEqualTo(pts("3.00"));
    // on 2024-06-01 x1 (3.00) has expired (2023-05-01 + 12 months = 2024-05-01);
    // active: x2 5.00 + u1 6.00 + u2 10.00 + u3 6.00 + u4 6.00 + u5 10.00 = 43.00 sourced;
    // a1 6.00 + a2 6.00 = 12.00 assisted
    PointsSnapshot snapshot = rateLockScenario().pointsOn(date("2024-06-01"));
    assertThat(snapshot.sourcedPoints()).isEqualTo(pts("43.00"));
    assertThat(snapshot.assistedPoints()).isEqualTo(pts("12.00"));
  }

  @Test
  void noDealIncreaseEarnsUntil20250714AndNothingFrom20250715() {
    // s  cross-sell Marketing 2024-08-01 USD 100, rate 5: 5.00 (active until 2025-07-31)
    // n1 no-deal increase 2025-07-14 USD 50, line first sold 2024-08-01, rate 5: 50 / 100 x 5 = 2.50
    // n2 no-deal increase 2025-07-15 USD 40: would be 2.00, earns 0.00 from the cut-off on
    // sold on 2025-07-15 = 5.00 + 2.50 + 0.00 = 7.50
    PointLedger ledger = ledger()
        .addClient(US)
        .addDeal(sale("s", US, "2024-08-01", "100").build())
        .addDeal(sale("n1", US, "2025-07-14", "50").kind(DealKind.NO_DEAL_INCREASE).build())
        .addDeal(sale("n2", US, "2025-07-15", "40").kind(DealKind.NO_DEAL_INCREASE).build())
        .build();

    assertThat(entry(ledger, "n1").points()).isEqualTo(pts("2.50"));
    assertThat(entry(ledger, "n2").points()).isEqualTo(pts("0.00"));
    assertThat(ledger.pointsOn(date("2025-07-14")).sourcedPoints()).isEqualTo(pts("7.50"));
    assertThat(ledger.pointsOn(date("2025-07-15")).sourcedPoints()).isEqualTo(pts("7.50"));
    // the cross-sell expires on 2025-08-01: 2.50 + 0.00 left
    assertThat(ledger.pointsOn(date("2025-08-01")).sourcedPoints()).isEqualTo(pts("2.50"));
  }

  @Test
  void currencyTableSwitchesOn20250715() {
    // c-de (EUR): e1 on 2025-07-14 at EUR 75 per 100 USD: 264 / 75 x 5 = 3.52 x 5 = 17.60;
    //             e2 on 2025-07-15 at EUR 88 per 100 USD: 264 / 88 x 5 = 3 x 5 = 15.00
    // c-jp (JPY): j1 on 2025-07-14 at JPY 12,000: 24000 / 12000 x 5 = 10.00;
    //             j2 on 2025-07-15 at JPY 14,400: 24000 / 14400 x 5 = 8.333.. = 8.33
    // c-gb (GBP): g1 on 2025-07-14 at 62.50: 125 / 62.5 x 5 = 10.00;
    //             g2 on 2025-07-15 at 74.00: 148 / 74 x 5 = 10.00
    Client de = client("c-de", "DE", "EUR");
    Client jp = client("c-jp", "JP", "JPY");
    Client gb = client("c-gb", "GB", "GBP");
    PointLedger ledger = ledger()
        .addClients(List.of(de, jp, gb))
        .addDeal(sale("e1", de, "2025-07-14", "264").build())
        .addDeal(sale("e2", de, "2025-07-15", "264").productLine(SALES).build())
        .addDeal(sale("j1", jp, "2025-07-14", "24000").build())
        .addDeal(sale("j2", jp, "2025-07-15", "24000").productLine(SALES).build())
        .addDeal(sale("g1", gb, "2025-07-14", "125").build())
        .addDeal(sale("g2", gb, "2025-07-15", "148").productLine(SALES).build())
        .build();

    assertThat(entry(ledger, "e1").points()).isEqualTo(pts("17.60"));
    assertThat(entry(ledger, "e1").appliedRule().pointValue().localAmountPer100Usd()).isEqualByComparingTo("75");
    assertThat(entry(ledger, "e2").points()).isEqualTo(pts("15.00"));
    assertThat(entry(ledger, "e2").appliedRule().pointValue().localAmountPer100Usd()).isEqualByComparingTo("88");
    assertThat(entry(ledger, "e2").appliedRule().pointValue().effectiveFrom()).isEqualTo(date("2025-07-15"));
    assertThat(entry(ledger, "j1").points()).isEqualTo(pts("10.00"));
    assertThat(entry(ledger, "j2").points()).isEqualTo(pts("8.33"));
    assertThat(entry(ledger, "g1").points()).isEqualTo(pts("10.00"));
    assertThat(entry(ledger, "g2").points()).isEqualTo(pts("10.00"));
    // sold points keep the close-date valuation: on 2025-08-01 the total is
    // 17.60 + 15.00 + 10.00 + 8.33 + 10.00 + 10.00 = 70.93
    assertThat(ledger.pointsOn(date("2025-08-01")).sourcedPoints()).isEqualTo(pts("70.93"));
    // on 2025-07-14 only the first three: 17.60 + 10.00 + 10.00 = 37.60
    assertThat(ledger.pointsOn(date("2025-07-14")).sourcedPoints()).isEqualTo(pts("37.60"));
  }

  @Test
  void growthMarketDoublesSoldPoints() {
    // c-in (India, USD) sourced cross-sell 2024-06-01 USD 150: 150 / 100 x 5 x 2 = 15.00;
    // assisted cross-sell USD 150: 150 / 100 x 3 x 2 = 9.00
    Client in = client("c-in", "IN", "USD");
    PointLedger ledger = ledger()
        .addClient(in)
        .addDeal(sale("s", in, "2024-06-01", "150").build())
        .addDeal(sale("a", in, "2024-06-01", "150").productLine(SALES)
            .dealType(DealType.ASSISTED).build())
        .build();

    assertThat(entry(ledger, "s").points()).isEqualTo(pts("15.00"));
    assertThat(entry(ledger, "a").points()).isEqualTo(pts("9.00"));
    assertThat(entry(ledger, "s").appliedRule().growthMarket()).isTrue();
  }
}
