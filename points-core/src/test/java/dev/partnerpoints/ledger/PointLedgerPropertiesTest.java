package dev.partnerpoints.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.partnerpoints.money.Points;
import dev.partnerpoints.program.DealType;
import dev.partnerpoints.program.ProgramRules;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties of random small ledgers ({@link RandomLedger}), checked against an independent
 * recomputation ({@link LedgerOracle}) and against each other.
 */
class PointLedgerPropertiesTest {

  private static final ProgramRules RULES = ProgramRules.builtIn();
  private static final int EXAMPLES = 250;
  private static final Set<String> GROWTH_COUNTRIES = Set.of("BR", "MX", "IN", "KR");

  private static final Gen<Long> SEEDS = longs().all();

  /** Dates from {@code first} to {@code last}, inclusive. */
  private static Gen<LocalDate> dates(LocalDate first, LocalDate last) {
    return integers().between((int) first.toEpochDay(), (int) last.toEpochDay()).map(d -> LocalDate.ofEpochDay(d));
  }

  /** From before the program's launch (2022-07-18) to a year after the last close. */
  /** From the program's second day (2022-07-18 is its first), so that the day before is in it too. */
  private static final Gen<LocalDate> ANY_DATE = dates(LocalDate.of(2022, 7, 19), LocalDate.of(2027, 7, 31));

  private static Points hundredths(long value) {
    return Points.ofHundredths(value);
  }

  private static Map<ClientId, Long> rows(PointsFigure figure) {
    Map<ClientId, Long> result = new HashMap<>();
    figure.rows().forEach(row -> result.put(row.clientId(), row.points().toHundredths()));
    return result;
  }

  @Test
  void soldEntriesMatchTheFormulaAndTheReductionRule() {
    qt().withExamples(EXAMPLES).forAll(SEEDS).checkAssert(seed -> {
      RandomLedger in = RandomLedger.fromSeed(seed);
      PointLedger ledger = in.build(RULES);
      LedgerOracle oracle = new LedgerOracle(in);

      assertThat(ledger.soldEntries()).extracting(e -> e.deal().id())
          .as("entries of %s", in)
          .containsExactlyElementsOf(oracle.entries.stream().map(e -> e.deal.id()).collect(Collectors.toList()));
      for (int i = 0; i < oracle.entries.size(); i++) {
        SoldEntry actual = ledger.soldEntries().get(i);
        LedgerOracle.Entry expected = oracle.entries.get(i);
        assertThat(actual.points()).as("points of %s in %s", expected.deal.id(), in).isEqualTo(hundredths(expected.points));
        assertThat(actual.expiresOn()).isEqualTo(expected.end);
        assertThat(actual.reductions()).extracting(Reduction::date, r -> r.points().toHundredths())
            .as("reductions of %s in %s", expected.deal.id(), in)
            .containsExactlyElementsOf(expected.takes.stream()
                .map(t -> tuple(t.getKey(), t.getValue()))
                .collect(Collectors.toList()));
      }
    });
  }

  @Test
  void pointsOnADateEqualABruteForceRecomputation() {
    qt().withExamples(EXAMPLES).forAll(SEEDS, ANY_DATE).checkAssert((seed, date) -> {
      RandomLedger in = RandomLedger.fromSeed(seed);
      PointsSnapshot snapshot = in.build(RULES).pointsOn(date);
      LedgerOracle oracle = new LedgerOracle(in);

      assertThat(snapshot.sourcedPoints()).as("sourced on %s of %s", date, in)
          .isEqualTo(hundredths(oracle.soldOn(date, DealType.SOURCED)));
      assertThat(snapshot.assistedPoints()).as("assisted on %s of %s", date, in)
          .isEqualTo(hundredths(oracle.soldOn(date, DealType.ASSISTED)));
      assertThat(snapshot.managedPoints()).as("managed on %s of %s", date, in)
          .isEqualTo(hundredths(oracle.managedOn(date)));
      assertThat(snapshot.totalPoints())
          .isEqualTo(hundredths(oracle.soldOn(date) + oracle.managedOn(date)));
      assertThat(snapshot.activeEntries()).extracting(e -> e.deal().id())
          .containsExactlyElementsOf(oracle.entries.stream().filter(e -> e.activeOn(date))
              .map(e -> e.deal.id()).collect(Collectors.toList()));
      assertThat(snapshot.expiredEntries()).extracting(e -> e.deal().id())
          .containsExactlyElementsOf(oracle.entries.stream().filter(e -> !date.isBefore(e.end))
              .map(e -> e.deal.id()).collect(Collectors.toList()));
    });
  }

