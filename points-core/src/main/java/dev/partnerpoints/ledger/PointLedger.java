package dev.partnerpoints.ledger;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import dev.partnerpoints.money.DateOutsideProgramException;
import dev.partnerpoints.money.Points;
import dev.partnerpoints.program.DealType;
import dev.partnerpoints.program.ProgramRules;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Supplier;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.jspecify.annotations.Nullable;

/**
 * The point ledger of one partner, built from its clients, deals, management periods and the
 * clients' MRR over time. It answers the tier page's questions for any date or inclusive date
 * range: points as of a date, tier point changes with the clients behind them, per-client
 * breakdowns and progress month by month.
 *
 * <h2>Rules applied (docs/rules.md sections 5-10; library defaults named)</h2>
 * <ul>
 *   <li>Each increase credited to the partner becomes a {@link SoldEntry}: its MRR change valued
 *       with the rules in force on the close date (currency table, rate era, growth multiplier,
 *       product-line rate lock), rounded once to hundredths, HALF_EVEN; active on every date
 *       {@code D <= t < D.plusMonths(activeMonths)}.
 *   <li>A no-deal increase (an MRR increase that came from no deal) follows the sale of its
 *       product line: the latest new-client or cross-sell deal of the line to the client, closed won
 *       on or before the increase ({@link SoldEntry#lineSale()}). It is this partner's entry only
 *       when that sale is this partner's, whoever the increase names, at the sale's deal type and
 *       with the line's rate lock. Without such a sale it earns nothing by default
 *       ({@link ProgramRules#noDealIncreaseWithoutSale()}). It earns points only before the rules'
 *       cut-off date (2025-07-15 built in); from then on its entry has zero points.
 *   <li>A downgrade or cancellation is valued the same way (its own close date, deal type and the
 *       line's rate lock) and reduces this partner's entries on the same client and product line
 *       that are active on its close date, in the order {@link ProgramRules#reductionOrder()} names
 *       (library default: <b>most recently closed first</b>,
 *       {@link dev.partnerpoints.program.ReductionOrder#NEWEST_FIRST}), never below zero; the
 *       reduction lasts until each reduced entry expires.
 *   <li>Managed points are a snapshot: on each date, the MRR of every client this partner manages,
 *       valued with the rules in force on that date and rounded once, split among all partners
 *       managing it then, hundredths by largest remainder with ties by partner id. A client's MRR
 *       on a date is its latest {@link ClientMrr} on or before it; a client without any is valued at
 *       its subscriptions' MRR; before its first {@code ClientMrr} its MRR is zero.
 *   <li>Only {@link DealStatus#CLOSED_WON} deals earn points, reduce them or decide when a product
 *       line was first sold; open and lost deals are kept for the dashboard's shared sales.
 *   <li>Totals are exact sums of entries; nothing is re-rounded.
 * </ul>
 *
 * <p>The result does not depend on the order in which anything was added. This class is immutable
 * and thread-safe.
 */
public final class PointLedger {

  private final ProgramRules rules;
  private final PartnerId partner;
  private final ImmutableSortedMap<ClientId, Client> clients;
  /** The sorted entries as an {@code ImmutableList}, made on first use after an update (a build has it). */
  private final Supplier<ImmutableList<SoldEntry>> soldEntries;
  private final ImmutableMap<ClientId, ImmutableList<SoldEntry>> soldByClient;
  private final ImmutableListMultimap<ClientId, ManagedInterval> managedByClient;
  /** The sorted deals as an {@code ImmutableList}, made on first use after an update (a build has it). */
  private final Supplier<ImmutableList<Deal>> deals;
  private final ImmutableList<ManagementPeriod> managementPeriods;
  private final ImmutableList<ClientMrr> clientMrrHistory;
  /** Everything above and what an update ({@link #withDeals}) reads: ids, deals by client, the index. */
  private final LedgerParts parts;
  /** The date queries: the columnar index, or a scan when the index cannot hold the dates. */
  private final LedgerQueries queries;
  /** The data gaps, found on first use (the build does not pay for them). */
  private final Supplier<ImmutableList<DataGap>> dataGaps;

