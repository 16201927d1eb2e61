package dev.partnerpoints.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.partnerpoints.money.DateOutsideProgramException;
import dev.partnerpoints.program.DealType;
import dev.partnerpoints.program.ProgramRules;
import dev.partnerpoints.program.ReductionOrder;
import dev.partnerpoints.tier.PartnerAccount;
import dev.partnerpoints.tier.TierEvaluator;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link PointLedger#withDeals} and {@link PointLedger#toBuilder()}: a ledger with deals added to
 * it answers every query exactly as a ledger built from scratch from all the inputs, and the ledger
 * it was made from is unchanged.
 */
class PointLedgerIncrementalTest {

  private static final ProgramRules RULES = ProgramRules.builtIn();
  private static final LocalDate FIRST_DAY = LocalDate.of(2022, 6, 1);
  private static final int SPAN_DAYS = (int) (LocalDate.of(2027, 9, 30).toEpochDay() - FIRST_DAY.toEpochDay());

  /** A random ledger split into a base and added deals, some on clients the base does not hold. */
  private record Split(RandomLedger in, List<Client> baseClients, List<Client> newClients, List<Deal> baseDeals,
      List<Deal> added, List<ManagementPeriod> periods, List<ClientMrr> mrrs) {

    static Split of(long seed, int extra, long splitSeed) {
      Random r = new Random(splitSeed);
      RandomLedger in = RandomLedger.fromSeed(seed).withMoreDeals(r, extra, "x");
      List<Client> baseClients = new ArrayList<>();
      List<Client> newClients = new ArrayList<>();
      for (Client c : in.clients) {
        (r.nextInt(4) == 0 ? newClients : baseClients).add(c);
      }
      Set<ClientId> fresh = new HashSet<>();
      newClients.forEach(c -> fresh.add(c.id()));
      List<Deal> shuffled = new ArrayList<>(in.deals);
      Collections.shuffle(shuffled, r);
      int kept = shuffled.isEmpty() ? 0 : r.nextInt(shuffled.size());
      List<Deal> baseDeals = new ArrayList<>();
      List<Deal> added = new ArrayList<>();
      for (int i = 0; i < shuffled.size(); i++) {
        Deal d = shuffled.get(i);
        (i < kept && !fresh.contains(d.clientId()) ? baseDeals : added).add(d);
      }
      // the new clients arrive with deals only: their periods and MRR are left out of both ledgers
      List<ManagementPeriod> periods = in.periods.stream().filter(p -> !fresh.contains(p.clientId())).toList();
      List<ClientMrr> mrrs = in.mrrs.stream().filter(m -> !fresh.contains(m.clientId())).toList();
      return new Split(in, baseClients, newClients, baseDeals, added, periods, mrrs);
    }

    PointLedger base(ProgramRules rules) {
      return PointLedger.builder(rules, RandomLedger.ME).addClients(baseClients).addDeals(baseDeals)
          .addManagementPeriods(periods).addClientMrr(mrrs).build();
    }

    PointLedger full(ProgramRules rules) {
      return PointLedger.builder(rules, RandomLedger.ME).addClients(in.clients).addDeals(baseDeals).addDeals(added)
          .addManagementPeriods(periods).addClientMrr(mrrs).build();
    }

    /** The base plus the added clients and deals: in one update, or in up to three. */
    PointLedger updated(PointLedger base, int steps) {
      if (steps <= 1) {
        return newClients.isEmpty() ? base.withDeals(added) : base.toBuilder().addClients(newClients)
            .addDeals(added).build();
      }
      PointLedger ledger = base.toBuilder().addClients(newClients).build();
      int per = Math.max(1, added.size() / steps);
      for (int from = 0; from < added.size(); from += per) {
        ledger = ledger.withDeals(added.subList(from, Math.min(added.size(), from + per)));
      }
      return ledger;
    }

    @Override
    public String toString() {
      return "Split[" + in + ", new clients " + newClients + ", added " + added.stream().map(Deal::id).toList() + "]";
    }
  }

  @Test
  void addedDealsAnswerAsAFullBuild() {
    qt().withExamples(300).forAll(longs().all(), integers().between(0, 40), longs().all(), integers().between(1, 3))
        .checkAssert((seed, extra, splitSeed, steps) -> {
          Split split = Split.of(seed, extra, splitSeed);
          ProgramRules rules = RULES.withReductionOrder(ReductionOrder.values()[(int) Math.floorMod(seed, 3L)]);
          PointLedger base = split.base(rules);
          PointLedger before = split.base(rules);
          PointLedger updated = split.updated(base, steps);
          assertSameAnswers(updated, split.full(rules), new Random(seed), split);
          assertSameAnswers(base, before, new Random(seed), split); // the base is unchanged
        });
  }

