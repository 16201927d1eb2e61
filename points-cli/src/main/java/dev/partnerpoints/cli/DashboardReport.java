package dev.partnerpoints.cli;

import com.google.common.collect.ImmutableList;
import dev.partnerpoints.commission.CommissionStatement;
import dev.partnerpoints.dashboard.DashboardBuilder;
import dev.partnerpoints.dashboard.PartnerDashboard;
import dev.partnerpoints.dashboard.ProgramProgress;
import dev.partnerpoints.ledger.BreakdownFilter;
import dev.partnerpoints.ledger.ClientBreakdown;
import dev.partnerpoints.ledger.ClientId;
import dev.partnerpoints.ledger.MonthExpiry;
import dev.partnerpoints.ledger.MonthPoints;
import dev.partnerpoints.ledger.PointChanges;
import dev.partnerpoints.ledger.PointLedger;
import dev.partnerpoints.metrics.SharedSales;
import dev.partnerpoints.renewal.UpcomingRenewals;
import dev.partnerpoints.tier.KeepTierOutlook;
import dev.partnerpoints.tier.TierStatus;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * What the {@code dashboard}, {@code export}, {@code report} and {@code demo} commands print: the
 * partner's dashboard sections for a date and a range, the ledger behind them (client names, sold
 * entries) and the tier page's progress month by month.
 *
 * <p>Each section is computed once, when first asked for. A report {@link #build built} whole
 * computes the {@link PartnerDashboard} at once (the sections share the tier status and the
 * breakdown); a {@link #lazy lazy} one, for an export of one figure, computes only the sections the
 * figure reads where the library computes them apart (progress, point changes, breakdown,
 * commission, renewals, shared sales, the monthly progress); the tier status, the points to keep the
 * tier and the upcoming expiries come from the whole dashboard.
 */
final class DashboardReport {

  /** How many months the progress series shows. */
  static final int PROGRESS_MONTHS = 12;

  private final PointLedger ledger;
  private final RangeOptions.DashboardDates dates;
  private final Supplier<PartnerDashboard> dashboard;
  private final Supplier<ImmutableList<MonthPoints>> monthly;
  private final Supplier<ProgramProgress> progress;
  private final Supplier<PointChanges> pointChanges;
  private final Supplier<ImmutableList<ClientBreakdown>> breakdown;
  private final Supplier<CommissionStatement> commission;
  private final Supplier<UpcomingRenewals> renewals;
  private final Supplier<SharedSales> sharedSales;

  private DashboardReport(PointLedger ledger, DashboardBuilder builder, RangeOptions.DashboardDates dates,
      boolean whole) {
    this.ledger = Objects.requireNonNull(ledger, "ledger");
    this.dates = Objects.requireNonNull(dates, "dates");
    Objects.requireNonNull(builder, "builder");
    LocalDate date = dates.date();
    this.dashboard = once(() -> builder.build(date, dates.from(), dates.to()));
    this.monthly = once(() -> monthly(ledger, date));
    if (whole) {
      PartnerDashboard built = dashboard.get();
      this.progress = built::progress;
      this.pointChanges = built::pointChanges;
      this.breakdown = built::breakdown;
      this.commission = built::commission;
      this.renewals = built::renewals;
      this.sharedSales = built::sharedSales;
      ImmutableList<MonthPoints> months = monthly.get();
      Objects.requireNonNull(months, "monthly");
    } else {
      this.progress = once(() -> builder.progress(date));
      this.pointChanges = once(() -> ledger.changes(dates.from(), dates.to()));
      this.breakdown = once(() -> ledger.breakdown(date, BreakdownFilter.all()));
      this.commission = once(() -> builder.commission(date));
      this.renewals = once(() -> builder.renewals(date));
      this.sharedSales = once(() -> builder.sharedSales(dates.from(), dates.to()));
    }
  }

  /** A value computed on the first call of {@code get()} and kept (one command runs on one thread). */
  private static <T> Supplier<T> once(Supplier<T> compute) {
    return new Supplier<>() {
      private @Nullable T value;

      @Override
      public T get() {
        T result = value;
        if (result == null) {
          result = Objects.requireNonNull(compute.get(), "computed value");
          value = result;
        }
        return result;
      }
    };
  }

  /**
   * Builds the whole dashboard for the dates and the monthly progress.
   *
   * @throws IllegalArgumentException if the library rejects the dates or inputs (a date before the
   *     program, a currency without a point value)
   */
  static DashboardReport build(PointLedger ledger, DashboardBuilder builder, RangeOptions.DashboardDates dates) {
    return new DashboardReport(ledger, builder, dates, true);
  }

  /** A report whose sections are computed when first asked for, each on its own where it can be. */
  static DashboardReport lazy(PointLedger ledger, DashboardBuilder builder, RangeOptions.DashboardDates dates) {
    return new DashboardReport(ledger, builder, dates, false);
  }

  private static ImmutableList<MonthPoints> monthly(PointLedger ledger, LocalDate date) {
    YearMonth last = date.equals(date.withDayOfMonth(date.lengthOfMonth()))
        ? YearMonth.from(date) : YearMonth.from(date).minusMonths(1);
    YearMonth programStart = YearMonth.from(ledger.rules().tierSchedules().firstEffectiveDate());
    YearMonth first = last.minusMonths(PROGRESS_MONTHS - 1L);
    if (first.isBefore(programStart)) {
      first = programStart;
    }
    return last.isBefore(first) ? ImmutableList.of() : ledger.progress(first, last);
  }

  /** The partner's ledger. */
  PointLedger ledger() {
    return ledger;
  }

  /** The whole dashboard (computed on first use). */
  PartnerDashboard dashboard() {
    return dashboard.get();
  }

  /**
   * The points on the last day of each of the {@value #PROGRESS_MONTHS} latest months that ended on
   * or before the date (none before the program's first tier schedule), oldest first.
   */
  ImmutableList<MonthPoints> monthly() {
    return monthly.get();
  }

  LocalDate date() {
    return dates.date();
  }

  LocalDate from() {
    return dates.from();
  }

  LocalDate to() {
    return dates.to();
  }

  ProgramProgress progress() {
    return progress.get();
  }

  TierStatus tierStatus() {
    return dashboard().tierStatus();
  }

  KeepTierOutlook keepTier() {
    return dashboard().keepTier();
  }

  PointChanges pointChanges() {
    return pointChanges.get();
  }

  ImmutableList<ClientBreakdown> breakdown() {
    return breakdown.get();
  }

  ImmutableList<MonthExpiry> upcomingExpiries() {
    return dashboard().upcomingExpiries();
  }

  CommissionStatement commission() {
    return commission.get();
  }

  UpcomingRenewals renewals() {
    return renewals.get();
  }

  SharedSales sharedSales() {
    return sharedSales.get();
  }

  /** The partner's id. */
  String partner() {
    return ledger.partner().value();
  }

  /** A client's display name, or its id when the ledger does not know it. */
  String name(ClientId client) {
    return ledger.clients().containsKey(client) ? ledger.clients().get(client).name() : client.value();
  }
}