  @Test
  void changesOverAnyRangeAddUpAndNameTheirClients() {
    Gen<Integer> lengths = integers().between(0, 800);
    qt().withExamples(EXAMPLES).forAll(SEEDS, ANY_DATE, lengths).checkAssert((seed, from, length) -> {
      LocalDate to = from.plusDays(length);
      RandomLedger in = RandomLedger.fromSeed(seed);
      PointLedger ledger = in.build(RULES);
      LedgerOracle oracle = new LedgerOracle(in);
      PointChanges changes = ledger.changes(from, to);
      LocalDate before = from.minusDays(1);

      // the identity, for sold and for managed, against the snapshots at both ends
      PointsSnapshot start = ledger.pointsOn(before);
      PointsSnapshot end = ledger.pointsOn(to);
      assertThat(start.soldPoints().plus(changes.newSold().total()).minus(changes.lostSold().total()))
          .as("sold identity %s..%s of %s", from, to, in).isEqualTo(end.soldPoints());
      assertThat(start.managedPoints().plus(changes.newManaged().total()).minus(changes.lostManaged().total()))
          .as("managed identity %s..%s of %s", from, to, in).isEqualTo(end.managedPoints());
      assertThat(changes.soldBefore()).isEqualTo(hundredths(oracle.soldOn(before)));
      assertThat(changes.soldAtEnd()).isEqualTo(hundredths(oracle.soldOn(to)));
      assertThat(changes.managedBefore()).isEqualTo(hundredths(oracle.managedOn(before)));
      assertThat(changes.managedAtEnd()).isEqualTo(hundredths(oracle.managedOn(to)));

      // the clients behind each figure
      assertThat(rows(changes.newSold())).as("new sold %s..%s of %s", from, to, in)
          .isEqualTo(oracle.newSold(from, to));
      assertThat(rows(changes.lostSold())).as("lost sold %s..%s of %s", from, to, in)
          .isEqualTo(oracle.lostSold(from, to));
      assertThat(rows(changes.newManaged())).as("new managed %s..%s of %s", from, to, in)
          .isEqualTo(oracle.managedChange(from, to, 1));
      assertThat(rows(changes.lostManaged())).as("lost managed %s..%s of %s", from, to, in)
          .isEqualTo(oracle.managedChange(from, to, -1));
      for (PointsFigure figure : List.of(changes.newSold(), changes.lostSold(), changes.newManaged(),
          changes.lostManaged())) {
        assertThat(figure.rows()).allSatisfy(row -> assertThat(row.points().signum()).isPositive());
        assertThat(figure.clients()).isSorted();
      }
    });
  }

  private static Points sum(List<ClientBreakdown> rows, Function<ClientBreakdown, Points> figure) {
    return Points.total(rows.stream().map(figure).collect(Collectors.toList()));
  }

  @Test
  void breakdownsAddUpToTheTotals() {
    qt().withExamples(EXAMPLES).forAll(SEEDS, ANY_DATE).checkAssert((seed, date) -> {
      RandomLedger in = RandomLedger.fromSeed(seed);
      PointLedger ledger = in.build(RULES);
      PointsSnapshot snapshot = ledger.pointsOn(date);

      List<ClientBreakdown> all = ledger.breakdown(date, BreakdownFilter.all());
      assertThat(sum(all, ClientBreakdown::activeSourced)).as("%s on %s", in, date).isEqualTo(snapshot.sourcedPoints());
      assertThat(sum(all, ClientBreakdown::activeAssisted)).isEqualTo(snapshot.assistedPoints());
      assertThat(sum(all, ClientBreakdown::managed)).isEqualTo(snapshot.managedPoints());
      assertThat(sum(all, ClientBreakdown::total)).isEqualTo(snapshot.totalPoints());
      assertThat(all).extracting(b -> b.client().id()).isSorted().doesNotHaveDuplicates();

      List<ClientBreakdown> sourced = ledger.breakdown(date,
          BreakdownFilter.builder().dealType(DealType.SOURCED).build());
      List<ClientBreakdown> assisted = ledger.breakdown(date,
          BreakdownFilter.builder().dealType(DealType.ASSISTED).build());
      assertThat(sum(sourced, ClientBreakdown::total)).isEqualTo(snapshot.sourcedPoints());
      assertThat(sum(assisted, ClientBreakdown::total)).isEqualTo(snapshot.assistedPoints());
      assertThat(sourced).allSatisfy(b -> assertThat(b.soldHistory())
          .allSatisfy(e -> assertThat(e.dealType()).isEqualTo(DealType.SOURCED)));

      List<ClientBreakdown> growth = ledger.breakdown(date,
          BreakdownFilter.builder().marketType(MarketType.GROWTH).build());
      List<ClientBreakdown> other = ledger.breakdown(date,
          BreakdownFilter.builder().marketType(MarketType.NON_GROWTH).build());
      assertThat(growth).allSatisfy(b -> assertThat(GROWTH_COUNTRIES).contains(b.client().country().code()));
      assertThat(other).allSatisfy(b -> assertThat(GROWTH_COUNTRIES).doesNotContain(b.client().country().code()));
      assertThat(sum(growth, ClientBreakdown::total).plus(sum(other, ClientBreakdown::total)))
          .isEqualTo(snapshot.totalPoints());
      assertThat(growth.size() + other.size()).isEqualTo(all.size());
    });
  }

