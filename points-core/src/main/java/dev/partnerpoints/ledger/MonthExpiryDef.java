package dev.partnerpoints.ledger;

import java.time.YearMonth;
import org.immutables.value.Value;

/** The sold points that will expire in a month, with the clients behind them. */
@Value.Immutable
abstract class MonthExpiryDef {

  /**
   * The month.
   *
   * @return the month, never null
   */
  @Value.Parameter
  public abstract YearMonth month();

  /**
   * The points expiring in the month (entries whose first expired day falls in it), by client.
   *
   * @return the figure, never null
   */
  @Value.Parameter
  public abstract PointsFigure expiring();
}
