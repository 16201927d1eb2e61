/**
 * The point ledger of one partner: clients, deals and management periods in; points as of any
 * date, tier-point changes over any range with the clients behind them, per-client breakdowns and
 * progress month by month out. See {@link dev.partnerpoints.ledger.PointLedger}.
 */
@Value.Style(
    typeAbstract = "*Def",
    typeImmutable = "*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = true))
package dev.partnerpoints.ledger;

import org.immutables.value.Value;