  /** A service adding one deal at a time: each step answers as the full build of its deals. */
  @Test
  void oneDealAtATime() {
    qt().withExamples(60).forAll(longs().all()).checkAssert(seed -> {
      RandomLedger in = RandomLedger.fromSeed(seed).withMoreDeals(new Random(seed), 20, "x");
      PointLedger ledger = PointLedger.builder(RULES, RandomLedger.ME).addClients(in.clients)
          .addManagementPeriods(in.periods).addClientMrr(in.mrrs).build();
      for (int i = 0; i < in.deals.size(); i++) {
        ledger = ledger.withDeals(List.of(in.deals.get(i)));
        if (i % 7 == 6 || i == in.deals.size() - 1) {
          PointLedger full = PointLedger.builder(RULES, RandomLedger.ME).addClients(in.clients)
              .addDeals(in.deals.subList(0, i + 1)).addManagementPeriods(in.periods).addClientMrr(in.mrrs).build();
          assertSameAnswers(ledger, full, new Random(seed + i), in);
        }
      }
    });
  }

  /** Management periods or MRR added through {@code toBuilder()} build in full, with the same answers. */
  @Test
  void periodsAndMrrAddedThroughTheBuilder() {
    qt().withExamples(80).forAll(longs().all()).checkAssert(seed -> {
      RandomLedger in = RandomLedger.fromSeed(seed);
      PointLedger base = PointLedger.builder(RULES, RandomLedger.ME).addClients(in.clients).addDeals(in.deals).build();
      PointLedger updated = base.toBuilder().addManagementPeriods(in.periods).addClientMrr(in.mrrs).build();
      assertSameAnswers(updated, in.build(RULES), new Random(seed), in);
    });
  }

  @Test
  void nothingAddedAnswersAsTheBase() {
    RandomLedger in = RandomLedger.fromSeed(11);
    PointLedger base = in.build(RULES);
    assertSameAnswers(base.withDeals(List.of()), base, new Random(11), in);
    assertSameAnswers(base.toBuilder().build(), base, new Random(12), in);
  }

  /**
   * A deal closing beyond the range of the index's int days: the ledger scans, and an update of it
   * (or an update bringing such a deal) builds in full, with the answers of a full build.
   */
  @Test
  void datesBeyondTheIndexBuildInFull() {
    Client client = LedgerFixtures.client("c-1", "US", "USD");
    Deal sale = LedgerFixtures.sale("sale", client, "2025-01-10", "1000.00").build();
    Deal far = LedgerFixtures.sale("far", client, "2025-01-10", "100.00").closeDate(LocalDate.of(9_999_999, 1, 1))
        .productLine(LedgerFixtures.SALES).build();
    Deal down = LedgerFixtures.reduction("down", client, "2025-03-01", "-200.00").build();
    PointLedger normal = LedgerFixtures.ledger().addClient(client).addDeal(sale).build();
    PointLedger withFar = normal.withDeals(List.of(far));
    PointLedger fullFar = LedgerFixtures.ledger().addClient(client).addDeals(List.of(sale, far)).build();
    assertThat(withFar.queries()).isInstanceOf(ScanQueries.class);
    assertThat(normal.queries()).isInstanceOf(IndexedQueries.class);
    assertSameAnswers(withFar, fullFar, new Random(1), "far");
    PointLedger withDown = withFar.withDeals(List.of(down));
    assertSameAnswers(withDown, LedgerFixtures.ledger().addClient(client).addDeals(List.of(sale, far, down)).build(),
        new Random(2), "far and down");
  }

