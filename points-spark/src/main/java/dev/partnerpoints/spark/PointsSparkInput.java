package dev.partnerpoints.spark;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DateType;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.IntegerType;
import org.apache.spark.sql.types.LongType;
import org.apache.spark.sql.types.ShortType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;

/**
 * The inputs of a {@link PointsSpark} run: DataFrames in the schemas of {@link PointsSparkSchema}
 * (clients and deals, and optionally subscriptions, management periods, client MRR, certifications
 * and tool usage). Each DataFrame's schema is checked when it is given; its rows are read only when
 * the run's outputs are computed, on the executors.
 *
 * <p>This class is immutable; the {@code with} methods return copies.
 */
public final class PointsSparkInput {

  /** The kinds of tagged rows, the first value of each naming it in errors. */
  static final String CLIENT = "client";
  static final String SUBSCRIPTION = "subscription";
  static final String DEAL = "deal";
  static final String MANAGEMENT = "management";
  static final String MRR = "mrr";
  static final String CERTIFICATION = "certification";
  static final String TOOL_USAGE = "tool-usage";
  static final String ERROR = "error";

  private final Dataset<Row> clients;
  private final Dataset<Row> deals;
  private final @Nullable Dataset<Row> subscriptions;
  private final @Nullable Dataset<Row> managementPeriods;
  private final @Nullable Dataset<Row> clientMrr;
  private final @Nullable Dataset<Row> certifications;
  private final @Nullable Dataset<Row> toolUsage;

  private PointsSparkInput(Dataset<Row> clients, Dataset<Row> deals, @Nullable Dataset<Row> subscriptions,
      @Nullable Dataset<Row> managementPeriods, @Nullable Dataset<Row> clientMrr,
      @Nullable Dataset<Row> certifications, @Nullable Dataset<Row> toolUsage) {
    this.clients = clients;
    this.deals = deals;
    this.subscriptions = subscriptions;
    this.managementPeriods = managementPeriods;
    this.clientMrr = clientMrr;
    this.certifications = certifications;
    this.toolUsage = toolUsage;
  }

  /**
   * Creates an input of clients and deals.
   *
   * @param clients rows in {@link PointsSparkSchema#CLIENTS}, not null
   * @param deals rows in {@link PointsSparkSchema#DEALS}, not null
   * @return the input, never null
   * @throws IllegalArgumentException if a required column is missing or of a type not allowed (the
   *     message names the column, its type and the types allowed)
   */
  public static PointsSparkInput of(Dataset<Row> clients, Dataset<Row> deals) {
    return new PointsSparkInput(checked("clients", clients, PointsSparkSchema.CLIENTS),
        checked("deals", deals, PointsSparkSchema.DEALS), null, null, null, null, null);
  }

  /**
   * Returns this input with clients' subscriptions.
   *
   * @param rows rows in {@link PointsSparkSchema#SUBSCRIPTIONS}, not null
   * @return the input, never null
   * @throws IllegalArgumentException if a column is missing or of a type not allowed
   */
  public PointsSparkInput withSubscriptions(Dataset<Row> rows) {
    return new PointsSparkInput(clients, deals, checked("subscriptions", rows, PointsSparkSchema.SUBSCRIPTIONS),
        managementPeriods, clientMrr, certifications, toolUsage);
  }

  /**
   * Returns this input with management periods.
   *
   * @param rows rows in {@link PointsSparkSchema#MANAGEMENT_PERIODS}, not null
   * @return the input, never null
   * @throws IllegalArgumentException if a column is missing or of a type not allowed
   */
  public PointsSparkInput withManagementPeriods(Dataset<Row> rows) {
    return new PointsSparkInput(clients, deals, subscriptions,
        checked("management periods", rows, PointsSparkSchema.MANAGEMENT_PERIODS), clientMrr, certifications,
        toolUsage);
  }

  /**
   * Returns this input with client MRR history.
   *
   * @param rows rows in {@link PointsSparkSchema#CLIENT_MRR}, not null
   * @return the input, never null
   * @throws IllegalArgumentException if a column is missing or of a type not allowed
   */
  public PointsSparkInput withClientMrr(Dataset<Row> rows) {
    return new PointsSparkInput(clients, deals, subscriptions, managementPeriods,
        checked("client MRR", rows, PointsSparkSchema.CLIENT_MRR), certifications, toolUsage);
  }

  /**
   * Returns this input with partners' certifications.
   *
   * @param rows rows in {@link PointsSparkSchema#CERTIFICATIONS}, not null
   * @return the input, never null
   * @throws IllegalArgumentException if a column is missing or of a type not allowed
   */
  public PointsSparkInput withCertifications(Dataset<Row> rows) {
    return new PointsSparkInput(clients, deals, subscriptions, managementPeriods, clientMrr,
        checked("certifications", rows, PointsSparkSchema.CERTIFICATIONS), toolUsage);
  }

