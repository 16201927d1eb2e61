package dev.partnerpoints.ledger;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import dev.partnerpoints.program.DealType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Makes a ledger from an existing one and what a builder from {@link PointLedger#toBuilder()}
 * added (see {@link PointLedger#withDeals}), answering as a full build of all the inputs would.
 *
 * <p>A client's entries depend only on the client and its own deals (the rate lock, the sale a
 * no-deal increase follows and the reductions all stay within a client's product line), so only the
 * clients the new deals name are valued again: their deals, old and new, are built as a small
 * ledger of their own, whose entries replace theirs in copies of the existing ledger's index
 * columns and in {@link ChunkedList}s of its deals and sorted entries (which share every chunk the
 * update does not touch, so no list is copied whole). The index's running totals change by the
 * difference of those clients' day events. What cannot be merged that way (added management periods or MRR entries, which
 * change managed points, or dates beyond the index's range) is built again in full. The existing
 * ledger is only read.
 */
final class LedgerUpdate {

  /** No client was inserted: old client indexes stand. */
  private static final int[] NO_REMAP = new int[0];

  private LedgerUpdate() {}

  /**
   * The ledger {@code base} plus the clients, deals, management periods and MRR entries of
   * {@code added}, none of which {@code base} holds ({@code addedIds}: the added deals' ids, all
   * new: the builder checked them).
   */
  static PointLedger apply(PointLedger base, LedgerInput added, IdSet addedIds) {
    LedgerParts old = base.parts();
    LedgerIndex oldIndex = old.index();
    if (!added.periods().isEmpty() || !added.mrrHistory().isEmpty() || oldIndex == null) {
      return rebuild(old, added);
    }
    // the checks of a full build, in the order it makes them (the base's own deals pass them)
    Map<ClientId, Client> touched = new LinkedHashMap<>();
    for (Deal d : added.deals()) {
      Client client = old.clients().get(d.clientId());
      if (client == null) {
        client = added.clients().get(d.clientId());
      }
      if (client == null) {
        throw LedgerInput.unknownClient(d.clientId(), "deal " + d.id());
      }
      LedgerInput.requireCurrency(client, d.mrrChange(), "deal " + d.id());
      touched.put(client.id(), client);
    }
    List<Deal> touchedDeals = new ArrayList<>();
    for (ClientId client : touched.keySet()) {
      touchedDeals.addAll(old.dealsByClient().getOrDefault(client, ImmutableList.of()));
    }
    touchedDeals.addAll(added.deals());
    LedgerParts sub = new LedgerBuild(new LedgerInput(old.rules(), old.partner(), touched, touchedDeals, List.of(),
        List.of())).build().parts();
    LedgerIndex subIndex = sub.index();
    if (subIndex == null) {
      return rebuild(old, added);
    }

    ImmutableSortedMap<ClientId, Client> clients = old.clients();
    if (!added.clients().isEmpty()) {
      clients = ImmutableSortedMap.<ClientId, Client>naturalOrder().putAll(old.clients()).putAll(added.clients())
          .buildOrThrow();
    }
    ClientId[] newClients = clients.keySet().toArray(new ClientId[0]);
    int[] remap = NO_REMAP; // old client index -> new, when clients were inserted
    if (newClients.length != oldIndex.clients.length) {
      remap = new int[oldIndex.clients.length];
      for (int c = 0; c < remap.length; c++) {
        remap[c] = Arrays.binarySearch(newClients, oldIndex.clients[c]);
      }
    }
    boolean[] touchedOld = new boolean[oldIndex.clients.length];
    for (ClientId client : touched.keySet()) {
      int c = Arrays.binarySearch(oldIndex.clients, client);
      if (c >= 0) {
        touchedOld[c] = true;
      }
    }
    int[] subClient = new int[subIndex.clients.length]; // the small ledger's client index -> new
    for (int c = 0; c < subClient.length; c++) {
      subClient[c] = Arrays.binarySearch(newClients, subIndex.clients[c]);
    }

    Merged entries = mergeEntries(old, oldIndex, sub, subIndex, touched.keySet(), remap, subClient);
    Merged reductions = mergeReductions(oldIndex, subIndex, touchedOld, remap, subClient);
    long[][] sold = soldTotals(old, oldIndex, subIndex, touched.keySet());
    int[] managedEventClient = oldIndex.managedEventClient;
    if (remap != NO_REMAP) {
      managedEventClient = new int[managedEventClient.length];
      copyClients(oldIndex.managedEventClient, 0, managedEventClient, 0, managedEventClient.length, remap);
    }
    int[] soldDay = new int[sold[0].length];
    for (int i = 0; i < soldDay.length; i++) {
      soldDay[i] = (int) sold[0][i];
    }
    LedgerIndex index = new LedgerIndex(newClients, entries.day, entries.expiryDay, entries.client,
        reductions.day, reductions.client, reductions.points, soldDay, sold[1], sold[2],
        oldIndex.managedEventDay, managedEventClient, oldIndex.managedEventDelta, oldIndex.managedDay,
        oldIndex.managedTotal);
    LedgerParts.DealLookup lookup = new LedgerParts.DealLookup(old.dealIds().plus(addedIds),
        replaced(old.dealsByClient(), sub.dealsByClient(), touched.keySet()));
    return new PointLedger(new LedgerParts(old.rules(), old.partner(), clients, mergeDeals(old.deals(), added.deals()),
        Suppliers.ofInstance(lookup), entries.entries,
        replaced(old.soldByClient(), sub.soldByClient(), touched.keySet()), old.managedByClient(), old.periods(),
        old.mrrHistory(), old.mrrByClient(), index));
  }

  /** A full build of the base's inputs and the added ones. */
  private static PointLedger rebuild(LedgerParts old, LedgerInput added) {
    Map<ClientId, Client> clients = new LinkedHashMap<>(old.clients());
    clients.putAll(added.clients());
    List<Deal> deals = new ArrayList<>(old.deals().size() + added.deals().size());
    deals.addAll(old.deals());
    deals.addAll(added.deals());
    List<ManagementPeriod> periods = new ArrayList<>(old.periods());
    periods.addAll(added.periods());
    List<ClientMrr> mrr = new ArrayList<>(old.mrrHistory());
    mrr.addAll(added.mrrHistory());
    return new LedgerBuild(new LedgerInput(old.rules(), old.partner(), clients, deals, periods, mrr)).build();
  }

  /**
   * The sorted deals with the added ones inserted in their places: a {@link ChunkedList} sharing
   * every chunk of {@code deals} the insertions do not touch.
   */
  private static List<Deal> mergeDeals(List<Deal> deals, List<Deal> added) {
    List<Deal> sorted = new ArrayList<>(added);
    sorted.sort(PointLedger.DEAL_ORDER);
    int[] insertAt = new int[sorted.size()];
    for (int i = 0; i < insertAt.length; i++) {
      // ids are unique, so the deal is never found: the result is -(insertion point) - 1
      insertAt[i] = -Collections.binarySearch(deals, sorted.get(i), PointLedger.DEAL_ORDER) - 1;
    }
    return ChunkedList.merged(deals, new int[0], insertAt, sorted);
  }

  /** The groups of {@code old} with those of the touched clients replaced by {@code fresh}'s. */
  private static <T> ImmutableMap<ClientId, ImmutableList<T>> replaced(ImmutableMap<ClientId, ImmutableList<T>> old,
      ImmutableMap<ClientId, ImmutableList<T>> fresh, Set<ClientId> touched) {
    ImmutableMap.Builder<ClientId, ImmutableList<T>> result = ImmutableMap.builderWithExpectedSize(old.size() + 1);
    old.forEach((client, group) -> {
      if (!touched.contains(client)) {
        result.put(client, group);
      }
    });
    return result.putAll(fresh).buildOrThrow();
  }

  /** Merged columns: entries (with their list) or reductions. */
  private static final class Merged {
    int[] day = new int[0];
    int[] expiryDay = new int[0];
    int[] client = new int[0];
    long[] points = new long[0];
    List<SoldEntry> entries = List.of();
  }

  /**
   * The position among the old entries (in entry order: close day, then deal id) of an entry
   * closed on {@code day} with deal {@code id}: its own position if it is there, else the number
   * of entries before it.
   */
  private static int position(LedgerIndex x, List<SoldEntry> entries, int day, DealId id) {
    int lo = LedgerIndex.countBelow(x.closeDay, x.closeDay.length, day);
    int hi = LedgerIndex.countAtMost(x.closeDay, x.closeDay.length, day);
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (entries.get(mid).deal().id().compareTo(id) < 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * The old entries without the touched clients' and the small ledger's entries in their places,
   * as the entry list and the index's close, expiry and client columns.
   */
  private static Merged mergeEntries(LedgerParts old, LedgerIndex x, LedgerParts sub, LedgerIndex s,
      Set<ClientId> touched, int[] remap, int[] subClient) {
    List<SoldEntry> oldEntries = old.soldEntries();
    List<Integer> gone = new ArrayList<>();
    for (ClientId client : touched) {
      for (SoldEntry e : old.soldByClient().getOrDefault(client, ImmutableList.of())) {
        gone.add(position(x, oldEntries, LedgerEntries.day(e.activeFrom()), e.deal().id()));
      }
    }
    int[] removed = gone.stream().mapToInt(Integer::intValue).sorted().toArray();
    List<SoldEntry> fresh = sub.soldEntries();
    int[] insertAt = new int[fresh.size()];
    for (int i = 0; i < insertAt.length; i++) {
      insertAt[i] = position(x, oldEntries, s.closeDay[i], fresh.get(i).deal().id());
    }
    int n = x.closeDay.length;
    int size = n - removed.length + fresh.size();
    Merged m = new Merged();
    m.day = new int[size];
    m.expiryDay = new int[size];
    m.client = new int[size];
    int out = 0;
    int at = 0; // the next old entry to copy
    int r = 0;
    int f = 0;
    while (true) {
      int next = Math.min(r < removed.length ? removed[r] : n, f < insertAt.length ? insertAt[f] : n);
      int run = next - at;
      System.arraycopy(x.closeDay, at, m.day, out, run);
      System.arraycopy(x.expiryDay, at, m.expiryDay, out, run);
      copyClients(x.client, at, m.client, out, run, remap);
      out += run;
      at = next;
      if (f < insertAt.length && insertAt[f] == next) { // a new entry goes before old entry next
        m.day[out] = s.closeDay[f];
        m.expiryDay[out] = s.expiryDay[f];
        m.client[out] = subClient[s.client[f]];
        out++;
        f++;
      } else if (r < removed.length && removed[r] == next) {
        at = next + 1;
        r++;
      } else {
        break; // next == n: every old entry copied, every new one placed
      }
    }
    m.entries = ChunkedList.merged(oldEntries, removed, insertAt, fresh);
    return m;
  }

  /**
   * Copies {@code run} client indexes from {@code from[at...]} to {@code to[out...]}, mapped through
   * {@code remap} (old client index to new) unless it is {@link #NO_REMAP}.
   */
  private static void copyClients(int[] from, int at, int[] to, int out, int run, int[] remap) {
    if (remap == NO_REMAP) {
      System.arraycopy(from, at, to, out, run);
      return;
    }
    for (int i = 0; i < run; i++) {
      to[out + i] = remap[from[at + i]];
    }
  }

  /**
   * The old reductions without the touched clients', merged by day with the small ledger's (their
   * order within a day does not matter: the queries only sum them), copied in runs.
   */
  private static Merged mergeReductions(LedgerIndex x, LedgerIndex s, boolean[] touchedOld, int[] remap,
      int[] subClient) {
    int oldCount = x.reductionDay.length;
    int subCount = s.reductionDay.length;
    int[] drop = new int[16];
    int drops = 0;
    for (int i = 0; i < oldCount; i++) {
      if (touchedOld[x.reductionClient[i]]) {
        if (drops == drop.length) {
          drop = Arrays.copyOf(drop, 2 * drops);
        }
        drop[drops++] = i;
      }
    }
    Merged m = new Merged();
    int size = oldCount - drops + subCount;
    m.day = new int[size];
    m.client = new int[size];
    m.points = new long[size];
    int out = 0;
    int at = 0; // the next old reduction to copy
    int d = 0;
    int j = 0;
    while (true) {
      // a new reduction goes after the old ones of its day
      int insert = j < subCount ? LedgerIndex.countAtMost(x.reductionDay, oldCount, s.reductionDay[j]) : oldCount;
      int next = Math.min(d < drops ? drop[d] : oldCount, insert);
      int run = next - at;
      System.arraycopy(x.reductionDay, at, m.day, out, run);
      System.arraycopy(x.reductionPoints, at, m.points, out, run);
      copyClients(x.reductionClient, at, m.client, out, run, remap);
      out += run;
      at = next;
      if (j < subCount && insert == next) {
        m.day[out] = s.reductionDay[j];
        m.client[out] = subClient[s.reductionClient[j]];
        m.points[out++] = s.reductionPoints[j++];
      } else if (d < drops && drop[d] == next) {
        at = next + 1;
        d++;
      } else {
        break;
      }
    }
    return m;
  }

  /**
   * The index's running sold totals ({days, sourced, assisted}) after the update: each old day's
   * change, less the touched clients' old events (their entries' points on the close day, each
   * reduction on its day, what was left on the expiry day), plus the small ledger's day changes.
   */
  private static long[][] soldTotals(LedgerParts old, LedgerIndex x, LedgerIndex s, Set<ClientId> touched) {
    TreeMap<Integer, long[]> delta = new TreeMap<>();
    for (ClientId client : touched) {
      for (SoldEntry e : old.soldByClient().getOrDefault(client, ImmutableList.of())) {
        int kind = e.dealType() == DealType.SOURCED ? 0 : 1;
        long left = e.points().toHundredths();
        for (Reduction r : e.reductions()) {
          left -= r.points().toHundredths();
          delta.computeIfAbsent(LedgerEntries.day(r.date()), k -> new long[2])[kind] += r.points().toHundredths();
        }
        delta.computeIfAbsent(LedgerEntries.day(e.activeFrom()), k -> new long[2])[kind] -= e.points().toHundredths();
        delta.computeIfAbsent(LedgerEntries.day(e.expiresOn()), k -> new long[2])[kind] += left;
      }
    }
    for (int i = 0; i < s.soldDay.length; i++) {
      long[] d = delta.computeIfAbsent(s.soldDay[i], k -> new long[2]);
      d[0] += s.soldSourced[i] - (i == 0 ? 0 : s.soldSourced[i - 1]);
      d[1] += s.soldAssisted[i] - (i == 0 ? 0 : s.soldAssisted[i - 1]);
    }
    int days = x.soldDay.length;
    long[][] result = {new long[days + delta.size()], new long[days + delta.size()], new long[days + delta.size()]};
    long sourced = 0;
    long assisted = 0;
    int out = 0;
    int i = 0;
    Map.Entry<Integer, long[]> next = delta.pollFirstEntry();
    while (i < days || next != null) {
      int day;
      long ds = 0;
      long da = 0;
      if (i < days && (next == null || x.soldDay[i] <= next.getKey())) {
        day = x.soldDay[i];
        ds = x.soldSourced[i] - (i == 0 ? 0 : x.soldSourced[i - 1]);
        da = x.soldAssisted[i] - (i == 0 ? 0 : x.soldAssisted[i - 1]);
        i++;
      } else {
        day = Objects.requireNonNull(next, "next").getKey(); // no old day left before it
      }
      if (next != null && next.getKey() == day) {
        ds += next.getValue()[0];
        da += next.getValue()[1];
        next = delta.pollFirstEntry();
      }
      if (ds != 0 || da != 0) {
        sourced += ds;
        assisted += da;
        result[0][out] = day;
        result[1][out] = sourced;
        result[2][out] = assisted;
        out++;
      }
    }
    return new long[][] {Arrays.copyOf(result[0], out), Arrays.copyOf(result[1], out), Arrays.copyOf(result[2], out)};
  }
}
