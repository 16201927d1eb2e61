/**
 * The partner dashboard as library API: program progress (credited tier, tier performance, total
 * points, points to the next tier, 12-month sourced MRR and dollar value, 12-month average C$R),
 * commission (revenue-share schedules, monthly accruals, quarterly payments), upcoming renewals,
 * shared sales, segments and unsummarised rows. {@link dev.partnerpoints.dashboard.DashboardBuilder}
 * computes every section from a {@link dev.partnerpoints.ledger.PointLedger}, a
 * {@link dev.partnerpoints.tier.PartnerAccount} and the extra inputs, and gathers them in one
 * {@link dev.partnerpoints.dashboard.PartnerDashboard}.
 *
 * <p>Every figure carries the typed rows behind it, in a stable order (documented on each figure),
 * and equals the exact sum of its rows: an export never depends on hash order and never re-rounds.
 * Every figure that has clients behind it implements {@link dev.partnerpoints.dashboard.ClientFigure}
 * and can become a named static {@link dev.partnerpoints.dashboard.Segment}.
 */
@NullMarked
@Value.Style(
    typeAbstract = "*Def",
    typeImmutable = "*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = true))
package dev.partnerpoints.dashboard;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
