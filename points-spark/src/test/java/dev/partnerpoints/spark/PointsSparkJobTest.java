package dev.partnerpoints.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerpoints.batch.BatchResult;
import dev.partnerpoints.batch.PartnerResult;
import dev.partnerpoints.batch.PortfolioInput;
import dev.partnerpoints.batch.PortfolioRun;
import dev.partnerpoints.ledger.PartnerId;
import dev.partnerpoints.program.ProgramRules;
import dev.partnerpoints.testkit.MultiPartnerPortfolios;
import dev.partnerpoints.testkit.Portfolio;
import dev.partnerpoints.tier.PartnerAccount;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runnable job: CSV in, Parquet out, the same figures as the batch API. */
class PointsSparkJobTest {

  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = LocalSpark.start();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private static void csv(Dataset<Row> rows, Path folder, String name) {
    rows.coalesce(1).write().option("header", "true").csv(folder.resolve(name + ".csv").toString());
  }

  @Test
  void readsCsvAndWritesParquetWithTheBatchApisFigures(@TempDir Path dir) {
    List<Portfolio> partners = MultiPartnerPortfolios.withSeed(5).sharedPercent(20).generate(8, 5, 20);
    LocalDate asOf = LocalDate.of(2025, 10, 1);
    PointsSparkInput input = LocalSpark.input(spark, partners, Map.<PartnerId, PartnerAccount>of());
    Path in = dir.resolve("in");
    // the inputs as CSV files, as a warehouse export would write them (dates ISO, amounts plain)
    csv(input.tagged().filter("kind = 'client'").selectExpr("partner", "values[0] as clientId", "values[1] as name",
        "values[2] as country", "values[3] as currency", "values[4] as toolUsage"), in, "clients");
    csv(input.tagged().filter("kind = 'subscription'").selectExpr("partner", "values[0] as clientId",
        "values[1] as productLine", "values[2] as edition", "values[3] as mrr"), in, "subscriptions");
    csv(input.tagged().filter("kind = 'deal'").selectExpr("partner", "values[0] as dealId", "values[1] as clientId",
        "values[2] as closeDate", "values[3] as kind", "values[4] as dealType", "values[5] as productLine",
        "values[6] as mrrChange", "values[7] as creditedPartner"), in, "deals");
    csv(input.tagged().filter("kind = 'management'").selectExpr("partner", "values[0] as clientId",
        "values[1] as managingPartner", "values[2] as from", "values[3] as until"), in, "management_periods");
    csv(input.tagged().filter("kind = 'mrr'").selectExpr("partner", "values[0] as clientId", "values[1] as from",
        "values[2] as mrr"), in, "client_mrr");
    Path out = dir.resolve("out");

    PointsSparkJob.Summary summary = PointsSparkJob.run(spark, "--input", in.toString(), "--output", out.toString(),
        "--as-of", asOf.toString());

    assertThat(summary).isEqualTo(new PointsSparkJob.Summary(partners.size(), 0, 0));
    PortfolioInput batchInput = PortfolioInput.create();
    for (Portfolio p : partners) {
      p.clients().forEach(c -> batchInput.addClient(p.partner(), c));
      p.deals().forEach(d -> batchInput.addDeal(p.partner(), d));
      p.managementPeriods().forEach(m -> batchInput.addManagementPeriod(p.partner(), m));
      p.clientMrr().forEach(m -> batchInput.addClientMrr(p.partner(), m));
    }
    BatchResult expected = PortfolioRun.of(ProgramRules.builtIn(), asOf).withThreads(1).run(batchInput);
    Map<String, Row> snapshots = spark.read().parquet(out.resolve("snapshots").toString()).collectAsList().stream()
        .collect(Collectors.toMap(r -> r.getString(0), Function.identity()));
    assertThat(snapshots).hasSize(partners.size());
    for (PartnerResult r : expected.results()) {
      Row s = snapshots.get(r.partner().value());
      assertThat(s.getDecimal(2)).as("total points of %s", r.partner()).isEqualTo(r.points().totalPoints().toBigDecimal());
      assertThat(s.getDecimal(4)).isEqualTo(r.points().sourcedPoints().toBigDecimal());
      assertThat(s.getDecimal(6)).isEqualTo(r.points().managedPoints().toBigDecimal());
    }
    assertThat(spark.read().parquet(out.resolve("breakdown").toString()).count())
        .isEqualTo(expected.results().stream().mapToLong(r -> r.breakdown().size()).sum());
    assertThat(spark.read().parquet(out.resolve("progress").toString()).count()).isEqualTo(12L * partners.size());
    assertThat(spark.read().parquet(out.resolve("tier_status").toString()).schema().fieldNames())
        .containsExactly(PointsSparkSchema.TIER_STATUS.fieldNames());
    assertThat(spark.read().parquet(out.resolve("errors").toString()).count()).isZero();
  }

  @Test
  void wrongArgumentsAreExitStatus2WithTheUsage() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream stream = new PrintStream(err, true, StandardCharsets.UTF_8);
    assertThat(PointsSparkJob.main(new String[] {"--input", "in", "--colour", "red"}, System.out, stream)).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown option '--colour'", "usage: PointsSparkJob");
    err.reset();
    assertThat(PointsSparkJob.main(new String[] {"--input"}, System.out, stream)).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("option --input needs a value");
  }
}
