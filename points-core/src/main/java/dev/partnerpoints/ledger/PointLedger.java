package dev.partnerpoints.ledger;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import dev.partnerpoints.calculator.AppliedRule;
import dev.partnerpoints.calculator.CompiledRate;
import dev.partnerpoints.calculator.EstimateRequest;
import dev.partnerpoints.calculator.PointsCalculator;
import dev.partnerpoints.calculator.PointsEstimate;
import dev.partnerpoints.calculator.PointsEstimator;
import dev.partnerpoints.money.Points;
import dev.partnerpoints.program.CountryCode;
import dev.partnerpoints.program.DealType;
import dev.partnerpoints.program.ProgramRules;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
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
 *   <li>A no-deal increase earns points only before the rules' cut-off date (2025-07-15 built in);
 *       from then on its entry has zero points.
 *   <li>A downgrade or cancellation is valued the same way (its own close date, deal type and the
 *       line's rate lock) and reduces this partner's entries on the same client and product line
 *       that are active on its close date, <b>most recently closed first</b> (library default),
 *       never below zero; the reduction lasts until each reduced entry expires.
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
  private final ImmutableList<SoldEntry> soldEntries;
  private final ImmutableListMultimap<ClientId, SoldEntry> soldByClient;
  private final ImmutableListMultimap<ClientId, ManagedInterval> managedByClient;
  private final ImmutableList<Deal> deals;
  private final ImmutableList<ManagementPeriod> managementPeriods;
  private final ImmutableList<ClientMrr> clientMrrHistory;
  private final ImmutableMap<ClientId, ImmutableSortedMap<LocalDate, MonetaryAmount>> mrrByClient;
  /** The columnar index the date queries use; null when it cannot be built (then they scan). */
  private final @Nullable LedgerIndex index;

  private PointLedger(Builder b, ImmutableList<Deal> sortedDeals, ImmutableList<SoldEntry> soldEntries,
      ImmutableListMultimap<ClientId, ManagedInterval> managedByClient, ClientId[] sortedClients,
      LedgerIndex.EntryColumns columns,
      ImmutableMap<ClientId, ImmutableSortedMap<LocalDate, MonetaryAmount>> mrrByClient) {
    this.rules = b.rules;
    this.partner = b.partner;
    this.clients = ImmutableSortedMap.copyOf(b.clients);
    this.soldEntries = soldEntries;
    this.soldByClient = byClient(soldEntries, sortedClients, columns);
    this.managedByClient = managedByClient;
    this.deals = sortedDeals;
    this.managementPeriods = ImmutableList.sortedCopyOf(PERIOD_ORDER, b.periods);
    this.clientMrrHistory = ImmutableList.sortedCopyOf(MRR_ORDER, b.mrrHistory);
    this.mrrByClient = mrrByClient;
    this.index = LedgerIndex.build(sortedClients, columns, managedByClient);
  }

  /** The entries grouped by client (index order), each group in entry order: counted, then placed. */
  private static ImmutableListMultimap<ClientId, SoldEntry> byClient(ImmutableList<SoldEntry> entries,
      ClientId[] clients, LedgerIndex.EntryColumns columns) {
    int[] start = new int[clients.length + 1];
    for (int i = 0; i < entries.size(); i++) {
      start[columns.client[i] + 1]++;
    }
    for (int c = 0; c < clients.length; c++) {
      start[c + 1] += start[c];
    }
    SoldEntry[] grouped = new SoldEntry[entries.size()];
    int[] next = start.clone();
    for (int i = 0; i < entries.size(); i++) {
      grouped[next[columns.client[i]]++] = entries.get(i);
    }
    ImmutableListMultimap.Builder<ClientId, SoldEntry> result = ImmutableListMultimap.builder();
    for (int c = 0; c < clients.length; c++) {
      if (start[c + 1] > start[c]) {
        result.putAll(clients[c], Arrays.asList(grouped).subList(start[c], start[c + 1]));
      }
    }
    return result.build();
  }

  private PointLedger(PointLedger indexed) {
    this.rules = indexed.rules;
    this.partner = indexed.partner;
    this.clients = indexed.clients;
    this.soldEntries = indexed.soldEntries;
    this.soldByClient = indexed.soldByClient;
    this.managedByClient = indexed.managedByClient;
    this.deals = indexed.deals;
    this.managementPeriods = indexed.managementPeriods;
    this.clientMrrHistory = indexed.clientMrrHistory;
    this.mrrByClient = indexed.mrrByClient;
    this.index = null;
  }

  /** The same ledger answering every query by scanning its entries (the reference for tests). */
  PointLedger withoutIndex() {
    return new PointLedger(this);
  }

  /** Whether the date queries use the columnar index. */
  boolean isIndexed() {
    return index != null;
  }

  private static final Comparator<Deal> DEAL_ORDER =
      Comparator.comparing(Deal::closeDate).thenComparing(Deal::id);
  private static final Comparator<ClientMrr> MRR_ORDER =
      Comparator.comparing(ClientMrr::clientId).thenComparing(ClientMrr::effectiveFrom);
  private static final Comparator<ManagementPeriod> PERIOD_ORDER =
      Comparator.comparing(ManagementPeriod::clientId).thenComparing(ManagementPeriod::partner)
          .thenComparing(ManagementPeriod::from);

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
    return deals;
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
   * @throws IllegalArgumentException if the client is not in the ledger
   */
  public MonetaryAmount clientMrrOn(ClientId client, LocalDate date) {
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(date, "date");
    Client c = clients.get(client);
    if (c == null) {
      throw new IllegalArgumentException("client " + client + " is not in the ledger of " + partner
          + "; known clients: " + clients.keySet());
    }
    return mrrOn(c, mrrByClient.get(client), date);
  }

  /**
   * A client's MRR on a date from its history: the latest entry on or before the date, zero before
   * the first, its subscriptions' MRR when it has no history.
   */
  private static MonetaryAmount mrrOn(
      Client client, @Nullable NavigableMap<LocalDate, MonetaryAmount> history, LocalDate date) {
    if (history == null) {
      return client.subscriptionMrr();
    }
    Map.Entry<LocalDate, MonetaryAmount> entry = history.floorEntry(date);
    return entry == null ? Money.zero(client.currency()) : entry.getValue();
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
    return soldEntries;
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
   * @param date the date, not null
   * @return the snapshot, never null
   */
  public PointsSnapshot pointsOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    if (index != null) {
      // expired entries are a prefix of the close-date order and the active ones the run after it
      int day = LedgerIndex.queryDay(date);
      int expired = index.expiredCount(day);
      int closed = index.closedCount(day);
      return PointsSnapshot.ofViews(date, Points.ofHundredths(index.sourcedOn(day)),
          Points.ofHundredths(index.assistedOn(day)), Points.ofHundredths(index.managedOn(day)),
          soldEntries.subList(expired, closed), soldEntries.subList(0, expired));
    }
    long sourced = 0;
    long assisted = 0;
    ImmutableList.Builder<SoldEntry> active = ImmutableList.builder();
    ImmutableList.Builder<SoldEntry> expired = ImmutableList.builder();
    for (SoldEntry e : soldEntries) {
      if (e.isActiveOn(date)) {
        active.add(e);
        long p = e.remainingPointsOn(date).toHundredths();
        if (e.dealType() == DealType.SOURCED) {
          sourced += p;
        } else {
          assisted += p;
        }
      } else if (e.isExpiredOn(date)) {
        expired.add(e);
      }
    }
    return PointsSnapshot.builder()
        .date(date)
        .sourcedPoints(Points.ofHundredths(sourced))
        .assistedPoints(Points.ofHundredths(assisted))
        .managedPoints(managedOn(date))
        .activeEntries(active.build())
        .expiredEntries(expired.build())
        .build();
  }

  /**
   * Returns the partner's managed points on a date.
   *
   * @param date the date, not null
   * @return the points, never null
   */
  public Points managedOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    if (index != null) {
      return Points.ofHundredths(index.managedOn(LedgerIndex.queryDay(date)));
    }
    long sum = 0;
    for (ClientId client : managedByClient.keySet()) {
      sum += managedShareOn(client, date);
    }
    return Points.ofHundredths(sum);
  }

  private long managedShareOn(ClientId client, LocalDate date) {
    for (ManagedInterval interval : managedByClient.get(client)) {
      if (interval.covers(date)) {
        return interval.share().toHundredths();
      }
    }
    return 0;
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
    LocalDate before = from.minusDays(1);
    LedgerIndex x = index;
    if (x != null) {
      return indexedChanges(x, soldEntries, from, to, before);
    }
    Map<ClientId, Long> newSold = new TreeMap<>();
    Map<ClientId, Long> lostSold = new TreeMap<>();
    long soldBefore = 0;
    long soldAtEnd = 0;
    for (SoldEntry e : soldEntries) {
      long a = e.activePointsOn(before).toHundredths();
      long b = e.activePointsOn(to).toHundredths();
      long created = !e.activeFrom().isBefore(from) && !e.activeFrom().isAfter(to) ? e.points().toHundredths() : 0;
      soldBefore += a;
      soldAtEnd += b;
      newSold.merge(e.clientId(), created, Long::sum);
      lostSold.merge(e.clientId(), a + created - b, Long::sum);
    }
    Map<ClientId, Long> newManaged = new TreeMap<>();
    Map<ClientId, Long> lostManaged = new TreeMap<>();
    long managedBefore = 0;
    long managedAtEnd = 0;
    for (ClientId client : managedByClient.keySet()) {
      long a = managedShareOn(client, before);
      long b = managedShareOn(client, to);
      managedBefore += a;
      managedAtEnd += b;
      newManaged.put(client, Math.max(0, b - a));
      lostManaged.put(client, Math.max(0, a - b));
    }
    return PointChanges.builder()
        .from(from)
        .to(to)
        .soldBefore(Points.ofHundredths(soldBefore))
        .soldAtEnd(Points.ofHundredths(soldAtEnd))
        .managedBefore(Points.ofHundredths(managedBefore))
        .managedAtEnd(Points.ofHundredths(managedAtEnd))
        .newSold(figure(newSold))
        .lostSold(figure(lostSold))
        .newManaged(figure(newManaged))
        .lostManaged(figure(lostManaged))
        .build();
  }

  /**
   * {@link #changes} from the index. For each entry, the lost points over the range (active the day
   * before, plus created in it, minus active at its end) are its reductions dated in the range plus
   * what was left of it if it expired in the range; the new points are those of the entries closed
   * in the range; a client's managed change is the sum of its span events in the range.
   */
  private static PointChanges indexedChanges(LedgerIndex x, ImmutableList<SoldEntry> entries, LocalDate from,
      LocalDate to, LocalDate before) {
    int first = LedgerIndex.queryDay(from);
    int last = LedgerIndex.queryDay(to);
    int beforeDay = LedgerIndex.queryDay(before);
    int n = x.closeDay.length;
    long[] newSold = new long[x.clients.length];
    long[] lostSold = new long[x.clients.length];
    long[] managedChange = new long[x.clients.length];
    for (int i = LedgerIndex.countBelow(x.closeDay, n, first), end = x.closedCount(last); i < end; i++) {
      newSold[x.client[i]] += entries.get(i).points().toHundredths();
    }
    for (int i = LedgerIndex.countBelow(x.expiryDay, n, first), end = x.expiredCount(last); i < end; i++) {
      lostSold[x.client[i]] += leftAtExpiry(entries.get(i));
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

  private static PointsFigure figure(Map<ClientId, Long> byClient) {
    PointsFigure.Builder figure = PointsFigure.builder();
    byClient.forEach((client, hundredths) -> {
      if (hundredths != 0) {
        figure.addRows(ClientPoints.of(client, Points.ofHundredths(hundredths)));
      }
    });
    return figure.build();
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
      for (SoldEntry e : soldByClient.get(client.id())) {
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
        managed = managedShareOn(client.id(), date);
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
      if (index != null) {
        int day = LedgerIndex.queryDay(end);
        result.add(MonthPoints.of(m, Points.ofHundredths(index.soldOn(day)), Points.ofHundredths(index.managedOn(day))));
        continue;
      }
      long sold = 0;
      for (SoldEntry e : soldEntries) {
        sold += e.activePointsOn(end).toHundredths();
      }
      result.add(MonthPoints.of(m, Points.ofHundredths(sold), managedOn(end)));
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
    // with the index, only the run of entries active on the date
    List<SoldEntry> candidates = soldEntries;
    if (this.index != null) {
      int day = LedgerIndex.queryDay(date);
      candidates = soldEntries.subList(this.index.expiredCount(day), this.index.closedCount(day));
    }
    for (SoldEntry e : candidates) {
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
      result.add(MonthExpiry.of(start.plusMonths(i), figure(byMonth.get(i))));
    }
    return result.build();
  }

  /**
   * Builds a {@link PointLedger}. Not thread-safe; {@link #build()} validates everything and either
   * returns a complete ledger or throws, leaving nothing half-built.
   */
  public static final class Builder {
    private final ProgramRules rules;
    private final PartnerId partner;
    private final Map<ClientId, Client> clients = new LinkedHashMap<>();
    private final ArrayList<Deal> deals = new ArrayList<>();
    private final IdSet dealIds = new IdSet();
    private final List<ManagementPeriod> periods = new ArrayList<>();
    private final List<ClientMrr> mrrHistory = new ArrayList<>();

    private Builder(ProgramRules rules, PartnerId partner) {
      this.rules = rules;
      this.partner = partner;
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
      if (clients.putIfAbsent(client.id(), client) != null) {
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
      if (!dealIds.add(deal.id())) {
        throw new IllegalArgumentException("deal " + deal.id() + " was added twice");
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
        dealIds.resetTo(this.deals, Deal::id);
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
     * The largest amount valued through the compiled rates: the calculator's own limit (10^13);
     * larger amounts go through the calculator, which rejects them.
     */
    private static final BigDecimal FAST_PATH_MAX_AMOUNT = BigDecimal.TEN.pow(13);
    private static final BigDecimal FAST_PATH_MIN_AMOUNT = FAST_PATH_MAX_AMOUNT.negate();

    /**
     * Validates the inputs and values the ledger.
     *
     * @return the ledger, never null
     * @throws IllegalArgumentException if a deal, period or MRR entry names an unknown client, an
     *     amount is not in its client's currency, two periods of one partner on one client overlap,
     *     or two MRR entries of one client share a date
     * @throws dev.partnerpoints.money.UnsupportedCurrencyException if a client's currency has no
     *     point value on a date the ledger values it
     * @throws dev.partnerpoints.money.DateOutsideProgramException if a deal closed before the
     *     program's first era
     */
    public PointLedger build() {
      PointsCalculator calculator = PointsCalculator.of(rules, Clock.systemUTC());
      // clients in id order, as the ledger keeps them
      ClientId[] sortedClients = clients.keySet().toArray(new ClientId[0]);
      Arrays.sort(sortedClients);
      Map<ClientId, Integer> clientIndex = new HashMap<>(2 * sortedClients.length);
      String[] currencyOfClient = new String[sortedClients.length];
      CountryCode[] countryOf = new CountryCode[sortedClients.length];
      for (int c = 0; c < sortedClients.length; c++) {
        clientIndex.put(sortedClients[c], c);
        Client client = requireClient(sortedClients[c], "the client index");
        currencyOfClient[c] = client.currency().getCurrencyCode();
        countryOf[c] = client.country();
      }

      // One pass over the deals in the caller's order (sequential in memory) reads what the build
      // needs of each into columns and checks its client and currency; after it only positions are
      // sorted: visiting Deal objects in date order costs a cache miss each.
      Deal[] input = deals.toArray(new Deal[0]);
      int n = input.length;
      DealColumns columnsOfDeals = new DealColumns(n);
      int[] closeDay = columnsOfDeals.closeDay;
      String[] ids = columnsOfDeals.ids;
      long[] idKeys = columnsOfDeals.idKeys;
      int[] clientOf = columnsOfDeals.clientOf;
      byte[] what = columnsOfDeals.what;
      boolean[] sourced = columnsOfDeals.sourced;
      LocalDate noDealCut = rules.noDealIncreasesStopEarningOn().orElse(null);
      // The partner's increases and every reduction are valued in the same pass, as if each were
      // the first sale of its product line (the rate lock is applied below, to the deals it can
      // change); a failure is thrown later, in deal order, by the calculator itself.
      // (applied[j] is null until deal j is valued)
      long[] hundredths = new long[n];
      AppliedRule[] applied = new AppliedRule[n];
      Valuer valuer = new Valuer(calculator, countryOf, hundredths, applied);
      for (int j = 0; j < n; j++) {
        Deal d = input[j];
        Integer client = clientIndex.get(d.clientId());
        // the messages only on failure: building them for every deal costs as much as the check
        if (client == null) {
          throw unknownClient(d.clientId(), "deal " + d.id());
        }
        String currency = d.mrrChange().getCurrency().getCurrencyCode();
        if (!currency.equals(currencyOfClient[client])) {
          throw wrongCurrency("deal " + d.id(), currency, d.clientId(), currencyOfClient[client]);
        }
        if (columnsOfDeals.read(j, d, client, partner, noDealCut)) {
          try {
            valuer.value(j, d, d.closeDate(), client, closeDay[j]);
          } catch (RuntimeException e) {
            applied[j] = null; // valued again below, in order, to throw
          }
        }
      }
      validatePeriodsAndMrr();

      int[] order = sortOrder(input, closeDay, ids, idKeys);
      ImmutableList.Builder<Deal> sortedDeals = ImmutableList.builderWithExpectedSize(n);
      for (int k = 0; k < n; k++) {
        sortedDeals.add(input[order[k]]);
      }
      ImmutableList<Deal> sorted = sortedDeals.build();

      // each client's product line as a small int (client index x product lines + product line
      // index), with its first sale (the earliest won first sale)
      int products = Math.max(1, columnsOfDeals.productIndex.size());
      int[] productOf = columnsOfDeals.productOf;
      boolean[] firstSaleWon = columnsOfDeals.firstSaleWon;
      boolean[] ownFirstSold = columnsOfDeals.ownFirstSold;
      int lines = Math.multiplyExact(sortedClients.length, products);
      int[] lineOf = new int[n];
      int[] firstSale = new int[lines];
      Arrays.fill(firstSale, -1);
      for (int j = 0; j < n; j++) {
        int line = clientOf[j] * products + productOf[j];
        lineOf[j] = line;
        if (firstSaleWon[j]) {
          int first = firstSale[line];
          if (first < 0 || closedBefore(j, first, input, closeDay)) {
            firstSale[line] = j;
          }
        }
      }
      List<LocalDate> firstSold = new ArrayList<>(lines);
      for (int first : firstSale) {
        firstSold.add(first < 0 ? null : input[first].closeDate());
      }
      valuer.firstSold = firstSold;
      // The rate lock: a sourced deal whose product line was first sold in an earlier rate era than
      // its close date may earn at that era's rate; those (and any with a first-sale date of their
      // own, or a clamped day) are valued again with their line's first sale.
      int[] eraStart = rules.rateEras().entries().keySet().stream().mapToInt(Entries::day).toArray();
      for (int j = 0; j < n; j++) {
        if (what[j] == 0 || applied[j] == null || !sourced[j]) {
          continue;
        }
        int first = firstSale[lineOf[j]];
        if (ownFirstSold[j] || (first >= 0 && mayLock(closeDay[first], closeDay[j], eraStart))) {
          try {
            valuer.value(j, input[j], lineOf[j], clientOf[j], closeDay[j]);
          } catch (RuntimeException e) {
            applied[j] = null;
          }
        }
      }

      // the entries as columns first; their objects are made at the end, in one go, so that a
      // collection during the build has few small objects to copy
      int entryCount = 0;
      for (byte w : what) {
        entryCount += w == ENTRY || w == NO_POINTS_ENTRY ? 1 : 0;
      }
      Entries entries = new Entries(entryCount, input, rules.soldPointsActiveMonths());
      LedgerIndex.EntryColumns columns = entries.columns;
      int[] lastOfLine = new int[lines];
      Arrays.fill(lastOfLine, -1);
      int day = 0;
      LocalDate expiresOn = null;
      int expiryDay = Integer.MIN_VALUE;
      for (int k = 0; k < n; k++) {
        int j = order[k];
        if (what[j] != ENTRY && what[j] != NO_POINTS_ENTRY) {
          continue;
        }
        if (applied[j] == null) {
          valuer.value(j, input[j], lineOf[j], clientOf[j], closeDay[j]);
        }
        if (expiresOn == null || closeDay[j] != day) { // deals come in date order: one expiry per close date
          day = closeDay[j];
          expiresOn = input[j].closeDate().plusMonths(rules.soldPointsActiveMonths());
          expiryDay = Entries.day(expiresOn);
        }
        columns.client[entries.size] = clientOf[j];
        columns.sourced[entries.size] = sourced[j];
        entries.add(j, closeDay[j], what[j] == NO_POINTS_ENTRY ? 0 : hundredths[j], applied[j], expiryDay,
            lastOfLine[lineOf[j]]);
        lastOfLine[lineOf[j]] = entries.size - 1;
      }
      for (int k = 0; k < n; k++) {
        int j = order[k];
        if (what[j] == REDUCTION) {
          if (applied[j] == null) {
            valuer.value(j, input[j], lineOf[j], clientOf[j], closeDay[j]);
          }
          entries.reduce(lastOfLine[lineOf[j]], j, hundredths[j]);
        }
      }
      ImmutableList<SoldEntry> soldEntries = entries.toEntries();
      columns.size = entries.size;
      ImmutableMap<ClientId, ImmutableSortedMap<LocalDate, MonetaryAmount>> mrrByClient = mrrByClient();
      return new PointLedger(this, sorted, soldEntries, managedIntervals(calculator, mrrByClient), sortedClients,
          columns, mrrByClient);
    }

    /** Each client's MRR history by effective date (dates are unique per client: validated). */
    private ImmutableMap<ClientId, ImmutableSortedMap<LocalDate, MonetaryAmount>> mrrByClient() {
      Map<ClientId, TreeMap<LocalDate, MonetaryAmount>> byClient = new HashMap<>();
      for (ClientMrr m : mrrHistory) {
        byClient.computeIfAbsent(m.clientId(), k -> new TreeMap<>()).put(m.effectiveFrom(), m.mrr());
      }
      ImmutableMap.Builder<ClientId, ImmutableSortedMap<LocalDate, MonetaryAmount>> histories = ImmutableMap.builder();
      byClient.forEach((client, history) -> histories.put(client, ImmutableSortedMap.copyOfSorted(history)));
      return histories.buildOrThrow();
    }

    /** What the build reads of each deal, as columns by the deal's position in the input. */
    private static final class DealColumns {
      final int[] closeDay;
      final String[] ids;
      final long[] idKeys;
      final int[] clientOf;
      final int[] productOf;
      final byte[] what;
      final boolean[] sourced;
      final boolean[] firstSaleWon;
      final boolean[] ownFirstSold;
      final Map<ProductLine, Integer> productIndex = new HashMap<>();

      DealColumns(int n) {
        closeDay = new int[n];
        ids = new String[n];
        idKeys = new long[n];
        clientOf = new int[n];
        productOf = new int[n];
        what = new byte[n];
        sourced = new boolean[n];
        firstSaleWon = new boolean[n];
        ownFirstSold = new boolean[n];
      }

      /**
       * Reads deal {@code j}, of the client at index {@code client}.
       *
       * @return whether the partner's ledger values it (an entry or a reduction)
       */
      boolean read(int j, Deal d, int client, PartnerId partner, @Nullable LocalDate noDealCut) {
        clientOf[j] = client;
        closeDay[j] = Entries.day(d.closeDate());
        ids[j] = d.id();
        idKeys[j] = DealOrder.key(ids[j]);
        Integer product = productIndex.get(d.productLine());
        if (product == null) {
          product = productIndex.size();
          productIndex.put(d.productLine(), product);
        }
        productOf[j] = product;
        what[j] = what(d, partner, noDealCut);
        sourced[j] = d.dealType() == DealType.SOURCED;
        firstSaleWon[j] = d.status() == DealStatus.CLOSED_WON && d.kind().isFirstSale();
        ownFirstSold[j] = what[j] != 0 && d.productLineFirstSold().isPresent();
        return what[j] != 0;
      }
    }

    /**
     * What a deal is in the partner's ledger: 0 nothing (open, lost, or credited to another
     * partner), an {@link #ENTRY}, a {@link #NO_POINTS_ENTRY} or a {@link #REDUCTION}.
     */
    private static byte what(Deal d, PartnerId partner, @Nullable LocalDate noDealCut) {
      if (d.status() != DealStatus.CLOSED_WON) {
        return 0; // open and lost deals earn and reduce nothing
      }
      if (d.kind().isReduction()) {
        return REDUCTION;
      }
      if (!d.partner().orElseThrow().equals(partner)) {
        return 0;
      }
      return d.kind() == DealKind.NO_DEAL_INCREASE && noDealCut != null && !d.closeDate().isBefore(noDealCut)
          ? NO_POINTS_ENTRY : ENTRY;
    }

    private static final byte ENTRY = 1;
    private static final byte NO_POINTS_ENTRY = 2;
    private static final byte REDUCTION = 3;

    /**
     * The positions of the deals in {@link #DEAL_ORDER} (close date, then id; ids are unique, so the
     * order is total): counted into days, then each day sorted by id; by a comparison sort when the
     * days span far more than the deals.
     */
    private static int[] sortOrder(Deal[] input, int[] closeDay, String[] ids, long[] keys) {
      int n = input.length;
      long min = Long.MAX_VALUE;
      long max = Long.MIN_VALUE;
      for (int day : closeDay) {
        min = Math.min(min, day);
        max = Math.max(max, day);
      }
      boolean clamped = min == Integer.MIN_VALUE || max == Integer.MAX_VALUE;
      if (n == 0 || clamped || max - min > 4L * n + 100_000) {
        int[] order = new int[n];
        Integer[] boxed = new Integer[n];
        for (int j = 0; j < n; j++) {
          boxed[j] = j;
        }
        Arrays.sort(boxed, (a, b) -> DEAL_ORDER.compare(input[a], input[b]));
        for (int k = 0; k < n; k++) {
          order[k] = boxed[k];
        }
        return order;
      }
      return DealOrder.byDayThenId(closeDay, (int) min, (int) (max - min + 1), ids, keys);
    }

    /** A compiled rate on a date ({@link CompiledRate} has identity equality). */
    private record RuleKey(CompiledRate rate, LocalDate date) {}


    /**
     * Values deals as {@link PointsCalculator#estimate} does, through its compiled rates (the same
     * figures, see {@link PointsEstimator}); equal applied rules are shared. Anything the fast path
     * does not take (an amount beyond the calculator's limit, a date or currency outside the rules)
     * goes through the calculator itself, which gives the same result or throws the same exception.
     */
    private final class Valuer {
      private final PointsCalculator calculator;
      private final PointsEstimator estimator;
      /** Each product line's first sale date (null for none), once known. */
      private List<@Nullable LocalDate> firstSold = List.of();
      private final CountryCode[] countryOf;
      /**
       * The applied rules by rate (by identity) and close day, in blocks of {@link #BLOCK} days from
       * the epoch day 0 on, made when first needed; other days by rate and date.
       */
      private final IdentityHashMap<CompiledRate, AppliedRule[][]> appliedRules =
          new IdentityHashMap<>();
      private static final int BLOCK = 1024;
      private static final int BLOCKS = 128;
      private final Map<RuleKey, AppliedRule> sparseRules = new HashMap<>();

      /** Each deal's points, in hundredths, and the rule that produced them, by position. */
      private final long[] hundredths;
      private final AppliedRule[] applied;

      Valuer(PointsCalculator calculator, CountryCode[] countryOf, long[] hundredths, AppliedRule[] applied) {
        this.hundredths = hundredths;
        this.applied = applied;
        this.calculator = calculator;
        this.estimator = calculator.estimator();
        this.countryOf = countryOf;
      }

      /**
       * Values deal {@code j} into {@code hundredths[j]} and {@code applied[j]} with its product
       * line first sold on its own first-sale date, else on the line's first sale (once known).
       */
      void value(int j, Deal d, int line, int client, int closeDay) {
        LocalDate close = d.closeDate();
        LocalDate lineFirstSold = line < firstSold.size() ? firstSold.get(line) : null;
        LocalDate first = d.productLineFirstSold().orElse(lineFirstSold == null ? close : lineFirstSold);
        value(j, d, first.isAfter(close) ? close : first, client, closeDay);
      }

      /** Values deal {@code j} with its product line first sold on {@code first}, not after its close. */
      void value(int j, Deal d, LocalDate first, int client, int closeDay) {
        LocalDate close = d.closeDate();
        // signed (a reduction's amount is negative): HALF_EVEN is symmetric, so the points of the
        // amount's magnitude are the magnitude of its points
        BigDecimal amount = d.mrrChange().getNumber().numberValueExact(BigDecimal.class);
        if (amount.compareTo(FAST_PATH_MAX_AMOUNT) > 0 || amount.compareTo(FAST_PATH_MIN_AMOUNT) < 0) {
          slow(j, d, first);
          return;
        }
        CompiledRate rate;
        try {
          rate = estimator.rate(d.mrrChange().getCurrency(), countryOf[client], d.dealType(), close, first);
        } catch (RuntimeException e) {
          slow(j, d, first); // throws the calculator's own exception
          throw e;
        }
        // amounts up to 10^13 with at most 5 decimals have at most 18 digits: a long unscaled value
        hundredths[j] = Math.abs(amount.precision() <= 18 && amount.scale() >= 0
            ? rate.soldHundredths(amount.movePointRight(amount.scale()).longValue(), amount.scale())
            : rate.soldPoints(amount).toHundredths());
        applied[j] = appliedRule(rate, close, closeDay);
      }

      private AppliedRule appliedRule(CompiledRate rate, LocalDate close, int closeDay) {
        if (closeDay >= 0 && closeDay < BLOCK * BLOCKS) {
          AppliedRule[][] blocks = appliedRules.get(rate);
          if (blocks == null) {
            blocks = new AppliedRule[BLOCKS][];
            appliedRules.put(rate, blocks);
          }
          AppliedRule[] block = blocks[closeDay / BLOCK];
          if (block == null) {
            block = new AppliedRule[BLOCK];
            blocks[closeDay / BLOCK] = block;
          }
          AppliedRule rule = block[closeDay % BLOCK];
          if (rule == null) {
            rule = rate.appliedRule(close, 0);
            block[closeDay % BLOCK] = rule;
          }
          return rule;
        }
        return sparseRules.computeIfAbsent(new RuleKey(rate, close), k -> k.rate().appliedRule(k.date(), 0));
      }

      private void slow(int j, Deal d, LocalDate first) {
        PointsEstimate estimate = calculator.estimate(EstimateRequest.builder()
            .soldValue(d.mrrChange().abs())
            .country(requireClient(d.clientId(), "deal " + d.id()).country())
            .dealType(d.dealType())
            .date(d.closeDate())
            .productLineFirstSold(first)
            .build());
        hundredths[j] = estimate.soldPoints().toHundredths();
        applied[j] = estimate.appliedRule();
      }
    }

    /**
     * Whether a line first sold on {@code firstDay} can lock the rate of a deal closed on
     * {@code closeDay}: the first sale is earlier, in an earlier era (or a day is clamped).
     */
    private static boolean mayLock(int firstDay, int closeDay, int[] eraStart) {
      if (firstDay >= closeDay) {
        return false;
      }
      if (firstDay == Integer.MIN_VALUE || closeDay == Integer.MAX_VALUE) {
        return true;
      }
      for (int start : eraStart) {
        if (firstDay < start && start <= closeDay) {
          return true;
        }
      }
      return false;
    }

    /**
     * Whether deal {@code a} closed before deal {@code b}. Only the first sale's date matters (it is
     * all the rate lock reads), so of two first sales on one day the one met first is kept.
     */
    private static boolean closedBefore(int a, int b, Deal[] input, int[] closeDay) {
      if (closeDay[a] != closeDay[b]) {
        return closeDay[a] < closeDay[b];
      }
      boolean clamped = closeDay[a] == Integer.MIN_VALUE || closeDay[a] == Integer.MAX_VALUE;
      return clamped && input[a].closeDate().isBefore(input[b].closeDate()); // clamped days: the dates
    }

    private void validatePeriodsAndMrr() {
      Map<String, List<ManagementPeriod>> byPartnerClient = new HashMap<>();
      for (ManagementPeriod p : periods) {
        requireClient(p.clientId(), "management period of " + p.partner());
        List<ManagementPeriod> same = byPartnerClient.computeIfAbsent(p.partner() + "\u0000" + p.clientId(),
            k -> new ArrayList<>());
        for (ManagementPeriod other : same) {
          if (overlap(p, other)) {
            throw new IllegalArgumentException("management periods of client " + p.clientId() + " by " + p.partner()
                + " overlap: from " + other.from() + " and from " + p.from() + "; periods of one partner must not overlap");
          }
        }
        same.add(p);
      }
      Map<ClientId, TreeSet<LocalDate>> mrrDates = new HashMap<>();
      for (ClientMrr m : mrrHistory) {
        Client client = requireClient(m.clientId(), "MRR entry");
        requireCurrency(client, m.mrr(), "MRR of client " + m.clientId() + " from " + m.effectiveFrom());
        if (!mrrDates.computeIfAbsent(m.clientId(), k -> new TreeSet<>()).add(m.effectiveFrom())) {
          throw new IllegalArgumentException("client " + m.clientId() + " has two MRR entries effective "
              + m.effectiveFrom());
        }
      }
    }

    private static boolean overlap(ManagementPeriod a, ManagementPeriod b) {
      boolean aEndsBeforeB = a.until().isPresent() && !a.until().get().isAfter(b.from());
      boolean bEndsBeforeA = b.until().isPresent() && !b.until().get().isAfter(a.from());
      return !aEndsBeforeB && !bEndsBeforeA;
    }

    private Client requireClient(ClientId id, String who) {
      Client client = clients.get(id);
      if (client == null) {
        throw unknownClient(id, who);
      }
      return client;
    }

    private static IllegalArgumentException unknownClient(ClientId id, String who) {
      return new IllegalArgumentException(who + " names client " + id + ", which was not added; add the client first");
    }

    private static void requireCurrency(Client client, MonetaryAmount amount, String what) {
      String currency = amount.getCurrency().getCurrencyCode();
      String clientCurrency = client.currency().getCurrencyCode();
      if (!currency.equals(clientCurrency)) {
        throw wrongCurrency(what, currency, client.id(), clientCurrency);
      }
    }

    private static IllegalArgumentException wrongCurrency(String what, String currency, ClientId client,
        String clientCurrency) {
      return new IllegalArgumentException(what + " is in " + currency + " but client " + client + " pays in "
          + clientCurrency);
    }

    /**
     * The partner's entries while the ledger is built, as columns: each links to the one before it
     * on the same client's product line, so a reduction visits only its line. The entry objects
     * are made by {@link #toEntries} once every figure is known.
     */
    private static final class Entries {
      private final Deal[] input;
      private final int activeMonths;
      final LedgerIndex.EntryColumns columns;
      /** The input position of each entry's deal, and the rule that valued it. */
      final int[] dealOf;
      final AppliedRule[] rules;
      final int[] closeDay;
      final int[] expiryDay;
      final int[] previousOfLine;
      final long[] remaining;
      /** The input position of each reduction's deal, beside {@code columns.reductionEntry}. */
      int[] reductionDeal = new int[16];
      int size;

      Entries(int capacity, Deal[] input, int activeMonths) {
        this.input = input;
        this.activeMonths = activeMonths;
        columns = new LedgerIndex.EntryColumns(capacity);
        dealOf = new int[capacity];
        rules = new AppliedRule[capacity];
        closeDay = columns.closeDay;
        expiryDay = columns.expiryDay;
        previousOfLine = new int[capacity];
        remaining = new long[capacity];
      }

      void add(int deal, int close, long hundredths, AppliedRule rule, int expiry, int previous) {
        dealOf[size] = deal;
        rules[size] = rule;
        closeDay[size] = close;
        expiryDay[size] = expiry;
        columns.points[size] = hundredths;
        previousOfLine[size] = previous;
        remaining[size] = hundredths;
        size++;
      }

      /** An epoch day clamped to the int range (only compared, and only with other clamped days). */
      static int day(LocalDate date) {
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, date.toEpochDay()));
      }

      /**
       * Reduces the entries on the reduction's client and product line that are active on its close
       * date, most recently closed first, never below zero; {@code last} is the latest of the line.
       */
      void reduce(int last, int reductionDealAt, long hundredths) {
        long left = hundredths;
        if (left <= 0) {
          return;
        }
        LocalDate date = input[reductionDealAt].closeDate();
        int day = day(date);
        for (int i = last; i >= 0 && left > 0; i = previousOfLine[i]) {
          boolean active;
          if (day == Integer.MIN_VALUE || day == Integer.MAX_VALUE) { // clamped: compare dates
            LocalDate close = input[dealOf[i]].closeDate();
            active = !date.isBefore(close) && date.isBefore(close.plusMonths(activeMonths));
          } else {
            active = closeDay[i] <= day && day < expiryDay[i];
          }
          if (!active) {
            continue;
          }
          long take = Math.min(left, remaining[i]);
          if (take > 0) {
            remaining[i] -= take;
            if (columns.reductions == reductionDeal.length) {
              reductionDeal = Arrays.copyOf(reductionDeal, 2 * reductionDeal.length);
            }
            reductionDeal[columns.reductions] = reductionDealAt;
            columns.addReduction(i, day, take);
            left -= take;
          }
        }
      }

      /** The entries, with their reductions in the order they were made (date order). */
      ImmutableList<SoldEntry> toEntries() {
        int reductions = columns.reductions;
        int[] start = new int[size + 1];
        for (int r = 0; r < reductions; r++) {
          start[columns.reductionEntry[r] + 1]++;
        }
        for (int i = 0; i < size; i++) {
          start[i + 1] += start[i];
        }
        Reduction[] byEntry = new Reduction[reductions];
        int[] next = start.clone();
        for (int r = 0; r < reductions; r++) {
          Deal d = input[reductionDeal[r]];
          byEntry[next[columns.reductionEntry[r]]++] =
              Reduction.of(d.closeDate(), Points.ofHundredths(columns.reductionPoints[r]), d.id());
        }
        ImmutableList.Builder<SoldEntry> result = ImmutableList.builderWithExpectedSize(size);
        LocalDate close = LocalDate.MIN;
        LocalDate expiresOn = LocalDate.MIN;
        for (int i = 0; i < size; i++) {
          Deal d = input[dealOf[i]];
          // entries come in date order: the day's first deal gives the close date and expiry that
          // the day's entries share (equal dates; the deal objects themselves are not read again)
          if (i == 0 || closeDay[i] != closeDay[i - 1] || closeDay[i] == Integer.MIN_VALUE
              || closeDay[i] == Integer.MAX_VALUE) {
            close = d.closeDate();
            expiresOn = close.plusMonths(activeMonths);
          }
          ImmutableList<Reduction> reduced = start[i + 1] == start[i] ? ImmutableList.of()
              : ImmutableList.copyOf(Arrays.asList(byEntry).subList(start[i], start[i + 1]));
          result.add(SoldEntry.of(d, Points.ofHundredths(columns.points[i]), rules[i], close, expiresOn, reduced));
        }
        return result.build();
      }
    }

    private ImmutableListMultimap<ClientId, ManagedInterval> managedIntervals(PointsCalculator calculator,
        ImmutableMap<ClientId, ImmutableSortedMap<LocalDate, MonetaryAmount>> mrrByClient) {
      LocalDate programStart = latest(rules.rateEras().firstEffectiveDate(),
          rules.pointValues().tables().firstEffectiveDate(), rules.growthMarkets().firstEffectiveDate());
      NavigableSet<LocalDate> ruleChanges = new TreeSet<>();
      ruleChanges.addAll(rules.rateEras().entries().keySet());
      ruleChanges.addAll(rules.pointValues().tables().entries().keySet());
      ruleChanges.addAll(rules.growthMarkets().entries().keySet());

      Map<ClientId, List<ManagementPeriod>> periodsByClient = new TreeMap<>();
      for (ManagementPeriod p : periods) {
        periodsByClient.computeIfAbsent(p.clientId(), k -> new ArrayList<>()).add(p);
      }
      ImmutableListMultimap.Builder<ClientId, ManagedInterval> result = ImmutableListMultimap.builder();
      for (Map.Entry<ClientId, List<ManagementPeriod>> byClient : periodsByClient.entrySet()) {
        List<ManagementPeriod> clientPeriods = byClient.getValue();
        if (clientPeriods.stream().noneMatch(p -> p.partner().equals(partner))) {
          continue;
        }
        Client client = requireClient(byClient.getKey(), "a management period");
        ImmutableSortedMap<LocalDate, MonetaryAmount> mrr = mrrByClient.get(client.id());
        TreeSet<LocalDate> starts = new TreeSet<>(ruleChanges);
        for (ManagementPeriod p : clientPeriods) {
          starts.add(p.from());
          p.until().ifPresent(starts::add);
        }
        if (mrr != null) {
          starts.addAll(mrr.keySet());
        }
        List<LocalDate> points = new ArrayList<>();
        for (LocalDate d : starts) {
          points.add(d.isBefore(programStart) ? programStart : d);
        }
        List<LocalDate> distinct = new ArrayList<>(new TreeSet<>(points));
        for (int i = 0; i < distinct.size(); i++) {
          LocalDate from = distinct.get(i);
          Optional<LocalDate> until = i + 1 < distinct.size() ? Optional.of(distinct.get(i + 1)) : Optional.empty();
          List<PartnerId> managers = new ArrayList<>();
          for (ManagementPeriod p : clientPeriods) {
            if (p.covers(from)) {
              managers.add(p.partner());
            }
          }
          if (!managers.contains(partner)) {
            continue;
          }
          managers.sort(Comparator.naturalOrder());
          MonetaryAmount clientMrr = mrrOn(client, mrr, from);
          PointsEstimate estimate = calculator.estimate(EstimateRequest.builder()
              .soldValue(clientMrr)
              .country(client.country())
              .dealType(DealType.SOURCED)
              .alsoManages(true)
              .otherManagingPartners(managers.size() - 1)
              .date(from)
              .build());
          Points clientManaged = estimate.clientManagedPoints();
          Points share = clientManaged.allocate(managers.size()).get(managers.indexOf(partner));
          result.put(client.id(), ManagedInterval.builder()
              .clientId(client.id())
              .from(from)
              .until(until)
              .clientMrr(clientMrr)
              .clientManagedPoints(clientManaged)
              .managingPartners(managers)
              .share(share)
              .appliedRule(estimate.appliedRule())
              .build());
        }
      }
      return result.build();
    }

    private static LocalDate latest(LocalDate... dates) {
      LocalDate max = dates[0];
      for (LocalDate d : dates) {
        if (d.isAfter(max)) {
          max = d;
        }
      }
      return max;
    }
  }

  @Override
  public String toString() {
    return "PointLedger[partner=" + partner + ", clients=" + clients.size() + ", soldEntries="
        + soldEntries.size() + ", managedClients=" + managedByClient.keySet().size() + "]";
  }
}
