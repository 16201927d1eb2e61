package dev.partnerpoints.ledger;

import com.google.common.collect.ImmutableListMultimap;
import dev.partnerpoints.money.Points;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The date queries of a ledger that read its entries by date: {@link PointLedger} validates the
 * arguments and assembles the answers; an implementation finds the figures. {@link IndexedQueries}
 * reads the {@link LedgerIndex}; {@link ScanQueries} scans the entries and is used only when the
 * index cannot hold the ledger's dates (an epoch day beyond the range of an {@code int}).
 */
interface LedgerQueries {

  /** The points on a date (see {@link PointLedger#pointsOn}). */
  PointsSnapshot pointsOn(LocalDate date);

  /** The managed points on a date, in hundredths. */
  long managedOn(LocalDate date);

  /** The sold points (active, as reduced) on a date, in hundredths. */
  long soldOn(LocalDate date);

  /** The changes over an inclusive range whose end is not before its start (see {@link PointLedger#changes}). */
  PointChanges changes(LocalDate from, LocalDate to);

  /** The entries that may be active on a date: a superset of them, in entry order. */
  List<SoldEntry> mayBeActiveOn(LocalDate date);

  /** A client's managed share on a date, in hundredths (0 when the partner does not manage it then). */
  static long managedShareOn(ImmutableListMultimap<ClientId, ManagedInterval> managed, ClientId client,
      LocalDate date) {
    for (ManagedInterval interval : managed.get(client)) {
      if (interval.covers(date)) {
        return interval.share().toHundredths();
      }
    }
    return 0;
  }

  /** A figure of the clients' non-zero amounts (hundredths), in the map's order. */
  static PointsFigure figure(Map<ClientId, Long> byClient) {
    PointsFigure.Builder figure = PointsFigure.builder();
    byClient.forEach((client, hundredths) -> {
      if (hundredths != 0) {
        figure.addRows(ClientPoints.of(client, Points.ofHundredths(hundredths)));
      }
    });
    return figure.build();
  }
}
