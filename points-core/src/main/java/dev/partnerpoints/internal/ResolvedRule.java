package dev.partnerpoints.internal;

import dev.partnerpoints.calculator.AppliedRule;
import dev.partnerpoints.money.PointValue;
import dev.partnerpoints.money.Points;
import dev.partnerpoints.program.DealType;
import dev.partnerpoints.program.RateEra;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The rule in force for one currency, market type, deal type and sold-rate era over a span of
 * dates, resolved by {@link RuleResolver#resolve}: the rates, the market multiplier and the currency
 * table row, compiled to exact integer fractions so that amounts convert to points with {@code
 * long} arithmetic. {@link #appliedRule} is the one place where the {@link AppliedRule} a figure
 * reports is made. Not API: see the package's description.
 *
 * <p>Points are computed as the calculator computes them ({@code amount / local amount worth 100
 * USD x rate x market multiplier / sharers}) exactly and rounded once to hundredths of a point,
 * HALF_EVEN. The result is the same as {@link PointValue#toPoints(BigDecimal, BigDecimal, int)} for
 * every input: when an intermediate product would not fit in a {@code long} the computation falls
 * back to {@link BigDecimal}, so nothing overflows silently. The {@code long} methods allocate
 * nothing.
 *
 * <pre>{@code
 * ResolvedRule rate = resolver.resolve(eur, CountryCode.of("BR"), DealType.SOURCED, LocalDate.of(2025, 8, 1));
 * rate.soldHundredths(100_000, 2);       // 11364: 1000.00 EUR / 88 x 5 x 2 = 113.64 points
 * rate.managedHundredths(100_000, 2, 2); // 1136:  1000.00 EUR / 88 x 1 x 2 / 2 = 11.36 points
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ResolvedRule {

  /** The largest magnitude of a points result, in hundredths (10^15 points), as {@link Points}. */
  private static final long MAX_HUNDREDTHS = 100_000_000_000_000_000L;

  private static final long[] POW10 = new long[19];

  static {
    POW10[0] = 1;
    for (int i = 1; i < POW10.length; i++) {
      POW10[i] = POW10[i - 1] * 10;
    }
  }

  private final DealType dealType;
  private final boolean growthMarket;
  private final LocalDate rateEraFrom;
  private final LocalDate soldRateEraFrom;
  private final BigDecimal soldRate;
  private final BigDecimal managedRate;
  private final BigDecimal multiplier;
  private final BigDecimal soldPer100Usd;
  private final BigDecimal managedPer100Usd;
  private final PointValue pointValue;
  /** hundredths = amount x soldNum / soldDen (0 / 0 when the fraction does not fit in longs). */
  private final long soldNum;
  private final long soldDen;
  private final long managedNum;
  private final long managedDen;
  /**
   * Bounds under which the long path cannot overflow, so that the hot path compares instead of
   * checking products: |unscaled| at most {@code soldMaxUnscaled} (or the managed one), the scale
   * from 0 to {@code maxScale}, sharers from 1 to {@link #FAST_SHARERS}.
   */
  private final long soldMaxUnscaled;
  private final long managedMaxUnscaled;
  private final int maxScale;

  /** The most sharers the bounds cover. */
  private static final int FAST_SHARERS = 1 << 14;

  ResolvedRule(DealType dealType, boolean growthMarket, RateEra era, LocalDate rateEraFrom, RateEra soldEra,
      LocalDate soldRateEraFrom, PointValue pointValue) {
    this.dealType = dealType;
    this.growthMarket = growthMarket;
    this.rateEraFrom = rateEraFrom;
    this.soldRateEraFrom = soldRateEraFrom;
    this.soldRate = soldEra.soldRate(dealType);
    this.managedRate = era.managedRate();
    this.multiplier = growthMarket ? era.growthMultiplier() : BigDecimal.ONE;
    this.soldPer100Usd = soldRate.multiply(multiplier);
    this.managedPer100Usd = managedRate.multiply(multiplier);
    this.pointValue = pointValue;
    long[] sold = fraction(soldPer100Usd, pointValue.localAmountPer100Usd());
    long[] managed = fraction(managedPer100Usd, pointValue.localAmountPer100Usd());
    this.soldNum = sold[0];
    this.soldDen = sold[1];
    this.managedNum = managed[0];
    this.managedDen = managed[1];
    this.soldMaxUnscaled = soldNum == 0 ? Long.MAX_VALUE : Long.MAX_VALUE / soldNum;
    this.managedMaxUnscaled = managedNum == 0 ? Long.MAX_VALUE : Long.MAX_VALUE / managedNum;
    long den = Math.max(soldDen, managedDen);
    int scale = -1;
    if (soldDen != 0 && managedDen != 0) {
      while (scale + 1 < POW10.length
          && den <= Long.MAX_VALUE / FAST_SHARERS / POW10[scale + 1]) {
        scale++;
      }
    }
    this.maxScale = scale;
  }

  /**
   * Returns {num, den} in lowest terms with {@code hundredths per major unit = num / den}, that is
   * {@code perUsd x 100 / local}; {0, 0} when either does not fit in a long. The point value
   * {@code local} is positive (PointValue checks it), so the fraction is never 0 / 0.
   */
  private static long[] fraction(BigDecimal perUsd, BigDecimal local) {
    BigDecimal a = perUsd.multiply(BigDecimal.valueOf(100));
    int scale = Math.max(0, Math.max(a.scale(), local.scale()));
    BigInteger num = a.movePointRight(scale).toBigIntegerExact();
    BigInteger den = local.movePointRight(scale).toBigIntegerExact();
    BigInteger gcd = num.gcd(den);
    num = num.divide(gcd);
    den = den.divide(gcd);
    if (num.bitLength() > 62 || den.bitLength() > 62) {
      return new long[] {0, 0};
    }
    return new long[] {num.longValueExact(), den.longValueExact()};
  }

  /**
   * Converts an amount to sold points, rounding once to hundredths, HALF_EVEN.
   *
   * @param unscaledAmount the amount in units of {@code 10^-scale} of the currency: 100000 with
   *     scale 2 is 1000.00; may be negative
   * @param scale the number of decimal places of {@code unscaledAmount}; may be negative
   * @return the sold points, in hundredths of a point
   * @throws ArithmeticException if the points are beyond 10^15 in magnitude
   */
  public long soldHundredths(long unscaledAmount, int scale) {
    if (scale >= 0 && scale <= maxScale && unscaledAmount <= soldMaxUnscaled && unscaledAmount >= -soldMaxUnscaled) {
      long q = divideHalfEven(unscaledAmount * soldNum, soldDen * POW10[scale]);
      if (q <= MAX_HUNDREDTHS && q >= -MAX_HUNDREDTHS) {
        return q;
      }
    }
    return hundredths(unscaledAmount, scale, 1, soldNum, soldDen, soldPer100Usd);
  }

  /**
   * Converts an amount to this partner's even share of the client's managed points, rounding the
   * share once to hundredths, HALF_EVEN (the exact share, not a rounded total divided again).
   *
   * @param unscaledAmount the amount in units of {@code 10^-scale} of the currency; may be negative
   * @param scale the number of decimal places of {@code unscaledAmount}; may be negative
   * @param sharers how many partners share the client's managed points evenly, at least 1
   * @return the managed share, in hundredths of a point
   * @throws IllegalArgumentException if {@code sharers} is below 1
   * @throws ArithmeticException if the points are beyond 10^15 in magnitude
   */
  public long managedHundredths(long unscaledAmount, int scale, int sharers) {
    if (scale >= 0 && scale <= maxScale && sharers >= 1 && sharers <= FAST_SHARERS
        && unscaledAmount <= managedMaxUnscaled && unscaledAmount >= -managedMaxUnscaled) {
      long q = divideHalfEven(unscaledAmount * managedNum, managedDen * POW10[scale] * sharers);
      if (q <= MAX_HUNDREDTHS && q >= -MAX_HUNDREDTHS) {
        return q;
      }
    }
    return hundredths(unscaledAmount, scale, sharers, managedNum, managedDen, managedPer100Usd);
  }

  /**
   * Converts an amount to sold points; the same as {@link #soldHundredths} for a decimal.
   *
   * @param amount the amount in major units of {@link #pointValue()}'s currency, not null
   * @return the points, never null
   * @throws ArithmeticException if the points are beyond 10^15 in magnitude
   */
  public Points soldPoints(BigDecimal amount) {
    return Points.ofHundredths(hundredths(amount, 1, soldNum, soldDen, soldPer100Usd));
  }

  /**
   * Converts an amount to a managed share; the same as {@link #managedHundredths} for a decimal.
   *
   * @param amount the amount in major units of {@link #pointValue()}'s currency, not null
   * @param sharers how many partners share the client's managed points evenly, at least 1
   * @return the points, never null
   * @throws IllegalArgumentException if {@code sharers} is below 1
   * @throws ArithmeticException if the points are beyond 10^15 in magnitude
   */
  public Points managedPoints(BigDecimal amount, int sharers) {
    return Points.ofHundredths(hundredths(amount, sharers, managedNum, managedDen, managedPer100Usd));
  }

  private long hundredths(BigDecimal amount, int sharers, long num, long den, BigDecimal perUsd) {
    Objects.requireNonNull(amount, "amount");
    if (amount.precision() <= 18) {
      // compact: the unscaled value fits in a long (BigDecimal.unscaledValue() would allocate)
      long unscaled = amount.scale() == 0 ? amount.longValue() : amount.scaleByPowerOfTen(amount.scale()).longValue();
      return hundredths(unscaled, amount.scale(), sharers, num, den, perUsd);
    }
    return slow(amount, sharers, perUsd);
  }

  /**
   * The long path: {@code unscaled x num / (den x sharers x 10^scale)}, exactly, then HALF_EVEN.
   * Small enough to inline; everything unusual (a negative or large scale, a fraction or product
   * that does not fit, a result beyond the points' range, bad sharers) goes to {@link #slow}.
   */
  private long hundredths(long unscaled, int scale, int sharers, long num, long den, BigDecimal perUsd) {
    if (scale >= 0 && scale < POW10.length) {
      long p = POW10[scale];
      long ds = den * sharers;
      long d = ds * p;
      long n = unscaled * num;
      // d is the exact divisor when both high words are 0 (den x sharers and ds x p in [0, 2^64):
      // a negative sharers, or a ds of 2^63 or more, read as negative, makes one of them -1) and
      // d > 0 (d below 2^63, and den and sharers not 0)
      if ((Math.multiplyHigh(den, sharers) | Math.multiplyHigh(ds, p)) == 0 && d > 0
          && Math.multiplyHigh(unscaled, num) == (n >> 63)) {
        long q = divideHalfEven(n, d);
        if (q <= MAX_HUNDREDTHS && q >= -MAX_HUNDREDTHS) {
          return q;
        }
      }
    }
    return slow(unscaled, scale, sharers, perUsd);
  }

  /**
   * {@code n / d} rounded HALF_EVEN, for {@code d > 0}. Without branches on the remainder (which
   * a processor cannot predict for random amounts): the quotient moves one away from zero when the
   * remainder is more than half of {@code d}, or exactly half and the quotient odd.
   */
  static long divideHalfEven(long n, long d) {
    long q = n / d;
    long ar = Math.abs(n - q * d); // 0 <= ar < d
    long rest = d - ar; // 0 < rest <= d
    long more = (rest - ar) >>> 63; // 1 when ar > rest; no overflow, both are in [0, d]
    long half = (ar == rest ? 1L : 0L) & q;
    return q + ((more | half) & 1) * ((n >> 63) | 1);
  }

  /**
   * The reference computation (PointValue.toPoints): exact BigDecimal, HALF_EVEN once; throws as it
   * does for bad sharers or a result beyond the points' range.
   */
  private long slow(long unscaled, int scale, int sharers, BigDecimal perUsd) {
    return slow(BigDecimal.valueOf(unscaled, scale), sharers, perUsd);
  }

  private long slow(BigDecimal amount, int sharers, BigDecimal perUsd) {
    if (sharers < 1) {
      throw new IllegalArgumentException("number of partners sharing points must be at least 1, but was " + sharers);
    }
    return pointValue.toPoints(amount, perUsd, sharers).toHundredths();
  }

  /**
   * Returns the rule applied, as the calculator reports it.
   *
   * @param date the date whose rules were applied, not null, inside this rate's span
   * @param managingPartners how many partners share the managed points, or 0 when this partner does
   *     not manage the client
   * @return the rule, never null
   */
  public AppliedRule appliedRule(LocalDate date, int managingPartners) {
    return AppliedRule.builder()
        .date(date)
        .rateEraFrom(rateEraFrom)
        .soldRateEraFrom(soldRateEraFrom)
        .dealType(dealType)
        .soldRate(soldRate)
        .managedRate(managedRate)
        .growthMarket(growthMarket)
        .marketMultiplier(multiplier)
        .pointValue(pointValue)
        .managingPartners(managingPartners)
        .build();
  }

  /**
   * The currency table row used.
   *
   * @return the row, never null
   */
  public PointValue pointValue() {
    return pointValue;
  }

  /**
   * The deal type of the sold points.
   *
   * @return the deal type, never null
   */
  public DealType dealType() {
    return dealType;
  }

  /**
   * Whether the market is a growth market.
   *
   * @return true for a growth market
   */
  public boolean growthMarket() {
    return growthMarket;
  }

  /**
   * The sold points that 100 USD earn: the sold rate times the market multiplier.
   *
   * @return the points, never null
   */
  public BigDecimal soldPer100Usd() {
    return soldPer100Usd;
  }

  /**
   * The managed points that 100 USD earn before the split: the managed rate times the market
   * multiplier.
   *
   * @return the points, never null
   */
  public BigDecimal managedPer100Usd() {
    return managedPer100Usd;
  }

  @Override
  public String toString() {
    return "ResolvedRule[" + pointValue.currency().getCurrencyCode() + " " + pointValue.localAmountPer100Usd().toPlainString()
        + " per 100 USD from " + pointValue.effectiveFrom() + ", " + dealType + " " + soldRate.toPlainString()
        + ", managed " + managedRate.toPlainString() + ", x" + multiplier.toPlainString() + ", rate era from "
        + rateEraFrom + ", sold rate era from " + soldRateEraFrom + "]";
  }
}
