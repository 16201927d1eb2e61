package dev.partnerpoints.dashboard;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import dev.partnerpoints.commission.CommissionStatement;
import dev.partnerpoints.ledger.ClientBreakdown;
import dev.partnerpoints.ledger.ClientId;
import dev.partnerpoints.ledger.MonthExpiry;
import dev.partnerpoints.ledger.PointChanges;
import dev.partnerpoints.metrics.SharedSales;
import dev.partnerpoints.renewal.UpcomingRenewals;
import dev.partnerpoints.segment.ClientFigure;
import dev.partnerpoints.tier.KeepTierOutlook;
import dev.partnerpoints.tier.TierStatus;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The partner dashboard for a date and an inclusive date range: every section of the dashboard,
 * each figure with the rows behind it. Build it with {@link DashboardBuilder}.
 *
 * <p>Sections for the date: program progress, tier performance and progression, points to keep the
 * tier, the per-client points breakdown, upcoming expiries, commission and upcoming renewals.
 * Sections for the range: tier point changes and shared sales.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
abstract class PartnerDashboardDef implements ClientFigure {

  /**
   * The date of the dashboard.
   *
   * @return the date, never null
   */
  public abstract LocalDate date();

  /**
   * The first day of the range.
   *
   * @return the date, never null
   */
  @SuppressWarnings("immutables:from")
  public abstract LocalDate from();

  /**
   * The last day of the range.
   *
   * @return the date, never null, not before {@link #from()}
   */
  public abstract LocalDate to();

  /**
   * Program progress on the date.
   *
   * @return the section, never null
   */
  public abstract ProgramProgress progress();

  /**
   * Tier performance on the date and progression to every tier (requirements and gaps).
   *
   * @return the status, never null
   */
  public abstract TierStatus tierStatus();

  /**
   * What is needed to keep the credited tier at the next recalibration.
   *
   * @return the outlook, never null
   */
  public abstract KeepTierOutlook keepTier();

  /**
   * Tier point changes over the range, with the clients behind them.
   *
   * @return the changes, never null
   */
  public abstract PointChanges pointChanges();

  /**
   * The points breakdown per client on the date, sorted by client id.
   *
   * @return the breakdowns, never null
   */
  public abstract ImmutableList<ClientBreakdown> breakdown();

  /**
   * The sold points that will expire in each of the coming months, from the date's month.
   *
   * @return one row per month, never null
   */
  public abstract ImmutableList<MonthExpiry> upcomingExpiries();

  /**
   * Shared sales over the range.
   *
   * @return the section, never null
   */
  public abstract SharedSales sharedSales();

  /**
   * Commission on the date: schedules, past and upcoming payments.
   *
   * @return the statement, never null
   */
  public abstract CommissionStatement commission();

  /**
   * Upcoming renewals from the date.
   *
   * @return the section, never null
   */
  public abstract UpcomingRenewals renewals();

  /**
   * Every client behind any section, sorted by id.
   *
   * @return the client ids, never null
   */
  @Override
  public ImmutableSortedSet<ClientId> clients() {
    ImmutableSortedSet.Builder<ClientId> all = ImmutableSortedSet.naturalOrder();
    all.addAll(progress().clients());
    breakdown().forEach(b -> all.add(b.client().id()));
    all.addAll(pointChanges().newSold().clients()).addAll(pointChanges().lostSold().clients())
        .addAll(pointChanges().newManaged().clients()).addAll(pointChanges().lostManaged().clients());
    upcomingExpiries().forEach(e -> all.addAll(e.expiring().clients()));
    return all.addAll(sharedSales().clients()).addAll(commission().clients()).addAll(renewals().clients()).build();
  }

  @Value.Check
  void check() {
    if (to().isBefore(from())) {
      throw new IllegalArgumentException("dashboard range ends on " + to() + ", before its start " + from()
          + "; the end must be on or after the start");
    }
  }
}
