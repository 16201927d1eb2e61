package dev.partnerpoints.commission;

import com.google.common.collect.ImmutableList;
import dev.partnerpoints.internal.DateRanges;
import dev.partnerpoints.internal.Sums;
import dev.partnerpoints.ledger.Client;
import dev.partnerpoints.ledger.ClientId;
import dev.partnerpoints.ledger.Deal;
import dev.partnerpoints.ledger.DealId;
import dev.partnerpoints.ledger.DealKind;
import dev.partnerpoints.ledger.DealStatus;
import dev.partnerpoints.ledger.ManagementPeriod;
import dev.partnerpoints.ledger.PointLedger;
import dev.partnerpoints.program.DealType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.threeten.extra.LocalDateRange;
import org.jspecify.annotations.Nullable;

/**
 * The commission (revenue share) of one partner: a schedule for every commissionable deal, monthly
 * accruals, and quarterly payments.
 *
 * <h2>Which deals (library defaults named)</h2>
 * Every closed-won new-client, cross-sell or upsell deal credited to the ledger's partner, sourced
 * or assisted. No-deal increases, reductions, open or lost deals and other partners' deals have no
 * schedule; reductions lower the client's revenue instead.
 *
 * <h2>Rules (docs/rules.md section 15.6, numbers from {@link CommissionRules})</h2>
 * <ul>
 *   <li>Level on the close date {@link PartnerLevel#PROVIDER}: {@link CommissionRule#PROVIDER_SHARE},
 *       12 months from the close date's month.
 *   <li>Otherwise a sourced upsell closed on or after 2025-11-17:
 *       {@link CommissionRule#NET_UPSELL_SHARE}, the net upsell (the deal's MRR change) for 36
 *       months. A Provider's sourced upsell from that date is also paid on the net upsell, for 12
 *       months.
 *   <li>Otherwise closed before 2023-04-01: {@link CommissionRule#LEGACY_CLIENT_SHARE}, the client's
 *       net revenue with no fixed end, from 2025-04 only in months the partner manages the client
 *       (a management period of the partner covers at least one day of the month).
 *   <li>Otherwise: {@link CommissionRule#CLIENT_SHARE}, the client's net revenue for 36 months.
 *   <li>Conversion from Partner to Provider on C: a Partner-level schedule of a deal closed more than
 *       12 months before C (close date before {@code C.minusMonths(12)}) stops at once: its last
 *       month is the one before C's month; a younger one ends 12 months from its close date's month
 *       (if it would run longer).
 *   <li>"While the client keeps paying": a month accrues only if the client's net revenue in it is
 *       above zero.
 *   <li>A client's revenue is paid once: client-revenue schedules of the partner on one client are
 *       taken in close-date order and a month accrued by an earlier one is {@link
 *       AccrualStatus#COVERED} in later ones; their basis is the revenue less the net upsells that
 *       the partner's net-upsell schedules on the client accrue that month (never below zero).
 *   <li>Each month's accrual is {@code basis x 20%}, rounded once to the client currency's default
 *       fraction digits, HALF_EVEN; payments and totals are exact sums of accruals and stay in the
 *       client's currency.
 *   <li>The accruals of a calendar quarter are paid 45 days after its last day, one payment per
 *       currency. A payment is past on its payment date and after; upcoming before it.
 * </ul>
 *
 * <p>Schedules run up to the revenue series' last month. This class is immutable and thread-safe.
 */
public final class CommissionCalculator {

  private static final Comparator<CommissionMonth> ROW_ORDER = Comparator.comparing(CommissionMonth::clientId)
      .thenComparing(CommissionMonth::dealId).thenComparing(CommissionMonth::month);

  private final PointLedger ledger;
  private final PartnerLevels levels;
  private final RevenueSeries revenue;
  private final CommissionRules rules;
  private final ImmutableList<CommissionSchedule> schedules;
  private final ImmutableList<CommissionPayment> payments;

  private CommissionCalculator(PointLedger ledger, PartnerLevels levels, RevenueSeries revenue, CommissionRules rules) {
    this.ledger = ledger;
    this.levels = levels;
    this.revenue = revenue;
    this.rules = rules;
    validate();
    this.schedules = computeSchedules();
    this.payments = computePayments(schedules);
  }

  /**
   * Creates the calculator and computes every schedule and payment.
   *
   * @param ledger the partner's ledger (deals, clients, management periods), not null
   * @param levels the partner's level over time, not null
   * @param revenue the clients' net revenue by month, not null
   * @param rules the commission rules, not null
   * @return the calculator, never null
   * @throws IllegalArgumentException if the revenue series names a client that is not in the ledger
   *     or is in another currency than the client's
   */
  public static CommissionCalculator of(PointLedger ledger, PartnerLevels levels, RevenueSeries revenue,
      CommissionRules rules) {
    return new CommissionCalculator(Objects.requireNonNull(ledger, "ledger"), Objects.requireNonNull(levels, "levels"),
        Objects.requireNonNull(revenue, "revenue"), Objects.requireNonNull(rules, "rules"));
  }

