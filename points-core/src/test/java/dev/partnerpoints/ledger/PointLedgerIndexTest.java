package dev.partnerpoints.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.partnerpoints.money.Points;
import dev.partnerpoints.program.DealType;
import dev.partnerpoints.program.ProgramRules;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The ledger's columnar index (the fast path of its date queries) against the same ledger answering
 * by scanning its entries (the straightforward path), on random ledgers and dates.
 */
class PointLedgerIndexTest {

  private static final ProgramRules RULES = ProgramRules.builtIn();
  private static final Gen<LocalDate> DATES = integers()
      .between((int) LocalDate.of(2022, 7, 18).toEpochDay(), (int) LocalDate.of(2027, 9, 30).toEpochDay())
      .map(d -> LocalDate.ofEpochDay(d));

  @Test
  void indexedQueriesEqualScanningOnes() {
    qt().withExamples(300).forAll(longs().all(), DATES, integers().between(0, 500)).checkAssert((seed, date, length) -> {
      RandomLedger in = RandomLedger.fromSeed(seed);
      PointLedger fast = in.build(RULES);
      LedgerQueries slow = scan(fast);
      assertThat(fast.queries()).isInstanceOf(IndexedQueries.class);
      LocalDate to = date.plusDays(length);
      assertThat(fast.pointsOn(date)).as("%s on %s", in, date).isEqualTo(slow.pointsOn(date));
      assertThat(fast.managedOn(date)).isEqualTo(Points.ofHundredths(slow.managedOn(date)));
      assertThat(fast.changes(date, to)).as("%s from %s to %s", in, date, to).isEqualTo(slow.changes(date, to));
      YearMonth first = YearMonth.from(date);
      for (MonthPoints month : fast.progress(first, first.plusMonths(length % 40))) {
        LocalDate end = month.month().atEndOfMonth();
        assertThat(month.sold()).isEqualTo(Points.ofHundredths(slow.soldOn(end)));
        assertThat(month.managed()).isEqualTo(Points.ofHundredths(slow.managedOn(end)));
      }
      assertThat(fast.queries().mayBeActiveOn(date))
          .containsAll(fast.soldEntries().stream().filter(e -> e.isActiveOn(date)).toList());
    });
  }

  /**
   * Open and lost deals earn, reduce and lock nothing: adding open or lost copies of a random
   * ledger's deals (new ids, closing up to a year earlier, so they would be the first sales of their
   * lines) changes only {@link PointLedger#deals()}.
   */
  @Test
  void openAndLostDealsChangeNoFigure() {
    qt().withExamples(200).forAll(longs().all(), DATES, integers().between(0, 365)).checkAssert((seed, date, shift) -> {
      RandomLedger in = RandomLedger.fromSeed(seed);
      PointLedger won = in.build(RULES);
      PointLedger.Builder withOthers = PointLedger.builder(RULES, RandomLedger.ME)
          .addClients(in.clients).addDeals(in.deals).addManagementPeriods(in.periods).addClientMrr(in.mrrs);
      for (int i = 0; i < in.deals.size(); i++) {
        Deal d = in.deals.get(i);
        withOthers.addDeal(Deal.copyOf(d).withId(DealId.of("other-" + d.id())).withProductLineFirstSold(Optional.empty())
            .withStatus(i % 2 == 0 ? DealStatus.OPEN : DealStatus.CLOSED_LOST)
            .withCloseDate(d.closeDate().minusDays(shift)));
      }
      PointLedger mixed = withOthers.build();
      assertThat(mixed.deals()).hasSize(2 * in.deals.size());
      assertThat(mixed.soldEntries()).as("%s", in).isEqualTo(won.soldEntries());
      assertThat(mixed.managedIntervals()).isEqualTo(won.managedIntervals());
      assertThat(mixed.pointsOn(date)).isEqualTo(won.pointsOn(date));
      assertThat(mixed.changes(date, date.plusDays(shift))).isEqualTo(won.changes(date, date.plusDays(shift)));
    });
  }

