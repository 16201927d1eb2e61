package dev.partnerpoints.bench;

import dev.partnerpoints.calculator.EstimateRequest;
import dev.partnerpoints.calculator.PointsCalculator;
import dev.partnerpoints.internal.ResolvedRule;
import dev.partnerpoints.internal.RuleResolver;
import dev.partnerpoints.program.ProgramRules;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scenario 1: one estimate for a random request (mixed currencies, markets, deal types, manage
 * flags and partner counts; 1,024 requests visited in turn), the library beside its baselines.
 * Every method returns the request's total points in hundredths; {@link #check} proves in setup
 * that all variants agree on every request.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@State(Scope.Thread)
public class CalculatorBenchmark {

  private static final int MASK = 1023;

  private Requests r;
  private Map<String, BigDecimal> table;
  private BigDecimal[] localOf;
  private PointsBaselines.ScaledLong scaledLong;
  private RuleResolver resolver;
  private PointsCalculator calculator;
  private EstimateRequest[] requests;
  private ResolvedRule[] rates;
  private int cursor;

  @Setup(Level.Trial)
  public void setUp() {
    r = new Requests(MASK + 1, 20260101L);
    table = Requests.currentTable();
    localOf = new BigDecimal[r.size];
    for (int i = 0; i < r.size; i++) {
      localOf[i] = table.get(r.currencyCode[i]);
    }
    scaledLong = new PointsBaselines.ScaledLong(table);
    calculator = PointsCalculator.of(ProgramRules.builtIn(), Clock.systemUTC());
    resolver = RuleResolver.of(ProgramRules.builtIn());
    requests = new EstimateRequest[r.size];
    rates = new ResolvedRule[r.size];
    for (int i = 0; i < r.size; i++) {
      requests[i] = r.request(i);
      rates[i] = resolver.resolve(r.currency[i], r.country[i], r.dealType[i], r.date[i]);
    }
    check();
  }

  /** Every variant gives the same total for every request, or the benchmark does not run. */
  void check() {
    for (int i = 0; i < r.size; i++) {
      long[] results = {moneta(i), monetaHoisted(i), bigDecimal(i), scaledLong(i), resolver(i), resolvedRule(i),
          calculator(i)};
      for (long result : results) {
        if (result != results[0]) {
          throw new IllegalStateException("variants disagree on request " + i + ": " + Arrays.toString(results));
        }
      }
    }
  }

  private int next() {
    return cursor = (cursor + 1) & MASK;
  }

  long moneta(int i) {
    return PointsBaselines.moneta(r.currencyCode[i], r.countryCode[i], r.dealType[i], r.manages[i], r.others[i],
        r.amount[i], table);
  }

  long monetaHoisted(int i) {
    return PointsBaselines.monetaHoisted(r.currency[i], localOf[i], r.growth[i], r.dealType[i], r.manages[i],
        r.others[i], r.amount[i]);
  }

  long bigDecimal(int i) {
    return PointsBaselines.bigDecimal(r.amount[i], localOf[i], r.growth[i], r.dealType[i], r.manages[i], r.others[i]);
  }

  long scaledLong(int i) {
    return scaledLong.points(r.unscaled[i], r.scale[i], r.currencyIndex[i], r.growth[i], r.dealType[i], r.manages[i],
        r.others[i]);
  }

  long resolver(int i) {
    return resolver.estimateHundredths(r.unscaled[i], r.scale[i], r.currency[i], r.country[i], r.dealType[i],
        r.manages[i], r.others[i], r.date[i]);
  }

  long resolvedRule(int i) {
    ResolvedRule rate = rates[i];
    long total = rate.soldHundredths(r.unscaled[i], r.scale[i]);
    return r.manages[i] ? total + rate.managedHundredths(r.unscaled[i], r.scale[i], 1 + r.others[i]) : total;
  }

  long calculator(int i) {
    return calculator.estimate(requests[i]).totalPoints().toHundredths();
  }

  /** Baseline: straightforward Moneta, every lookup per call. */
  @Benchmark
  public long baselineMonetaStraightforward() {
    return moneta(next());
  }

  /** Baseline: Moneta with the currency, rounding and point-value lookups hoisted. */
  @Benchmark
  public long baselineMonetaHoisted() {
    return monetaHoisted(next());
  }

  /** Baseline: a BigDecimal loop. */
  @Benchmark
  public long baselineBigDecimal() {
    return bigDecimal(next());
  }

  /** Baseline (the floor): scaled longs with everything resolved to ints in advance. */
  @Benchmark
  public long baselineScaledLong() {
    return scaledLong(next());
  }

  /** The library's fast path: {@code RuleResolver.estimateHundredths}, from currency, country and date. */
  @Benchmark
  public long libraryEstimator() {
    return resolver(next());
  }

  /**
   * The library's fast path with the rate resolved in advance ({@code RuleResolver.resolve} hoisted,
   * as the floor has its currency index and growth flag resolved in advance): {@code ResolvedRule}.
   */
  @Benchmark
  public long libraryResolvedRule() {
    return resolvedRule(next());
  }

  /** The library's full API: {@code PointsCalculator.estimate} with request and result objects. */
  @Benchmark
  public long libraryCalculatorEstimate() {
    return calculator(next());
  }
}
