package dev.partnerpoints.metrics;

import dev.partnerpoints.internal.Sums;
import dev.partnerpoints.ledger.ClientId;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;

/**
 * One managed client in one month of the C$R: its MRR at the start of the month (in its currency
 * and in US dollars at the program table), its MRR on the month's last day, and whether it cancelled.
 */
@Value.Immutable
abstract class ClientRetentionRowDef {

  /**
   * The client.
   *
   * @return the client id, never null
   */
  public abstract ClientId clientId();

  /**
   * The client's MRR on the month's first day, in its currency.
   *
   * @return the amount, positive
   */
  public abstract MonetaryAmount mrrAtStart();

  /**
   * {@link #mrrAtStart()} in US dollars at the program table in force on the month's first day:
   * exact where the quotient terminates, otherwise to 34 significant digits (DECIMAL128),
   * HALF_EVEN; not rounded to cents.
   *
   * @return the amount in USD, never null
   */
  public abstract MonetaryAmount mrrAtStartUsd();

  /**
   * The client's MRR on the month's last day, in its currency.
   *
   * @return the amount in the currency of {@link #mrrAtStart()}, not negative
   */
  public abstract MonetaryAmount mrrAtEnd();

  /**
   * Whether the client cancelled in the month: its MRR on the month's last day is zero.
   * Upgrades and downgrades are ignored.
   *
   * @return true if cancelled
   */
  @Value.Derived
  public boolean cancelled() {
    return mrrAtEnd().isZero();
  }

  @Value.Check
  void check() {
    Sums.requireCurrency(Sums.USD, mrrAtStartUsd());
    if (!mrrAtStart().isPositive()) {
      throw new IllegalArgumentException("MRR at the start of the month of client " + clientId()
          + " must be positive to count in the C$R, but was " + mrrAtStart());
    }
    Sums.requireCurrency(mrrAtStart().getCurrency(), mrrAtEnd());
    if (mrrAtEnd().isNegative()) {
      throw new IllegalArgumentException("MRR at the end of the month of client " + clientId()
          + " must not be negative, but was " + mrrAtEnd());
    }
  }
}
