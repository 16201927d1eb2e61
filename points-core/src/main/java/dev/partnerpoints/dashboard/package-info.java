/**
 * The partner dashboard as library API: it assembles the sections that the other packages compute —
 * program progress (credited tier, tier performance, total points, points to the next tier, 12-month
 * sourced MRR and dollar value, 12-month average C$R) from {@code tier}, {@code ledger} and {@code
 * metrics}; commission from {@code commission}; upcoming renewals from {@code renewal}; shared sales
 * from {@code metrics}; and unsummarised rows. {@link dev.partnerpoints.dashboard.DashboardBuilder}
 * computes every section from a {@link dev.partnerpoints.ledger.PointLedger}, a
 * {@link dev.partnerpoints.tier.PartnerAccount} and the extra inputs, and gathers them in one
 * {@link dev.partnerpoints.dashboard.PartnerDashboard}.
 *
 * <p>Every figure carries the typed rows behind it, in a stable order (documented on each figure),
 * and equals the exact sum of its rows: an export never depends on hash order and never re-rounds.
 * Every figure that has clients behind it implements {@link dev.partnerpoints.segment.ClientFigure}
 * and can become a named static {@link dev.partnerpoints.segment.Segment}.
 */
@dev.partnerpoints.program.ValueStyle
@NullMarked
package dev.partnerpoints.dashboard;

import org.jspecify.annotations.NullMarked;
