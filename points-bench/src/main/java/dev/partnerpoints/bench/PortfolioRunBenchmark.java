package dev.partnerpoints.bench;

import com.google.common.collect.ImmutableList;
import dev.partnerpoints.batch.BatchError;
import dev.partnerpoints.batch.BatchSink;
import dev.partnerpoints.batch.PartnerResult;
import dev.partnerpoints.batch.PortfolioInput;
import dev.partnerpoints.batch.PortfolioRun;
import dev.partnerpoints.ledger.PartnerId;
import dev.partnerpoints.ledger.PointLedger;
import dev.partnerpoints.program.ProgramRules;
import dev.partnerpoints.testkit.MultiPartnerPortfolios;
import dev.partnerpoints.testkit.Portfolio;
import dev.partnerpoints.testkit.RandomPortfolios;
import java.time.LocalDate;
import java.util.List;
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
 * Scenario 6: a program-wide batch run ({@code PortfolioRun}) over {@code partners} partners of
 * {@code dealsPerPartner} deals each ({@code MultiPartnerPortfolios.withSeed(42)}, 20 client rows a
 * partner, 10% shared), on 1 and 2 threads, beside the baseline in the same run: building one ledger
 * of {@code singleDeals} deals ({@code RandomPortfolios.withSeed(42)}, the 1,000,000-deal build of
 * {@link LedgerBuildBenchmark}). A batch run does more
 * than build: each partner's tier status, credited tier, 12 months of progress and breakdown. Scores
 * are per operation (one whole run or one build); divide by the deal count for per-deal figures.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx10g")
@State(Scope.Benchmark)
public class PortfolioRunBenchmark {

  @Param({"50000"})
  public int partners;

  @Param({"200"})
  public int dealsPerPartner;

  @Param({"1", "2"})
  public int threads;

  /** The deals of the baseline's single ledger. */
  @Param({"1000000"})
  public int singleDeals;

  private PortfolioInput input;
  private Portfolio single;
  private PortfolioRun run;

  @Setup(Level.Trial)
  public void setUp() {
    List<Portfolio> portfolios = MultiPartnerPortfolios.withSeed(42).generate(partners, 20, dealsPerPartner);
    input = PortfolioInput.create();
    for (Portfolio p : portfolios) {
      p.clients().forEach(c -> input.addClient(p.partner(), c));
      p.deals().forEach(d -> input.addDeal(p.partner(), d));
      p.managementPeriods().forEach(m -> input.addManagementPeriod(p.partner(), m));
      p.clientMrr().forEach(m -> input.addClientMrr(p.partner(), m));
    }
    single = RandomPortfolios.withSeed(42).portfolio(Math.max(1, singleDeals / 100), singleDeals);
    run = PortfolioRun.of(ProgramRules.builtIn(), LocalDate.of(2025, 10, 1)).withThreads(threads);
    int[] counts = new int[2];
    run.run(input, counter(counts));
    if (counts[0] != partners || counts[1] != 0) {
      throw new IllegalStateException("expected " + partners + " results and no errors, got " + counts[0]
          + " and " + counts[1]);
    }
  }

  private static BatchSink counter(int[] counts) {
    return new BatchSink() {
      @Override
      public void result(PartnerResult result) {
        counts[0]++;
      }

      @Override
      public void errors(PartnerId partner, ImmutableList<BatchError> errors) {
        counts[1]++;
      }
    };
  }

  /** The library: every partner's ledger built and evaluated, results streamed to a counting sink. */
  @Benchmark
  public int batchRun() {
    int[] counts = new int[2];
    run.run(input, counter(counts));
    return counts[0];
  }

  /** Baseline: one ledger of a tenth of the batch's deals, on the benchmark thread. */
  @Benchmark
  public PointLedger baselineSingleLedgerBuild() {
    return single.ledger();
  }
}
