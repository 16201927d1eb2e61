package dev.partnerpoints.ledger;

import dev.partnerpoints.money.Points;
import java.time.YearMonth;
import org.immutables.value.Value;

/** A month of a progress series: the points on the month's last day. */
@Value.Immutable
abstract class MonthPointsDef {

  /**
   * The month.
   *
   * @return the month, never null
   */
  @Value.Parameter
  public abstract YearMonth month();

  /**
   * Sold points on the last day of the month.
   *
   * @return the points, never null
   */
  @Value.Parameter
  public abstract Points sold();

  /**
   * Managed points on the last day of the month.
   *
   * @return the points, never null
   */
  @Value.Parameter
  public abstract Points managed();

  /**
   * Total points on the last day of the month.
   *
   * @return the points, never null
   */
  @Value.Derived
  public Points total() {
    return sold().plus(managed());
  }
}
