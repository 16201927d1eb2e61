package dev.partnerpoints.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * The outputs of a {@link PointsSpark} run: one DataFrame per figure, each a projection of {@link
 * #partners()} (no further shuffle). Partners with errors appear only in {@link #errors()}.
 *
 * <p>Each output is computed when an action asks for it, and, unless {@link #persist()} was called,
 * computed again (the shuffle and every ledger) for each output asked for.
 */
public final class PointsSparkResult {

  private final Dataset<Row> partners;

  PointsSparkResult(Dataset<Row> partners) {
    this.partners = partners;
  }

  /**
   * Keeps the partners' results once computed (memory, spilling to disk), so that every output is
   * a projection of them.
   *
   * @return this result
   */
  public PointsSparkResult persist() {
    partners.persist(StorageLevel.MEMORY_AND_DISK());
    return this;
  }

  /**
   * Drops what {@link #persist()} kept.
   *
   * @return this result
   */
  public PointsSparkResult unpersist() {
    partners.unpersist();
    return this;
  }

  /**
   * One row per partner, everything nested: {@link PointsSparkSchema#PARTNER_RESULTS}.
   *
   * @return the DataFrame, never null
   */
  public Dataset<Row> partners() {
    return partners;
  }

  /**
   * Points on the date of every partner without errors: {@link PointsSparkSchema#SNAPSHOTS}.
   *
   * @return the DataFrame, never null
   */
  public Dataset<Row> snapshots() {
    return ok().select(flat(PointsSparkSchema.SNAPSHOTS, "snapshot"));
  }

  /**
   * Tier status and credited tier of every partner without errors: {@link PointsSparkSchema#TIER_STATUS}.
   *
   * @return the DataFrame, never null
   */
  public Dataset<Row> tierStatus() {
    return ok().select(flat(PointsSparkSchema.TIER_STATUS, "tierStatus"));
  }

  /**
   * Month-end progress, one row per partner without errors and month: {@link PointsSparkSchema#PROGRESS}.
   *
   * @return the DataFrame, never null
   */
  public Dataset<Row> progress() {
    return ok().select(col("partner"), explode(col("progress")).as("m"))
        .select(col("partner"), col("m.month"), col("m.sold"), col("m.managed"), col("m.total"));
  }

  /**
   * Breakdown per client, one row per partner without errors and client: {@link PointsSparkSchema#BREAKDOWN}.
   *
   * @return the DataFrame, never null
   */
  public Dataset<Row> breakdown() {
    return ok().select(col("partner"), col("asOf"), explode(col("breakdown")).as("b"))
        .select(flat(PointsSparkSchema.BREAKDOWN, "b"));
  }

  /**
   * The errors of every partner with errors: {@link PointsSparkSchema#ERRORS}.
   *
   * @return the DataFrame, never null
   */
  public Dataset<Row> errors() {
    return partners.filter(col("ok").equalTo(false)).select(explode(col("errors")).as("e"))
        .select(col("e.partner"), col("e.row"), col("e.value"), col("e.message"));
  }

  private Dataset<Row> ok() {
    return partners.filter(col("ok"));
  }

  /** partner, asOf (where the schema has it), then the nested struct's fields. */
  private static Column[] flat(StructType schema, String struct) {
    List<Column> columns = new ArrayList<>();
    for (StructField f : schema.fields()) {
      boolean top = f.name().equals("partner") || f.name().equals("asOf");
      columns.add(top ? col(f.name()) : col(struct + "." + f.name()));
    }
    return columns.toArray(new Column[0]);
  }
}
