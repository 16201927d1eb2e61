package dev.partnerpoints.spark;

import static org.apache.spark.sql.functions.col;

import dev.partnerpoints.batch.PortfolioRun;
import dev.partnerpoints.io.ProgramRulesFile;
import dev.partnerpoints.program.ProgramRules;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Every partner's points, tier status, month-end progress and breakdown per client on one date, on
 * Apache Spark: the batch API of {@code points-batch} inside one group per partner.
 *
 * <pre>{@code
 * PointsSparkResult result = PointsSpark.of(ProgramRules.builtIn(), LocalDate.of(2025, 10, 1))
 *     .run(PointsSparkInput.of(clients, deals).withManagementPeriods(periods).withClientMrr(mrr));
 * result.snapshots().write().parquet("out/snapshots");   // nothing runs before an action
 * }</pre>
 *
 * <p>How it runs: the rows of every input are tagged with their kind and put into one DataFrame
 * (no shuffle), grouped by partner (one shuffle of all rows), sorted within each group by kind
 * (clients first; part of the sort Spark does to group anyway) and each group is streamed into the
 * library's value types (the rows are not held) and run by {@link
 * dev.partnerpoints.batch.PortfolioRun} on the task's own thread, so every answer is exactly what the partner's own {@code PointLedger} and {@code
 * TierEvaluator} answer. The two checks across partners group short rows first, and their errors
 * join the partners' groups: a client shared by partners must have one country and currency (the
 * client rows grouped by client id), and a deal id must name one deal in the whole input (a key row
 * per deal, about the size of the deal row, grouped by deal id: the same deal given to every
 * partner of a shared client is allowed). A group is one partner, one task: its value types and
 * ledger (about 300 bytes a deal) must fit in the task's memory; its rows need not (Spark spills them). The rules travel to the executors as the rules file's JSON text ({@link
 * ProgramRulesFile}), read once per task. Nothing is collected on the driver.
 *
 * <p>Bad rows are not skipped: each gets an error naming the partner, the row and the value, in the
 * errors output; a partner with errors gets no other row, the others are not affected. A row without
 * a partner is an error of partner {@code ""}.
 *
 * <p>Defaults: progress over the 12 months ending with the last complete month on the date, as
 * {@link dev.partnerpoints.batch.PortfolioRun}. This class is immutable and thread-safe.
 */
public final class PointsSpark {

  private final String rulesJson;
  private final LocalDate asOf;
  private final YearMonth firstMonth;
  private final YearMonth lastMonth;

  private PointsSpark(String rulesJson, LocalDate asOf, YearMonth firstMonth, YearMonth lastMonth) {
    this.rulesJson = rulesJson;
    this.asOf = asOf;
    this.firstMonth = firstMonth;
    this.lastMonth = lastMonth;
  }

  /**
   * Creates a run on a date.
   *
   * @param rules the program rules every ledger is valued with, not null
   * @param asOf the date of the figures, not null
   * @return the run, never null
   */
  public static PointsSpark of(ProgramRules rules, LocalDate asOf) {
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(asOf, "asOf");
    PortfolioRun batch = PortfolioRun.of(rules, asOf);
    return new PointsSpark(ProgramRulesFile.toJson(rules), asOf, batch.firstMonth(), batch.lastMonth());
  }

  /**
   * Returns this run with other months of progress.
   *
   * @param first the first month, not null
   * @param last the last month, not null, not before {@code first}
   * @return the run, never null
   * @throws IllegalArgumentException if {@code last} is before {@code first}
   */
  public PointsSpark withProgressMonths(YearMonth first, YearMonth last) {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("progress months " + first + ".." + last + " end before they start");
    }
    return new PointsSpark(rulesJson, asOf, first, last);
  }

  /**
   * The date of the figures.
   *
   * @return the date, never null
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Plans the run of an input: the outputs are Datasets computed when an action (a write, a count)
   * asks for them. Call {@link PointsSparkResult#persist()} before asking for several outputs, so the
   * partners are computed once.
   *
   * @param input the input, not null
   * @return the outputs, never null
   */
  public PointsSparkResult run(PointsSparkInput input) {
    Objects.requireNonNull(input, "input");
    Dataset<Row> tagged = input.tagged();
    SparkSession spark = tagged.sparkSession();
    boolean java8Dates = Boolean.parseBoolean(spark.conf().get("spark.sql.datetime.java8API.enabled", "false"));
    Dataset<Row> conflicts = input.clientKeys()
        .groupByKey((MapFunction<Row, String>) r -> r.isNullAt(1) ? "" : r.getString(1), Encoders.STRING())
        .flatMapGroups(new ClientConflicts(), Encoders.row(PointsSparkSchema.TAGGED));
    Dataset<Row> dealConflicts = input.dealRows()
        .map((MapFunction<Row, Row>) DealConflicts::key, Encoders.row(DealConflicts.KEY))
        .groupByKey((MapFunction<Row, String>) r -> r.getString(1), Encoders.STRING())
        .flatMapGroups(new DealConflicts(), Encoders.row(PointsSparkSchema.TAGGED));
    Dataset<Row> partners = tagged.unionAll(conflicts).unionAll(dealConflicts)
        .groupByKey((MapFunction<Row, String>) r -> r.getString(0), Encoders.STRING())
        .flatMapSortedGroups(new Column[] {col("kind"), col("row"), col("values")},
            new PartnerGroup(rulesJson, asOf, firstMonth, lastMonth, java8Dates),
            Encoders.row(PointsSparkSchema.PARTNER_RESULTS));
    return new PointsSparkResult(partners);
  }
}
