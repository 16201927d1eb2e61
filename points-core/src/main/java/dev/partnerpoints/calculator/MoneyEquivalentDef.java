package dev.partnerpoints.calculator;

import javax.money.MonetaryAmount;
import org.immutables.value.Value;

/**
 * The currency tab's points-to-money result: the money that earns the given sold and managed
 * points, each rounded once to the currency's default fraction digits, HALF_EVEN.
 */
@Value.Immutable
abstract class MoneyEquivalentDef {

  /**
   * The MRR that earns the sold points.
   *
   * @return the amount, never null
   */
  public abstract MonetaryAmount soldMrr();

  /**
   * The managed MRR that earns the managed points.
   *
   * @return the amount, never null
   */
  public abstract MonetaryAmount managedMrr();

  /**
   * What was applied.
   *
   * @return the rule, never null
   */
  public abstract AppliedRule appliedRule();

  /**
   * The sum of both values, exactly (no further rounding).
   *
   * @return the amount, never null
   */
  @Value.Derived
  public MonetaryAmount totalMrr() {
    if (!managedMrr().getCurrency().equals(soldMrr().getCurrency())) {
      throw new IllegalArgumentException("managed value " + managedMrr() + " must be in the sold value's currency "
          + soldMrr().getCurrency().getCurrencyCode());
    }
    return soldMrr().add(managedMrr());
  }
}
