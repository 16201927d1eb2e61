package dev.partnerpoints.dashboard;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import dev.partnerpoints.commission.CommissionCalculator;
import dev.partnerpoints.commission.CommissionSchedule;
import dev.partnerpoints.commission.CommissionStatement;
import dev.partnerpoints.commission.PartnerLevels;
import dev.partnerpoints.commission.RevenueSeries;
import dev.partnerpoints.ledger.BreakdownFilter;
import dev.partnerpoints.ledger.ClientBreakdown;
import dev.partnerpoints.ledger.ClientId;
import dev.partnerpoints.ledger.ClientPoints;
import dev.partnerpoints.ledger.DataGap;
import dev.partnerpoints.ledger.DataGapKind;
import dev.partnerpoints.ledger.Deal;
import dev.partnerpoints.ledger.DealId;
import dev.partnerpoints.ledger.MonthExpiry;
import dev.partnerpoints.ledger.PointLedger;
import dev.partnerpoints.ledger.PointsFigure;
import dev.partnerpoints.metrics.SharedSales;
import dev.partnerpoints.renewal.Renewal;
import dev.partnerpoints.renewal.UpcomingRenewals;
import dev.partnerpoints.tier.CreditedTier;
import dev.partnerpoints.tier.PartnerAccount;
import dev.partnerpoints.tier.TierEvaluator;
import dev.partnerpoints.tier.TierProgress;
import dev.partnerpoints.tier.TierStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Computes the dashboard's sections from a {@link PointLedger}, a {@link PartnerAccount} and the
 * extra inputs (the partner's level over time, the clients' net revenue, renewals, options), and
 * gathers them in a {@link PartnerDashboard}. Each section can also be computed on its own.
 *
 * <pre>{@code
 * PartnerDashboard dashboard = DashboardBuilder.of(ledger, PartnerAccount.alwaysCertified())
 *     .partnerLevels(PartnerLevels.alwaysPartner())
 *     .revenue(RevenueSeries.of(revenueEntries))
 *     .addRenewals(renewals)
 *     .build(LocalDate.of(2025, 9, 30), LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 30));
 * }</pre>
 *
 * <p>Defaults: options {@link DashboardOptions#defaults()}; levels {@link
 * PartnerLevels#alwaysPartner()}; no renewals; revenue, when none is given, derived from the
 * ledger's client MRR ({@link RevenueSeries#fromMonthEndMrr}) from the month of the first deal to the
 * month of the dashboard date, so upcoming payments cover accruals up to that month.
 *
 * <p>Setting the inputs is not thread-safe. Once they are set and the builder is handed to other
 * threads safely (through an executor, a concurrent collection or a final field), its computing
 * methods ({@code progress}, {@code commission}, {@code renewals}, {@code sharedSales}, {@code
 * build}...) may be called from many threads at once: they only read the inputs. The values it
 * builds are immutable.
 */
public final class DashboardBuilder {
  private final PointLedger ledger;
  private final PartnerAccount account;
  private DashboardOptions options = DashboardOptions.defaults();
  private PartnerLevels levels = PartnerLevels.alwaysPartner();
  private Optional<RevenueSeries> revenue = Optional.empty();
  private final List<Renewal> renewals = new ArrayList<>();

  private DashboardBuilder(PointLedger ledger, PartnerAccount account) {
    this.ledger = ledger;
    this.account = account;
  }

  /**
   * Starts a builder.
   *
   * @param ledger the partner's ledger, not null
   * @param account the partner's certifications and tool usage, not null
   * @return the builder, never null
   */
  public static DashboardBuilder of(PointLedger ledger, PartnerAccount account) {
    return new DashboardBuilder(Objects.requireNonNull(ledger, "ledger"), Objects.requireNonNull(account, "account"));
  }

  /**
   * Sets the options.
   *
   * @param options the options, not null
   * @return this builder
   */
  public DashboardBuilder options(DashboardOptions options) {
    this.options = Objects.requireNonNull(options, "options");
    return this;
  }

  /**
   * Sets the partner's level over time.
   *
   * @param levels the levels, not null
   * @return this builder
   */
  public DashboardBuilder partnerLevels(PartnerLevels levels) {
    this.levels = Objects.requireNonNull(levels, "levels");
    return this;
  }

  /**
   * Sets the clients' net revenue by month (the basis of commission).
   *
   * @param revenue the series, not null
   * @return this builder
   */
  public DashboardBuilder revenue(RevenueSeries revenue) {
    this.revenue = Optional.of(Objects.requireNonNull(revenue, "revenue"));
    return this;
  }

  /**
   * Adds a renewal.
   *
   * @param renewal the renewal, not null
   * @return this builder
   */
  public DashboardBuilder addRenewal(Renewal renewal) {
    renewals.add(Objects.requireNonNull(renewal, "renewal"));
    return this;
  }

  /**
   * Adds renewals.
   *
   * @param renewals the renewals, not null
   * @return this builder
   */
  public DashboardBuilder addRenewals(Collection<Renewal> renewals) {
    renewals.forEach(this::addRenewal);
    return this;
  }

  /**
   * Computes the program-progress section.
   *
   * @param date the date, not null
   * @return the section, never null
   * @throws dev.partnerpoints.money.DateOutsideProgramException if the date is before the first
   *     tier schedule
   * @throws dev.partnerpoints.money.UnsupportedCurrencyException if a client's currency has no point
   *     value where a figure needs one
   */
  public ProgramProgress progress(LocalDate date) {
    Objects.requireNonNull(date, "date");
    Parts parts = parts();
    return parts.progress(parts.evaluator().statusOn(date), parts.evaluator().creditedTierOn(date),
        parts.breakdown(date), date);
  }

  /**
   * Returns the commission calculator over the revenue series in use for a date (the given series,
   * or the one derived from the ledger up to the date's month).
   *
   * @param date the date that bounds a derived series, not null
   * @return the calculator, never null
   * @throws IllegalArgumentException if the revenue names a client not in the ledger or is in
   *     another currency than the client's
   */
  public CommissionCalculator commissionCalculator(LocalDate date) {
    return parts().commissionCalculator(Objects.requireNonNull(date, "date"));
  }

  /**
   * Computes the commission section on a date.
   *
   * @param date the date, not null
   * @return the statement, never null
   * @throws IllegalArgumentException if the revenue names a client not in the ledger or is in
   *     another currency than the client's
   */
  public CommissionStatement commission(LocalDate date) {
    return parts().commission(Objects.requireNonNull(date, "date"));
  }

  /**
   * Returns what is missing from the inputs such that a figure on the dashboard of a date is zero
   * without the data saying so: the ledger's {@link PointLedger#dataGaps()} and, when a revenue
   * series was given, each run of months up to the date's month in which a commission schedule of
   * the partner runs but the series has no net revenue for the client ({@link
   * DataGapKind#REVENUE_MISSING}: those months accrue nothing). Revenue derived from the ledger's
   * MRR has no missing months of its own (a client without MRR data is the ledger's gap).
   *
   * @param date the dashboard's date, not null
   * @return the gaps, by client, then first day, then kind, then deal id; never null
   * @throws IllegalArgumentException if the revenue names a client not in the ledger or is in
   *     another currency than the client's
   */
  public ImmutableList<DataGap> dataGaps(LocalDate date) {
    Objects.requireNonNull(date, "date");
    if (revenue.isEmpty()) {
      return ledger.dataGaps();
    }
    RevenueSeries series = revenue.get();
    YearMonth month = YearMonth.from(date);
    YearMonth last = series.lastMonth().filter(l -> l.isBefore(month)).orElse(month);
    Map<ClientId, TreeSet<YearMonth>> missing = new TreeMap<>();
    for (CommissionSchedule schedule : commissionCalculator(date).schedules()) {
      YearMonth end = schedule.lastMonth().filter(l -> l.isBefore(last)).orElse(last);
      for (YearMonth m = schedule.firstMonth(); !m.isAfter(end); m = m.plusMonths(1)) {
        if (series.revenueOf(schedule.clientId(), m).isEmpty()) {
          missing.computeIfAbsent(schedule.clientId(), k -> new TreeSet<>()).add(m);
        }
      }
    }
    List<DataGap> gaps = new ArrayList<>(ledger.dataGaps());
    missing.forEach((client, months) -> {
      // runs of consecutive months, one gap each
      List<YearMonth> sorted = new ArrayList<>(months);
      int start = 0;
      for (int i = 1; i <= sorted.size(); i++) {
        if (i == sorted.size() || !sorted.get(i).equals(sorted.get(i - 1).plusMonths(1))) {
          gaps.add(revenueGap(client, sorted.get(start), sorted.get(i - 1)));
          start = i;
        }
      }
    });
    gaps.sort(Comparator.comparing(DataGap::clientId).thenComparing(DataGap::start).thenComparing(DataGap::kind)
        .thenComparing(g -> g.dealId().map(DealId::value).orElse("")));
    return ImmutableList.copyOf(gaps);
  }

  private static DataGap revenueGap(ClientId client, YearMonth first, YearMonth last) {
    String months = first.equals(last) ? "in " + first : "from " + first + " to " + last;
    return DataGap.of(DataGapKind.REVENUE_MISSING, client, first.atDay(1),
        Optional.of(last.plusMonths(1).atDay(1)), Optional.empty(),
        "client " + client + " has a commission schedule but no net revenue " + months
            + " in the revenue given: no commission accrues for it then; add its revenue records");
  }

  /**
   * Computes the upcoming-renewals section on a date, over the options' horizon.
   *
   * @param date the date, not null
   * @return the section, never null
   * @throws IllegalArgumentException if a renewal names a client not in the ledger or is in another
   *     currency than the client's
   */
  public UpcomingRenewals renewals(LocalDate date) {
    return parts().renewals(Objects.requireNonNull(date, "date"));
  }

  /**
   * Computes the shared-sales section over an inclusive range.
   *
   * @param from the first day, not null
   * @param to the last day, not null, not before {@code from}
   * @return the section, never null
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public SharedSales sharedSales(LocalDate from, LocalDate to) {
    return parts().sharedSales(from, to);
  }

  /**
   * Builds the dashboard for a date and an inclusive range.
   *
   * @param date the date of the date-based sections, not null
   * @param from the first day of the range, not null
   * @param to the last day of the range, not null, not before {@code from}
   * @return the dashboard, never null
   * @throws IllegalArgumentException if {@code to} is before {@code from}, or an input names a
   *     client not in the ledger or is in another currency than the client's
   * @throws dev.partnerpoints.money.DateOutsideProgramException if the date is before the first
   *     tier schedule
   * @throws dev.partnerpoints.money.UnsupportedCurrencyException if a client's currency has no point
   *     value where a figure needs one
   */
  public PartnerDashboard build(LocalDate date, LocalDate from, LocalDate to) {
    return sections(date, from, to).toDashboard();
  }

  /**
   * Returns the dashboard's sections for a date and an inclusive range, each computed when first
   * asked for (see {@link DashboardSections}): for a caller that needs only some of them, such as one
   * figure. The sections read the inputs as they are now; later changes to this builder do not reach
   * them.
   *
   * @param date the date of the date-based sections, not null
   * @param from the first day of the range, not null
   * @param to the last day of the range, not null, not before {@code from}
   * @return the sections, none computed yet, never null
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public DashboardSections sections(LocalDate date, LocalDate from, LocalDate to) {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("dashboard range ends on " + to + ", before its start " + from
          + "; the end must be on or after the start");
    }
    return new DashboardSections(parts(), date, from, to);
  }

  /** The inputs as they are now, and what the sections compute from them. */
  private Parts parts() {
    return new Parts(ledger, account, options, levels, revenue, ImmutableList.copyOf(renewals));
  }

  /**
   * A snapshot of the builder's inputs and the computation of each section from them: what {@link
   * DashboardSections} calls, each part once. Immutable.
   */
  static final class Parts {
    private final PointLedger ledger;
    private final DashboardOptions options;
    private final PartnerLevels levels;
    private final Optional<RevenueSeries> revenue;
    private final ImmutableList<Renewal> renewals;
    /** Made when a section first needs it (commission, renewals and shared sales do not). */
    private final Supplier<TierEvaluator> evaluator;

    private Parts(PointLedger ledger, PartnerAccount account, DashboardOptions options, PartnerLevels levels,
        Optional<RevenueSeries> revenue, ImmutableList<Renewal> renewals) {
      this.ledger = ledger;
      this.options = options;
      this.levels = levels;
      this.revenue = revenue;
      this.renewals = renewals;
      this.evaluator = Suppliers.memoize(() -> TierEvaluator.of(ledger, account));
    }

    PointLedger ledger() {
      return ledger;
    }

    TierEvaluator evaluator() {
      return evaluator.get();
    }

    ImmutableList<ClientBreakdown> breakdown(LocalDate date) {
      return ledger.breakdown(date, BreakdownFilter.all());
    }

    ImmutableList<MonthExpiry> upcomingExpiries(LocalDate date) {
      return ledger.upcomingExpiries(date, options.expiryMonths());
    }

    ProgramProgress progress(TierStatus status, CreditedTier credited, List<ClientBreakdown> breakdown,
        LocalDate date) {
      PointsFigure.Builder total = PointsFigure.builder();
      for (ClientBreakdown b : breakdown) {
        if (!b.total().isZero()) {
          total.addRows(ClientPoints.of(b.client().id(), b.total()));
        }
      }
      Optional<TierProgress> next = status.progressAbove(credited.tier());
      return ProgramProgress.builder()
          .date(date)
          .creditedTier(credited)
          .performanceTier(status.performanceTier())
          .totalPoints(total.build())
          .nextTier(next)
          .sourcedMrr(options.sourcedMrrMethod().measure(ledger, date))
          .retention(options.retentionMethod().measure(ledger, date))
          .build();
    }

    CommissionCalculator commissionCalculator(LocalDate date) {
      return CommissionCalculator.of(ledger, levels, revenueFor(date), options.commissionRules());
    }

    CommissionStatement commission(LocalDate date) {
      return commissionCalculator(date).statementOn(date);
    }

    UpcomingRenewals renewals(LocalDate date) {
      return UpcomingRenewals.from(ledger, renewals, date, options.renewalHorizon());
    }

    SharedSales sharedSales(LocalDate from, LocalDate to) {
      return SharedSales.from(ledger, from, to);
    }

    private RevenueSeries revenueFor(LocalDate date) {
      if (revenue.isPresent()) {
        return revenue.get();
      }
      Optional<YearMonth> first = ledger.deals().stream().map(Deal::closeDate).min(LocalDate::compareTo)
          .map(YearMonth::from);
      YearMonth last = YearMonth.from(date);
      return first.isEmpty() || first.get().isAfter(last) ? RevenueSeries.empty()
          : RevenueSeries.fromMonthEndMrr(ledger, first.get(), last);
    }
  }

  /**
   * Builds the dashboard for a date, with the range from the first day of the date's month to the
   * date.
   *
   * @param date the date, not null
   * @return the dashboard, never null
   * @see #build(LocalDate, LocalDate, LocalDate)
   */
  public PartnerDashboard build(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return build(date, date.withDayOfMonth(1), date);
  }

  /**
   * Builds the dashboard for today's date on a clock, with the range from the first day of the
   * month to today.
   *
   * @param clock the clock, not null
   * @return the dashboard, never null
   * @see #build(LocalDate)
   */
  public PartnerDashboard build(Clock clock) {
    return build(LocalDate.now(Objects.requireNonNull(clock, "clock")));
  }
}