  /**
   * Returns the schedule of every commissionable deal, sorted by close date, then deal id.
   *
   * @return the schedules, never null
   */
  public ImmutableList<CommissionSchedule> schedules() {
    return schedules;
  }

  /**
   * Returns every payment, sorted by payment date, then currency code.
   *
   * @return the payments, never null
   */
  public ImmutableList<CommissionPayment> payments() {
    return payments;
  }

  /**
   * Returns the commission section on a date: the schedules, the payments made on or before the
   * date and the payments due after it.
   *
   * @param date the date, not null
   * @return the statement, never null
   */
  public CommissionStatement statementOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    CommissionStatement.Builder statement = CommissionStatement.builder().date(date).schedules(schedules);
    for (CommissionPayment p : payments) {
      if (p.paymentDate().isAfter(date)) {
        statement.addUpcomingPayments(p);
      } else {
        statement.addPastPayments(p);
      }
    }
    return statement.build();
  }

  private void validate() {
    for (ClientRevenue r : revenue.entries()) {
      Client client = ledger.clients().get(r.clientId());
      if (client == null) {
        throw new IllegalArgumentException("revenue in " + r.month() + " names client " + r.clientId()
            + ", which is not in the ledger; known clients: " + ledger.clients().keySet());
      }
      if (!client.currency().getCurrencyCode().equals(r.netRevenue().getCurrency().getCurrencyCode())) {
        throw new IllegalArgumentException("revenue of client " + r.clientId() + " in " + r.month() + " is in "
            + r.netRevenue().getCurrency().getCurrencyCode() + " but the client pays in "
            + client.currency().getCurrencyCode());
      }
    }
  }

  private boolean commissionable(Deal d) {
    return d.status() == DealStatus.CLOSED_WON
        && !d.kind().isReduction()
        && d.kind() != DealKind.NO_DEAL_INCREASE
        && d.partner().map(ledger.partner()::equals).orElse(false);
  }

  /** A schedule's shape before its rows. */
  private static final class Window {
    final Deal deal;
    final PartnerLevel level;
    final CommissionRule rule;
    final CommissionBasis basis;
    final YearMonth first;
    Optional<YearMonth> end = Optional.empty();
    Optional<YearMonth> managedOnlyFrom = Optional.empty();
    Optional<LocalDate> shortenedOn = Optional.empty();
    ScheduleRows.@Nullable Builder rows;
    /** The number of the month after the last row (see {@code number}), set with the client's months. */
    int stop;

    Window(Deal deal, PartnerLevel level, CommissionRule rule, CommissionBasis basis, YearMonth first) {
      this.deal = deal;
      this.level = level;
      this.rule = rule;
      this.basis = basis;
      this.first = first;
    }
  }

  private Window windowOf(Deal d) {
    LocalDate close = d.closeDate();
    PartnerLevel level = levels.levelOn(close);
    YearMonth first = YearMonth.from(close);
    boolean netUpsell = d.kind() == DealKind.UPSELL && d.dealType() == DealType.SOURCED
        && !close.isBefore(rules.netUpsellFrom());
    CommissionBasis basis = netUpsell ? CommissionBasis.NET_UPSELL : CommissionBasis.CLIENT_REVENUE;
    CommissionRule rule;
    Optional<YearMonth> end = Optional.empty();
    Optional<YearMonth> managedOnlyFrom = Optional.empty();
    if (level == PartnerLevel.PROVIDER) {
      rule = CommissionRule.PROVIDER_SHARE;
      end = Optional.of(first.plusMonths(rules.providerMonths()));
    } else if (netUpsell) {
      rule = CommissionRule.NET_UPSELL_SHARE;
      end = Optional.of(first.plusMonths(rules.netUpsellMonths()));
    } else if (close.isBefore(rules.clientShareFrom())) {
      rule = CommissionRule.LEGACY_CLIENT_SHARE;
      managedOnlyFrom = Optional.of(YearMonth.from(rules.legacyManagedOnlyFrom()));
    } else {
      rule = CommissionRule.CLIENT_SHARE;
      end = Optional.of(first.plusMonths(rules.clientShareMonths()));
    }
    Window w = new Window(d, level, rule, basis, first);
    w.end = end;
    w.managedOnlyFrom = managedOnlyFrom;
    if (w.level == PartnerLevel.PARTNER && levels.providerFrom().isPresent()) {
      // the deal closed before the conversion (the partner was a Partner on its close date)
      LocalDate conversion = levels.providerFrom().get();
      YearMonth cut = close.isBefore(conversion.minusMonths(rules.providerMonths()))
          ? YearMonth.from(conversion)
          : w.first.plusMonths(rules.providerMonths());
      if (w.end.isEmpty() || cut.isBefore(w.end.get())) {
        w.end = Optional.of(cut);
        w.shortenedOn = Optional.of(conversion);
      }
    }
    return w;
  }

  private ImmutableList<CommissionSchedule> computeSchedules() {
    // windows in the ledger's deal order (close date, then id), which is the schedules' order
    List<Window> all = new ArrayList<>();
    Map<ClientId, List<Window>> byClient = new HashMap<>();
    for (Deal d : ledger.deals()) {
      if (commissionable(d)) {
        Window w = windowOf(d);
        all.add(w);
        byClient.computeIfAbsent(d.clientId(), k -> new ArrayList<>()).add(w);
      }
    }
    Optional<YearMonth> horizon = revenue.lastMonth();
    Map<ClientId, List<ManagementPeriod>> periods = periodsByClient();
    for (Map.Entry<ClientId, List<Window>> e : byClient.entrySet()) {
      Client client = Objects.requireNonNull(ledger.clients().get(e.getKey()), "client of a ledger deal");
      List<Window> windows = e.getValue();
      List<ManagementPeriod> managed = periods.getOrDefault(e.getKey(), List.of());
      MonetaryAmount zero = Money.zero(client.currency()); // one per client, shared by its schedules
      ClientMonths months = new ClientMonths(client.id(), windows, horizon);
      for (Window w : windows) {
        if (w.basis == CommissionBasis.NET_UPSELL) {
          fillRows(w, client, zero, managed, months);
        }
      }
      for (Window w : windows) {
        if (w.basis == CommissionBasis.CLIENT_REVENUE) {
          fillRows(w, client, zero, managed, months);
        }
      }
    }
    ImmutableList.Builder<CommissionSchedule> result = ImmutableList.builderWithExpectedSize(all.size());
    for (Window w : all) {
      // every window is filled once, net-upsell or client-revenue
      ScheduleRows months = Objects.requireNonNull(w.rows, "rows of a window").build();
      result.add(new CommissionSchedule(w.deal, w.level, w.rule, w.basis, w.first, w.end, w.managedOnlyFrom,
          w.shortenedOn, months));
    }
    return result.build();
  }

  /** A month as a number: consecutive months are consecutive numbers. */
  private static int number(YearMonth month) {
    return month.getYear() * 12 + month.getMonthValue() - 1;
  }

  /** The month of a {@link #number}. */
  private static YearMonth month(int number) {
    return YearMonth.of(Math.floorDiv(number, 12), Math.floorMod(number, 12) + 1);
  }

  /**
   * One client's months that its schedules cover up to the horizon, as arrays indexed by month: the
   * client's net revenue, the net upsells its net-upsell schedules accrue, and the deal whose
   * client-revenue schedule took each month. Made before the client's schedules are filled (it sets
   * each window's stop), then filled with them.
   */
  private final class ClientMonths {
    /** The number of the first month of the arrays. */
    final int from;
    final @Nullable MonetaryAmount[] revenue;
    final @Nullable BigDecimal[] upsells;
    final @Nullable DealId[] taken;
    /** Whether the partner manages the client in each month: 0 not yet asked, 1 yes, 2 no. */
    final byte[] managed;

    ClientMonths(ClientId client, List<Window> windows, Optional<YearMonth> horizon) {
      int lo = Integer.MAX_VALUE;
      int hi = Integer.MIN_VALUE;
      for (Window w : windows) {
        // the covered months up to the horizon: [first, min(end, horizon + 1)); none without a horizon
        int first = number(w.first);
        int stop = horizon.isEmpty() ? first : number(horizon.get()) + 1;
        if (w.end.isPresent()) {
          stop = Math.min(stop, number(w.end.get()));
        }
        w.stop = stop;
        if (stop > first) {
          lo = Math.min(lo, first);
          hi = Math.max(hi, stop);
        }
      }
      this.from = lo == Integer.MAX_VALUE ? 0 : lo;
      int length = lo == Integer.MAX_VALUE ? 0 : hi - lo;
      this.revenue = new MonetaryAmount[length];
      this.upsells = new BigDecimal[length];
      this.taken = new DealId[length];
      this.managed = new byte[length];
      Map<YearMonth, MonetaryAmount> byMonth = CommissionCalculator.this.revenue.index().get(client);
      if (byMonth != null) {
        byMonth.forEach((month, amount) -> {
          int at = number(month) - from;
          if (at >= 0 && at < length) {
            revenue[at] = amount;
          }
        });
      }
    }

    /** Whether the partner manages the client on at least one day of month {@code m}; asked once per month. */
    boolean manages(int m, List<ManagementPeriod> periods) {
      int at = m - from;
      if (managed[at] == 0) {
        managed[at] = CommissionCalculator.manages(periods, month(m)) ? (byte) 1 : (byte) 2;
      }
      return managed[at] == 1;
    }
  }

  /**
   * Fills a window's rows up to the horizon. Net-upsell windows record what they accrue in the
   * client's upsells; client-revenue windows deduct it and take their months.
   */
  private void fillRows(Window w, Client client, MonetaryAmount zero, List<ManagementPeriod> managed,
      ClientMonths months) {
    CurrencyUnit currency = client.currency();
    int stop = w.stop;
    ScheduleRows.Builder rows = new ScheduleRows.Builder(w.deal.id(), client.id(), w.first, zero, revenue, rules,
        stop - number(w.first));
    w.rows = rows;
    int managedOnlyFrom = w.managedOnlyFrom.map(CommissionCalculator::number).orElse(Integer.MAX_VALUE);
    BigDecimal upsell = w.basis == CommissionBasis.NET_UPSELL ? Sums.exact(w.deal.mrrChange()).abs() : null;
    for (int m = number(w.first); m < stop; m++) {
      int at = m - months.from;
      MonetaryAmount rev = months.revenue[at];
      if (rev == null || !rev.isPositive()) {
        rows.add(AccrualStatus.NO_REVENUE);
      } else if (m >= managedOnlyFrom && !months.manages(m, managed)) {
        rows.add(AccrualStatus.NOT_MANAGED);
      } else if (upsell != null) {
        BigDecimal before = months.upsells[at];
        months.upsells[at] = before == null ? upsell : before.add(upsell);
        accrue(rows, upsell, currency);
      } else if (months.taken[at] != null) {
        rows.addCovered(Objects.requireNonNull(months.taken[at], "covering deal"));
      } else {
        months.taken[at] = w.deal.id();
        BigDecimal upsells = months.upsells[at];
        BigDecimal basis = Sums.exact(rev).subtract(upsells == null ? BigDecimal.ZERO : upsells).max(BigDecimal.ZERO);
        accrue(rows, basis, currency);
      }
    }
  }

  private void accrue(ScheduleRows.Builder rows, BigDecimal basis, CurrencyUnit currency) {
    int digits = Math.max(0, currency.getDefaultFractionDigits());
    BigDecimal amount = basis.multiply(rules.shareRate()).setScale(digits, RoundingMode.HALF_EVEN);
    rows.addAccrued(Money.of(basis, currency), Money.of(amount, currency));
  }

  /** Whether the partner manages the client on at least one day of the month. */
  private static boolean manages(List<ManagementPeriod> periods, YearMonth month) {
    LocalDateRange days = DateRanges.ofMonth(month);
    for (ManagementPeriod p : periods) {
      if (p.dates().overlaps(days)) {
        return true;
      }
    }
    return false;
  }

  /** The ledger partner's own management periods, by client: read once, not per client-month. */
  private Map<ClientId, List<ManagementPeriod>> periodsByClient() {
    Map<ClientId, List<ManagementPeriod>> result = new HashMap<>();
    for (ManagementPeriod p : ledger.managementPeriods()) {
      if (p.partner().equals(ledger.partner())) {
        result.computeIfAbsent(p.clientId(), k -> new ArrayList<>()).add(p);
      }
    }
    return result;
  }

  /** The payments of schedules this calculator made (their rows are {@link ScheduleRows}). */
  private static ImmutableList<CommissionPayment> computePayments(List<CommissionSchedule> schedules) {
    Map<LocalDate, Map<String, List<CommissionMonth>>> byDate = new TreeMap<>();
    Map<String, CurrencyUnit> currencies = new LinkedHashMap<>();
    for (CommissionSchedule s : schedules) {
      String code = s.currency().getCurrencyCode();
      currencies.putIfAbsent(code, s.currency());
      Consumer<CommissionMonth> add = m -> byDate.computeIfAbsent(m.paymentDate(), k -> new TreeMap<>())
          .computeIfAbsent(code, k -> new ArrayList<>()).add(m);
      ((ScheduleRows) s.months()).forEachAccrued(add); // only the accruing rows become objects
    }
    ImmutableList.Builder<CommissionPayment> result = ImmutableList.builder();
    byDate.forEach((date, byCurrency) -> byCurrency.forEach((code, rows) -> {
      rows.sort(ROW_ORDER);
      result.add(CommissionPayment.builder()
          .quarterStart(CommissionRules.quarterStartOf(rows.get(0).month()))
          .paymentDate(date)
          .currency(Objects.requireNonNull(currencies.get(code), "currency of a payment"))
          .rows(rows)
          .build());
    }));
    return result.build();
  }

  @Override
  public String toString() {
    return "CommissionCalculator[partner=" + ledger.partner() + ", schedules=" + schedules.size() + ", payments="
        + payments.size() + "]";
  }
}