  /**
   * A deal closing centuries later makes the close days span far more than the deals: the builder
   * then sorts by comparison, keeps applied rules by date in a map and sums the index's events by
   * sorting them (its sparse paths). Before that deal closes, every answer is the one without it,
   * and the index still equals the scan.
   */
  @Test
  void aFarFutureDealTakesTheSparsePathsWithTheSameAnswers() {
    LocalDate farFuture = LocalDate.of(2400, 1, 1);
    qt().withExamples(150).forAll(longs().all(), DATES, integers().between(0, 500)).checkAssert((seed, date, length) -> {
      RandomLedger in = RandomLedger.fromSeed(seed);
      PointLedger dense = in.build(RULES);
      Client client = in.clients.get(0);
      PointLedger sparse = PointLedger.builder(RULES, RandomLedger.ME)
          .addClients(in.clients).addDeals(in.deals).addManagementPeriods(in.periods).addClientMrr(in.mrrs)
          .addDeal(Deal.builder().id(DealId.of("far")).clientId(client.id()).closeDate(farFuture)
              .productLine(ProductLine.of("Far Hub")).dealType(DealType.SOURCED).kind(DealKind.NEW_CLIENT)
              .mrrChange(Money.of(100, client.currency())).partner(RandomLedger.ME).build())
          .build();
      LocalDate to = date.plusDays(length);
      assertThat(sparse.soldEntries().subList(0, dense.soldEntries().size())).as("%s", in)
          .isEqualTo(dense.soldEntries());
      assertThat(sparse.soldEntries().get(sparse.soldEntries().size() - 1).deal().id()).isEqualTo(DealId.of("far"));
      assertThat(sparse.pointsOn(date).totalPoints()).isEqualTo(dense.pointsOn(date).totalPoints());
      assertThat(sparse.pointsOn(date).activeEntries()).isEqualTo(dense.pointsOn(date).activeEntries());
      assertThat(sparse.changes(date, to)).as("%s from %s to %s", in, date, to).isEqualTo(dense.changes(date, to));
      assertThat(sparse.pointsOn(farFuture)).isEqualTo(scan(sparse).pointsOn(farFuture));
      assertThat(sparse.changes(date, farFuture)).isEqualTo(scan(sparse).changes(date, farFuture));
      YearMonth first = YearMonth.from(date);
      assertThat(sparse.progress(first, first.plusMonths(length % 40)))
          .isEqualTo(dense.progress(first, first.plusMonths(length % 40)));
    });
  }

  /**
   * Several sold events on one day (two sourced and two assisted sales closing together, a reduction
   * on that day, a sale closing on the day others expire), with and without a deal centuries later
   * (which makes the index sum its events by sorting them): the totals of each day are the sums of
   * all its events, as the scan finds them.
   */
  @Test
  void eventsSharingADayAddUpOnBothPathsOfTheIndex() {
    Client client = LedgerFixtures.client("c-1", "US", "USD");
    List<Deal> deals = List.of(
        LedgerFixtures.sale("s1", client, "2024-03-01", "1000.00").build(),
        LedgerFixtures.sale("s2", client, "2024-03-01", "300.00").productLine(LedgerFixtures.SALES).build(),
        LedgerFixtures.sale("a1", client, "2024-03-01", "500.00").dealType(DealType.ASSISTED)
            .productLine(LedgerFixtures.SERVICE).build(),
        LedgerFixtures.sale("a2", client, "2024-03-01", "700.00").dealType(DealType.ASSISTED).build(),
        LedgerFixtures.reduction("down", client, "2024-03-01", "-100.00").productLine(LedgerFixtures.SALES).build(),
        LedgerFixtures.sale("s3", client, "2025-03-01", "200.00").build(),
        LedgerFixtures.sale("a3", client, "2025-03-01", "400.00").dealType(DealType.ASSISTED).build());
    Deal far = LedgerFixtures.sale("far", client, "2024-03-01", "100.00").closeDate(LocalDate.of(2400, 1, 1)).build();
    PointLedger dense = LedgerFixtures.ledger().addClient(client).addDeals(deals).build();
    PointLedger sparse = LedgerFixtures.ledger().addClient(client).addDeals(deals).addDeal(far).build();
    // sourced: (1000 + 300 - 100) / 100 x 5 = 60.00; assisted: (500 + 700) / 100 x 3 = 36.00
    assertThat(dense.pointsOn(LocalDate.of(2024, 3, 1)).sourcedPoints()).isEqualTo(Points.parse("60.00"));
    assertThat(dense.pointsOn(LocalDate.of(2024, 3, 1)).assistedPoints()).isEqualTo(Points.parse("36.00"));
    for (PointLedger ledger : List.of(dense, sparse)) {
      LedgerQueries slow = scan(ledger);
      for (String day : List.of("2024-02-29", "2024-03-01", "2024-03-02", "2025-02-28", "2025-03-01", "2025-03-02",
          "2026-03-01")) {
        LocalDate date = LocalDate.parse(day);
        assertThat(ledger.pointsOn(date)).as("%s", date).isEqualTo(slow.pointsOn(date));
        assertThat(ledger.changes(LocalDate.of(2024, 1, 1), date)).as("%s", date)
            .isEqualTo(slow.changes(LocalDate.of(2024, 1, 1), date));
      }
    }
  }

