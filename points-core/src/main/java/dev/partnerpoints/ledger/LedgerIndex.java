package dev.partnerpoints.ledger;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import java.time.LocalDate;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A compact, columnar index of a ledger, built once, so that the date queries do not scan the
 * {@link SoldEntry} and {@link ManagedInterval} objects.
 *
 * <ul>
 *   <li>The sold entries as columns in the ledger's order (close date, then deal id): close and
 *       expiry epoch days and client index (the amounts stay in the entries themselves).
 *       Expiry days never decrease in this order (a later close never expires earlier), so the
 *       entries expired on a date are a prefix and the active ones the run that follows.
 *   <li>Sold points as day events (+points on the close day, -each reduction on its day, -what is
 *       left on the expiry day), summed into prefix sums per event day: the active sourced and
 *       assisted points on any date are one binary search.
 *   <li>The reductions sorted by day, and the managed spans as day events (+share from its first
 *       day, -share from its end) with prefix sums.
 * </ul>
 *
 * <p>Days are {@code int} epoch days; {@link #build} returns null (the ledger then scans) when a
 * date does not fit or the expiry order does not hold. Immutable once built.
 */
final class LedgerIndex {

  /** The ledger's clients, in id order; a client index is a position here. */
  final ClientId[] clients;

  final int[] closeDay;
  final int[] expiryDay;
  final int[] client;

  final int[] reductionDay;
  final int[] reductionClient;
  final long[] reductionPoints;

  /** Distinct sold event days, ascending, and the active points on and after each. */
  final int[] soldDay;
  final long[] soldSourced;
  final long[] soldAssisted;

  final int[] managedEventDay;
  final int[] managedEventClient;
  final long[] managedEventDelta;
  final int[] managedDay;
  final long[] managedTotal;

  private LedgerIndex(ClientId[] clients, int n, int reductions, int managedEvents) {
    this.clients = clients;
    closeDay = new int[n];
    expiryDay = new int[n];
    client = new int[n];
    reductionDay = new int[reductions];
    reductionClient = new int[reductions];
    reductionPoints = new long[reductions];
    managedEventDay = new int[managedEvents];
    managedEventClient = new int[managedEvents];
    managedEventDelta = new long[managedEvents];
    // filled by the second constructor once the events are summed
    soldDay = new int[0];
    soldSourced = new long[0];
    soldAssisted = new long[0];
    managedDay = new int[0];
    managedTotal = new long[0];
  }

  private LedgerIndex(LedgerIndex columns, int[] soldDay, long[] soldSourced, long[] soldAssisted, int[] managedDay,
      long[] managedTotal) {
    this.clients = columns.clients;
    this.closeDay = columns.closeDay;
    this.expiryDay = columns.expiryDay;
    this.client = columns.client;
    this.reductionDay = columns.reductionDay;
    this.reductionClient = columns.reductionClient;
    this.reductionPoints = columns.reductionPoints;
    this.managedEventDay = columns.managedEventDay;
    this.managedEventClient = columns.managedEventClient;
    this.managedEventDelta = columns.managedEventDelta;
    this.soldDay = soldDay;
    this.soldSourced = soldSourced;
    this.soldAssisted = soldAssisted;
    this.managedDay = managedDay;
    this.managedTotal = managedTotal;
  }

  /** An index of the given columns, which the caller hands over and nobody writes again (an update's). */
  LedgerIndex(ClientId[] clients, int[] closeDay, int[] expiryDay, int[] client, int[] reductionDay,
      int[] reductionClient, long[] reductionPoints, int[] soldDay, long[] soldSourced, long[] soldAssisted,
      int[] managedEventDay, int[] managedEventClient, long[] managedEventDelta, int[] managedDay,
      long[] managedTotal) {
    this.clients = clients;
    this.closeDay = closeDay;
    this.expiryDay = expiryDay;
    this.client = client;
    this.reductionDay = reductionDay;
    this.reductionClient = reductionClient;
    this.reductionPoints = reductionPoints;
    this.soldDay = soldDay;
    this.soldSourced = soldSourced;
    this.soldAssisted = soldAssisted;
    this.managedEventDay = managedEventDay;
    this.managedEventClient = managedEventClient;
    this.managedEventDelta = managedEventDelta;
    this.managedDay = managedDay;
    this.managedTotal = managedTotal;
  }

  /** An epoch day as an int, or a sentinel outside the int range. */
  private static final long NO_DAY = Long.MIN_VALUE;

  private static long day(LocalDate date) {
    long day = date.toEpochDay();
    return day > Integer.MAX_VALUE || day < Integer.MIN_VALUE ? NO_DAY : day;
  }

  /**
   * Clamps a query date to the int range: all stored days are inside it, so a date beyond it
   * compares the same way.
   */
  static int queryDay(LocalDate date) {
    long day = date.toEpochDay();
    return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, day));
  }

  /**
   * The sold entries as columns, in the ledger's order, as the builder makes them: days are epoch
   * days clamped to the int range ({@link Integer#MIN_VALUE} or {@link Integer#MAX_VALUE} marks a
   * clamped one); clients are indexes into the sorted clients. Reductions are in any order.
   */
  static final class EntryColumns {
    int size;
    int[] closeDay;
    int[] expiryDay;
    long[] points;
    int[] client;
    boolean[] sourced;
    int reductions;
    int[] reductionEntry = new int[16];
    int[] reductionDay = new int[16];
    long[] reductionPoints = new long[16];

    EntryColumns(int capacity) {
      closeDay = new int[capacity];
      expiryDay = new int[capacity];
      points = new long[capacity];
      client = new int[capacity];
      sourced = new boolean[capacity];
    }

    void addReduction(int entry, int day, long hundredths) {
      if (reductions == reductionEntry.length) {
        reductionEntry = Arrays.copyOf(reductionEntry, 2 * reductions);
        reductionDay = Arrays.copyOf(reductionDay, 2 * reductions);
        reductionPoints = Arrays.copyOf(reductionPoints, 2 * reductions);
      }
      reductionEntry[reductions] = entry;
      reductionDay[reductions] = day;
      reductionPoints[reductions++] = hundredths;
    }
  }

  private static boolean clamped(int day) {
    return day == Integer.MIN_VALUE || day == Integer.MAX_VALUE;
  }

  /**
   * Builds the index, or returns null when a date does not fit in an int or the entries' expiry
   * days decrease somewhere (then the ledger answers by scanning).
   */
  static @Nullable LedgerIndex build(ClientId[] clients, EntryColumns c,
      ImmutableListMultimap<ClientId, ManagedInterval> managed) {
    int n = c.size;
    int reductions = c.reductions;
    int managedEvents = 0;
    for (ManagedInterval interval : managed.values()) {
      managedEvents += interval.until().isPresent() ? 2 : 1;
    }
    LedgerIndex x = new LedgerIndex(clients, n, reductions, managedEvents);
    for (int i = 0; i < n; i++) {
      if (clamped(c.closeDay[i]) || clamped(c.expiryDay[i]) || (i > 0 && c.expiryDay[i] < c.expiryDay[i - 1])) {
        return null;
      }
    }
    System.arraycopy(c.closeDay, 0, x.closeDay, 0, n);
    System.arraycopy(c.expiryDay, 0, x.expiryDay, 0, n);
    System.arraycopy(c.client, 0, x.client, 0, n);
    // what each entry has left when it expires; only needed while the prefix sums are built (the
    // entries hold their points, so the index keeps no per-entry amounts)
    long[] finalRemaining = Arrays.copyOf(c.points, n);
    long[] reductionKey = new long[reductions];
    for (int r = 0; r < reductions; r++) {
      int d = c.reductionDay[r];
      if (clamped(d)) {
        return null;
      }
      int entry = c.reductionEntry[r];
      finalRemaining[entry] -= c.reductionPoints[r];
      reductionKey[r] = ((long) d << 32) | (r & 0xffffffffL); // day, then a stable tie-break
      x.reductionDay[r] = d;
      x.reductionClient[r] = c.client[entry];
      x.reductionPoints[r] = c.reductionPoints[r];
    }
    sortReductions(x, reductionKey);

    // sold events: +points on the close day, -reduction on its day, -left on the expiry day
    long[][] sold = soldPrefixSums(x, c, finalRemaining);
    int[] soldDay = new int[sold[0].length];
    for (int j = 0; j < soldDay.length; j++) {
      soldDay[j] = (int) sold[0][j];
    }
    long[] soldSourced = sold[1];
    long[] soldAssisted = sold[2];

    // managed events: +share from the span's first day, -share from its end
    long[] managedKey = new long[managedEvents];
    long[] managedDelta = new long[managedEvents];
    int[] managedClient = new int[managedEvents];
    int m = 0;
    // by client in index order (the order the ledger's map holds them in), so events keep their order
    for (int ci = 0; ci < clients.length; ci++) {
      for (ManagedInterval interval : managed.get(clients[ci])) {
        long from = day(interval.from());
        long until = interval.until().isPresent() ? day(interval.until().get()) : 0;
        if (from == NO_DAY || until == NO_DAY) {
          return null;
        }
        long share = interval.share().toHundredths();
        managedKey[m] = (from << 32) | m;
        managedDelta[m] = share;
        managedClient[m++] = ci;
        if (interval.until().isPresent()) {
          managedKey[m] = (until << 32) | m;
          managedDelta[m] = -share;
          managedClient[m++] = ci;
        }
      }
    }
    Arrays.sort(managedKey);
    int[] managedDay = new int[managedEvents];
    long[] managedTotal = new long[managedEvents];
    int mdays = 0;
    long total = 0;
    for (int j = 0; j < managedEvents; j++) {
      int day = (int) (managedKey[j] >> 32);
      int source = (int) managedKey[j];
      x.managedEventDay[j] = day;
      x.managedEventClient[j] = managedClient[source];
      x.managedEventDelta[j] = managedDelta[source];
      total += managedDelta[source];
      if (mdays > 0 && managedDay[mdays - 1] == day) {
        managedTotal[mdays - 1] = total;
      } else {
        managedDay[mdays] = day;
        managedTotal[mdays] = total;
        mdays++;
      }
    }
    return new LedgerIndex(x, soldDay, soldSourced, soldAssisted, Arrays.copyOf(managedDay, mdays),
        Arrays.copyOf(managedTotal, mdays));
  }

  /**
   * The days on which the active sold points change and the sourced and assisted totals from each
   * on: {days, sourced, assisted}. Summed per day in a dense array when the days span little more
   * than the events (the usual case), else by sorting the events.
   */
  private static long[][] soldPrefixSums(LedgerIndex x, EntryColumns c, long[] finalRemaining) {
    int n = c.size;
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (int i = 0; i < n; i++) {
      min = Math.min(min, x.closeDay[i]);
      max = Math.max(max, x.expiryDay[i]);
    }
    int events = 2 * n + c.reductions;
    if (n > 0 && max - min < 4L * events + 100_000) {
      int range = (int) (max - min + 1);
      long[] s = new long[range];
      long[] a = new long[range];
      for (int i = 0; i < n; i++) {
        long[] d = c.sourced[i] ? s : a;
        d[(int) (x.closeDay[i] - min)] += c.points[i];
        d[(int) (x.expiryDay[i] - min)] -= finalRemaining[i];
      }
      for (int r = 0; r < c.reductions; r++) {
        long[] d = c.sourced[c.reductionEntry[r]] ? s : a;
        d[(int) (c.reductionDay[r] - min)] -= c.reductionPoints[r];
      }
      int days = 0;
      for (int j = 0; j < range; j++) {
        if (s[j] != 0 || a[j] != 0) {
          days++;
        }
      }
      long[][] result = {new long[days], new long[days], new long[days]};
      long cs = 0;
      long ca = 0;
      int k = 0;
      for (int j = 0; j < range; j++) {
        if (s[j] != 0 || a[j] != 0) {
          cs += s[j];
          ca += a[j];
          result[0][k] = min + j;
          result[1][k] = cs;
          result[2][k] = ca;
          k++;
        }
      }
      return result;
    }
    long[] eventKey = new long[events];
    long[] eventDelta = new long[events];
    boolean[] eventSourced = new boolean[events];
    int k = 0;
    for (int i = 0; i < n; i++) {
      eventKey[k] = ((long) x.closeDay[i] << 32) | k;
      eventDelta[k] = c.points[i];
      eventSourced[k++] = c.sourced[i];
      eventKey[k] = ((long) x.expiryDay[i] << 32) | k;
      eventDelta[k] = -finalRemaining[i];
      eventSourced[k++] = c.sourced[i];
    }
    for (int r = 0; r < c.reductions; r++) {
      eventKey[k] = ((long) c.reductionDay[r] << 32) | k;
      eventDelta[k] = -c.reductionPoints[r];
      eventSourced[k++] = c.sourced[c.reductionEntry[r]];
    }
    Arrays.sort(eventKey);
    long[] soldDay = new long[events];
    long[] soldSourced = new long[events];
    long[] soldAssisted = new long[events];
    int days = 0;
    long s = 0;
    long a = 0;
    for (int j = 0; j < events; j++) {
      int day = (int) (eventKey[j] >> 32);
      int source = (int) eventKey[j];
      if (eventSourced[source]) {
        s += eventDelta[source];
      } else {
        a += eventDelta[source];
      }
      if (days > 0 && soldDay[days - 1] == day) {
        soldSourced[days - 1] = s;
        soldAssisted[days - 1] = a;
      } else {
        soldDay[days] = day;
        soldSourced[days] = s;
        soldAssisted[days] = a;
        days++;
      }
    }
    return new long[][] {Arrays.copyOf(soldDay, days), Arrays.copyOf(soldSourced, days),
        Arrays.copyOf(soldAssisted, days)};
  }

  private static void sortReductions(LedgerIndex x, long[] key) {
    int[] day = x.reductionDay.clone();
    int[] client = x.reductionClient.clone();
    long[] points = x.reductionPoints.clone();
    Arrays.sort(key);
    for (int j = 0; j < key.length; j++) {
      int source = (int) key[j];
      x.reductionDay[j] = day[source];
      x.reductionClient[j] = client[source];
      x.reductionPoints[j] = points[source];
    }
  }

  /** The number of elements of a sorted array that are at most {@code key}. */
  static int countAtMost(int[] sorted, int length, int key) {
    int lo = 0;
    int hi = length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] <= key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The number of elements of a sorted array that are below {@code key}. */
  static int countBelow(int[] sorted, int length, int key) {
    return key == Integer.MIN_VALUE ? 0 : countAtMost(sorted, length, key - 1);
  }

  /** Active sourced points on a day, in hundredths. */
  long sourcedOn(int day) {
    int i = countAtMost(soldDay, soldDay.length, day);
    return i == 0 ? 0 : soldSourced[i - 1];
  }

  /** Active assisted points on a day, in hundredths. */
  long assistedOn(int day) {
    int i = countAtMost(soldDay, soldDay.length, day);
    return i == 0 ? 0 : soldAssisted[i - 1];
  }

  /** Active sold points on a day, in hundredths. */
  long soldOn(int day) {
    int i = countAtMost(soldDay, soldDay.length, day);
    return i == 0 ? 0 : soldSourced[i - 1] + soldAssisted[i - 1];
  }

  /** Managed points (this partner's shares) on a day, in hundredths. */
  long managedOn(int day) {
    int i = countAtMost(managedDay, managedDay.length, day);
    return i == 0 ? 0 : managedTotal[i - 1];
  }

  /** The number of entries expired on a day: the expired prefix. */
  int expiredCount(int day) {
    return countAtMost(expiryDay, expiryDay.length, day);
  }

  /** The number of entries closed on or before a day: the expired and active ones. */
  int closedCount(int day) {
    return countAtMost(closeDay, closeDay.length, day);
  }
}
