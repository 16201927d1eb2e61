package dev.partnerpoints.bench;

import dev.partnerpoints.ledger.Deal;
import dev.partnerpoints.ledger.PointLedger;
import dev.partnerpoints.testkit.Portfolio;
import dev.partnerpoints.testkit.RandomPortfolios;
import java.util.Arrays;
import java.util.Comparator;
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
 * Scenario 3: building the point ledger of a random portfolio ({@code RandomPortfolios.withSeed(42)
 * .portfolio(deals / 100, deals)}: 1,000,000 deals over 10,000 clients and about four years by
 * default) beside sorting the same deals by close date. Scores are per build; divide by the deal
 * count for per-entry figures. Setup checks that the ledger keeps every deal, in close-date order.
 * The retained memory is measured by {@link LedgerFootprint}, not here.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 2, jvmArgsAppend = "-Xmx8g")
@State(Scope.Thread)
public class LedgerBuildBenchmark {

  @Param({"1000000"})
  public int deals;

  private Portfolio portfolio;
  private Deal[] input;

  @Setup(Level.Trial)
  public void setUp() {
    portfolio = RandomPortfolios.withSeed(42).portfolio(Math.max(1, deals / 100), deals);
    input = portfolio.deals().toArray(new Deal[0]);
    PointLedger ledger = portfolio.ledger();
    Deal[] sorted = sortByCloseDate();
    if (ledger.deals().size() != deals || !ledger.deals().get(0).closeDate().equals(sorted[0].closeDate())
        || !ledger.deals().get(deals - 1).closeDate().equals(sorted[deals - 1].closeDate())) {
      throw new IllegalStateException("the ledger does not hold the sorted deals");
    }
  }

  /** Baseline: sort a copy of the deals by close date (a stable sort). */
  @Benchmark
  public Deal[] baselineSortByCloseDate() {
    return sortByCloseDate();
  }

  /** Baseline: sort a copy of the deals by close date, then id (the ledger's order). */
  @Benchmark
  public Deal[] baselineSortByCloseDateThenId() {
    Deal[] copy = input.clone();
    Arrays.sort(copy, Comparator.comparing(Deal::closeDate).thenComparing(Deal::id));
    return copy;
  }

  private Deal[] sortByCloseDate() {
    Deal[] copy = input.clone();
    Arrays.sort(copy, Comparator.comparing(Deal::closeDate));
    return copy;
  }

  /** The library: {@code PointLedger.builder(...)...build()} from the portfolio. */
  @Benchmark
  public PointLedger libraryBuild() {
    return portfolio.ledger();
  }
}