  /** More reductions than the index's initial room (16) of one entry: each is kept, in order. */
  @Test
  void manyReductionsOfOneEntry() {
    Client client = LedgerFixtures.client("c-1", "US", "USD");
    PointLedger.Builder builder = LedgerFixtures.ledger().addClient(client)
        .addDeal(LedgerFixtures.sale("sale", client, "2025-01-10", "10000.00").build());
    for (int i = 0; i < 20; i++) {
      builder.addDeal(LedgerFixtures.reduction("down" + i, client, String.format("2025-02-%02d", 5 + i), "-100.00").build());
    }
    PointLedger ledger = builder.build();
    SoldEntry entry = LedgerFixtures.entry(ledger, "sale");
    assertThat(entry.reductions()).hasSize(20);
    assertThat(entry.reductions()).extracting(Reduction::date).isSorted();
    long reduced = entry.reductions().stream().mapToLong(r -> r.points().toHundredths()).sum();
    assertThat(reduced).isPositive();
    LocalDate after = LocalDate.of(2025, 2, 28);
    assertThat(ledger.pointsOn(after).soldPoints().toHundredths()).isEqualTo(entry.points().toHundredths() - reduced);
    assertThat(ledger.pointsOn(after)).isEqualTo(scan(ledger).pointsOn(after));
    assertThat(ledger.changes(LocalDate.of(2025, 2, 1), after))
        .isEqualTo(scan(ledger).changes(LocalDate.of(2025, 2, 1), after));
    assertThat(ledger.changes(LocalDate.of(2025, 2, 1), after).lostSold().total().toHundredths()).isEqualTo(reduced);
  }

  @Test
  void datesFarOutsideTheIntRangeOfEpochDays() {
    PointLedger fast = RandomLedger.fromSeed(7).build(RULES);
    LedgerQueries slow = scan(fast);
    for (LocalDate date : new LocalDate[] {LocalDate.MAX, LocalDate.of(9_999_999, 1, 1), LocalDate.of(2022, 1, 1)}) {
      if (!date.isBefore(LocalDate.of(2022, 7, 18))) { // pointsOn rejects dates before the program
        assertThat(fast.pointsOn(date)).isEqualTo(slow.pointsOn(date));
      }
      assertThat(fast.changes(LocalDate.of(2021, 1, 1), date)).isEqualTo(slow.changes(LocalDate.of(2021, 1, 1), date));
    }
  }

  /** The scanning reference over the same entries and managed intervals. */
  private static LedgerQueries scan(PointLedger ledger) {
    return new ScanQueries(ledger.soldEntries(), ledger.managedIntervals());
  }
}
