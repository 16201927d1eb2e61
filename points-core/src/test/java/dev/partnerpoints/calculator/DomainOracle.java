package dev.partnerpoints.calculator;

import dev.partnerpoints.program.DealType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * An independent oracle for the calculator: docs/rules.md sections 2-7 typed in again (not read from
 * the main code) and exact rational arithmetic with BigInteger, rounded half-even by hand.
 */
final class DomainOracle {
  private DomainOracle() {}

  static final LocalDate LAUNCH = LocalDate.of(2022, 7, 18);
  static final LocalDate FIVE_POINT_SOURCED = LocalDate.of(2024, 2, 27);
  static final LocalDate SECOND_TABLE = LocalDate.of(2025, 7, 15);

  /** Section 3: local amount worth 100 USD, {from 2022-07-18, from 2025-07-15}. */
  static final Map<String, List<String>> POINT_VALUES = Map.of(
      "USD", List.of("100", "100"),
      "AUD", List.of("105", "154"),
      "CAD", List.of("130", "130"),
      "COP", List.of("300300", "408000"),
      "EUR", List.of("75", "88"),
      "GBP", List.of("62.50", "74.00"),
      "JPY", List.of("12000", "14400"),
      "SGD", List.of("140", "129"),
      "ZAR", List.of("1545", "1768"));

  static final List<String> CURRENCIES = List.of("USD", "AUD", "CAD", "COP", "EUR", "GBP", "JPY", "SGD", "ZAR");

  /** Section 4. */
  static final Set<String> GROWTH_MARKETS = Set.of("IN",
      "AR", "BO", "BR", "CL", "CO", "CR", "CU", "DO", "EC", "GT", "HN", "MX", "NI", "PA", "PE", "PR", "PY", "SV",
      "UY", "VE",
      "CN", "KR", "MN",
      "BD", "BN", "HK", "ID", "KH", "LA", "LK", "MM", "MV", "MY", "NP", "PH", "PK", "SG", "TH", "TL", "TW", "VN");

  static final List<String> GROWTH_LIST = List.copyOf(new TreeSet<>(GROWTH_MARKETS));
  static final List<String> NON_GROWTH_LIST = List.of("US", "DE", "GB", "JP", "FR", "CA", "AU", "ZA", "NL", "JM");

  static BigDecimal pointValue(String currency, LocalDate date) {
    return new BigDecimal(POINT_VALUES.get(currency).get(date.isBefore(SECOND_TABLE) ? 0 : 1));
  }

  /** Section 2, with the product-line rate lock. */
  static int soldRate(DealType type, LocalDate date, Optional<LocalDate> lineFirstSold) {
    if (type == DealType.ASSISTED) {
      return 3;
    }
    LocalDate firstSold = lineFirstSold.orElse(date);
    return !date.isBefore(FIVE_POINT_SOURCED) && !firstSold.isBefore(FIVE_POINT_SOURCED) ? 5 : 3;
  }

  static int multiplier(String country) {
    return GROWTH_MARKETS.contains(country) ? 2 : 1;
  }

  /**
   * The exact points {@code amount / pointValue x rate / sharers} as a fraction of hundredths:
   * {numerator, denominator}.
   */
  static BigInteger[] exactHundredths(BigDecimal amount, BigDecimal pointValue, long ratePer100Usd, long sharers) {
    // amount = A / 10^a, pointValue = L / 10^l
    // points x 100 = A x 10^l x rate x 100 / (10^a x L x sharers)
    BigInteger numerator = amount.unscaledValue()
        .multiply(BigInteger.TEN.pow(Math.max(0, pointValue.scale())))
        .multiply(BigInteger.TEN.pow(Math.max(0, -amount.scale())))
        .multiply(BigInteger.valueOf(ratePer100Usd))
        .multiply(BigInteger.valueOf(100));
    BigInteger denominator = pointValue.unscaledValue()
        .multiply(BigInteger.TEN.pow(Math.max(0, amount.scale())))
        .multiply(BigInteger.TEN.pow(Math.max(0, -pointValue.scale())))
        .multiply(BigInteger.valueOf(sharers));
    return new BigInteger[] {numerator, denominator};
  }

  /** Rounds a non-negative fraction to the nearest integer, ties to even. */
  static long roundHalfEven(BigInteger numerator, BigInteger denominator) {
    if (numerator.signum() < 0 || denominator.signum() <= 0) {
      throw new IllegalArgumentException("oracle handles non-negative fractions only");
    }
    BigInteger[] qr = numerator.divideAndRemainder(denominator);
    BigInteger quotient = qr[0];
    int cmp = qr[1].shiftLeft(1).compareTo(denominator);
    if (cmp > 0 || (cmp == 0 && quotient.testBit(0))) {
      quotient = quotient.add(BigInteger.ONE);
    }
    return quotient.longValueExact();
  }

  /** The points of a fraction of hundredths, rounded half-even to a hundredth, as hundredths. */
  static long roundedHundredths(BigInteger[] fraction) {
    return roundHalfEven(fraction[0], fraction[1]);
  }
}
