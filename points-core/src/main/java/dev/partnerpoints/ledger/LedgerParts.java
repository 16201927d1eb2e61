package dev.partnerpoints.ledger;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import dev.partnerpoints.program.ProgramRules;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;

/**
 * Everything a {@link PointLedger} holds, as a build ({@link LedgerBuild}) or an update
 * ({@link LedgerUpdate}) makes it. Immutable; the arrays of the index are never written once here.
 *
 * @param rules the rules the ledger is valued with
 * @param partner the partner whose ledger it is
 * @param clients the clients by id
 * @param deals every deal, in {@link PointLedger#DEAL_ORDER}
 * @param lookup the deals' ids and the deals by client, which an update reads: found on first use
 *     for a built ledger (a ledger that is never updated does not keep them), given by an update
 * @param soldEntries the sold entries, in deal order
 * @param soldByClient each client's sold entries (clients with none absent), in entry order
 * @param managedByClient the managed spans by client, in date order
 * @param periods the management periods, by client, partner and start
 * @param mrrHistory the MRR entries, by client and date
 * @param mrrByClient each client's MRR history by date (clients with none absent)
 * @param index the columnar index, or null when the ledger's dates do not fit in it (then it scans)
 */
record LedgerParts(ProgramRules rules, PartnerId partner, ImmutableSortedMap<ClientId, Client> clients,
    List<Deal> deals, Supplier<DealLookup> lookup,
    List<SoldEntry> soldEntries, ImmutableMap<ClientId, ImmutableList<SoldEntry>> soldByClient,
    ImmutableListMultimap<ClientId, ManagedInterval> managedByClient, ImmutableList<ManagementPeriod> periods,
    ImmutableList<ClientMrr> mrrHistory,
    ImmutableMap<ClientId, ImmutableSortedMap<LocalDate, MonetaryAmount>> mrrByClient,
    @Nullable LedgerIndex index) {

  private static final Comparator<ClientMrr> MRR_ORDER =
      Comparator.comparing(ClientMrr::clientId).thenComparing(ClientMrr::effectiveFrom);
  private static final Comparator<ManagementPeriod> PERIOD_ORDER =
      Comparator.comparing(ManagementPeriod::clientId).thenComparing(ManagementPeriod::partner)
          .thenComparing(ManagementPeriod::from);

  /**
   * What an update needs to find of the existing deals: their ids (a new deal's id must be new)
   * and each client's deals (clients with none absent), in deal order.
   */
  record DealLookup(DealIds ids, ImmutableMap<ClientId, ImmutableList<Deal>> byClient) {

    /** The lookup of sorted deals: one pass. */
    static DealLookup of(List<Deal> deals) {
      IdSet ids = new IdSet();
      ids.ensureRoomFor(deals.size());
      Map<ClientId, List<Deal>> byClient = new HashMap<>();
      for (Deal d : deals) {
        ids.add(d.id().value());
        byClient.computeIfAbsent(d.clientId(), k -> new ArrayList<>()).add(d);
      }
      ImmutableMap.Builder<ClientId, ImmutableList<Deal>> groups = ImmutableMap.builderWithExpectedSize(byClient.size());
      byClient.forEach((client, group) -> groups.put(client, ImmutableList.copyOf(group)));
      return new DealLookup(DealIds.of(ids.snapshot()), groups.buildOrThrow());
    }
  }

  /** The ids of the deals (see {@link #lookup}). */
  DealIds dealIds() {
    return Objects.requireNonNull(lookup.get(), "lookup").ids();
  }

  /** Each client's deals, in deal order (see {@link #lookup}). */
  ImmutableMap<ClientId, ImmutableList<Deal>> dealsByClient() {
    return Objects.requireNonNull(lookup.get(), "lookup").byClient();
  }

  /**
   * The parts of a ledger a build valued.
   *
   * @param sortedDeals the deals in deal order
   * @param sortedClients the client ids in order
   * @param columns the entries as columns, in entry order
   */
  static LedgerParts ofBuild(LedgerBuild b, ImmutableList<Deal> sortedDeals, ImmutableList<SoldEntry> soldEntries,
      ImmutableListMultimap<ClientId, ManagedInterval> managedByClient, ClientId[] sortedClients,
      LedgerIndex.EntryColumns columns,
      ImmutableMap<ClientId, ImmutableSortedMap<LocalDate, MonetaryAmount>> mrrByClient) {
    return new LedgerParts(b.rules(), b.partner(), ImmutableSortedMap.copyOf(b.clients()), sortedDeals,
        Suppliers.memoize(() -> DealLookup.of(sortedDeals)),
        soldEntries, byClient(soldEntries, Arrays.copyOf(columns.client, soldEntries.size()), sortedClients),
        managedByClient, ImmutableList.sortedCopyOf(PERIOD_ORDER, b.periods()),
        ImmutableList.sortedCopyOf(MRR_ORDER, b.mrrHistory()), mrrByClient,
        LedgerIndex.build(sortedClients, columns, managedByClient));
  }

  /**
   * The items grouped by client, each group in the items' order: counted, then placed.
   *
   * @param clientOf each item's client, as an index into {@code clients}
   */
  static <T> ImmutableMap<ClientId, ImmutableList<T>> byClient(List<T> items, int[] clientOf, ClientId[] clients) {
    int[] start = new int[clients.length + 1];
    for (int i = 0; i < items.size(); i++) {
      start[clientOf[i] + 1]++;
    }
    for (int c = 0; c < clients.length; c++) {
      start[c + 1] += start[c];
    }
    Object[] grouped = new Object[items.size()];
    int[] next = start.clone();
    for (int i = 0; i < items.size(); i++) {
      grouped[next[clientOf[i]]++] = items.get(i);
    }
    ImmutableMap.Builder<ClientId, ImmutableList<T>> result = ImmutableMap.builder();
    for (int c = 0; c < clients.length; c++) {
      if (start[c + 1] > start[c]) {
        @SuppressWarnings("unchecked") // only items of type T were placed
        List<T> group = (List<T>) Arrays.asList(grouped).subList(start[c], start[c + 1]);
        result.put(clients[c], ImmutableList.copyOf(group));
      }
    }
    return result.buildOrThrow();
  }
}
