package dev.partnerpoints.bench;

import static org.apache.spark.sql.functions.sum;

import com.google.common.collect.ImmutableList;
import dev.partnerpoints.batch.BatchError;
import dev.partnerpoints.batch.BatchSink;
import dev.partnerpoints.batch.PartnerResult;
import dev.partnerpoints.batch.PortfolioInput;
import dev.partnerpoints.batch.PortfolioRun;
import dev.partnerpoints.ledger.PartnerId;
import dev.partnerpoints.program.ProgramRules;
import dev.partnerpoints.spark.PointsSpark;
import dev.partnerpoints.spark.PointsSparkInput;
import dev.partnerpoints.spark.PointsSparkRows;
import dev.partnerpoints.spark.PointsSparkSchema;
import dev.partnerpoints.testkit.MultiPartnerPortfolios;
import dev.partnerpoints.testkit.Portfolio;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scenario 7: the same multi-partner portfolio ({@code MultiPartnerPortfolios.withSeed(42)}, 20
 * client rows a partner) through {@code points-spark} on a local Spark with 2 threads ({@code
 * local[2]}), beside the baseline in the same run: the in-JVM batch API ({@code PortfolioRun}) on 2
 * threads. Spark reads the inputs from Parquet files written in the setup (a local folder), shuffles
 * them by partner and runs every partner's ledger; the operation ends with a count of the partners'
 * results (every group is computed; nothing is written). The batch API runs the same rows held in
 * memory. The setup checks that both give every partner a result and the same sum of total points.
 *
 * <p>Runs only with Spark on the class path (points-bench has it as {@code provided}; the
 * benchmarks jar does not hold it): see the README for the command.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx10g", "-XX:+IgnoreUnrecognizedVMOptions",
    "--add-opens=java.base/java.lang=ALL-UNNAMED", "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
    "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/java.net=ALL-UNNAMED", "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.util=ALL-UNNAMED", "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
    "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
    "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED", "--add-opens=java.base/sun.security.action=ALL-UNNAMED",
    "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED", "-Dio.netty.tryReflectionSetAccessible=true"})
@State(Scope.Benchmark)
public class SparkRunBenchmark {

  private static final LocalDate AS_OF = LocalDate.of(2025, 10, 1);

  @Param({"50000"})
  public int partners;

  @Param({"200"})
  public int dealsPerPartner;

  private Path folder;
  private SparkSession spark;
  private PointsSparkInput sparkInput;
  private PointsSpark sparkRun;
  private PortfolioInput batchInput;
  private PortfolioRun batchRun;

  /** Partners whose rows are written to Parquet at a time: the rows of all 10M deals do not fit in the heap at once. */
  private static final int CHUNK = 5_000;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    List<Portfolio> portfolios = MultiPartnerPortfolios.withSeed(42).generate(partners, 20, dealsPerPartner);
    folder = Files.createTempDirectory("points-spark-bench");
    spark = SparkSession.builder().master("local[2]").appName("SparkRunBenchmark")
        .config("spark.ui.enabled", "false").getOrCreate();
    batchInput = PortfolioInput.create();
    for (int from = 0; from < portfolios.size(); from += CHUNK) {
      List<Row> clients = new ArrayList<>();
      List<Row> subscriptions = new ArrayList<>();
      List<Row> deals = new ArrayList<>();
      List<Row> periods = new ArrayList<>();
      List<Row> mrr = new ArrayList<>();
      for (Portfolio p : portfolios.subList(from, Math.min(portfolios.size(), from + CHUNK))) {
        PartnerId partner = p.partner();
        p.clients().forEach(c -> {
          batchInput.addClient(partner, c);
          clients.add(PointsSparkRows.client(partner, c));
          subscriptions.addAll(PointsSparkRows.subscriptions(partner, c));
        });
        p.deals().forEach(d -> {
          batchInput.addDeal(partner, d);
          deals.add(PointsSparkRows.deal(partner, d));
        });
        p.managementPeriods().forEach(m -> {
          batchInput.addManagementPeriod(partner, m);
          periods.add(PointsSparkRows.managementPeriod(partner, m));
        });
        p.clientMrr().forEach(m -> {
          batchInput.addClientMrr(partner, m);
          mrr.add(PointsSparkRows.clientMrr(partner, m));
        });
      }
      append("clients", clients, PointsSparkSchema.CLIENTS);
      append("subscriptions", subscriptions, PointsSparkSchema.SUBSCRIPTIONS);
      append("deals", deals, PointsSparkSchema.DEALS);
      append("management_periods", periods, PointsSparkSchema.MANAGEMENT_PERIODS);
      append("client_mrr", mrr, PointsSparkSchema.CLIENT_MRR);
    }
    batchRun = PortfolioRun.of(ProgramRules.builtIn(), AS_OF).withThreads(2);

    sparkInput = PointsSparkInput.of(parquet("clients"), parquet("deals"))
        .withSubscriptions(parquet("subscriptions"))
        .withManagementPeriods(parquet("management_periods"))
        .withClientMrr(parquet("client_mrr"));
    sparkRun = PointsSpark.of(ProgramRules.builtIn(), AS_OF);

    BigDecimal[] batchTotal = {BigDecimal.ZERO};
    int[] counts = new int[2];
    batchRun.run(batchInput, new BatchSink() {
      @Override
      public void result(PartnerResult result) {
        counts[0]++;
        batchTotal[0] = batchTotal[0].add(result.points().totalPoints().toBigDecimal());
      }

      @Override
      public void errors(PartnerId partner, ImmutableList<BatchError> errors) {
        counts[1]++;
      }
    });
    BigDecimal sparkTotal = sparkRun.run(sparkInput).snapshots().agg(sum("totalPoints")).first().getDecimal(0);
    if (counts[0] != partners || counts[1] != 0 || sparkTotal.compareTo(batchTotal[0]) != 0) {
      throw new IllegalStateException("batch: " + counts[0] + " results, " + counts[1] + " with errors, total "
          + batchTotal[0] + "; Spark total " + sparkTotal);
    }
  }

  private void append(String name, List<Row> rows, StructType schema) {
    spark.createDataFrame(rows, schema).write().mode("append").parquet(folder.resolve(name + ".parquet").toString());
  }

  private Dataset<Row> parquet(String name) {
    return spark.read().parquet(folder.resolve(name + ".parquet").toString());
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    spark.stop();
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(f -> {
        try {
          Files.delete(f);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }

  /** Spark local[2]: Parquet read, one shuffle by partner, every partner's ledger; the partners counted. */
  @Benchmark
  public long sparkLocal2() {
    return sparkRun.run(sparkInput).partners().count();
  }

  /** Baseline: the in-JVM batch API on 2 threads over the same rows in memory. */
  @Benchmark
  public int batchApi2Threads() {
    int[] counts = new int[1];
    batchRun.run(batchInput, new BatchSink() {
      @Override
      public void result(PartnerResult result) {
        counts[0]++;
      }

      @Override
      public void errors(PartnerId partner, ImmutableList<BatchError> errors) {}
    });
    return counts[0];
  }
}
