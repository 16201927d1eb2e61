/**
 * The point ledger of one partner: clients, deals and management periods in; points as of any
 * date, tier-point changes over any range with the clients behind them, per-client breakdowns and
 * progress month by month out. See {@link dev.partnerpoints.ledger.PointLedger}.
 */
@dev.partnerpoints.program.ValueStyle
@NullMarked
package dev.partnerpoints.ledger;

import org.jspecify.annotations.NullMarked;
