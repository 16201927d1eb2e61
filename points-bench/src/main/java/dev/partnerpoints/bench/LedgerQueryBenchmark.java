package dev.partnerpoints.bench;

import com.google.common.collect.ImmutableList;
import dev.partnerpoints.ledger.ClientId;
import dev.partnerpoints.ledger.ClientPoints;
import dev.partnerpoints.ledger.ManagedInterval;
import dev.partnerpoints.ledger.MonthPoints;
import dev.partnerpoints.ledger.PointChanges;
import dev.partnerpoints.ledger.PointLedger;
import dev.partnerpoints.ledger.PointsFigure;
import dev.partnerpoints.ledger.PointsSnapshot;
import dev.partnerpoints.ledger.Reduction;
import dev.partnerpoints.ledger.SoldEntry;
import dev.partnerpoints.money.Points;
import dev.partnerpoints.program.DealType;
import dev.partnerpoints.program.SoldMinimumBasis;
import dev.partnerpoints.program.Tier;
import dev.partnerpoints.program.TierRequirements;
import dev.partnerpoints.program.TierSchedule;
import dev.partnerpoints.testkit.RandomPortfolios;
import dev.partnerpoints.tier.PartnerAccount;
import dev.partnerpoints.tier.TierEvaluator;
import dev.partnerpoints.tier.TierStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scenarios 4 and 5: queries on a built ledger ({@code RandomPortfolios.withSeed(42)
 * .portfolio(deals / 100, deals)}) at 10,000, 100,000 and 1,000,000 deals, each beside its
 * baselines: a straightforward scan over the ledger's entries and managed spans (public API), one
 * pass over a {@code long[]} as long as the entries, and for the 36-month series a month-bucket
 * prefix-sum reference over the same data as columns. Setup checks that each baseline gives the
 * library's numbers (and, for points as of a date, the same entry lists).
 *
 * <p>Queries: points as of 2025-11-30 ({@code pointsOn}), tier point changes over November 2025
 * ({@code changes}), month-end points July 2023 to June 2026 ({@code progress}, 36 months) and the
 * tier status on 2025-11-30 ({@code TierEvaluator.statusOn}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = "-Xmx8g")
@State(Scope.Benchmark)
public class LedgerQueryBenchmark {

  static final LocalDate DATE = LocalDate.of(2025, 11, 30);
  static final LocalDate FROM = LocalDate.of(2025, 11, 1);
  static final YearMonth FIRST = YearMonth.of(2023, 7);
  static final YearMonth LAST = YearMonth.of(2026, 6);
  static final int MONTHS = 36;

  @Param({"10000", "100000", "1000000"})
  public int deals;

  private PointLedger ledger;
  private TierEvaluator evaluator;
  private SoldEntry[] entries;
  private ManagedInterval[] spans;
  private long[] longs;
  private Optional<BigDecimal> medianToolUsage;
  private TierSchedule schedule;

  // the month-bucket reference: events as columns (month index from BASE, delta), preallocated buckets
  private YearMonth base;
  private int[] soldEventMonth;
  private long[] soldEventDelta;
  private int[] managedEventMonth;
  private long[] managedEventDelta;
  private long[] soldBuckets;
  private long[] managedBuckets;
  private long[] series;

  @Setup(Level.Trial)
  public void setUp() {
    ledger = RandomPortfolios.withSeed(42).portfolio(Math.max(100, deals / 100), deals).ledger();
    evaluator = TierEvaluator.of(ledger, PartnerAccount.alwaysCertified());
    entries = ledger.soldEntries().toArray(new SoldEntry[0]);
    spans = ledger.managedIntervals().values().toArray(new ManagedInterval[0]);
    longs = new long[entries.length];
    for (int i = 0; i < entries.length; i++) {
      longs[i] = entries[i].points().toHundredths();
    }
    medianToolUsage = evaluator.medianToolUsageOn(DATE);
    schedule = ledger.rules().tierScheduleOn(DATE);
    buildMonthColumns();
    check();
  }

  /** Sold events (+points on close, -reductions, -rest on expiry) and managed ones, by month. */
  private void buildMonthColumns() {
    base = YearMonth.of(2022, 1);
    List<long[]> sold = new ArrayList<>();
    for (SoldEntry e : entries) {
      long left = e.points().toHundredths();
      sold.add(new long[] {month(e.activeFrom()), left});
      for (Reduction r : e.reductions()) {
        sold.add(new long[] {month(r.date()), -r.points().toHundredths()});
        left -= r.points().toHundredths();
      }
      sold.add(new long[] {month(e.expiresOn()), -left});
    }
    soldEventMonth = new int[sold.size()];
    soldEventDelta = new long[sold.size()];
    for (int i = 0; i < sold.size(); i++) {
      soldEventMonth[i] = (int) sold.get(i)[0];
      soldEventDelta[i] = sold.get(i)[1];
    }
    List<long[]> managed = new ArrayList<>();
    for (ManagedInterval s : spans) {
      managed.add(new long[] {month(s.from()), s.share().toHundredths()});
      s.until().ifPresent(until -> managed.add(new long[] {month(until), -s.share().toHundredths()}));
    }
    managedEventMonth = new int[managed.size()];
    managedEventDelta = new long[managed.size()];
    for (int i = 0; i < managed.size(); i++) {
      managedEventMonth[i] = (int) managed.get(i)[0];
      managedEventDelta[i] = managed.get(i)[1];
    }
    int months = (int) base.until(LAST, ChronoUnit.MONTHS) + 2;
    soldBuckets = new long[months];
    managedBuckets = new long[months];
    series = new long[2 * MONTHS];
  }

