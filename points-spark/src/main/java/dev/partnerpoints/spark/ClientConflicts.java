package dev.partnerpoints.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * The check across partners, over the client rows of one client id (grouped by client id: a shuffle
 * of the client rows only): a client whose country or currency differs between partners gets an
 * error in both partners, as the batch API reports it for a whole portfolio. The partners' rows are
 * taken in partner id order, the first one the reference. Writes {@link PointsSparkSchema#TAGGED}
 * rows of kind {@code error} (values: the value and the message), to go into the partners' groups.
 */
final class ClientConflicts implements FlatMapGroupsFunction<String, Row, Row> {

  private static final long serialVersionUID = 1L;

  /** One client row: partner, client id, country, currency, label. */
  private record ClientRow(String partner, String clientId, String country, String currency, String row)
      implements PartnerConflicts.PartnerRow {
    String market() {
      return country + "/" + currency;
    }
  }

  @Override
  public Iterator<Row> call(String clientId, Iterator<Row> rows) {
    List<ClientRow> all = new ArrayList<>();
    while (rows.hasNext()) {
      Row r = rows.next();
      String partner = r.getString(0);
      String row = r.isNullAt(4) ? "client " + clientId : r.getString(4);
      all.add(new ClientRow(partner, clientId, norm(r, 2), norm(r, 3), row));
    }
    return PartnerConflicts.againstFirst(all, (a, b) -> a.market().equals(b.market()), ClientConflicts::error)
        .iterator();
  }

  private static Row error(ClientRow here, ClientRow there) {
    String message = "partner " + here.partner() + ", " + here.row() + ": client '" + here.clientId()
        + "' has country/currency " + here.market() + " here, but " + there.market() + " in partner "
        + there.partner() + " (" + there.row() + "); a client shared by partners must have one country and currency";
    return RowFactory.create(here.partner(), PointsSparkInput.ERROR, here.row(), new String[] {here.market(), message});
  }

  private static String norm(Row r, int index) {
    return r.isNullAt(index) ? "" : r.getString(index).strip().toUpperCase(Locale.ROOT);
  }
}