  @Test
  void resultsDoNotDependOnTheOrderOfTheInputs() {
    qt().withExamples(EXAMPLES).forAll(SEEDS, longs().all(), ANY_DATE).checkAssert((seed, shuffle, date) -> {
      RandomLedger in = RandomLedger.fromSeed(seed);
      PointLedger ledger = in.build(RULES);
      PointLedger shuffled = in.buildShuffled(RULES, shuffle);

      assertThat(shuffled.pointsOn(date)).as("%s on %s", in, date).isEqualTo(ledger.pointsOn(date));
      assertThat(shuffled.soldEntries()).isEqualTo(ledger.soldEntries());
      assertThat(shuffled.managedIntervals()).isEqualTo(ledger.managedIntervals());
      assertThat(shuffled.deals()).isEqualTo(ledger.deals());
      assertThat(shuffled.managementPeriods()).isEqualTo(ledger.managementPeriods());
      assertThat(shuffled.changes(date.minusDays(90), date)).isEqualTo(ledger.changes(date.minusDays(90), date));
    });
  }

  @Test
  void progressAndUpcomingExpiriesAgreeWithPointsOn() {
    qt().withExamples(EXAMPLES).forAll(SEEDS, ANY_DATE).checkAssert((seed, date) -> {
      RandomLedger in = RandomLedger.fromSeed(seed);
      PointLedger ledger = in.build(RULES);
      LedgerOracle oracle = new LedgerOracle(in);

      YearMonth first = YearMonth.from(date);
      List<MonthPoints> progress = ledger.progress(first, first.plusMonths(5));
      assertThat(progress).hasSize(6);
      for (int i = 0; i < 6; i++) {
        LocalDate monthEnd = first.plusMonths(i).atEndOfMonth();
        assertThat(progress.get(i).month()).isEqualTo(first.plusMonths(i));
        assertThat(progress.get(i).sold()).as("%s at %s", in, monthEnd).isEqualTo(hundredths(oracle.soldOn(monthEnd)));
        assertThat(progress.get(i).managed()).isEqualTo(hundredths(oracle.managedOn(monthEnd)));
      }

      // every entry active on the date expires within the next 13 calendar months (this one included)
      List<MonthExpiry> expiries = ledger.upcomingExpiries(date, 13);
      assertThat(Points.total(expiries.stream().map(e -> e.expiring().total()).collect(Collectors.toList())))
          .as("%s on %s", in, date).isEqualTo(ledger.pointsOn(date).soldPoints());
      for (int i = 0; i < 13; i++) {
        YearMonth month = first.plusMonths(i);
        long expected = oracle.entries.stream()
            .filter(e -> e.activeOn(date) && YearMonth.from(e.end).equals(month))
            .mapToLong(e -> e.remainingOn(date))
            .sum();
        assertThat(expiries.get(i).month()).isEqualTo(month);
        assertThat(expiries.get(i).expiring().total()).as("%s expiring in %s", in, month).isEqualTo(hundredths(expected));
      }
    });
  }

  @Test
  void soldPointsNeverGoNegativeAndEntriesExpireTwelveMonthsAfterClose() {
    qt().withExamples(EXAMPLES).forAll(SEEDS, ANY_DATE).checkAssert((seed, date) -> {
      PointLedger ledger = RandomLedger.fromSeed(seed).build(RULES);

      for (SoldEntry e : ledger.soldEntries()) {
        assertThat(e.remainingPointsOn(date).isNegative()).isFalse();
        assertThat(e.expiresOn()).isEqualTo(e.activeFrom().plusMonths(12));
      }
      assertThat(ledger.pointsOn(date).soldPoints().isNegative()).isFalse();
    });
  }
}
