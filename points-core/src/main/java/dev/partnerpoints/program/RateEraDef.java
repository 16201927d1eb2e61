package dev.partnerpoints.program;

import java.math.BigDecimal;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * The point rates of one era: points earned per 100 USD of MRR for each deal type and for managed
 * clients, the growth-market multiplier, and whether sourced upsells keep the sourced rate of the
 * era in which their product line was first sold (the product-line rate lock).
 */
@Value.Immutable
abstract class RateEraDef {

  /**
   * Points per 100 USD of MRR on a sourced deal.
   *
   * @return the rate, not negative
   */
  public abstract BigDecimal sourcedRate();

  /**
   * Points per 100 USD of MRR on an assisted deal.
   *
   * @return the rate, not negative
   */
  public abstract BigDecimal assistedRate();

  /**
   * Points per 100 USD of MRR of a managed client (before the split among managing partners).
   *
   * @return the rate, not negative
   */
  public abstract BigDecimal managedRate();

  /**
   * The factor applied to all three rates for a client in a growth market.
   *
   * @return the multiplier, at least 1; 2 in the built-in program
   */
  @Value.Default
  public BigDecimal growthMultiplier() {
    return BigDecimal.valueOf(2);
  }

  /**
   * Whether, in this era, a sourced deal on a product line first sold to the client before this
   * era started keeps the sourced rate of the era in force on that first-sale date.
   *
   * @return true for the built-in 2024-02-27 era
   */
  @Value.Default
  public boolean locksSourcedRateToFirstSale() {
    return false;
  }

  /**
   * Returns the rate for a deal type.
   *
   * @param dealType the deal type, not null
   * @return the rate per 100 USD, never null
   */
  public BigDecimal soldRate(DealType dealType) {
    return Objects.requireNonNull(dealType, "dealType") == DealType.SOURCED ? sourcedRate() : assistedRate();
  }

  @Value.Check
  void check() {
    requireNotNegative("sourced rate", sourcedRate());
    requireNotNegative("assisted rate", assistedRate());
    requireNotNegative("managed rate", managedRate());
    if (growthMultiplier().compareTo(BigDecimal.ONE) < 0) {
      throw new IllegalArgumentException(
          "growth multiplier must be at least 1, but was " + growthMultiplier().toPlainString());
    }
  }

  private static void requireNotNegative(String what, BigDecimal value) {
    if (value.signum() < 0) {
      throw new IllegalArgumentException(what + " must not be negative, but was " + value.toPlainString());
    }
  }
}
