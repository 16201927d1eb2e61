package dev.partnerpoints.bench;

import dev.partnerpoints.internal.RuleResolver;
import dev.partnerpoints.program.ProgramRules;
import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scenario 2: the points of 1,000,000 deals (random as in {@link CalculatorBenchmark}), summed;
 * scores are per deal ({@code @OperationsPerInvocation}). The two Moneta baselines take microseconds
 * a deal, so they run over the first {@value #MONETA_DEALS} deals of the same batch (still per
 * deal); everything else runs over all 1,000,000. Setup checks that every variant gives the same
 * total for the first {@value #MONETA_DEALS} deals and the fast ones for all of them.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = "-Xmx4g")
@State(Scope.Thread)
public class BatchBenchmark {

  static final int DEALS = 1_000_000;
  static final int MONETA_DEALS = 10_000;

  private Requests r;
  private BigDecimal[] localOf;
  private PointsBaselines.ScaledLong scaledLong;
  private RuleResolver resolver;
  private Map<String, BigDecimal> table;

  @Setup(Level.Trial)
  public void setUp() {
    r = new Requests(DEALS, 20260202L);
    table = Requests.currentTable();
    localOf = new BigDecimal[r.size];
    for (int i = 0; i < r.size; i++) {
      localOf[i] = table.get(r.currencyCode[i]);
    }
    scaledLong = new PointsBaselines.ScaledLong(table);
    resolver = RuleResolver.of(ProgramRules.builtIn());
    long floor = scaledLongSum(DEALS);
    require("BigDecimal", bigDecimalSum(DEALS), floor);
    require("resolver", resolverSum(DEALS), floor);
    long prefix = scaledLongSum(MONETA_DEALS);
    require("Moneta", monetaSum(MONETA_DEALS), prefix);
    require("Moneta hoisted", monetaHoistedSum(MONETA_DEALS), prefix);
    for (int i = 0; i < DEALS; i += 997) { // and deal by deal on a sample
      long expected = scaledLong.points(r.unscaled[i], r.scale[i], r.currencyIndex[i], r.growth[i], r.dealType[i],
          r.manages[i], r.others[i]);
      require("resolver, deal " + i, resolver.estimateHundredths(r.unscaled[i], r.scale[i], r.currency[i],
          r.country[i], r.dealType[i], r.manages[i], r.others[i], r.date[i]), expected);
    }
  }

  private static void require(String what, long actual, long expected) {
    if (actual != expected) {
      throw new IllegalStateException(what + " gives " + actual + ", the scaled-long floor " + expected);
    }
  }

  long monetaSum(int n) {
    long sum = 0;
    for (int i = 0; i < n; i++) {
      sum += PointsBaselines.moneta(r.currencyCode[i], r.countryCode[i], r.dealType[i], r.manages[i], r.others[i],
          r.amount[i], table);
    }
    return sum;
  }

  long monetaHoistedSum(int n) {
    long sum = 0;
    for (int i = 0; i < n; i++) {
      sum += PointsBaselines.monetaHoisted(r.currency[i], localOf[i], r.growth[i], r.dealType[i], r.manages[i],
          r.others[i], r.amount[i]);
    }
    return sum;
  }

  long bigDecimalSum(int n) {
    long sum = 0;
    for (int i = 0; i < n; i++) {
      sum += PointsBaselines.bigDecimal(r.amount[i], localOf[i], r.growth[i], r.dealType[i], r.manages[i], r.others[i]);
    }
    return sum;
  }

  long scaledLongSum(int n) {
    long sum = 0;
    for (int i = 0; i < n; i++) {
      sum += scaledLong.points(r.unscaled[i], r.scale[i], r.currencyIndex[i], r.growth[i], r.dealType[i],
          r.manages[i], r.others[i]);
    }
    return sum;
  }

  long resolverSum(int n) {
    long sum = 0;
    for (int i = 0; i < n; i++) {
      sum += resolver.estimateHundredths(r.unscaled[i], r.scale[i], r.currency[i], r.country[i], r.dealType[i],
          r.manages[i], r.others[i], r.date[i]);
    }
    return sum;
  }

  /** Baseline: straightforward Moneta (first 10,000 deals; per deal). */
  @Benchmark
  @OperationsPerInvocation(MONETA_DEALS)
  public long baselineMonetaStraightforward() {
    return monetaSum(MONETA_DEALS);
  }

  /** Baseline: Moneta with lookups hoisted (first 10,000 deals; per deal). */
  @Benchmark
  @OperationsPerInvocation(MONETA_DEALS)
  public long baselineMonetaHoisted() {
    return monetaHoistedSum(MONETA_DEALS);
  }

  /** Baseline: a BigDecimal loop over all deals. */
  @Benchmark
  @OperationsPerInvocation(DEALS)
  public long baselineBigDecimal() {
    return bigDecimalSum(DEALS);
  }

  /** Baseline (the floor): scaled longs over all deals. */
  @Benchmark
  @OperationsPerInvocation(DEALS)
  public long baselineScaledLong() {
    return scaledLongSum(DEALS);
  }

  /** The library's fast path over all deals. */
  @Benchmark
  @OperationsPerInvocation(DEALS)
  public long libraryEstimator() {
    return resolverSum(DEALS);
  }
}
