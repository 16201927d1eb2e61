package dev.partnerpoints.ledger;

import static dev.partnerpoints.ledger.LedgerFixtures.ME;
import static dev.partnerpoints.ledger.LedgerFixtures.OTHER;
import static dev.partnerpoints.ledger.LedgerFixtures.RULES;
import static dev.partnerpoints.ledger.LedgerFixtures.SALES;
import static dev.partnerpoints.ledger.LedgerFixtures.client;
import static dev.partnerpoints.ledger.LedgerFixtures.date;
import static dev.partnerpoints.ledger.LedgerFixtures.entry;
import static dev.partnerpoints.ledger.LedgerFixtures.ledger;
import static dev.partnerpoints.ledger.LedgerFixtures.pts;
import static dev.partnerpoints.ledger.LedgerFixtures.sale;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerpoints.program.DealType;
import dev.partnerpoints.program.NoDealIncreaseWithoutSale;
import org.junit.jupiter.api.Test;

/**
 * A no-deal increase is credited to the partner who sold its product line, at that sale's deal type
 * and with the line's rate lock, whoever the increase names; without a sale of the line it earns
 * nothing by default. All on c-us (USD, 100 per 100 USD, not a growth market), so points = MRR /
 * 100 x rate.
 */
class PointLedgerNoDealIncreaseTest {

  private static final Client US = client("c-us", "US", "USD");

  private static Deal.Builder increase(String id, String closeDate, String mrr) {
    return sale(id, US, closeDate, mrr).kind(DealKind.NO_DEAL_INCREASE);
  }

  @Test
  void lineSoldByAnotherPartnerEarnsThisPartnerNothingEvenWhenTheIncreaseNamesIt() {
    PointLedger ledger = ledger().addClient(US)
        .addDeal(sale("s", US, "2024-03-01", "100").partner(OTHER).build())
        .addDeal(increase("n", "2024-06-01", "100").build()) // names ME (the fixture's default)
        .build();

    assertThat(ledger.soldEntries()).isEmpty();
    assertThat(ledger.pointsOn(date("2024-06-02")).soldPoints()).isEqualTo(pts("0.00"));
    // the seller's ledger has it: 5.00 for the sale, 5.00 for the increase
    PointLedger theirs = PointLedger.builder(RULES, OTHER).addClient(US)
        .addDeal(sale("s", US, "2024-03-01", "100").partner(OTHER).build())
        .addDeal(increase("n", "2024-06-01", "100").build())
        .build();
    assertThat(entry(theirs, "n").points()).isEqualTo(pts("5.00"));
    assertThat(entry(theirs, "n").lineSale().map(d -> d.id().value())).contains("s");
  }

  @Test
  void lineSoldByThisPartnerEarnsItTheIncreaseThoughTheRowNamesAnother() {
    PointLedger ledger = ledger().addClient(US)
        .addDeal(sale("s", US, "2024-03-01", "100").build())
        .addDeal(increase("n", "2024-06-01", "200").partner(OTHER).build())
        .build();

    // 200 / 100 x 5 = 10.00, plus the sale's 5.00
    assertThat(entry(ledger, "n").points()).isEqualTo(pts("10.00"));
    assertThat(entry(ledger, "n").lineSale().map(d -> d.id().value())).contains("s");
    assertThat(ledger.pointsOn(date("2024-06-02")).sourcedPoints()).isEqualTo(pts("15.00"));
  }

  @Test
  void theRateFollowsTheLineFirstSoldBeforeOrAfter20240227() {
    PointLedger ledger = ledger().addClient(US)
        .addDeal(sale("early", US, "2023-05-01", "100").build()) // Marketing Hub, era 2022: rate 3
        .addDeal(sale("late", US, "2024-03-01", "100").productLine(SALES).build()) // era 2024: rate 5
        .addDeal(increase("n-early", "2024-06-01", "200").build())
        .addDeal(increase("n-late", "2024-06-01", "200").productLine(SALES).build())
        .build();

    // Marketing Hub first sold before 2024-02-27 keeps sourced rate 3: 200 / 100 x 3 = 6.00
    assertThat(entry(ledger, "n-early").points()).isEqualTo(pts("6.00"));
    assertThat(entry(ledger, "n-early").appliedRule().soldRateEraFrom()).isEqualTo(date("2022-07-18"));
    // Sales Hub first sold after it: rate 5, 10.00
    assertThat(entry(ledger, "n-late").points()).isEqualTo(pts("10.00"));
    assertThat(entry(ledger, "n-late").appliedRule().soldRateEraFrom()).isEqualTo(date("2024-02-27"));
  }

  @Test
  void anAssistedLineSaleMakesTheIncreaseAssisted() {
    PointLedger ledger = ledger().addClient(US)
        .addDeal(sale("s", US, "2024-03-01", "100").dealType(DealType.ASSISTED).build())
        .addDeal(increase("n", "2024-06-01", "200").build()) // recorded as sourced
        .build();

    SoldEntry n = entry(ledger, "n");
    assertThat(n.dealType()).isEqualTo(DealType.ASSISTED);
    assertThat(n.deal().dealType()).isEqualTo(DealType.SOURCED);
    // assisted rate 3: 200 / 100 x 3 = 6.00; the sale's 3.00 too
    assertThat(n.points()).isEqualTo(pts("6.00"));
    assertThat(n.appliedRule().dealType()).isEqualTo(DealType.ASSISTED);
    PointsSnapshot on = ledger.pointsOn(date("2024-06-02"));
    assertThat(on.assistedPoints()).isEqualTo(pts("9.00"));
    assertThat(on.sourcedPoints()).isEqualTo(pts("0.00"));
  }

