package dev.partnerpoints.money;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An exact quantity of partner-program points with a fixed scale of two decimal places.
 *
 * <p>Points are the program's unit of tier credit. Every ledger entry's points are rounded once, to
 * hundredths of a point (domain rule: HALF_EVEN); after that, points are only added, subtracted and
 * split, which this type does exactly. Internally the value is a count of hundredths held in a
 * {@code long}, so arithmetic is exact and allocation-light; an operation whose result does not fit
 * throws {@link ArithmeticException} rather than wrapping.
 *
 * <p>Factories that take a {@link BigDecimal} with more than two decimal places either name a
 * {@link RoundingMode} or throw: this type never rounds silently.
 *
 * <pre>{@code
 * Points sold = Points.of("6.67");
 * Points total = sold.plus(Points.of(2));              // 8.67
 * List<Points> shares = Points.of("1.00").allocate(3);  // [0.34, 0.33, 0.33]
 * }</pre>
 *
 * <p>Points may be negative (a downgrade or a lost-points figure). This class is immutable and
 * thread-safe.
 */
public final class Points implements Comparable<Points> {

  /** The number of decimal places of every {@code Points} value. */
  public static final int SCALE = 2;

  /** The largest magnitude accepted, in hundredths: 10^17 hundredths (10^15 points). */
  private static final long MAX_HUNDREDTHS = 100_000_000_000_000_000L;

  private static final Points ZERO = new Points(0);

  private final long hundredths;

  private Points(long hundredths) {
    this.hundredths = hundredths;
  }

  /**
   * Returns zero points.
   *
   * @return zero points, never null
   */
  public static Points zero() {
    return ZERO;
  }

  /**
   * Obtains a whole number of points.
   *
   * @param wholePoints the number of points, between -10^15 and 10^15
   * @return the points, never null
   * @throws ArithmeticException if the value is beyond 10^15 points in magnitude
   */
  public static Points of(long wholePoints) {
    // not Math.abs: Math.abs(Long.MIN_VALUE) is negative, and Long.MIN_VALUE * 100 wraps to 0
    if (wholePoints > MAX_HUNDREDTHS / 100 || wholePoints < -MAX_HUNDREDTHS / 100) {
      throw new ArithmeticException(
          "points " + wholePoints + " exceed the supported magnitude of 10^15 points");
    }
    return ofHundredths(wholePoints * 100);
  }

  /**
   * Obtains points from a count of hundredths of a point, so {@code ofHundredths(667)} is 6.67.
   *
   * @param hundredths the number of hundredths, between -10^17 and 10^17
   * @return the points, never null
   * @throws ArithmeticException if the value is beyond 10^15 points in magnitude
   */
  public static Points ofHundredths(long hundredths) {
    if (hundredths > MAX_HUNDREDTHS || hundredths < -MAX_HUNDREDTHS) {
      throw new ArithmeticException(
          "points of " + hundredths + " hundredths exceed the supported magnitude of 10^15 points");
    }
    return hundredths == 0 ? ZERO : new Points(hundredths);
  }

  /**
   * Obtains points from an exact decimal that has at most two decimal places.
   *
   * @param amount the points, not null, at most two decimal places (trailing zeros are ignored)
   * @return the points, never null
   * @throws ArithmeticException if the amount has more than two significant decimal places or is
   *     beyond 10^15 points in magnitude
   */
  public static Points of(BigDecimal amount) {
    Objects.requireNonNull(amount, "amount");
    // checked before any scaling: setScale of an extreme exponent (1E+999999999, 1E-99999999)
    // would build a number of millions of digits
    BigDecimal stripped = amount.stripTrailingZeros();
    if (stripped.scale() > SCALE) {
      throw new ArithmeticException(
          "points " + written(amount) + " have more than 2 decimal places; name a RoundingMode to round them");
    }
    requireMagnitude(stripped, amount);
    return fromScaled(stripped.setScale(SCALE, RoundingMode.UNNECESSARY), amount);
  }