  /** A date's month index from {@link #base}, clamped to the bucket range (events after LAST land past it). */
  private long month(LocalDate date) {
    long m = base.until(YearMonth.from(date), ChronoUnit.MONTHS);
    long last = base.until(LAST, ChronoUnit.MONTHS) + 1;
    return Math.max(0, Math.min(last, m));
  }

  private void check() {
    Snapshot scan = scanPointsOn();
    PointsSnapshot lib = ledger.pointsOn(DATE);
    require("pointsOn", scan.sourced == lib.sourcedPoints().toHundredths()
        && scan.assisted == lib.assistedPoints().toHundredths() && scan.managed == lib.managedPoints().toHundredths()
        && scan.active.equals(lib.activeEntries()) && scan.expired.equals(lib.expiredEntries()));
    require("changes", scanChanges().equals(ledger.changes(FROM, DATE)));
    long[] scanned = scanProgress();
    long[] buckets = monthBuckets().clone();
    ImmutableList<MonthPoints> progress = ledger.progress(FIRST, LAST);
    for (int m = 0; m < MONTHS; m++) {
      require("progress " + m, scanned[2 * m] == progress.get(m).sold().toHundredths()
          && scanned[2 * m + 1] == progress.get(m).managed().toHundredths()
          && buckets[2 * m] == scanned[2 * m] && buckets[2 * m + 1] == scanned[2 * m + 1]);
    }
    TierStatus status = evaluator.statusOn(DATE);
    require("tier status", scanTierStatus().equals(status.performanceTier())
        && status.points().totalPoints().toHundredths() == scan.sourced + scan.assisted + scan.managed);
  }

  private static void require(String what, boolean ok) {
    if (!ok) {
      throw new IllegalStateException(what + ": the baseline and the library disagree");
    }
  }

  /** What a scan of points as of a date gives. */
  static final class Snapshot {
    long sourced;
    long assisted;
    long managed;
    final List<SoldEntry> active = new ArrayList<>();
    final List<SoldEntry> expired = new ArrayList<>();
  }

  Snapshot scanPointsOn() {
    Snapshot s = new Snapshot();
    for (SoldEntry e : entries) {
      if (e.isActiveOn(DATE)) {
        s.active.add(e);
        long p = e.remainingPointsOn(DATE).toHundredths();
        if (e.dealType() == DealType.SOURCED) {
          s.sourced += p;
        } else {
          s.assisted += p;
        }
      } else if (e.isExpiredOn(DATE)) {
        s.expired.add(e);
      }
    }
    s.managed = managedOn(DATE);
    return s;
  }

  private long managedOn(LocalDate date) {
    long sum = 0;
    for (ManagedInterval span : spans) {
      if (span.covers(date)) {
        sum += span.share().toHundredths();
      }
    }
    return sum;
  }

  PointChanges scanChanges() {
    LocalDate before = FROM.minusDays(1);
    Map<ClientId, Long> newSold = new TreeMap<>();
    Map<ClientId, Long> lostSold = new TreeMap<>();
    long soldBefore = 0;
    long soldAtEnd = 0;
    for (SoldEntry e : entries) {
      long a = e.activePointsOn(before).toHundredths();
      long b = e.activePointsOn(DATE).toHundredths();
      long created = !e.activeFrom().isBefore(FROM) && !e.activeFrom().isAfter(DATE) ? e.points().toHundredths() : 0;
      soldBefore += a;
      soldAtEnd += b;
      newSold.merge(e.clientId(), created, Long::sum);
      lostSold.merge(e.clientId(), a + created - b, Long::sum);
    }
    Map<ClientId, Long> newManaged = new TreeMap<>();
    Map<ClientId, Long> lostManaged = new TreeMap<>();
    Map<ClientId, Long> managedBefore = new TreeMap<>();
    Map<ClientId, Long> managedEnd = new TreeMap<>();
    for (ManagedInterval span : spans) {
      managedBefore.merge(span.clientId(), span.covers(before) ? span.share().toHundredths() : 0, Long::sum);
      managedEnd.merge(span.clientId(), span.covers(DATE) ? span.share().toHundredths() : 0, Long::sum);
    }
    long mb = 0;
    long me = 0;
    for (ClientId client : managedBefore.keySet()) {
      long a = managedBefore.get(client);
      long b = managedEnd.getOrDefault(client, 0L);
      mb += a;
      me += b;
      newManaged.put(client, Math.max(0, b - a));
      lostManaged.put(client, Math.max(0, a - b));
    }
    return PointChanges.builder().from(FROM).to(DATE)
        .soldBefore(Points.ofHundredths(soldBefore)).soldAtEnd(Points.ofHundredths(soldAtEnd))
        .managedBefore(Points.ofHundredths(mb)).managedAtEnd(Points.ofHundredths(me))
        .newSold(figure(newSold)).lostSold(figure(lostSold))
        .newManaged(figure(newManaged)).lostManaged(figure(lostManaged))
        .build();
  }

