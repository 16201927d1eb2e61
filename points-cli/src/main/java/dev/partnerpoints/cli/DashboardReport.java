package dev.partnerpoints.cli;

import com.google.common.collect.ImmutableList;
import dev.partnerpoints.dashboard.DashboardBuilder;
import dev.partnerpoints.dashboard.CommissionStatement;
import dev.partnerpoints.dashboard.PartnerDashboard;
import dev.partnerpoints.dashboard.ProgramProgress;
import dev.partnerpoints.dashboard.SharedSales;
import dev.partnerpoints.dashboard.UpcomingRenewals;
import dev.partnerpoints.ledger.ClientBreakdown;
import dev.partnerpoints.ledger.MonthExpiry;
import dev.partnerpoints.ledger.PointChanges;
import dev.partnerpoints.tier.KeepTierOutlook;
import dev.partnerpoints.tier.TierStatus;
import dev.partnerpoints.ledger.ClientId;
import dev.partnerpoints.ledger.MonthPoints;
import dev.partnerpoints.ledger.PointLedger;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * What the {@code dashboard}, {@code export} and {@code demo} commands print: the partner's {@link
 * PartnerDashboard} for a date and a range, the ledger behind it (client names, sold entries) and
 * the tier page's progress month by month.
 *
 * @param ledger the partner's ledger
 * @param dashboard the dashboard
 * @param monthly the points on the last day of each of the {@value #PROGRESS_MONTHS} latest months
 *     that ended on or before the date (none before the program's first tier schedule), oldest first
 */
record DashboardReport(PointLedger ledger, PartnerDashboard dashboard, ImmutableList<MonthPoints> monthly) {

  /** How many months the progress series shows. */
  static final int PROGRESS_MONTHS = 12;

  DashboardReport {
    Objects.requireNonNull(ledger, "ledger");
    Objects.requireNonNull(dashboard, "dashboard");
    Objects.requireNonNull(monthly, "monthly");
  }

  /**
   * Builds the dashboard for the dates and the monthly progress.
   *
   * @throws IllegalArgumentException if the library rejects the dates or inputs (a date before the
   *     program, a currency without a point value)
   */
  static DashboardReport build(PointLedger ledger, DashboardBuilder builder, RangeOptions.DashboardDates dates) {
    PartnerDashboard dashboard = builder.build(dates.date(), dates.from(), dates.to());
    LocalDate date = dates.date();
    YearMonth last = date.equals(date.withDayOfMonth(date.lengthOfMonth()))
        ? YearMonth.from(date) : YearMonth.from(date).minusMonths(1);
    YearMonth programStart = YearMonth.from(ledger.rules().tierSchedules().firstEffectiveDate());
    YearMonth first = last.minusMonths(PROGRESS_MONTHS - 1L);
    if (first.isBefore(programStart)) {
      first = programStart;
    }
    ImmutableList<MonthPoints> monthly = last.isBefore(first) ? ImmutableList.of() : ledger.progress(first, last);
    return new DashboardReport(ledger, dashboard, monthly);
  }

  LocalDate date() {
    return dashboard.date();
  }

  LocalDate from() {
    return dashboard.from();
  }

  LocalDate to() {
    return dashboard.to();
  }

  ProgramProgress progress() {
    return dashboard.progress();
  }

  TierStatus tierStatus() {
    return dashboard.tierStatus();
  }

  KeepTierOutlook keepTier() {
    return dashboard.keepTier();
  }

  PointChanges pointChanges() {
    return dashboard.pointChanges();
  }

  ImmutableList<ClientBreakdown> breakdown() {
    return dashboard.breakdown();
  }

  ImmutableList<MonthExpiry> upcomingExpiries() {
    return dashboard.upcomingExpiries();
  }

  CommissionStatement commission() {
    return dashboard.commission();
  }

  UpcomingRenewals renewals() {
    return dashboard.renewals();
  }

  SharedSales sharedSales() {
    return dashboard.sharedSales();
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