  /**
   * Returns this input with partners' median tool usage.
   *
   * @param rows rows in {@link PointsSparkSchema#TOOL_USAGE}, not null
   * @return the input, never null
   * @throws IllegalArgumentException if a column is missing or of a type not allowed
   */
  public PointsSparkInput withToolUsage(Dataset<Row> rows) {
    return new PointsSparkInput(clients, deals, subscriptions, managementPeriods, clientMrr, certifications,
        checked("tool usage", rows, PointsSparkSchema.TOOL_USAGE));
  }

  /** Every input's rows as one DataFrame of {@link PointsSparkSchema#TAGGED} rows (no shuffle). */
  Dataset<Row> tagged() {
    Dataset<Row> all = tag(clients, CLIENT, PointsSparkSchema.CLIENTS).unionAll(tag(deals, DEAL, PointsSparkSchema.DEALS));
    all = union(all, subscriptions, SUBSCRIPTION, PointsSparkSchema.SUBSCRIPTIONS);
    all = union(all, managementPeriods, MANAGEMENT, PointsSparkSchema.MANAGEMENT_PERIODS);
    all = union(all, clientMrr, MRR, PointsSparkSchema.CLIENT_MRR);
    all = union(all, certifications, CERTIFICATION, PointsSparkSchema.CERTIFICATIONS);
    return union(all, toolUsage, TOOL_USAGE, PointsSparkSchema.TOOL_USAGE);
  }

  /** The deal rows as {@link PointsSparkSchema#TAGGED} rows (no shuffle). */
  Dataset<Row> dealRows() {
    return tag(deals, DEAL, PointsSparkSchema.DEALS);
  }

  /** The client rows as {@code partner, clientId, country, currency, row} (row null without a label column). */
  Dataset<Row> clientKeys() {
    return clients.select(partnerColumn(), text(clients, "clientId"), text(clients, "country"),
        text(clients, "currency"), rowColumn(clients));
  }

  private static Dataset<Row> union(Dataset<Row> all, @Nullable Dataset<Row> rows, String kind, StructType schema) {
    return rows == null ? all : all.unionAll(tag(rows, kind, schema));
  }

  private static Dataset<Row> tag(Dataset<Row> rows, String kind, StructType schema) {
    StructField[] fields = schema.fields();
    List<Column> values = new ArrayList<>(fields.length - 1);
    for (int i = 1; i < fields.length; i++) {
      values.add(text(rows, fields[i].name()));
    }
    return rows.select(partnerColumn(), lit(kind).as("kind"), rowColumn(rows),
        array(values.toArray(new Column[0])).as("values"));
  }

  private static Column partnerColumn() {
    return coalesce(col("partner").cast(DataTypes.StringType), lit("")).as("partner");
  }

  private static Column rowColumn(Dataset<Row> rows) {
    return (has(rows, "row") ? col("row").cast(DataTypes.StringType) : lit(null).cast(DataTypes.StringType))
        .as("row");
  }

  /** A column as text: dates ISO, decimals plain; absent (an optional column left out) as null. */
  private static Column text(Dataset<Row> rows, String name) {
    return has(rows, name) ? col(name).cast(DataTypes.StringType) : lit(null).cast(DataTypes.StringType);
  }

  private static boolean has(Dataset<Row> rows, String name) {
    return Arrays.asList(rows.columns()).contains(name);
  }

  private static Dataset<Row> checked(String what, Dataset<Row> rows, StructType schema) {
    Objects.requireNonNull(rows, what);
    StructType actual = rows.schema();
    for (StructField expected : schema.fields()) {
      int index = Arrays.asList(actual.fieldNames()).indexOf(expected.name());
      if (index < 0) {
        if (!expected.nullable()) {
          throw new IllegalArgumentException("the " + what + " input has no column '" + expected.name()
              + "'; its columns are " + Arrays.toString(actual.fieldNames()) + ", and it needs "
              + Arrays.toString(schema.fieldNames()) + " (the nullable ones may be left out)");
        }
        continue;
      }
      DataType type = actual.fields()[index].dataType();
      DataType want = expected.dataType();
      boolean ok = type instanceof StringType
          || (want instanceof DateType && type instanceof DateType)
          || (want instanceof DecimalType && (type instanceof DecimalType || type instanceof IntegerType
              || type instanceof LongType || type instanceof ShortType));
      if (!ok) {
        throw new IllegalArgumentException("column '" + expected.name() + "' of the " + what + " input is "
            + type.simpleString() + "; allowed: " + allowed(want));
      }
    }
    if (Arrays.asList(actual.fieldNames()).contains("row")
        && !(actual.fields()[actual.fieldIndex("row")].dataType() instanceof StringType)) {
      throw new IllegalArgumentException("column 'row' of the " + what + " input is "
          + actual.fields()[actual.fieldIndex("row")].dataType().simpleString() + "; allowed: string");
    }
    return rows;
  }

  private static String allowed(DataType want) {
    if (want instanceof DateType) {
      return "date, or string in ISO YYYY-MM-DD";
    }
    if (want instanceof DecimalType) {
      return "decimal, int, bigint, smallint, or string of a plain decimal (never float or double: amounts are exact)";
    }
    return "string";
  }
}
