package dev.partnerpoints.spark;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The schemas of the inputs and outputs of {@link PointsSpark}.
 *
 * <p><b>Inputs.</b> Every input has a {@code partner} column: the partner whose ledger the row
 * belongs to, as that partner's own ledger file would hold it (a client shared by partners is a row
 * of each; every managing partner's periods and the MRR history of a shared client go to each
 * partner that has it). The schemas below name the columns an input must have (nullable ones may be
 * left out) and their types; an input may have more columns, which are ignored. Text columns are
 * strings; date columns are {@code date} or ISO {@code YYYY-MM-DD} strings; amount columns are
 * {@code decimal}, integer or plain decimal strings ({@code 1000}, {@code -12.50}) in the client's
 * currency, never {@code float} or {@code double}. Enum values may be in any case. Every input may
 * also have a {@code row} string column: the row's label in errors (such as {@code deals.csv line
 * 12}); without it a row is named by its kind and id ({@code deal d7}).
 *
 * <p><b>Outputs.</b> Points are {@code decimal(18,2)}: exact, two places, as the library computes
 * them (the library's limit of 10^15 points fits). {@link #PARTNER_RESULTS} is one row per partner
 * with everything nested; the other outputs are flat views of it.
 */
public final class PointsSparkSchema {

  private PointsSparkSchema() {}

  /** The type of every points column: {@code decimal(18,2)}. */
  public static final DecimalType POINTS = DataTypes.createDecimalType(18, 2);

  /**
   * Clients: {@code partner, clientId, name (nullable: defaults to the id), country (ISO 3166 alpha-2),
   * currency (ISO 4217), toolUsage (amount, nullable)}.
   */
  public static final StructType CLIENTS = struct(
      text("partner", false), text("clientId", false), text("name", true), text("country", false),
      text("currency", false), amount("toolUsage", true));

  /**
   * Subscriptions of clients (optional input): {@code partner, clientId, productLine, edition
   * (STARTER|PROFESSIONAL|ENTERPRISE), mrr (amount)}; a client's MRR when it has no MRR history.
   */
  public static final StructType SUBSCRIPTIONS = struct(
      text("partner", false), text("clientId", false), text("productLine", false), text("edition", false),
      amount("mrr", false));

  /**
   * Deals: {@code partner, dealId, clientId, closeDate, kind (NEW_CLIENT, CROSS_SELL, UPSELL,
   * DOWNGRADE, CANCELLATION, NO_DEAL_INCREASE), dealType (SOURCED|ASSISTED), productLine, mrrChange
   * (amount, negative for reductions), creditedPartner (nullable: the row's partner for increases,
   * none for reductions), lineFirstSold (date, nullable), status (OPEN, CLOSED_WON, CLOSED_LOST;
   * nullable: CLOSED_WON), origin (PARTNER|VENDOR, nullable), createdOn (date, nullable)}.
   */
  public static final StructType DEALS = struct(
      text("partner", false), text("dealId", false), text("clientId", false), date("closeDate", false),
      text("kind", false), text("dealType", false), text("productLine", false), amount("mrrChange", false),
      text("creditedPartner", true), date("lineFirstSold", true), text("status", true), text("origin", true),
      date("createdOn", true));

  /**
   * Management periods (optional input): {@code partner, clientId, managingPartner, from, until
   * (exclusive, nullable: open)}.
   */
  public static final StructType MANAGEMENT_PERIODS = struct(
      text("partner", false), text("clientId", false), text("managingPartner", false), date("from", false),
      date("until", true));

  /** Client MRR history (optional input): {@code partner, clientId, from, mrr (amount)}. */
  public static final StructType CLIENT_MRR = struct(
      text("partner", false), text("clientId", false), date("from", false), amount("mrr", false));

  /**
   * Certifications of partners (optional input; a partner without any is never certified): {@code
   * partner, validFrom, validUntil (exclusive, nullable: open)}.
   */
  public static final StructType CERTIFICATIONS = struct(
      text("partner", false), date("validFrom", false), date("validUntil", true));

  /** Median tool usage of partners (optional input): {@code partner, from, medianToolUsage (amount)}. */
  public static final StructType TOOL_USAGE = struct(
      text("partner", false), date("from", false), amount("medianToolUsage", false));

  /** One error of a partner's input: {@code partner, row, value, message}. */
  public static final StructType ERRORS = struct(
      text("partner", false), text("row", false), text("value", false), text("message", false));

  /**
   * Points on the date: {@code partner, asOf, totalPoints, soldPoints, sourcedPoints,
   * assistedPoints, managedPoints, clients (the number of clients in the breakdown)}.
   */
  public static final StructType SNAPSHOTS = struct(
      text("partner", false), date("asOf", false), points("totalPoints"), points("soldPoints"),
      points("sourcedPoints"), points("assistedPoints"), points("managedPoints"),
      field("clients", IntegerType, false));

  /** A change of credited tier: {@code date, from, to (tiers, nullable: none), reason}. */
  public static final StructType TIER_CHANGE = struct(
      date("date", false), text("from", true), text("to", true), text("reason", false));

  /**
   * Tier status and credited tier on the date: {@code partner, asOf, performanceTier (nullable:
   * none), certified, medianToolUsage (plain decimal string without trailing zeros, nullable: unknown), nextTier (nullable:
   * at the top), nextTierPointsMissing (total points missing for it, nullable), nextTierUnmet (the
   * requirements not met for it: TOTAL_POINTS, SOLD_MINIMUM, MANAGED_MINIMUM, CERTIFICATION,
   * TOOL_USAGE), creditedTier (nullable), creditedSince (nullable), creditedTierHistory} (an array of
   * {@link #TIER_CHANGE}).
   */
  public static final StructType TIER_STATUS = struct(
      text("partner", false), date("asOf", false), text("performanceTier", true),
      field("certified", BooleanType, false),
      text("medianToolUsage", true), text("nextTier", true), nullablePoints("nextTierPointsMissing"),
      field("nextTierUnmet", DataTypes.createArrayType(StringType, false), false),
      text("creditedTier", true), date("creditedSince", true),
      field("creditedTierHistory", DataTypes.createArrayType(TIER_CHANGE, false), false));

  /** Month-end progress, one row per partner and month: {@code partner, month (YYYY-MM), sold, managed, total}. */
  public static final StructType PROGRESS = struct(
      text("partner", false), text("month", false), points("sold"), points("managed"), points("total"));

  /**
   * Breakdown per client on the date, one row per partner and client: {@code partner, asOf,
   * clientId, country, currency, growthMarket, activeSourced, activeAssisted, expiredSold, managed,
   * total}.
   */
  public static final StructType BREAKDOWN = struct(
      text("partner", false), date("asOf", false), text("clientId", false), text("country", false),
      text("currency", false),
      field("growthMarket", BooleanType, false),
      points("activeSourced"), points("activeAssisted"), points("expiredSold"), points("managed"),
      points("total"));

  /**
   * One row per partner with everything nested: {@code partner}, {@code asOf}, {@code ok} (no
   * errors), {@code snapshot} (a struct of the {@link #SNAPSHOTS} columns after asOf, nullable),
   * {@code tierStatus} (a struct of the {@link #TIER_STATUS} columns after asOf, nullable), {@code
   * progress} (an array of structs of month, sold, managed, total), {@code breakdown} (an array of
   * structs of the {@link #BREAKDOWN} columns after asOf) and {@code errors} (an array of {@link
   * #ERRORS}). A partner with errors has only its errors.
   */
  public static final StructType PARTNER_RESULTS = struct(
      text("partner", false), date("asOf", false),
      field("ok", BooleanType, false),
      field("snapshot", tail(SNAPSHOTS, 2), true),
      field("tierStatus", tail(TIER_STATUS, 2), true),
      field("progress", DataTypes.createArrayType(tail(PROGRESS, 1), false), false),
      field("breakdown", DataTypes.createArrayType(tail(BREAKDOWN, 2), false), false),
      field("errors", DataTypes.createArrayType(ERRORS, false), false));

  /** The rows of every input as one type, keyed by partner: {@code partner, kind, row, values}. */
  static final StructType TAGGED = struct(
      text("partner", false), text("kind", false), text("row", true),
      field("values", DataTypes.createArrayType(StringType, true), false));

  private static StructType struct(StructField... fields) {
    return new StructType(fields);
  }

  private static StructType tail(StructType type, int from) {
    StructField[] fields = type.fields();
    StructField[] rest = new StructField[fields.length - from];
    System.arraycopy(fields, from, rest, 0, rest.length);
    return new StructType(rest);
  }

  private static StructField field(String name, DataType type, boolean nullable) {
    return new StructField(name, type, nullable, Metadata.empty());
  }

  private static StructField text(String name, boolean nullable) {
    return field(name, StringType, nullable);
  }

  private static StructField date(String name, boolean nullable) {
    return field(name, DateType, nullable);
  }

  private static StructField amount(String name, boolean nullable) {
    return field(name, DataTypes.createDecimalType(38, 18), nullable);
  }

  private static StructField points(String name) {
    return field(name, POINTS, false);
  }

  private static StructField nullablePoints(String name) {
    return field(name, POINTS, true);
  }
}
