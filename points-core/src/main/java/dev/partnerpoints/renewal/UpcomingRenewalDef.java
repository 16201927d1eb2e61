package dev.partnerpoints.renewal;

import com.google.common.collect.ImmutableSortedSet;
import dev.partnerpoints.ledger.ClientId;
import dev.partnerpoints.ledger.ProductLine;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;

/**
 * One row of the upcoming renewals: the client, its products, the MRR change at renewal, the last
 * active employee, the renewal manager and the time to renewal in days.
 */
@Value.Immutable
abstract class UpcomingRenewalDef {

  /**
   * The renewal.
   *
   * @return the renewal, never null
   */
  public abstract Renewal renewal();

  /**
   * The client's display name (from the ledger).
   *
   * @return the name, never null
   */
  public abstract String clientName();

  /**
   * The days from the section's date to the renewal date (0 when it renews that day).
   *
   * @return the days, not negative
   */
  public abstract long daysToRenewal();

  /**
   * The client.
   *
   * @return the client id, never null
   */
  public ClientId clientId() {
    return renewal().clientId();
  }

  /**
   * The product lines renewing.
   *
   * @return the product lines, never null
   */
  public ImmutableSortedSet<ProductLine> products() {
    return renewal().products();
  }

  /**
   * The MRR change at renewal.
   *
   * @return the amount in the client's currency, never null
   */
  public MonetaryAmount mrrChange() {
    return renewal().mrrChange();
  }

  /**
   * The client's last active employee.
   *
   * @return the name, or empty
   */
  public Optional<String> lastActiveEmployee() {
    return renewal().lastActiveEmployee();
  }

  /**
   * The renewal manager.
   *
   * @return the name, or empty
   */
  public Optional<String> renewalManager() {
    return renewal().renewalManager();
  }

  @Value.Check
  void check() {
    if (daysToRenewal() < 0) {
      throw new IllegalArgumentException("days to renewal of client " + clientId() + " must not be negative, but was "
          + daysToRenewal());
    }
  }
}