  /**
   * {@code list} itself if it is an {@code ImmutableList} (a build's), else (an update's
   * {@link ChunkedList}) an {@code ImmutableList} copy made once, on first use.
   */
  private static <T> Supplier<ImmutableList<T>> immutable(List<T> list) {
    return list instanceof ImmutableList<T> built ? Suppliers.ofInstance(built)
        : Suppliers.memoize(() -> ImmutableList.copyOf(list));
  }

  PointLedger(LedgerParts parts) {
    this.parts = parts;
    this.rules = parts.rules();
    this.partner = parts.partner();
    this.clients = parts.clients();
    this.soldEntries = immutable(parts.soldEntries());
    this.soldByClient = parts.soldByClient();
    this.managedByClient = parts.managedByClient();
    this.deals = immutable(parts.deals());
    this.managementPeriods = parts.periods();
    this.clientMrrHistory = parts.mrrHistory();
    LedgerIndex index = parts.index();
    this.queries = index != null ? new IndexedQueries(index, parts.soldEntries(), soldEntries)
        : new ScanQueries(soldEntries.get(), managedByClient);
    this.dataGaps = Suppliers.memoize(() -> DataGaps.find(this.partner, this.rules, this.clients, this.deals.get(),
        this.managementPeriods, parts.mrrByClient()));
  }

  /** What the ledger is made of (read by an update). */
  LedgerParts parts() {
    return parts;
  }

  /** The date queries in use: {@link IndexedQueries} unless a date is beyond the index's range. */
  LedgerQueries queries() {
    return queries;
  }

  static final Comparator<Deal> DEAL_ORDER =
      Comparator.comparing(Deal::closeDate).thenComparing(Deal::id);

  /**
   * Starts a builder for a partner's ledger.
   *
   * @param rules the program rules to value deals and managed clients with, not null
   * @param partner the partner whose ledger this is, not null
   * @return a new builder, never null
   */
  public static Builder builder(ProgramRules rules, PartnerId partner) {
    return new Builder(Objects.requireNonNull(rules, "rules"), Objects.requireNonNull(partner, "partner"));
  }

  /**
   * Starts a builder holding everything this ledger was built from (rules, partner, clients,
   * deals, management periods and MRR history), to add more. Costs nothing up front: the builder
   * keeps this ledger and collects only the additions; this ledger is never changed. The first
   * deal added to a ledger made by {@link Builder#build()} from scratch also makes, once, a lookup
   * of its deals (their ids and each client's deals: one pass over them, which a ledger that is
   * never updated does not pay for or keep); the ledgers that updates make carry theirs along.
   *
   * <p>Its {@link Builder#build()} answers exactly as a builder given all the inputs from scratch
   * would. When only clients and deals were added, it re-values only the clients the new deals
   * name (their deals, old and new) and merges their entries into copies of this ledger's sorted
   * entries and index: it costs about the added deals' clients' deals valued plus a copy of the
   * ledger's columns (milliseconds for a million deals), instead of a full valuation and sort.
   * When management periods or MRR entries were added, it builds the ledger again in full.
   *
   * @return a new builder, never null
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * Returns this ledger with more deals: {@code toBuilder().addDeals(deals).build()}. This ledger
   * is not changed and stays usable, whatever happens.
   *
   * <p>The result answers every query exactly as a ledger built from scratch from this ledger's
   * inputs plus {@code deals} would. It re-values only the clients the new deals name (all of their
   * deals, since a new deal can change how earlier ones of its client count: a reduction, a first
   * sale that locks a rate or that a no-deal increase follows) and merges their entries into copies
   * of this ledger's index columns; its deal and entry lists share every part the new deals do not
   * touch and become the lists {@link #deals()} and {@link #soldEntries()} return on the first call
   * that needs them (those two and {@link #pointsOn}, whose snapshot holds entries). For one deal
   * added to a ledger of a million deals: milliseconds, against more than a second for a full build.
   *
   * @param deals the deals to add, not null, none null; ids unique and not in this ledger
   * @return the new ledger, never null
   * @throws DuplicateDealException if a deal id is in this ledger or twice in {@code deals}
   * @throws UnknownClientException if a deal names a client the ledger does not hold
   * @throws IllegalArgumentException if a deal's amount is not in its client's currency (the same
   *     messages as {@link Builder#addDeal} and {@link Builder#build})
   * @throws dev.partnerpoints.money.UnsupportedCurrencyException if a client's currency has no
   *     point value on a date the ledger values it
   * @throws dev.partnerpoints.money.DateOutsideProgramException if a deal closed before the
   *     program's first era
   */
  public PointLedger withDeals(Collection<Deal> deals) {
    return toBuilder().addDeals(deals).build();
  }