  @Test
  void aDealIdTheLedgerHoldsIsRejectedAndTheLedgerIsUnchanged() {
    RandomLedger in = RandomLedger.fromSeed(5).withMoreDeals(new Random(5), 5, "x");
    PointLedger base = in.build(RULES);
    Deal again = Deal.copyOf(in.deals.get(0)).withMrrChange(in.deals.get(0).mrrChange().multiply(2));
    Deal fresh = Deal.copyOf(in.deals.get(1)).withId(DealId.of("fresh"));
    assertThatThrownBy(() -> base.withDeals(List.of(fresh, again)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("deal " + again.id() + " was added twice");
    assertThatThrownBy(() -> base.withDeals(List.of(fresh, fresh)))
        .isInstanceOf(DuplicateDealException.class)
        .hasMessage("deal fresh was added twice")
        .extracting(e -> ((DuplicateDealException) e).dealId()).isEqualTo(DealId.of("fresh"));
    assertSameAnswers(base, in.build(RULES), new Random(5), in);
    // the builder rejected both and holds neither: it can go on
    PointLedger.Builder builder = base.toBuilder();
    assertThatThrownBy(() -> builder.addDeals(List.of(fresh, again))).isInstanceOf(IllegalArgumentException.class);
    assertThat(builder.addDeal(fresh).build().deals()).hasSize(in.deals.size() + 1);
    assertThatThrownBy(() -> base.toBuilder().addClient(in.clients.get(0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("client " + in.clients.get(0).id() + " was added twice");
  }

  @Test
  void badDealsFailAsInAFullBuildAndChangeNothing() {
    Client us = LedgerFixtures.client("c-us", "US", "USD");
    Deal sale = LedgerFixtures.sale("sale", us, "2025-01-10", "1000.00").build();
    PointLedger base = LedgerFixtures.ledger().addClient(us).addDeal(sale).build();
    Client stranger = LedgerFixtures.client("c-x", "DE", "EUR");
    Deal unknown = LedgerFixtures.sale("unknown", stranger, "2025-02-10", "10.00").build();
    Deal euros = LedgerFixtures.sale("euros", us, "2025-02-10", "10.00").mrrChange(LedgerFixtures.money("10.00", "EUR"))
        .build();
    Deal early = LedgerFixtures.sale("early", us, "2020-02-10", "10.00").build();
    for (List<Deal> bad : List.of(List.of(unknown), List.of(euros, unknown), List.of(early))) {
      Throwable expected = catchThrowable(() -> LedgerFixtures.ledger().addClient(us).addDeal(sale).addDeals(bad).build());
      assertThat(expected).as("%s", bad).isNotNull();
      assertThatThrownBy(() -> base.withDeals(bad)).as("%s", bad)
          .isInstanceOf(expected.getClass())
          .hasMessage(expected.getMessage());
    }
    assertThat(catchThrowable(() -> base.withDeals(List.of(early)))).isInstanceOf(DateOutsideProgramException.class);
    assertThat(base.deals()).containsExactly(sale);
    assertSameAnswers(base, LedgerFixtures.ledger().addClient(us).addDeal(sale).build(), new Random(3), "base");
  }

  /** Every query of {@code actual} against {@code expected}, on random dates and ranges. */
  static void assertSameAnswers(PointLedger actual, PointLedger expected, Random r, Object input) {
    assertThat(actual.deals()).as("%s", input).isEqualTo(expected.deals());
    assertThat(actual.clients()).isEqualTo(expected.clients());
    assertThat(actual.soldEntries()).as("%s", input).isEqualTo(expected.soldEntries());
    assertThat(actual.managedIntervals()).isEqualTo(expected.managedIntervals());
    assertThat(actual.managementPeriods()).isEqualTo(expected.managementPeriods());
    assertThat(actual.clientMrrHistory()).isEqualTo(expected.clientMrrHistory());
    assertThat(actual.dataGaps()).as("%s", input).isEqualTo(expected.dataGaps());
    assertThat(actual.queries().getClass()).isEqualTo(expected.queries().getClass());
    for (int i = 0; i < 6; i++) {
      LocalDate date = FIRST_DAY.plusDays(r.nextInt(SPAN_DAYS));
      LocalDate to = date.plusDays(r.nextInt(400));
      // pointsOn rejects dates before the program (2022-07-18); the queries behind it answer them too
      assertThat(actual.queries().pointsOn(date)).as("%s on %s", input, date).isEqualTo(expected.queries().pointsOn(date));
      if (!date.isBefore(LocalDate.of(2022, 7, 18))) {
        assertThat(actual.pointsOn(date)).as("%s on %s", input, date).isEqualTo(expected.pointsOn(date));
      }
      assertThat(actual.changes(date, to)).as("%s from %s to %s", input, date, to)
          .isEqualTo(expected.changes(date, to));
      for (BreakdownFilter filter : List.of(BreakdownFilter.all(),
          BreakdownFilter.builder().dealType(DealType.SOURCED).build(),
          BreakdownFilter.builder().dealType(DealType.ASSISTED).marketType(MarketType.GROWTH).build())) {
        assertThat(actual.breakdown(date, filter)).as("%s on %s", input, date).isEqualTo(expected.breakdown(date, filter));
      }
      YearMonth month = YearMonth.from(date);
      YearMonth last = month.plusMonths(r.nextInt(30));
      assertThat(actual.progress(month, last)).isEqualTo(expected.progress(month, last));
      assertThat(actual.upcomingExpiries(date, 12)).isEqualTo(expected.upcomingExpiries(date, 12));
      if (!date.isBefore(LocalDate.of(2023, 1, 1))) { // on and after the first tier schedule
        assertThat(TierEvaluator.of(actual, PartnerAccount.alwaysCertified()).statusOn(date))
            .isEqualTo(TierEvaluator.of(expected, PartnerAccount.alwaysCertified()).statusOn(date));
      }
      for (Client client : expected.clients().values()) {
        assertThat(actual.clientMrrOn(client.id(), date)).isEqualTo(expected.clientMrrOn(client.id(), date));
      }
    }
  }
}
