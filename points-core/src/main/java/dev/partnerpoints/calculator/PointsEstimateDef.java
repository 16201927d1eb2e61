package dev.partnerpoints.calculator;

import dev.partnerpoints.money.Points;
import org.immutables.value.Value;

/**
 * The calculator's result: sold, managed and total points, and the rule that produced them.
 *
 * <p>Sold points are rounded once to hundredths, HALF_EVEN. Managed points are this partner's even
 * share of the client's managed points, also rounded once (the exact share, not a rounded total
 * divided again). The total is their exact sum.
 */
@Value.Immutable
abstract class PointsEstimateDef {

  /**
   * The sold points (sourced or assisted, as the deal type says).
   *
   * @return the points, never null
   */
  public abstract Points soldPoints();

  /**
   * This partner's share of the client's managed points; zero when it does not manage the client.
   *
   * @return the points, never null
   */
  public abstract Points managedPoints();

  /**
   * The client's managed points before the split among its managing partners, rounded once.
   *
   * @return the points, never null
   */
  public abstract Points clientManagedPoints();

  /**
   * What was applied.
   *
   * @return the rule, never null
   */
  public abstract AppliedRule appliedRule();

  /**
   * The total points: sold plus managed, exactly.
   *
   * @return the points, never null
   */
  @Value.Derived
  public Points totalPoints() {
    return soldPoints().plus(managedPoints());
  }
}