  /**
   * Returns the partner whose ledger this is.
   *
   * @return the partner id, never null
   */
  public PartnerId partner() {
    return partner;
  }

  /**
   * Returns the rules the ledger was valued with.
   *
   * @return the rules, never null
   */
  public ProgramRules rules() {
    return rules;
  }

  /**
   * Returns the clients, by id.
   *
   * @return the clients, never null
   */
  public ImmutableSortedMap<ClientId, Client> clients() {
    return clients;
  }

  /**
   * Returns every deal given to the builder (this partner's and reductions of any partner's
   * clients, of any {@link DealStatus}: open and lost deals are kept but earn nothing), in
   * close-date then id order.
   *
   * @return the deals, never null
   */
  public ImmutableList<Deal> deals() {
    return deals.get();
  }

  /**
   * Returns every client MRR entry given to the builder, sorted by client id, then date.
   *
   * @return the entries, never null
   */
  public ImmutableList<ClientMrr> clientMrrHistory() {
    return clientMrrHistory;
  }

  /**
   * Returns a client's total MRR on a date, as the ledger values managed points: its latest
   * {@link ClientMrr} on or before the date; zero before its first one; its subscriptions' MRR on
   * every date if it has none.
   *
   * @param client the client id, not null
   * @param date the date, not null
   * @return the MRR in the client's currency, never null
   * @throws UnknownClientException if the client is not in the ledger
   */
  public MonetaryAmount clientMrrOn(ClientId client, LocalDate date) {
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(date, "date");
    Client c = clients.get(client);
    if (c == null) {
      throw new UnknownClientException(client, "client " + client + " is not in the ledger of " + partner
          + "; known clients: " + clients.keySet());
    }
    return mrrOn(c, parts.mrrByClient().get(client), date);
  }

  /**
   * A client's MRR on a date from its history: the latest entry on or before the date, zero before
   * the first, its subscriptions' MRR when it has no history.
   */
  static MonetaryAmount mrrOn(
      Client client, @Nullable NavigableMap<LocalDate, MonetaryAmount> history, LocalDate date) {
    if (history == null) {
      return client.subscriptionMrr();
    }
    Map.Entry<LocalDate, MonetaryAmount> entry = history.floorEntry(date);
    return entry == null ? Money.zero(client.currency()) : entry.getValue();
  }

  /**
   * Returns what is missing from the input such that a figure is zero, or rests on a default,
   * without the data saying so: clients with deals but no MRR history or subscriptions, this
   * partner's management periods while a client has no MRR data, deals on a product line after its
   * cancellation with no new sale in between, and no-deal increases with no sale of their line (see
   * {@link DataGapKind}). The figures themselves are as documented; the gaps say which of them
   * rest on missing data.
   *
   * @return the gaps, by client, then first day, then kind, then deal id; empty when nothing is
   *     missing; never null
   */
  public ImmutableList<DataGap> dataGaps() {
    return Objects.requireNonNull(dataGaps.get(), "dataGaps");
  }

  /**
   * Returns every management period given to the builder (of any partner), sorted by client,
   * partner and start.
   *
   * @return the periods, never null
   */
  public ImmutableList<ManagementPeriod> managementPeriods() {
    return managementPeriods;
  }

  /**
   * Returns the partner's sold entries, in close-date then deal-id order.
   *
   * @return the entries, never null
   */
  public ImmutableList<SoldEntry> soldEntries() {
    return soldEntries.get();
  }