  private static PointsFigure figure(Map<ClientId, Long> byClient) {
    PointsFigure.Builder figure = PointsFigure.builder();
    byClient.forEach((client, hundredths) -> {
      if (hundredths != 0) {
        figure.addRows(ClientPoints.of(client, Points.ofHundredths(hundredths)));
      }
    });
    return figure.build();
  }

  /** The naive re-scan: every month end, every entry and span. Sold and managed per month. */
  long[] scanProgress() {
    long[] result = new long[2 * MONTHS];
    YearMonth m = FIRST;
    for (int i = 0; i < MONTHS; i++, m = m.plusMonths(1)) {
      LocalDate end = m.atEndOfMonth();
      long sold = 0;
      for (SoldEntry e : entries) {
        sold += e.activePointsOn(end).toHundredths();
      }
      result[2 * i] = sold;
      result[2 * i + 1] = managedOn(end);
    }
    return result;
  }

  /** The reference: month buckets of the events (one pass over columns), prefix sums, 36 reads. */
  long[] monthBuckets() {
    long[] sold = soldBuckets;
    long[] managed = managedBuckets;
    Arrays.fill(sold, 0);
    Arrays.fill(managed, 0);
    for (int i = 0; i < soldEventMonth.length; i++) {
      sold[soldEventMonth[i]] += soldEventDelta[i];
    }
    for (int i = 0; i < managedEventMonth.length; i++) {
      managed[managedEventMonth[i]] += managedEventDelta[i];
    }
    for (int m = 1; m < sold.length; m++) {
      sold[m] += sold[m - 1];
      managed[m] += managed[m - 1];
    }
    int first = (int) base.until(FIRST, ChronoUnit.MONTHS);
    for (int i = 0; i < MONTHS; i++) {
      series[2 * i] = sold[first + i];
      series[2 * i + 1] = managed[first + i];
    }
    return series;
  }

  /** The highest tier whose requirements the scanned points meet (certified; tool usage as the evaluator's). */
  Optional<Tier> scanTierStatus() {
    Snapshot s = scanPointsOn();
    Optional<Tier> met = Optional.empty();
    boolean usage = medianToolUsage.map(u -> u.compareTo(schedule.minimumMedianToolUsage()) >= 0).orElse(false);
    for (Map.Entry<Tier, TierRequirements> e : schedule.requirements().entrySet()) {
      TierRequirements req = e.getValue();
      long basis = req.soldMinimumBasis() == SoldMinimumBasis.SOURCED ? s.sourced : s.sourced + s.assisted;
      boolean ok = s.sourced + s.assisted + s.managed >= req.totalPoints().toHundredths()
          && basis >= req.soldMinimum().toHundredths()
          && req.managedMinimum().map(min -> s.managed >= min.toHundredths()).orElse(true)
          && usage;
      if (ok) {
        met = Optional.of(e.getKey());
      }
    }
    return met;
  }

  /** Baseline: one pass over a long[] as long as the entries (a sum). */
  @Benchmark
  public long baselineOnePassLongArray() {
    long sum = 0;
    for (long v : longs) {
      sum += v;
    }
    return sum;
  }

  /** Baseline: points as of a date by scanning entries and spans. */
  @Benchmark
  public Snapshot baselineScanPointsOn() {
    return scanPointsOn();
  }

  /** Baseline: tier point changes over a month by scanning. */
  @Benchmark
  public PointChanges baselineScanChanges() {
    return scanChanges();
  }

  /** Baseline: the 36-month series by re-scanning for every month. */
  @Benchmark
  public long[] baselineScanProgress() {
    return scanProgress();
  }

  /** Reference: the 36-month series from month buckets and prefix sums (one pass over event columns). */
  @Benchmark
  public long[] baselineMonthBucketProgress() {
    return monthBuckets();
  }

  /** Baseline: the tier met on a date, from a scan. */
  @Benchmark
  public Optional<Tier> baselineScanTierStatus() {
    return scanTierStatus();
  }

  /** The library: {@code PointLedger.pointsOn} (with the active and expired entry lists). */
  @Benchmark
  public PointsSnapshot libraryPointsOn() {
    return ledger.pointsOn(DATE);
  }

  /** The library: {@code PointLedger.changes} over November 2025. */
  @Benchmark
  public PointChanges libraryChanges() {
    return ledger.changes(FROM, DATE);
  }

  /** The library: {@code PointLedger.progress}, 36 month ends. */
  @Benchmark
  public ImmutableList<MonthPoints> libraryProgress() {
    return ledger.progress(FIRST, LAST);
  }

  /** The library: {@code TierEvaluator.statusOn}. */
  @Benchmark
  public TierStatus libraryTierStatus() {
    return evaluator.statusOn(DATE);
  }
}
