package dev.partnerpoints.spark;

import dev.partnerpoints.ledger.DealKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;

/**
 * The deal-id check across partners, over the deal keys of one deal id (grouped by deal id: a
 * shuffle of one short key row per deal): a deal id that two partners give as two different deals
 * gets an error in both partners, as the batch API reports it for a whole portfolio. The same deal
 * given to every partner of a shared client is allowed. The partners' rows are taken in partner id
 * order, the first one the reference. Writes {@link PointsSparkSchema#TAGGED} rows of kind {@code
 * error} (values: the deal id and the message), to go into the partners' groups.
 *
 * <p>Two rows are the same deal when every column but the partner and the row label reads the
 * same once parsed as the partners' groups parse it: text stripped, names of kinds, types, statuses
 * and origins in any case, amounts equal as decimals (100 and 100.00), and an increase without a
 * credited partner credited to its row's partner (so two partners giving it that way give two
 * different deals).
 */
final class DealConflicts implements FlatMapGroupsFunction<String, Row, Row> {

  private static final long serialVersionUID = 1L;

  /** The key rows grouped: partner, deal id, what the deal is (the parsed columns), row label. */
  static final StructType KEY = new StructType()
      .add("partner", DataTypes.StringType, false)
      .add("dealId", DataTypes.StringType, false)
      .add("deal", DataTypes.StringType, false)
      .add("row", DataTypes.StringType, false);

  private record DealRow(String partner, String dealId, String deal, String row)
      implements PartnerConflicts.PartnerRow {}

  /**
   * One deal row of {@link PointsSparkInput#dealRows()} as a {@link #KEY} row.
   *
   * @param tagged a tagged deal row: partner, kind, row label, values
   * @return the key row
   */
  static Row key(Row tagged) {
    List<String> v = tagged.getList(3);
    String partner = tagged.getString(0);
    StringBuilder deal = new StringBuilder();
    for (int i = 1; i < v.size(); i++) {
      String text = v.get(i) == null ? "" : v.get(i).strip();
      deal.append(switch (i) {
        case 3, 4, 9, 10 -> text.toUpperCase(Locale.ROOT); // kind, dealType, status, origin
        case 6 -> decimal(text); // mrrChange
        case 7 -> text.isEmpty() && !isReduction(v.get(3)) ? partner : text; // creditedPartner
        default -> text;
      }).append('\u0000');
    }
    String dealId = v.get(0) == null ? "" : v.get(0).strip();
    return RowFactory.create(partner, dealId, deal.toString(), PartnerRows.label(tagged));
  }

  private static boolean isReduction(@Nullable String kind) {
    try {
      return kind != null && DealKind.valueOf(kind.strip().toUpperCase(Locale.ROOT)).isReduction();
    } catch (IllegalArgumentException e) {
      return false; // the partner's own group reports the kind
    }
  }

  /**
   * A decimal's value as text (100, 100.0 and 1E+2 alike), in scientific notation so that an
   * exponent such as {@code 1E+999999999} stays short; any other text as it is.
   */
  private static String decimal(String text) {
    try {
      BigDecimal value = new BigDecimal(text);
      return value.signum() == 0 ? "0" : value.stripTrailingZeros().toString();
    } catch (NumberFormatException e) {
      return text; // the partner's own group reports it
    }
  }

  @Override
  public Iterator<Row> call(String dealId, Iterator<Row> rows) {
    List<DealRow> all = new ArrayList<>();
    while (rows.hasNext()) {
      Row r = rows.next();
      all.add(new DealRow(r.getString(0), r.getString(1), r.getString(2), r.getString(3)));
    }
    if (dealId.isEmpty()) {
      return List.<Row>of().iterator(); // an empty id is the partner's own error
    }
    return PartnerConflicts.againstFirst(all, (a, b) -> a.deal().equals(b.deal()), DealConflicts::error).iterator();
  }

  private static Row error(DealRow here, DealRow there) {
    String message = "partner " + here.partner() + ", " + here.row() + ": deal id '" + here.dealId()
        + "' is also a different deal in partner " + there.partner() + " (" + there.row()
        + "); a deal id names one deal in the whole portfolio";
    return RowFactory.create(here.partner(), PointsSparkInput.ERROR, here.row(), new String[] {here.dealId(), message});
  }
}