  /**
   * Obtains points from a decimal, rounding it once to two decimal places with the given mode.
   *
   * @param amount the exact points, not null
   * @param roundingMode the rounding mode to apply, not null; {@code UNNECESSARY} throws if rounding
   *     is needed
   * @return the rounded points, never null
   * @throws ArithmeticException if rounding is needed and the mode is {@code UNNECESSARY}, or if
   *     the value is beyond 10^15 points in magnitude
   */
  public static Points of(BigDecimal amount, RoundingMode roundingMode) {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(roundingMode, "roundingMode");
    if (roundingMode == RoundingMode.UNNECESSARY) {
      return of(amount);
    }
    requireMagnitude(amount, amount);
    // below a thousandth, every mode rounds as it rounds 0.001 (with the sign): 0.00 or 0.01;
    // scaling the amount itself could take a division by 10 to the power of its huge scale
    BigDecimal rounded = amount.signum() != 0 && (long) amount.precision() - amount.scale() < -2
        ? BigDecimal.valueOf(amount.signum(), 3) : amount;
    return fromScaled(rounded.setScale(SCALE, roundingMode), amount);
  }

  /** Rejects an amount of 10^16 or more before it is scaled (the exact limit is checked after). */
  private static void requireMagnitude(BigDecimal amount, BigDecimal original) {
    if (amount.signum() != 0 && (long) amount.precision() - amount.scale() > 16) {
      throw new ArithmeticException(
          "points " + written(original) + " exceed the supported magnitude of 10^15 points");
    }
  }

  /** The amount in plain digits, or in scientific notation when plain would be over 40 digits long. */
  private static String written(BigDecimal amount) {
    return Math.abs((long) amount.scale()) + amount.precision() <= 40 ? amount.toPlainString() : amount.toString();
  }

