package dev.partnerpoints.ledger;

import javax.money.MonetaryAmount;
import org.immutables.value.Value;

/** A client's subscription to one product line at an edition, with its MRR in the client's currency. */
@Value.Immutable
abstract class SubscriptionDef {

  /**
   * The product line.
   *
   * @return the product line, never null
   */
  @Value.Parameter
  public abstract ProductLine productLine();

  /**
   * The edition.
   *
   * @return the edition, never null
   */
  @Value.Parameter
  public abstract Edition edition();

  /**
   * The monthly recurring revenue, in the client's currency.
   *
   * @return the amount, not negative
   */
  @Value.Parameter
  public abstract MonetaryAmount mrr();

  @Value.Check
  void check() {
    if (mrr().isNegative()) {
      throw new IllegalArgumentException("subscription MRR of " + productLine() + " must not be negative, but was " + mrr());
    }
  }
}
