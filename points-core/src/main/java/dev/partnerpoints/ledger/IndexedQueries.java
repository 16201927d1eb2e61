package dev.partnerpoints.ledger;

import com.google.common.collect.ImmutableList;
import dev.partnerpoints.money.Points;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * The date queries answered from the {@link LedgerIndex}: prefix sums by day and binary searches,
 * so each costs a few searches plus the rows it returns. Immutable and thread-safe.
 */
final class IndexedQueries implements LedgerQueries {

  private final LedgerIndex index;
  /** The sorted entries, as the ledger holds them (read entry by entry). */
  private final List<SoldEntry> list;
  /** The same as an {@code ImmutableList}, for the queries that return runs of entries. */
  private final Supplier<ImmutableList<SoldEntry>> entries;

  IndexedQueries(LedgerIndex index, List<SoldEntry> list, Supplier<ImmutableList<SoldEntry>> entries) {
    this.index = index;
    this.list = list;
    this.entries = entries;
  }

  @Override
  public PointsSnapshot pointsOn(LocalDate date) {
    // expired entries are a prefix of the close-date order and the active ones the run after it
    int day = LedgerIndex.queryDay(date);
    int expired = index.expiredCount(day);
    int closed = index.closedCount(day);
    return new PointsSnapshot(date, Points.ofHundredths(index.sourcedOn(day)),
        Points.ofHundredths(index.assistedOn(day)), Points.ofHundredths(index.managedOn(day)),
        entries.get().subList(expired, closed), entries.get().subList(0, expired));
  }

  @Override
  public long managedOn(LocalDate date) {
    return index.managedOn(LedgerIndex.queryDay(date));
  }

  @Override
  public long soldOn(LocalDate date) {
    return index.soldOn(LedgerIndex.queryDay(date));
  }

  @Override
  public List<SoldEntry> mayBeActiveOn(LocalDate date) {
    int day = LedgerIndex.queryDay(date);
    return entries.get().subList(index.expiredCount(day), index.closedCount(day));
  }

  /**
   * {@link PointLedger#changes} from the index. For each entry, the lost points over the range (active the day
   * before, plus created in it, minus active at its end) are its reductions dated in the range plus
   * what was left of it if it expired in the range; the new points are those of the entries closed
   * in the range; a client's managed change is the sum of its span events in the range.
   */
  @Override
  public PointChanges changes(LocalDate from, LocalDate to) {
    LedgerIndex x = index;
    LocalDate before = from.minusDays(1);
    int first = LedgerIndex.queryDay(from);
    int last = LedgerIndex.queryDay(to);
    int beforeDay = LedgerIndex.queryDay(before);
    int n = x.closeDay.length;
    long[] newSold = new long[x.clients.length];
    long[] lostSold = new long[x.clients.length];
    long[] managedChange = new long[x.clients.length];
    for (int i = LedgerIndex.countBelow(x.closeDay, n, first), end = x.closedCount(last); i < end; i++) {
      newSold[x.client[i]] += list.get(i).points().toHundredths();
    }
    for (int i = LedgerIndex.countBelow(x.expiryDay, n, first), end = x.expiredCount(last); i < end; i++) {
      lostSold[x.client[i]] += leftAtExpiry(list.get(i));
    }
    int reductions = x.reductionDay.length;
    for (int i = LedgerIndex.countBelow(x.reductionDay, reductions, first),
        end = LedgerIndex.countAtMost(x.reductionDay, reductions, last); i < end; i++) {
      lostSold[x.reductionClient[i]] += x.reductionPoints[i];
    }
    int events = x.managedEventDay.length;
    for (int i = LedgerIndex.countBelow(x.managedEventDay, events, first),
        end = LedgerIndex.countAtMost(x.managedEventDay, events, last); i < end; i++) {
      managedChange[x.managedEventClient[i]] += x.managedEventDelta[i];
    }
    PointsFigure.Builder newSoldRows = PointsFigure.builder();
    PointsFigure.Builder lostSoldRows = PointsFigure.builder();
    PointsFigure.Builder newManagedRows = PointsFigure.builder();
    PointsFigure.Builder lostManagedRows = PointsFigure.builder();
    for (int c = 0; c < x.clients.length; c++) {
      if (newSold[c] != 0) {
        newSoldRows.addRows(ClientPoints.of(x.clients[c], Points.ofHundredths(newSold[c])));
      }
      if (lostSold[c] != 0) {
        lostSoldRows.addRows(ClientPoints.of(x.clients[c], Points.ofHundredths(lostSold[c])));
      }
      if (managedChange[c] > 0) {
        newManagedRows.addRows(ClientPoints.of(x.clients[c], Points.ofHundredths(managedChange[c])));
      } else if (managedChange[c] < 0) {
        lostManagedRows.addRows(ClientPoints.of(x.clients[c], Points.ofHundredths(-managedChange[c])));
      }
    }
    return PointChanges.builder()
        .from(from)
        .to(to)
        .soldBefore(Points.ofHundredths(x.soldOn(beforeDay)))
        .soldAtEnd(Points.ofHundredths(x.soldOn(last)))
        .managedBefore(Points.ofHundredths(x.managedOn(beforeDay)))
        .managedAtEnd(Points.ofHundredths(x.managedOn(last)))
        .newSold(newSoldRows.build())
        .lostSold(lostSoldRows.build())
        .newManaged(newManagedRows.build())
        .lostManaged(lostManagedRows.build())
        .build();
  }

  /** The points an entry has left when it expires: its points less every reduction (all fall while it is active). */
  private static long leftAtExpiry(SoldEntry e) {
    long left = e.points().toHundredths();
    for (Reduction r : e.reductions()) {
      left -= r.points().toHundredths();
    }
    return left;
  }
}
