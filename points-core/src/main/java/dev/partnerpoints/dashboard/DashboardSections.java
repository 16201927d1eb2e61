package dev.partnerpoints.dashboard;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import dev.partnerpoints.commission.CommissionStatement;
import dev.partnerpoints.ledger.ClientBreakdown;
import dev.partnerpoints.ledger.MonthExpiry;
import dev.partnerpoints.ledger.PointChanges;
import dev.partnerpoints.metrics.SharedSales;
import dev.partnerpoints.renewal.UpcomingRenewals;
import dev.partnerpoints.tier.CreditedTier;
import dev.partnerpoints.tier.KeepTierOutlook;
import dev.partnerpoints.tier.TierStatus;
import java.time.LocalDate;
import java.util.function.Supplier;

/**
 * The dashboard's sections for one date and range, each computed when first asked for and then
 * kept: what {@link DashboardBuilder#sections} returns. A caller that needs one figure (the total
 * points, the commission payments) pays for the sections behind it only; the parts that several
 * sections share (the tier status, the credited tier, the client breakdown) are computed once.
 * {@link #toDashboard()} gathers every section into a {@link PartnerDashboard}, equal to {@link
 * DashboardBuilder#build(LocalDate, LocalDate, LocalDate)}.
 *
 * <p>The sections read the builder's inputs as they were when {@link DashboardBuilder#sections} was
 * called (the ledger and account are immutable; the options, levels, revenue and renewals are taken
 * then), so later changes to the builder do not reach them. Thread-safe: each section is computed at
 * most once even when several threads ask for it at the same time (Guava's memoizing suppliers). A
 * section that throws is not kept: asking again computes it again and throws again.
 */
public final class DashboardSections {
  private final LocalDate date;
  private final LocalDate from;
  private final LocalDate to;
  private final Supplier<TierStatus> tierStatus;
  private final Supplier<CreditedTier> creditedTier;
  private final Supplier<ImmutableList<ClientBreakdown>> breakdown;
  private final Supplier<ProgramProgress> progress;
  private final Supplier<KeepTierOutlook> keepTier;
  private final Supplier<PointChanges> pointChanges;
  private final Supplier<ImmutableList<MonthExpiry>> upcomingExpiries;
  private final Supplier<SharedSales> sharedSales;
  private final Supplier<CommissionStatement> commission;
  private final Supplier<UpcomingRenewals> renewals;

  DashboardSections(DashboardBuilder.Parts parts, LocalDate date, LocalDate from, LocalDate to) {
    this.date = date;
    this.from = from;
    this.to = to;
    this.tierStatus = Suppliers.memoize(() -> parts.evaluator().statusOn(date));
    this.creditedTier = Suppliers.memoize(() -> parts.evaluator().creditedTierOn(date));
    this.breakdown = Suppliers.memoize(() -> parts.breakdown(date));
    this.progress = Suppliers.memoize(() -> parts.progress(tierStatus.get(), creditedTier.get(), breakdown.get(), date));
    this.keepTier = Suppliers.memoize(() -> parts.evaluator().keepTierOutlook(creditedTier.get()));
    this.pointChanges = Suppliers.memoize(() -> parts.ledger().changes(from, to));
    this.upcomingExpiries = Suppliers.memoize(() -> parts.upcomingExpiries(date));
    this.sharedSales = Suppliers.memoize(() -> parts.sharedSales(from, to));
    this.commission = Suppliers.memoize(() -> parts.commission(date));
    this.renewals = Suppliers.memoize(() -> parts.renewals(date));
  }

  /**
   * The date of the date-based sections.
   *
   * @return the date, never null
   */
  public LocalDate date() {
    return date;
  }

  /**
   * The first day of the range.
   *
   * @return the day, never null
   */
  public LocalDate from() {
    return from;
  }

  /**
   * The last day of the range (inclusive).
   *
   * @return the day, never null, not before {@link #from()}
   */
  public LocalDate to() {
    return to;
  }

  /**
   * The program-progress section on the date.
   *
   * @return the section, never null
   * @throws dev.partnerpoints.money.DateOutsideProgramException if the date is before the first
   *     tier schedule
   * @throws dev.partnerpoints.money.UnsupportedCurrencyException if a client's currency has no point
   *     value where a figure needs one
   */
  public ProgramProgress progress() {
    return progress.get();
  }

  /**
   * The tier status on the date.
   *
   * @return the status, never null
   * @throws dev.partnerpoints.money.DateOutsideProgramException if the date is before the first
   *     tier schedule
   */
  public TierStatus tierStatus() {
    return tierStatus.get();
  }

  /**
   * The points needed to keep the credited tier at its next recalibration.
   *
   * @return the outlook, never null
   * @throws dev.partnerpoints.money.DateOutsideProgramException if the date is before the first
   *     tier schedule
   */
  public KeepTierOutlook keepTier() {
    return keepTier.get();
  }

  /**
   * The tier-point changes over the range, with the clients behind them.
   *
   * @return the changes, never null
   */
  public PointChanges pointChanges() {
    return pointChanges.get();
  }

  /**
   * Every client's points on the date.
   *
   * @return the breakdown, by client id, never null
   * @throws dev.partnerpoints.money.UnsupportedCurrencyException if a client's currency has no point
   *     value where a figure needs one
   */
  public ImmutableList<ClientBreakdown> breakdown() {
    return breakdown.get();
  }

  /**
   * The points that expire in the months after the date (the options' expiry months).
   *
   * @return the expiries, by month, never null
   */
  public ImmutableList<MonthExpiry> upcomingExpiries() {
    return upcomingExpiries.get();
  }

  /**
   * The shared-sales section over the range.
   *
   * @return the section, never null
   */
  public SharedSales sharedSales() {
    return sharedSales.get();
  }

  /**
   * The commission section on the date.
   *
   * @return the statement, never null
   * @throws IllegalArgumentException if the revenue names a client not in the ledger or is in
   *     another currency than the client's
   */
  public CommissionStatement commission() {
    return commission.get();
  }

  /**
   * The upcoming-renewals section on the date.
   *
   * @return the section, never null
   * @throws IllegalArgumentException if a renewal names a client not in the ledger or is in another
   *     currency than the client's
   */
  public UpcomingRenewals renewals() {
    return renewals.get();
  }

  /**
   * Every section, gathered in one dashboard (the sections already computed are reused).
   *
   * @return the dashboard, never null
   * @throws IllegalArgumentException if an input names a client not in the ledger or is in another
   *     currency than the client's
   * @throws dev.partnerpoints.money.DateOutsideProgramException if the date is before the first
   *     tier schedule
   * @throws dev.partnerpoints.money.UnsupportedCurrencyException if a client's currency has no point
   *     value where a figure needs one
   */
  public PartnerDashboard toDashboard() {
    return PartnerDashboard.builder()
        .date(date)
        .from(from)
        .to(to)
        .progress(progress())
        .tierStatus(tierStatus())
        .keepTier(keepTier())
        .pointChanges(pointChanges())
        .breakdown(breakdown())
        .upcomingExpiries(upcomingExpiries())
        .sharedSales(sharedSales())
        .commission(commission())
        .renewals(renewals())
        .build();
  }
}
