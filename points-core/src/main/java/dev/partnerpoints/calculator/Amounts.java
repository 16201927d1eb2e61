package dev.partnerpoints.calculator;

import java.math.BigDecimal;
import javax.money.MonetaryAmount;

/** Validation of money amounts given to the calculator. */
final class Amounts {
  private Amounts() {}

  static BigDecimal requireValid(String what, MonetaryAmount amount, BigDecimal max) {
    BigDecimal value = amount.getNumber().numberValueExact(BigDecimal.class);
    if (value.signum() < 0) {
      throw new IllegalArgumentException(what + " must not be negative, but was " + amount);
    }
    if (value.compareTo(max) > 0) {
      throw new IllegalArgumentException(what + " must be at most " + max.toPlainString() + " "
          + amount.getCurrency().getCurrencyCode() + ", but was " + amount);
    }
    return value;
  }
}