  /**
   * Returns the spans of the partner's managed points, per client, in date order.
   *
   * @return the spans, never null
   */
  public ImmutableListMultimap<ClientId, ManagedInterval> managedIntervals() {
    return managedByClient;
  }

  /**
   * Returns the partner's points as of a date.
   *
   * <p>A date before the program's first day (the first rate era) is an error, as it is for
   * {@code TierEvaluator.statusOn} and the calculator: the program defines no points then
   * (docs/rules.md §2).
   *
   * @param date the date, not null
   * @return the snapshot, never null
   * @throws DateOutsideProgramException if the date is before the first rate era
   */
  public PointsSnapshot pointsOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    LocalDate first = rules.rateEras().firstEffectiveDate();
    if (date.isBefore(first)) {
      throw new DateOutsideProgramException("rate era", date, first);
    }
    return queries.pointsOn(date);
  }


  /**
   * Returns the partner's managed points on a date.
   *
   * @param date the date, not null
   * @return the points, never null
   */
  public Points managedOn(LocalDate date) {
    return Points.ofHundredths(queries.managedOn(Objects.requireNonNull(date, "date")));
  }


  /**
   * Returns the tier point changes over an inclusive date range: new and lost sold and managed
   * points, each with the clients behind it.
   *
   * @param from the first day, not null
   * @param to the last day, not null, not before {@code from}
   * @return the changes, never null
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public PointChanges changes(LocalDate from, LocalDate to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("date range ends on " + to + ", before its start " + from
          + "; the end must be on or after the start");
    }
    return queries.changes(from, to);
  }


  /**
   * Returns the per-client breakdown as of a date, for the clients that pass the filter (deal type,
   * market type and client set, for example a dashboard segment's) and have
   * sold entries closed on or before the date or managed spans started on or before it; sorted by
   * client id.
   *
   * @param date the date, not null
   * @param filter which deal type and market type to keep, not null
   * @return the breakdowns, never null
   */
  public ImmutableList<ClientBreakdown> breakdown(LocalDate date, BreakdownFilter filter) {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(filter, "filter");
    ImmutableList.Builder<ClientBreakdown> result = ImmutableList.builder();
    for (Client client : clients.values()) {
      if (!filter.keepsClient(client.id())) {
        continue;
      }
      List<SoldEntry> entries = new ArrayList<>();
      long sourced = 0;
      long assisted = 0;
      long expired = 0;
      for (SoldEntry e : soldByClient.getOrDefault(client.id(), ImmutableList.of())) {
        if (e.activeFrom().isAfter(date)
            || (filter.dealType().isPresent() && filter.dealType().get() != e.dealType())) {
          continue;
        }
        entries.add(e);
        long active = e.activePointsOn(date).toHundredths();
        if (e.dealType() == DealType.SOURCED) {
          sourced += active;
        } else {
          assisted += active;
        }
        if (e.isExpiredOn(date)) {
          expired += e.expiredPoints().toHundredths();
        }
      }
      List<ManagedInterval> spans = new ArrayList<>();
      long managed = 0;
      if (filter.dealType().isEmpty()) {
        for (ManagedInterval interval : managedByClient.get(client.id())) {
          if (!interval.from().isAfter(date)) {
            spans.add(interval);
          }
        }
        managed = LedgerQueries.managedShareOn(managedByClient, client.id(), date);
      }
      if (entries.isEmpty() && spans.isEmpty()) {
        continue;
      }
      // only now look up the market: a client with history has a date inside the program
      boolean growth = rules.isGrowthMarket(client.country(), date);
      if (filter.marketType().isPresent()
          && filter.marketType().get() != (growth ? MarketType.GROWTH : MarketType.NON_GROWTH)) {
        continue;
      }
      result.add(ClientBreakdown.builder()
          .client(client)
          .date(date)
          .growthMarket(growth)
          .activeSourced(Points.ofHundredths(sourced))
          .activeAssisted(Points.ofHundredths(assisted))
          .expiredSold(Points.ofHundredths(expired))
          .managed(Points.ofHundredths(managed))
          .soldHistory(entries)
          .managedHistory(spans)
          .build());
    }
    return result.build();
  }

  /**
   * Returns the month-end points of every month from {@code first} to {@code last} inclusive.
   *
   * @param first the first month, not null
   * @param last the last month, not null, not before {@code first}
   * @return one row per month in order, never null
   * @throws IllegalArgumentException if {@code last} is before {@code first}
   */
  public ImmutableList<MonthPoints> progress(YearMonth first, YearMonth last) {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("month range ends in " + last + ", before its start " + first
          + "; the end must be on or after the start");
    }
    ImmutableList.Builder<MonthPoints> result = ImmutableList.builder();
    for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
      LocalDate end = m.atEndOfMonth();
      result.add(MonthPoints.of(m, Points.ofHundredths(queries.soldOn(end)),
          Points.ofHundredths(queries.managedOn(end))));
    }
    return result.build();
  }

  /**
   * Returns the sold points that will expire in each of the coming months: for each calendar month
   * starting with the month of {@code date}, the points (as reduced on {@code date}) of the entries
   * active on {@code date} whose first expired day falls in that month.
   *
   * @param date the date the points are active on, not null
   * @param months how many months, at least 1
   * @return one row per month in order, never null
   * @throws IllegalArgumentException if {@code months} is below 1
   */
  public ImmutableList<MonthExpiry> upcomingExpiries(LocalDate date, int months) {
    Objects.requireNonNull(date, "date");
    if (months < 1) {
      throw new IllegalArgumentException("number of months must be at least 1, but was " + months);
    }
    YearMonth start = YearMonth.from(date);
    List<Map<ClientId, Long>> byMonth = new ArrayList<>();
    for (int i = 0; i < months; i++) {
      byMonth.add(new TreeMap<>());
    }
    for (SoldEntry e : queries.mayBeActiveOn(date)) {
      if (!e.isActiveOn(date)) {
        continue;
      }
      long index = start.until(YearMonth.from(e.expiresOn()), ChronoUnit.MONTHS);
      if (index < months) {
        byMonth.get((int) index).merge(e.clientId(), e.remainingPointsOn(date).toHundredths(), Long::sum);
      }
    }
    ImmutableList.Builder<MonthExpiry> result = ImmutableList.builder();
    for (int i = 0; i < months; i++) {
      result.add(MonthExpiry.of(start.plusMonths(i), LedgerQueries.figure(byMonth.get(i))));
    }
    return result.build();
  }

  /**
   * Builds a {@link PointLedger}. Not thread-safe; {@link #build()} validates everything and either
   * returns a complete ledger or throws, leaving nothing half-built. A builder from {@link
   * PointLedger#toBuilder()} starts with that ledger's inputs (an id added again is rejected as
   * twice added) and builds incrementally when only clients and deals were added.
   */
  public static final class Builder {
    private final ProgramRules rules;
    private final PartnerId partner;
    private final Map<ClientId, Client> clients = new LinkedHashMap<>();
    private final ArrayList<Deal> deals = new ArrayList<>();
    private final IdSet dealIds = new IdSet();
    private final List<ManagementPeriod> periods = new ArrayList<>();
    private final List<ClientMrr> mrrHistory = new ArrayList<>();
    /** The ledger this builder adds to ({@link #toBuilder}), or null: what was added is the rest. */
    private final @Nullable PointLedger base;

    private Builder(ProgramRules rules, PartnerId partner) {
      this.rules = rules;
      this.partner = partner;
      this.base = null;
    }

    private Builder(PointLedger base) {
      this.rules = base.rules;
      this.partner = base.partner;
      this.base = base;
    }

    /**
     * Adds a client.
     *
     * @param client the client, not null, with an id not added before
     * @return this builder
     * @throws IllegalArgumentException if a client with the same id was added
     */
    public Builder addClient(Client client) {
      Objects.requireNonNull(client, "client");
      if ((base != null && base.clients.containsKey(client.id())) || clients.putIfAbsent(client.id(), client) != null) {
        throw new IllegalArgumentException("client " + client.id() + " was added twice");
      }
      return this;
    }

    /**
     * Adds clients, all or none: if one is rejected, none of them is added.
     *
     * @param clients the clients, not null, none null
     * @return this builder
     * @throws IllegalArgumentException if two clients share an id, or one has the id of a client
     *     added before
     */
    public Builder addClients(Collection<Client> clients) {
      Objects.requireNonNull(clients, "clients");
      List<ClientId> added = new ArrayList<>(clients.size());
      try {
        for (Client client : clients) {
          addClient(client);
          added.add(client.id());
        }
      } catch (RuntimeException e) {
        added.forEach(this.clients::remove);
        throw e;
      }
      return this;
    }

    /**
     * Adds a deal: an increase credited to any partner (only this partner's earn entries; all
     * first sales inform the product-line rate lock) or a reduction of a client's product line.
     *
     * @param deal the deal, not null, with an id not added before
     * @return this builder
     * @throws IllegalArgumentException if a deal with the same id was added
     */
    public Builder addDeal(Deal deal) {
      Objects.requireNonNull(deal, "deal");
      if ((base != null && base.parts.dealIds().contains(deal.id().value())) || !dealIds.add(deal.id().value())) {
        throw new DuplicateDealException(deal.id());
      }
      deals.add(deal);
      return this;
    }

    /**
     * Adds deals, all or none: if one is rejected, none of them is added.
     *
     * @param deals the deals, not null, none null
     * @return this builder
     * @throws IllegalArgumentException if two deals share an id, or one has the id of a deal added
     *     before
     */
    public Builder addDeals(Collection<Deal> deals) {
      Objects.requireNonNull(deals, "deals");
      int before = this.deals.size();
      this.deals.ensureCapacity(before + deals.size());
      dealIds.ensureRoomFor(deals.size());
      try {
        for (Deal deal : deals) {
          addDeal(deal);
        }
      } catch (RuntimeException e) {
        this.deals.subList(before, this.deals.size()).clear();
        dealIds.resetTo(this.deals, d -> d.id().value());
        throw e;
      }
      return this;
    }

    /**
     * Adds a management period of any partner (other partners' periods decide the split).
     *
     * @param period the period, not null
     * @return this builder
     */
    public Builder addManagementPeriod(ManagementPeriod period) {
      periods.add(Objects.requireNonNull(period, "period"));
      return this;
    }

    /**
     * Adds management periods.
     *
     * @param periods the periods, not null
     * @return this builder
     */
    public Builder addManagementPeriods(Collection<ManagementPeriod> periods) {
      periods.forEach(this::addManagementPeriod);
      return this;
    }

    /**
     * Adds a client's MRR from a date on.
     *
     * @param mrr the MRR, not null
     * @return this builder
     */
    public Builder addClientMrr(ClientMrr mrr) {
      mrrHistory.add(Objects.requireNonNull(mrr, "mrr"));
      return this;
    }

    /**
     * Adds clients' MRR history.
     *
     * @param history the MRR entries, not null
     * @return this builder
     */
    public Builder addClientMrr(Collection<ClientMrr> history) {
      history.forEach(this::addClientMrr);
      return this;
    }

    /**
     * Validates the inputs and values the ledger.
     *
     * @return the ledger, never null
     * @throws UnknownClientException if a deal, period or MRR entry names a client not added
     * @throws OverlappingPeriodsException if two periods of one partner on one client overlap
     * @throws IllegalArgumentException if an amount is not in its client's currency or two MRR
     *     entries of one client share a date
     * @throws dev.partnerpoints.money.UnsupportedCurrencyException if a client's currency has no
     *     point value on a date the ledger values it
     * @throws dev.partnerpoints.money.DateOutsideProgramException if a deal closed before the
     *     program's first era
     */
    public PointLedger build() {
      if (base != null) {
        return LedgerUpdate.apply(base, new LedgerInput(rules, partner, clients, deals, periods, mrrHistory), dealIds);
      }
      return new LedgerBuild(new LedgerInput(rules, partner, clients, deals, periods, mrrHistory)).build();
    }
  }

  @Override
  public String toString() {
    return "PointLedger[partner=" + partner + ", clients=" + clients.size() + ", soldEntries="
        + parts.soldEntries().size() + ", managedClients=" + managedByClient.keySet().size() + "]";
  }
}
