package dev.partnerpoints.commission;

import dev.partnerpoints.ledger.ClientId;
import java.time.YearMonth;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;

/** A client's net revenue (what it paid the vendor, net of refunds and credits) in one month. */
@Value.Immutable
abstract class ClientRevenueDef {

  /**
   * The client.
   *
   * @return the client id, never null
   */
  @Value.Parameter
  public abstract ClientId clientId();

  /**
   * The month.
   *
   * @return the month, never null
   */
  @Value.Parameter
  public abstract YearMonth month();

  /**
   * The net revenue in the month, in the client's currency.
   *
   * @return the amount, not negative
   */
  @Value.Parameter
  public abstract MonetaryAmount netRevenue();

  @Value.Check
  void check() {
    if (netRevenue().isNegative()) {
      throw new IllegalArgumentException("net revenue of client " + clientId() + " in " + month()
          + " must not be negative, but was " + netRevenue());
    }
  }
}
