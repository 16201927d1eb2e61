package dev.partnerpoints.renewal;

import com.google.common.collect.ImmutableSortedSet;
import dev.partnerpoints.internal.Sums;
import dev.partnerpoints.ledger.ClientId;
import dev.partnerpoints.ledger.ProductLine;
import java.time.LocalDate;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;
import org.javamoney.moneta.Money;

/**
 * A client's coming renewal, as the vendor's CRM knows it: the products renewing, the MRR now and
 * at renewal, the client's last active employee and the vendor's renewal manager.
 */
@Value.Immutable
abstract class RenewalDef {

  /**
   * The client.
   *
   * @return the client id, never null
   */
  public abstract ClientId clientId();

  /**
   * The renewal date.
   *
   * @return the date, never null
   */
  public abstract LocalDate renewalDate();

  /**
   * The product lines renewing, sorted by name.
   *
   * @return the product lines, never null
   */
  @Value.NaturalOrder
  public abstract ImmutableSortedSet<ProductLine> products();

  /**
   * The MRR of the renewing products now, in the client's currency.
   *
   * @return the amount, not negative
   */
  public abstract MonetaryAmount currentMrr();

  /**
   * The MRR of the renewing products after the renewal, in the client's currency.
   *
   * @return the amount, not negative
   */
  public abstract MonetaryAmount renewalMrr();

  /**
   * The client's employee who used the products most recently.
   *
   * @return the name, or empty when unknown
   */
  public abstract Optional<String> lastActiveEmployee();

  /**
   * The vendor's renewal manager for the client.
   *
   * @return the name, or empty when none is assigned
   */
  public abstract Optional<String> renewalManager();

  /**
   * The MRR change at renewal: {@code renewalMrr - currentMrr}, exact.
   *
   * @return the amount in the client's currency, negative for a downgrade, never null
   */
  @Value.Derived
  public MonetaryAmount mrrChange() {
    return Money.of(Sums.exact(renewalMrr()).subtract(Sums.exact(currentMrr())),
        currentMrr().getCurrency());
  }

  @Value.Check
  void check() {
    Sums.requireCurrency(currentMrr().getCurrency(), renewalMrr());
    if (currentMrr().isNegative() || renewalMrr().isNegative()) {
      throw new IllegalArgumentException("renewal of client " + clientId() + " on " + renewalDate()
          + " must have MRR not below zero, but has current " + currentMrr() + " and at renewal " + renewalMrr());
    }
  }
}
