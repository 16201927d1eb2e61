package dev.partnerpoints.ledger;

import static dev.partnerpoints.ledger.LedgerFixtures.client;
import static dev.partnerpoints.ledger.LedgerFixtures.entry;
import static dev.partnerpoints.ledger.LedgerFixtures.ledger;
import static dev.partnerpoints.ledger.LedgerFixtures.pts;
import static dev.partnerpoints.ledger.LedgerFixtures.sale;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Deals closing after the year 5,879,610, whose epoch days do not fit in an int: the ledger still
 * orders, credits and dates them by their own close dates, as it does any other deal, and answers
 * as the scanning reference.
 */
class PointLedgerFarDatesTest {

  private static final Client US = client("c-us", "US", "USD");
  private static final LocalDate FAR = LocalDate.of(6_000_000, 1, 1);
  private static final LocalDate FAR_NEXT_DAY = FAR.plusDays(1);

  private static Deal.Builder increase(String id, LocalDate close) {
    return sale(id, US, "2024-06-01", "100").kind(DealKind.NO_DEAL_INCREASE).closeDate(close);
  }

  @Test
  void aNoDealIncreaseFollowsNoSaleOfALaterFarDate() {
    // the sale's id sorts first, but it closed a day after the increase: no sale on or before it
    PointLedger ledger = ledger().addClient(US)
        .addDeal(increase("b-n", FAR).build())
        .addDeal(sale("a-sale", US, "2024-06-01", "100").closeDate(FAR_NEXT_DAY).build())
        .build();

    assertThat(ledger.soldEntries()).extracting(e -> e.deal().id().value()).containsExactly("a-sale");
  }

  @Test
  void aNoDealIncreaseFollowsASaleOfItsOwnFarDate() {
    PointLedger ledger = ledger().addClient(US)
        .addDeal(increase("a-n", FAR).build())
        .addDeal(sale("z-sale", US, "2024-06-01", "100").closeDate(FAR).build())
        .build();

    // credited to the sale's partner (ME); from 2025-07-15 on a no-deal increase earns nothing
    assertThat(entry(ledger, "a-n").lineSale().map(d -> d.id().value())).contains("z-sale");
    assertThat(entry(ledger, "a-n").points()).isEqualTo(pts("0.00"));
  }

  @Test
  void entriesOnDifferentFarDatesKeepTheirOwnDates() {
    PointLedger ledger = ledger().addClient(US)
        .addDeal(sale("second", US, "2024-06-01", "100").closeDate(FAR_NEXT_DAY).build())
        .addDeal(sale("first", US, "2024-06-01", "100").closeDate(FAR).build())
        .addDeal(sale("near", US, "2024-06-01", "100").build())
        .build();

    assertThat(ledger.soldEntries()).extracting(e -> e.deal().id().value()).containsExactly("near", "first", "second");
    assertThat(entry(ledger, "first").activeFrom()).isEqualTo(FAR);
    assertThat(entry(ledger, "first").expiresOn()).isEqualTo(FAR.plusMonths(12));
    assertThat(entry(ledger, "second").activeFrom()).isEqualTo(FAR_NEXT_DAY);
    assertThat(entry(ledger, "second").expiresOn()).isEqualTo(FAR_NEXT_DAY.plusMonths(12));
    LedgerQueries scan = new ScanQueries(ledger.soldEntries(), ledger.managedIntervals());
    for (LocalDate date : List.of(FAR, FAR_NEXT_DAY, FAR.plusMonths(12), FAR_NEXT_DAY.plusMonths(12))) {
      assertThat(ledger.pointsOn(date)).as("%s", date).isEqualTo(scan.pointsOn(date));
    }
    // on FAR only "first" is active: USD 100 at sourced rate 5
    assertThat(ledger.pointsOn(FAR).soldPoints()).isEqualTo(pts("5.00"));
    assertThat(ledger.pointsOn(FAR.plusMonths(12)).soldPoints()).isEqualTo(pts("5.00"));
  }

  @Test
  void aFarReductionReducesTheEntriesActiveOnItsDate() {
    PointLedger ledger = ledger().addClient(US)
        .addDeal(sale("sale", US, "2024-06-01", "1000").closeDate(FAR).build())
        .addDeal(LedgerFixtures.reduction("down", US, "2024-06-01", "-200").closeDate(FAR.plusMonths(6)).build())
        .addDeal(LedgerFixtures.reduction("late", US, "2024-06-01", "-300").closeDate(FAR.plusMonths(12)).build())
        .build();

    // 1000 / 100 x 5 = 50.00, less 200 / 100 x 5 = 10.00 while active; "late" comes on its expiry day
    assertThat(entry(ledger, "sale").reductions()).extracting(r -> r.dealId().value()).containsExactly("down");
    assertThat(entry(ledger, "sale").reductions().get(0).points()).isEqualTo(pts("10.00"));
    assertThat(ledger.pointsOn(FAR.plusMonths(6)).soldPoints()).isEqualTo(pts("40.00"));
    assertThat(ledger.pointsOn(FAR.plusMonths(6).minusDays(1)).soldPoints()).isEqualTo(pts("50.00"));
  }

  /** Deals in the year 3,000,000, whose days fit in an int but are a billion days from 1970: indexed, as the scan. */
  @Test
  void aLedgerOfDealsInTheYear3000000AnswersAsTheScan() {
    LocalDate close = LocalDate.of(3_000_000, 3, 1);
    PointLedger ledger = ledger().addClient(US)
        .addDeal(sale("sale", US, "2024-06-01", "1000").closeDate(close).build())
        .addDeal(sale("later", US, "2024-06-01", "400").closeDate(close.plusDays(40)).dealType(
            dev.partnerpoints.program.DealType.ASSISTED).build())
        .addDeal(LedgerFixtures.reduction("down", US, "2024-06-01", "-200").closeDate(close.plusMonths(2)).build())
        .build();

    assertThat(ledger.queries()).isInstanceOf(IndexedQueries.class);
    LedgerQueries scan = new ScanQueries(ledger.soldEntries(), ledger.managedIntervals());
    for (LocalDate date : List.of(close.minusDays(1), close, close.plusDays(40), close.plusMonths(2),
        close.plusMonths(12), close.plusMonths(12).plusDays(40))) {
      assertThat(ledger.pointsOn(date)).as("%s", date).isEqualTo(scan.pointsOn(date));
      assertThat(ledger.changes(close.minusDays(1), date)).as("%s", date).isEqualTo(scan.changes(close.minusDays(1), date));
    }
    // 1000 / 100 x 5 = 50.00 less 200 / 100 x 5 = 10.00; 400 / 100 x 3 = 12.00
    assertThat(ledger.pointsOn(close.plusMonths(2)).soldPoints()).isEqualTo(pts("52.00"));
  }
}
