package dev.partnerpoints.spark;

import dev.partnerpoints.ledger.PartnerId;
import dev.partnerpoints.testkit.Portfolio;
import dev.partnerpoints.tier.PartnerAccount;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/** The tests' local Spark: two threads, no UI, few shuffle partitions; and portfolios as input DataFrames. */
final class LocalSpark {

  private LocalSpark() {}

  static SparkSession start() {
    return SparkSession.builder()
        .master("local[2]")
        .appName("points-spark tests")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.default.parallelism", "2")
        .config("spark.sql.adaptive.enabled", "false")
        .getOrCreate();
  }

  /** The portfolios (and accounts) as the input of a run, each partner's rows as its own ledger holds them. */
  static PointsSparkInput input(SparkSession spark, List<Portfolio> partners, Map<PartnerId, PartnerAccount> accounts) {
    List<Row> clients = new ArrayList<>();
    List<Row> subscriptions = new ArrayList<>();
    List<Row> deals = new ArrayList<>();
    List<Row> periods = new ArrayList<>();
    List<Row> mrr = new ArrayList<>();
    for (Portfolio p : partners) {
      p.clients().forEach(c -> {
        clients.add(PointsSparkRows.client(p.partner(), c));
        subscriptions.addAll(PointsSparkRows.subscriptions(p.partner(), c));
      });
      p.deals().forEach(d -> deals.add(PointsSparkRows.deal(p.partner(), d)));
      p.managementPeriods().forEach(m -> periods.add(PointsSparkRows.managementPeriod(p.partner(), m)));
      p.clientMrr().forEach(m -> mrr.add(PointsSparkRows.clientMrr(p.partner(), m)));
    }
    List<Row> certifications = new ArrayList<>();
    List<Row> toolUsage = new ArrayList<>();
    accounts.forEach((partner, account) -> {
      certifications.addAll(PointsSparkRows.certifications(partner, account));
      toolUsage.addAll(PointsSparkRows.toolUsage(partner, account));
    });
    return PointsSparkInput.of(df(spark, clients, PointsSparkSchema.CLIENTS), df(spark, deals, PointsSparkSchema.DEALS))
        .withSubscriptions(df(spark, subscriptions, PointsSparkSchema.SUBSCRIPTIONS))
        .withManagementPeriods(df(spark, periods, PointsSparkSchema.MANAGEMENT_PERIODS))
        .withClientMrr(df(spark, mrr, PointsSparkSchema.CLIENT_MRR))
        .withCertifications(df(spark, certifications, PointsSparkSchema.CERTIFICATIONS))
        .withToolUsage(df(spark, toolUsage, PointsSparkSchema.TOOL_USAGE));
  }

  static Dataset<Row> df(SparkSession spark, List<Row> rows, StructType schema) {
    return spark.createDataFrame(rows, schema);
  }
}
