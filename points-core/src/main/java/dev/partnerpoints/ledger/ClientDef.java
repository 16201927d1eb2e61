package dev.partnerpoints.ledger;

import com.google.common.collect.ImmutableList;
import dev.partnerpoints.program.CountryCode;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;
import org.javamoney.moneta.Money;

/**
 * A client (a customer of the vendor): its id, name, country (its market), currency and
 * subscriptions by product line.
 */
@Value.Immutable
abstract class ClientDef {

  /**
   * The client's stable id.
   *
   * @return the id, never null
   */
  public abstract ClientId id();

  /**
   * The client's display name (not an id).
   *
   * @return the name, never null
   */
  @Value.Default
  public String name() {
    return id().value();
  }

  /**
   * The client's country, which decides its market (growth or not).
   *
   * @return the country, never null
   */
  public abstract CountryCode country();

  /**
   * The currency the client pays in; deals and MRR of the client are in it.
   *
   * @return the currency, never null
   */
  public abstract CurrencyUnit currency();

  /**
   * The client's current subscriptions, at most one per product line.
   *
   * @return the subscriptions, never null
   */
  public abstract ImmutableList<Subscription> subscriptions();

  /**
   * The client's tool usage score, used for the partner's median tool usage.
   *
   * @return the score, not negative, or empty if unknown
   */
  public abstract Optional<BigDecimal> toolUsage();

  /**
   * The total MRR of the subscriptions.
   *
   * @return the amount in the client's currency, never null
   */
  @Value.Lazy
  public MonetaryAmount subscriptionMrr() {
    MonetaryAmount total = Money.zero(currency());
    for (Subscription s : subscriptions()) {
      total = total.add(s.mrr());
    }
    return total;
  }

  @Value.Check
  void check() {
    Set<ProductLine> lines = new HashSet<>();
    for (Subscription s : subscriptions()) {
      if (!s.mrr().getCurrency().getCurrencyCode().equals(currency().getCurrencyCode())) {
        String code = s.mrr().getCurrency().getCurrencyCode();
        throw new CurrencyMismatchException(id(), code, currency().getCurrencyCode(), "subscription "
            + s.productLine() + " of client " + id() + " is in " + code + " but the client pays in "
            + currency().getCurrencyCode());
      }
      if (!lines.add(s.productLine())) {
        throw new IllegalArgumentException("client " + id() + " has two subscriptions to product line " + s.productLine());
      }
    }
    if (toolUsage().isPresent() && toolUsage().get().signum() < 0) {
      throw new IllegalArgumentException("tool usage of client " + id() + " must not be negative, but was "
          + toolUsage().get().toPlainString());
    }
  }
}
