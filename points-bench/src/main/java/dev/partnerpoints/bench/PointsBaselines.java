package dev.partnerpoints.bench;

import dev.partnerpoints.program.DealType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Set;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import javax.money.MonetaryRounding;
import javax.money.RoundingQueryBuilder;
import org.javamoney.moneta.Money;

/**
 * The baselines of the calculator benchmarks: one sale's total points (sold plus, when managed, the
 * even managed share, each rounded once to hundredths HALF_EVEN) the ways a user would write it
 * without this library, under today's rules (2025-07-15 on: sourced 5, assisted 3, managed 1 per
 * 100 USD, growth markets x2).
 */
final class PointsBaselines {

  /** The growth markets, hard-coded as a user would (docs/rules.md section 3). */
  static final Set<String> GROWTH = Set.of("IN", "AR", "BO", "BR", "CL", "CO", "CR", "CU", "DO", "EC", "GT", "HN",
      "MX", "NI", "PA", "PE", "PR", "PY", "SV", "UY", "VE", "CN", "KR", "MN", "BD", "BN", "HK", "ID", "KH", "LA", "LK",
      "MM", "MV", "MY", "NP", "PH", "PK", "SG", "TH", "TL", "TW", "VN");

  static final BigDecimal SOURCED = BigDecimal.valueOf(5);
  static final BigDecimal ASSISTED = BigDecimal.valueOf(3);
  static final BigDecimal MANAGED = BigDecimal.ONE;
  static final BigDecimal GROWTH_MULTIPLIER = BigDecimal.valueOf(2);

  private static final RoundingQueryBuilder TWO_PLACES =
      RoundingQueryBuilder.of().setScale(2).set(RoundingMode.HALF_EVEN);
  static final MonetaryRounding HOISTED_ROUNDING = Monetary.getRounding(TWO_PLACES.build());

  private PointsBaselines() {}

  /**
   * Straightforward Moneta: the currency, the rounding and the table looked up on every call, Money
   * arithmetic dividing at Moneta's default precision (256 digits), Monetary rounding.
   */
  static long moneta(String currencyCode, String countryCode, DealType type, boolean manages, int others,
      BigDecimal amount, Map<String, BigDecimal> table) {
    CurrencyUnit currency = Monetary.getCurrency(currencyCode);
    MonetaryRounding rounding = Monetary.getRounding(RoundingQueryBuilder.of().setScale(2)
        .set(RoundingMode.HALF_EVEN).build());
    return monetaPoints(Money.of(amount, currency), table.get(currencyCode), GROWTH.contains(countryCode), type,
        manages, others, rounding);
  }

  /** Moneta with the lookups hoisted: the currency unit, the rounding and the point value given. */
  static long monetaHoisted(CurrencyUnit currency, BigDecimal localPer100Usd, boolean growth, DealType type,
      boolean manages, int others, BigDecimal amount) {
    return monetaPoints(Money.of(amount, currency), localPer100Usd, growth, type, manages, others, HOISTED_ROUNDING);
  }

  private static long monetaPoints(MonetaryAmount mrr, BigDecimal local, boolean growth, DealType type,
      boolean manages, int others, MonetaryRounding rounding) {
    BigDecimal multiplier = growth ? GROWTH_MULTIPLIER : BigDecimal.ONE;
    BigDecimal rate = type == DealType.SOURCED ? SOURCED : ASSISTED;
    MonetaryAmount sold = mrr.multiply(rate).multiply(multiplier).divide(local).with(rounding);
    long total = hundredths(sold);
    if (manages) {
      MonetaryAmount managed = mrr.multiply(MANAGED).multiply(multiplier)
          .divide(local.multiply(BigDecimal.valueOf(1 + others))).with(rounding);
      total += hundredths(managed);
    }
    return total;
  }

  private static long hundredths(MonetaryAmount amount) {
    return amount.getNumber().numberValueExact(BigDecimal.class).movePointRight(2).longValueExact();
  }

  /** A BigDecimal loop: exact products, one divide to two places HALF_EVEN per figure. */
  static long bigDecimal(BigDecimal amount, BigDecimal localPer100Usd, boolean growth, DealType type, boolean manages,
      int others) {
    BigDecimal multiplier = growth ? GROWTH_MULTIPLIER : BigDecimal.ONE;
    BigDecimal rate = type == DealType.SOURCED ? SOURCED : ASSISTED;
    long total = amount.multiply(rate.multiply(multiplier)).divide(localPer100Usd, 2, RoundingMode.HALF_EVEN)
        .unscaledValue().longValue();
    if (manages) {
      total += amount.multiply(multiplier)
          .divide(localPer100Usd.multiply(BigDecimal.valueOf(1 + others)), 2, RoundingMode.HALF_EVEN)
          .unscaledValue().longValue();
    }
    return total;
  }

  /**
   * Scaled longs, the floor: per currency, kind and market a reduced integer fraction (hundredths per
   * major unit), prepared once; per call two multiplications, one division and HALF_EVEN. No
   * overflow checks (the inputs are known to be small).
   */
  static final class ScaledLong {
    private static final long[] POW10 = {1, 10, 100, 1000, 10_000};
    /** [currency][kind 0 assisted, 1 sourced, 2 managed][growth 0/1] */
    final long[][][] num = new long[Requests.CURRENCIES.length][3][2];
    final long[][][] den = new long[Requests.CURRENCIES.length][3][2];

    ScaledLong(Map<String, BigDecimal> table) {
      BigDecimal[] rates = {ASSISTED, SOURCED, MANAGED};
      for (int c = 0; c < Requests.CURRENCIES.length; c++) {
        BigDecimal local = table.get(Requests.CURRENCIES[c]);
        for (int k = 0; k < 3; k++) {
          for (int g = 0; g < 2; g++) {
            BigDecimal perUsd = rates[k].multiply(g == 1 ? GROWTH_MULTIPLIER : BigDecimal.ONE).multiply(BigDecimal.valueOf(100));
            int s = Math.max(perUsd.scale(), local.scale());
            BigInteger n = perUsd.movePointRight(s).toBigIntegerExact();
            BigInteger d = local.movePointRight(s).toBigIntegerExact();
            BigInteger gcd = n.gcd(d);
            num[c][k][g] = n.divide(gcd).longValueExact();
            den[c][k][g] = d.divide(gcd).longValueExact();
          }
        }
      }
    }

    long points(long unscaled, int scale, int currency, boolean growth, DealType type, boolean manages, int others) {
      int g = growth ? 1 : 0;
      int k = type == DealType.SOURCED ? 1 : 0;
      long p10 = POW10[scale];
      long total = divideHalfEven(unscaled * num[currency][k][g], den[currency][k][g] * p10);
      if (manages) {
        total += divideHalfEven(unscaled * num[currency][2][g], den[currency][2][g] * p10 * (1 + others));
      }
      return total;
    }

    private static long divideHalfEven(long n, long d) {
      long q = n / d;
      long r = n - q * d;
      long twice = 2 * r;
      if (twice > d || (twice == d && (q & 1) != 0)) {
        q++;
      }
      return q;
    }
  }
}
