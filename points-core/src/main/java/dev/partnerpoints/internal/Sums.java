package dev.partnerpoints.internal;

import com.google.common.collect.ImmutableSortedMap;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/** Exact money arithmetic shared by the figures of the dashboard's sections: no rounding happens here. */
public final class Sums {
  private Sums() {}

  public static BigDecimal exact(MonetaryAmount amount) {
    return amount.getNumber().numberValueExact(BigDecimal.class);
  }

  /** Exact sum of amounts of one currency; zero of that currency when empty. */
  public static MonetaryAmount total(CurrencyUnit currency, Iterable<MonetaryAmount> amounts) {
    BigDecimal sum = BigDecimal.ZERO;
    for (MonetaryAmount a : amounts) {
      requireCurrency(currency, a);
      sum = sum.add(exact(a));
    }
    return Money.of(sum, currency);
  }

  /** Exact sums by currency code, sorted by code. */
  public static ImmutableSortedMap<String, MonetaryAmount> byCurrency(Iterable<MonetaryAmount> amounts) {
    Map<String, BigDecimal> sums = new TreeMap<>();
    Map<String, CurrencyUnit> units = new TreeMap<>();
    for (MonetaryAmount a : amounts) {
      String code = a.getCurrency().getCurrencyCode();
      sums.merge(code, exact(a), BigDecimal::add);
      units.putIfAbsent(code, a.getCurrency());
    }
    ImmutableSortedMap.Builder<String, MonetaryAmount> result = ImmutableSortedMap.naturalOrder();
    sums.forEach((code, sum) -> result.put(code, Money.of(sum, units.get(code))));
    return result.build();
  }

  public static void requireCurrency(CurrencyUnit expected, MonetaryAmount amount) {
    if (!expected.getCurrencyCode().equals(amount.getCurrency().getCurrencyCode())) {
      throw new IllegalArgumentException("amount " + amount + " is in " + amount.getCurrency().getCurrencyCode()
          + " but " + expected.getCurrencyCode() + " is required here");
    }
  }

  public static final CurrencyUnit USD = Monetary.getCurrency("USD");
}
