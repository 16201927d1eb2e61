package dev.partnerpoints.ledger;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import dev.partnerpoints.calculator.EstimateRequest;
import dev.partnerpoints.calculator.PointsCalculator;
import dev.partnerpoints.calculator.PointsEstimate;
import dev.partnerpoints.money.Points;
import dev.partnerpoints.program.DealType;
import dev.partnerpoints.program.ProgramRules;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
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
 * <h2>Rules applied (domain.md section 2; library defaults named)</h2>
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

  private PointLedger(Builder b, ImmutableList<SoldEntry> soldEntries,
      ImmutableListMultimap<ClientId, ManagedInterval> managedByClient) {
    this.rules = b.rules;
    this.partner = b.partner;
    this.clients = ImmutableSortedMap.copyOf(b.clients);
    this.soldEntries = soldEntries;
    this.soldByClient = soldEntries.stream()
        .collect(ImmutableListMultimap.toImmutableListMultimap(SoldEntry::clientId, e -> e));
    this.managedByClient = managedByClient;
    this.deals = b.sortedDeals();
    this.managementPeriods = ImmutableList.sortedCopyOf(PERIOD_ORDER, b.periods);
    this.clientMrrHistory = ImmutableList.sortedCopyOf(MRR_ORDER, b.mrrHistory);
    Map<ClientId, TreeMap<LocalDate, MonetaryAmount>> byClient = new HashMap<>();
    for (ClientMrr m : clientMrrHistory) {
      byClient.computeIfAbsent(m.clientId(), k -> new TreeMap<>()).put(m.effectiveFrom(), m.mrr());
    }
    ImmutableMap.Builder<ClientId, ImmutableSortedMap<LocalDate, MonetaryAmount>> index = ImmutableMap.builder();
    byClient.forEach((client, history) -> index.put(client, ImmutableSortedMap.copyOfSorted(history)));
    this.mrrByClient = index.buildOrThrow();
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
    ImmutableSortedMap<LocalDate, MonetaryAmount> history = mrrByClient.get(client);
    if (history == null) {
      return c.subscriptionMrr();
    }
    Map.Entry<LocalDate, MonetaryAmount> entry = history.floorEntry(date);
    return entry == null ? Money.zero(c.currency()) : entry.getValue();
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
    for (SoldEntry e : soldEntries) {
      if (!e.isActiveOn(date)) {
        continue;
      }
      long index = start.until(YearMonth.from(e.expiresOn()), java.time.temporal.ChronoUnit.MONTHS);
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
    private final Map<String, Deal> deals = new LinkedHashMap<>();
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
     * Adds clients.
     *
     * @param clients the clients, not null
     * @return this builder
     */
    public Builder addClients(Collection<Client> clients) {
      clients.forEach(this::addClient);
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
      if (deals.putIfAbsent(deal.id(), deal) != null) {
        throw new IllegalArgumentException("deal " + deal.id() + " was added twice");
      }
      return this;
    }

    /**
     * Adds deals.
     *
     * @param deals the deals, not null
     * @return this builder
     */
    public Builder addDeals(Collection<Deal> deals) {
      deals.forEach(this::addDeal);
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

    private ImmutableList<Deal> sortedDeals() {
      return ImmutableList.sortedCopyOf(DEAL_ORDER, deals.values());
    }

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
      validate();
      PointsCalculator calculator = PointsCalculator.of(rules, Clock.systemUTC());
      ImmutableList<Deal> sorted = sortedDeals().stream()
          .filter(d -> d.status() == DealStatus.CLOSED_WON)
          .collect(ImmutableList.toImmutableList());
      Map<String, LocalDate> firstSold = new HashMap<>();
      for (Deal d : sorted) {
        if (d.kind().isFirstSale()) {
          firstSold.putIfAbsent(lineKey(d), d.closeDate());
        }
      }
      List<MutableEntry> entries = new ArrayList<>();
      for (Deal d : sorted) {
        if (!d.kind().isReduction() && d.partner().orElseThrow().equals(partner)) {
          PointsEstimate estimate = value(calculator, d, firstSold);
          boolean noPoints = d.kind() == DealKind.NO_DEAL_INCREASE
              && rules.noDealIncreasesStopEarningOn().map(cut -> !d.closeDate().isBefore(cut)).orElse(false);
          entries.add(new MutableEntry(d, noPoints ? Points.zero() : estimate.soldPoints(), estimate));
        }
      }
      for (Deal d : sorted) {
        if (d.kind().isReduction()) {
          reduce(entries, d, value(calculator, d, firstSold).soldPoints().toHundredths());
        }
      }
      ImmutableList<SoldEntry> soldEntries = entries.stream()
          .map(MutableEntry::toEntry)
          .collect(ImmutableList.toImmutableList());
      return new PointLedger(this, soldEntries, managedIntervals(calculator));
    }

    private void validate() {
      for (Deal d : deals.values()) {
        Client client = requireClient(d.clientId(), "deal " + d.id());
        requireCurrency(client, d.mrrChange(), "deal " + d.id());
      }
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
        throw new IllegalArgumentException(who + " names client " + id + ", which was not added; add the client first");
      }
      return client;
    }

    private static void requireCurrency(Client client, MonetaryAmount amount, String what) {
      if (!amount.getCurrency().getCurrencyCode().equals(client.currency().getCurrencyCode())) {
        throw new IllegalArgumentException(what + " is in " + amount.getCurrency().getCurrencyCode()
            + " but client " + client.id() + " pays in " + client.currency().getCurrencyCode());
      }
    }

    private static String lineKey(Deal d) {
      return d.clientId().value() + "\u0000" + d.productLine().value();
    }

    private PointsEstimate value(PointsCalculator calculator, Deal d, Map<String, LocalDate> firstSold) {
      LocalDate first = d.productLineFirstSold().orElse(firstSold.getOrDefault(lineKey(d), d.closeDate()));
      if (first.isAfter(d.closeDate())) {
        first = d.closeDate();
      }
      MonetaryAmount magnitude = d.mrrChange().abs();
      return calculator.estimate(EstimateRequest.builder()
          .soldValue(magnitude)
          .country(requireClient(d.clientId(), "deal " + d.id()).country())
          .dealType(d.dealType())
          .date(d.closeDate())
          .productLineFirstSold(first)
          .build());
    }

    private static void reduce(List<MutableEntry> entries, Deal reduction, long hundredths) {
      long left = hundredths;
      for (int i = entries.size() - 1; i >= 0 && left > 0; i--) {
        MutableEntry e = entries.get(i);
        if (!e.deal.clientId().equals(reduction.clientId())
            || !e.deal.productLine().equals(reduction.productLine())
            || !e.isActiveOn(reduction.closeDate())) {
          continue;
        }
        long take = Math.min(left, e.remaining);
        if (take > 0) {
          e.remaining -= take;
          e.reductions.add(Reduction.of(reduction.closeDate(), Points.ofHundredths(take), reduction.id()));
          left -= take;
        }
      }
    }

    private final class MutableEntry {
      final Deal deal;
      final Points points;
      final PointsEstimate estimate;
      final LocalDate expiresOn;
      long remaining;
      final List<Reduction> reductions = new ArrayList<>();

      MutableEntry(Deal deal, Points points, PointsEstimate estimate) {
        this.deal = deal;
        this.points = points;
        this.estimate = estimate;
        this.expiresOn = deal.closeDate().plusMonths(rules.soldPointsActiveMonths());
        this.remaining = points.toHundredths();
      }

      boolean isActiveOn(LocalDate date) {
        return !date.isBefore(deal.closeDate()) && date.isBefore(expiresOn);
      }

      SoldEntry toEntry() {
        return SoldEntry.builder()
            .deal(deal)
            .points(points)
            .appliedRule(estimate.appliedRule())
            .activeFrom(deal.closeDate())
            .expiresOn(expiresOn)
            .reductions(reductions)
            .build();
      }
    }

    private ImmutableListMultimap<ClientId, ManagedInterval> managedIntervals(PointsCalculator calculator) {
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
      Map<ClientId, TreeMap<LocalDate, MonetaryAmount>> mrrByClient = new HashMap<>();
      for (ClientMrr m : mrrHistory) {
        mrrByClient.computeIfAbsent(m.clientId(), k -> new TreeMap<>()).put(m.effectiveFrom(), m.mrr());
      }
      ImmutableListMultimap.Builder<ClientId, ManagedInterval> result = ImmutableListMultimap.builder();
      for (Map.Entry<ClientId, List<ManagementPeriod>> byClient : periodsByClient.entrySet()) {
        List<ManagementPeriod> clientPeriods = byClient.getValue();
        if (clientPeriods.stream().noneMatch(p -> p.partner().equals(partner))) {
          continue;
        }
        Client client = requireClient(byClient.getKey(), "a management period");
        TreeMap<LocalDate, MonetaryAmount> mrr = mrrByClient.get(client.id());
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

    private static MonetaryAmount mrrOn(
        Client client, @Nullable NavigableMap<LocalDate, MonetaryAmount> history, LocalDate date) {
      if (history == null) {
        return client.subscriptionMrr();
      }
      Map.Entry<LocalDate, MonetaryAmount> entry = history.floorEntry(date);
      return entry == null ? Money.zero(client.currency()) : entry.getValue();
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
