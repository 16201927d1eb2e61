package dev.partnerpoints.ledger;

import java.time.LocalDate;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;

/**
 * A client's total MRR from a date on (until its next {@code ClientMrr}); managed points are a
 * snapshot of it. A client without any {@code ClientMrr} is valued at its subscriptions' MRR on
 * every date.
 */
@Value.Immutable
abstract class ClientMrrDef {

  /**
   * The client.
   *
   * @return the client id, never null
   */
  @Value.Parameter
  public abstract ClientId clientId();

  /**
   * The first date of this MRR.
   *
   * @return the date, never null
   */
  @Value.Parameter
  public abstract LocalDate effectiveFrom();

  /**
   * The client's total MRR, in its currency.
   *
   * @return the amount, not negative
   */
  @Value.Parameter
  public abstract MonetaryAmount mrr();

  @Value.Check
  void check() {
    if (mrr().isNegative()) {
      throw new IllegalArgumentException("MRR of client " + clientId() + " from " + effectiveFrom()
          + " must not be negative, but was " + mrr());
    }
  }
}