  /**
   * Obtains points from text with at most two decimal places, such as {@code "6.67"} or
   * {@code "-3"}; the inverse of {@link #toString()}.
   *
   * @param text the text to parse, not null
   * @return the points, never null
   * @throws IllegalArgumentException if the text is not a plain decimal number with at most two
   *     decimal places
   */
  public static Points parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString();
    if (!s.matches("[+-]?\\d+(\\.\\d{1,2})?")) {
      throw new IllegalArgumentException(
          "points '" + s + "' are not a plain decimal number with at most 2 decimal places");
    }
    try {
      return of(new BigDecimal(s));
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("points '" + s + "' are out of range: " + e.getMessage(), e);
    }
  }

  /**
   * Returns the exact sum of the given points; never re-rounds.
   *
   * @param points the points to add, not null, no null elements
   * @return the total, zero when empty, never null
   * @throws ArithmeticException if the total is beyond 10^15 points in magnitude
   */
  public static Points total(Iterable<Points> points) {
    Objects.requireNonNull(points, "points");
    long sum = 0;
    for (Points p : points) {
      sum = Math.addExact(sum, Objects.requireNonNull(p, "points element").hundredths);
    }
    return ofHundredths(sum);
  }

  /**
   * Returns the exact sum of the given points; never re-rounds.
   *
   * @param points the points to add, not null, no null elements
   * @return the total, zero when empty, never null
   * @throws ArithmeticException if the total is beyond 10^15 points in magnitude
   */
  public static Points total(Points... points) {
    Objects.requireNonNull(points, "points");
    return total(Arrays.asList(points));
  }

  private static Points fromScaled(BigDecimal scaled, BigDecimal original) {
    try {
      return ofHundredths(scaled.movePointRight(SCALE).longValueExact());
    } catch (ArithmeticException e) {
      throw new ArithmeticException(
          "points " + written(original) + " exceed the supported magnitude of 10^15 points");
    }
  }

  /**
   * Returns the sum of these points and the other points, exactly.
   *
   * @param other the points to add, not null
   * @return the sum, never null
   * @throws ArithmeticException if the result is beyond 10^15 points in magnitude
   */
  public Points plus(Points other) {
    Objects.requireNonNull(other, "other");
    return ofHundredths(Math.addExact(hundredths, other.hundredths));
  }

  /**
   * Returns these points minus the other points, exactly.
   *
   * @param other the points to subtract, not null
   * @return the difference, never null
   * @throws ArithmeticException if the result is beyond 10^15 points in magnitude
   */
  public Points minus(Points other) {
    Objects.requireNonNull(other, "other");
    return ofHundredths(Math.subtractExact(hundredths, other.hundredths));
  }

  /**
   * Returns these points with the sign flipped.
   *
   * @return the negated points, never null
   */
  public Points negated() {
    return ofHundredths(-hundredths);
  }

  /**
   * Returns these points multiplied by a whole factor, exactly.
   *
   * @param factor the factor
   * @return the product, never null
   * @throws ArithmeticException if the result is beyond 10^15 points in magnitude
   */
  public Points multipliedBy(long factor) {
    return ofHundredths(Math.multiplyExact(hundredths, factor));
  }

  /**
   * Returns the larger of these points and zero: negative values become zero.
   *
   * @return these points if not negative, otherwise zero; never null
   */
  public Points atLeastZero() {
    return hundredths < 0 ? ZERO : this;
  }

  /**
   * Splits these points into {@code shares} parts that add up exactly to these points.
   *
   * <p>Each share is the even share rounded down to a hundredth; the hundredths left over go one
   * each to the first shares (largest remainder: all remainders are equal, so ties are broken by
   * position; order the recipients, for example by partner id, before calling). Shares differ by at
   * most one hundredth.
   *
   * <pre>{@code
   * Points.of("1.00").allocate(3)  // [0.34, 0.33, 0.33]
   * Points.of("-1.00").allocate(3) // [-0.33, -0.33, -0.34]: still sums exactly
   * }</pre>
   *
   * @param shares the number of shares, at least 1
   * @return the shares in order, never null, of size {@code shares}
   * @throws IllegalArgumentException if {@code shares} is less than 1
   */
  public ImmutableList<Points> allocate(int shares) {
    if (shares < 1) {
      throw new IllegalArgumentException(
          "number of shares must be at least 1, but was " + shares);
    }
    long base = Math.floorDiv(hundredths, shares);
    long remainder = hundredths - base * shares;
    ImmutableList.Builder<Points> result = ImmutableList.builderWithExpectedSize(shares);
    for (int i = 0; i < shares; i++) {
      result.add(ofHundredths(i < remainder ? base + 1 : base));
    }
    return result.build();
  }

  /**
   * Returns the number of hundredths of a point, so 6.67 points give 667.
   *
   * @return the hundredths
   */
  public long toHundredths() {
    return hundredths;
  }

  /**
   * Returns these points as a decimal with scale 2.
   *
   * @return the points, never null
   */
  public BigDecimal toBigDecimal() {
    return BigDecimal.valueOf(hundredths, SCALE);
  }

  /**
   * Returns the sign of these points.
   *
   * @return -1, 0 or 1
   */
  public int signum() {
    return Long.signum(hundredths);
  }

  /**
   * Checks whether these points are zero.
   *
   * @return true if zero
   */
  public boolean isZero() {
    return hundredths == 0;
  }

  /**
   * Checks whether these points are below zero.
   *
   * @return true if negative
   */
  public boolean isNegative() {
    return hundredths < 0;
  }

  /**
   * Checks whether these points are greater than the other points.
   *
   * @param other the points to compare with, not null
   * @return true if these points are greater
   */
  public boolean isGreaterThan(Points other) {
    return compareTo(other) > 0;
  }

  /**
   * Checks whether these points are less than the other points.
   *
   * @param other the points to compare with, not null
   * @return true if these points are less
   */
  public boolean isLessThan(Points other) {
    return compareTo(other) < 0;
  }

  /**
   * Returns the larger of two points values.
   *
   * @param a the first, not null
   * @param b the second, not null
   * @return the larger (the first when equal), never null
   */
  public static Points max(Points a, Points b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  /**
   * Returns the smaller of two points values.
   *
   * @param a the first, not null
   * @param b the second, not null
   * @return the smaller (the first when equal), never null
   */
  public static Points min(Points a, Points b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  @Override
  public int compareTo(Points other) {
    return Long.compare(hundredths, Objects.requireNonNull(other, "other").hundredths);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Points other && other.hundredths == hundredths;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(hundredths);
  }

  /**
   * Returns the points as plain text with exactly two decimal places, such as {@code "6.67"} or
   * {@code "-0.50"}; {@link #parse(CharSequence)} reads it back.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return toBigDecimal().toPlainString();
  }
}
