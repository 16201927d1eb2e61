package dev.partnerpoints.cli;

import com.google.common.collect.ImmutableList;
import dev.partnerpoints.commission.CommissionStatement;
import dev.partnerpoints.dashboard.DashboardBuilder;
import dev.partnerpoints.dashboard.DashboardSections;
import dev.partnerpoints.dashboard.PartnerDashboard;
import dev.partnerpoints.dashboard.ProgramProgress;
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
 * <p>Each section is computed once, when first asked for (the library's {@link DashboardSections}).
 * A report {@link #build built} whole computes every section and the monthly progress at once; a
 * {@link #lazy lazy} one, for an export of one figure, computes only the sections the figure reads.
 */
final class DashboardReport {

  /** How many months the progress series shows. */
  static final int PROGRESS_MONTHS = 12;

  private final PointLedger ledger;
  private final RangeOptions.DashboardDates dates;
  private final DashboardSections sections;
  private final Supplier<PartnerDashboard> dashboard;
  private final Supplier<ImmutableList<MonthPoints>> monthly;

  private DashboardReport(PointLedger ledger, DashboardBuilder builder, RangeOptions.DashboardDates dates,
      boolean whole) {
    this.ledger = Objects.requireNonNull(ledger, "ledger");
    this.dates = Objects.requireNonNull(dates, "dates");
    Objects.requireNonNull(builder, "builder");
    LocalDate date = dates.date();
    this.sections = builder.sections(date, dates.from(), dates.to());
    this.dashboard = once(sections::toDashboard);
    this.monthly = once(() -> monthly(ledger, date));
    if (whole) {
      Objects.requireNonNull(dashboard.get(), "dashboard");
      Objects.requireNonNull(monthly.get(), "monthly");
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
    return sections.progress();
  }

  TierStatus tierStatus() {
    return sections.tierStatus();
  }

  KeepTierOutlook keepTier() {
    return sections.keepTier();
  }

  PointChanges pointChanges() {
    return sections.pointChanges();
  }

  ImmutableList<ClientBreakdown> breakdown() {
    return sections.breakdown();
  }

  ImmutableList<MonthExpiry> upcomingExpiries() {
    return sections.upcomingExpiries();
  }

  CommissionStatement commission() {
    return sections.commission();
  }

  UpcomingRenewals renewals() {
    return sections.renewals();
  }

  SharedSales sharedSales() {
    return sections.sharedSales();
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