  @Test
  void anIncreaseOnOrAfter20250715EarnsNothing() {
    PointLedger ledger = ledger().addClient(US)
        .addDeal(sale("s", US, "2025-01-10", "100").build())
        .addDeal(increase("n1", "2025-07-14", "100").build())
        .addDeal(increase("n2", "2025-07-15", "100").build())
        .build();

    assertThat(entry(ledger, "n1").points()).isEqualTo(pts("5.00"));
    assertThat(entry(ledger, "n2").points()).isEqualTo(pts("0.00"));
    assertThat(entry(ledger, "n2").lineSale().map(d -> d.id().value())).contains("s");
    assertThat(ledger.pointsOn(date("2025-07-15")).sourcedPoints()).isEqualTo(pts("10.00"));
  }

  @Test
  void withoutASaleOfTheLineTheIncreaseEarnsNothingByDefault() {
    Deal.Builder n = increase("n", "2024-06-01", "100");
    PointLedger ledger = ledger().addClient(US)
        .addDeal(n.build())
        // a sale after the increase is not the sale it follows
        .addDeal(sale("later", US, "2024-07-01", "100").build())
        .build();

    assertThat(ledger.soldEntries()).extracting(e -> e.deal().id().value()).containsExactly("later");
    assertThat(RULES.noDealIncreaseWithoutSale()).isEqualTo(NoDealIncreaseWithoutSale.NOT_CREDITED);
  }

  @Test
  void withoutASaleOfTheLineTheIncreaseMayBeCreditedAsRecorded() {
    PointLedger.Builder builder = PointLedger.builder(
        RULES.withNoDealIncreaseWithoutSale(NoDealIncreaseWithoutSale.CREDITED_AS_RECORDED), ME).addClient(US);
    PointLedger ledger = builder
        .addDeal(increase("mine", "2024-06-01", "100").dealType(DealType.ASSISTED).build())
        .addDeal(increase("theirs", "2024-06-01", "100").productLine(SALES).partner(OTHER).build())
        .build();

    // as recorded: ME, assisted, 100 / 100 x 3 = 3.00; the other partner's is not ME's
    assertThat(ledger.soldEntries()).extracting(e -> e.deal().id().value()).containsExactly("mine");
    assertThat(entry(ledger, "mine").points()).isEqualTo(pts("3.00"));
    assertThat(entry(ledger, "mine").dealType()).isEqualTo(DealType.ASSISTED);
    assertThat(entry(ledger, "mine").lineSale()).isEmpty();
  }

  @Test
  void theLatestSaleOnOrBeforeTheIncreaseDecidesAndASaleThatDayCounts() {
    PointLedger ledger = ledger().addClient(US)
        .addDeal(sale("theirs", US, "2023-01-10", "100").partner(OTHER).build())
        .addDeal(LedgerFixtures.reduction("gone", US, "2023-06-01", "-100").kind(DealKind.CANCELLATION).build())
        .addDeal(sale("mine", US, "2024-06-01", "100").build())
        .addDeal(increase("n", "2024-06-01", "100").partner(OTHER).build())
        .build();

    // ME cross-sold the line again on the increase's day: the increase is ME's, at the rate the
    // line's first sale (2023-01-10, before 2024-02-27) locks: 100 / 100 x 3 = 3.00
    assertThat(entry(ledger, "n").lineSale().map(d -> d.id().value())).contains("mine");
    assertThat(entry(ledger, "n").points()).isEqualTo(pts("3.00"));
  }

  /**
   * A sale on the increase's own day counts whatever the ids' order (the increase "a-n" sorts
   * before the sale "z-mine"); of two sales that day the last in id order decides.
   */
  @Test
  void aSaleOnTheIncreasesDayCountsThoughItsIdSortsAfterIt() {
    PointLedger ledger = ledger().addClient(US)
        .addDeal(increase("a-n", "2024-06-01", "100").partner(OTHER).build())
        .addDeal(sale("z-mine", US, "2024-06-01", "100").build())
        .build();

    // ME's sale that day: the increase is ME's at the sourced rate of 2024-06-01, 100 / 100 x 5
    assertThat(entry(ledger, "a-n").lineSale().map(d -> d.id().value())).contains("z-mine");
    assertThat(entry(ledger, "a-n").points()).isEqualTo(pts("5.00"));

    PointLedger twoSales = ledger().addClient(US)
        .addDeal(sale("m-mine", US, "2024-06-01", "100").build())
        .addDeal(increase("a-n", "2024-06-01", "100").build())
        .addDeal(sale("z-theirs", US, "2024-06-01", "100").partner(OTHER).build())
        .build();
    // the last sale that day in id order is the other partner's: the increase is not ME's
    assertThat(twoSales.soldEntries()).extracting(e -> e.deal().id().value()).containsExactly("m-mine");
  }

  @Test
  void anOpenOrLostSaleIsNotASale() {
    PointLedger ledger = ledger().addClient(US)
        .addDeal(sale("open", US, "2024-03-01", "100").status(DealStatus.OPEN).build())
        .addDeal(increase("n", "2024-06-01", "100").build())
        .build();

    assertThat(ledger.soldEntries()).isEmpty();
    assertThat(ledger.deals()).hasSize(2);
  }
}
