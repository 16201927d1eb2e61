package dev.partnerpoints.money;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;
import org.javamoney.moneta.Money;

/**
 * One row of the program's point-value table: the amount of a currency that earns the same points
 * as 100 USD, and the date from which the row is in force.
 *
 * <p>A row converts exactly between money and points. Money to points:
 * {@code points = amount / localPer100Usd x pointsPer100Usd / sharers}, computed exactly and rounded
 * once to hundredths of a point, HALF_EVEN. Points to money:
 * {@code amount = points x localPer100Usd / pointsPer100Usd}, computed exactly and rounded once to
 * the currency's default fraction digits, HALF_EVEN.
 */
@Value.Immutable
abstract class PointValueDef {

  /**
   * The currency of the row.
   *
   * @return the currency, never null
   */
  @Value.Parameter
  public abstract CurrencyUnit currency();

  /**
   * The amount of {@link #currency()} that earns the same points as 100 USD, such as 88 for EUR
   * from 2025-07-15.
   *
   * @return a positive amount in major units of the currency, never null
   */
  @Value.Parameter
  public abstract BigDecimal localAmountPer100Usd();

  /**
   * The first date on which this row is in force (the effective date of its table).
   *
   * @return the date, never null
   */
  @Value.Parameter
  public abstract LocalDate effectiveFrom();

  @Value.Check
  void check() {
    if (localAmountPer100Usd().signum() <= 0) {
      throw new IllegalArgumentException("point value of " + currency().getCurrencyCode() + " must be positive, but was "
          + localAmountPer100Usd().toPlainString());
    }
  }

  /**
   * Converts an amount of money to points, rounding once to hundredths, HALF_EVEN.
   *
   * @param amount the amount, in this row's currency, not null; may be negative (a downgrade)
   * @param pointsPer100Usd the points that 100 USD earn (rate times market multiplier), not
   *     negative
   * @param sharers how many partners share the points evenly, at least 1
   * @return the points, never null
   * @throws IllegalArgumentException if the amount is in another currency, the rate is negative or
   *     sharers is below 1
   */
  public Points toPoints(MonetaryAmount amount, BigDecimal pointsPer100Usd, int sharers) {
    Objects.requireNonNull(amount, "amount");
    requireCurrency(amount.getCurrency());
    return toPoints(amount.getNumber().numberValueExact(BigDecimal.class), pointsPer100Usd, sharers);
  }

  /**
   * Converts an amount of money in this row's currency, given as a decimal, to points, rounding
   * once to hundredths, HALF_EVEN.
   *
   * @param amount the amount in major units of this row's currency, not null
   * @param pointsPer100Usd the points that 100 USD earn (rate times market multiplier), not
   *     negative
   * @param sharers how many partners share the points evenly, at least 1
   * @return the points, never null
   * @throws IllegalArgumentException if the rate is negative or sharers is below 1
   */
  public Points toPoints(BigDecimal amount, BigDecimal pointsPer100Usd, int sharers) {
    Objects.requireNonNull(amount, "amount");
    requireRate(pointsPer100Usd);
    if (sharers < 1) {
      throw new IllegalArgumentException("number of partners sharing points must be at least 1, but was " + sharers);
    }
    BigDecimal numerator = amount.multiply(pointsPer100Usd);
    BigDecimal denominator = localAmountPer100Usd().multiply(BigDecimal.valueOf(sharers));
    return Points.of(numerator.divide(denominator, Points.SCALE, RoundingMode.HALF_EVEN));
  }

  /**
   * Converts points to money in this row's currency, rounding once to the currency's default
   * fraction digits, HALF_EVEN.
   *
   * @param points the points, not null
   * @param pointsPer100Usd the points that 100 USD earn (rate times market multiplier), positive
   * @return the amount, never null
   * @throws IllegalArgumentException if the rate is not positive
   */
  public MonetaryAmount toMoney(Points points, BigDecimal pointsPer100Usd) {
    Objects.requireNonNull(points, "points");
    requireRate(pointsPer100Usd);
    if (pointsPer100Usd.signum() == 0) {
      throw new IllegalArgumentException("points per 100 USD must be positive to convert points to money, but was 0");
    }
    int digits = Math.max(0, currency().getDefaultFractionDigits());
    BigDecimal value = points.toBigDecimal().multiply(localAmountPer100Usd())
        .divide(pointsPer100Usd, digits, RoundingMode.HALF_EVEN);
    return Money.of(value, currency());
  }

  /**
   * Converts an amount in this row's currency to US dollars at the program's point value (not a
   * market rate), exactly, without rounding where the quotient terminates; otherwise to 34
   * significant digits (DECIMAL128), HALF_EVEN.
   *
   * @param amount the amount in major units of this row's currency, not null
   * @return the amount in USD, never null
   */
  public BigDecimal toProgramUsd(BigDecimal amount) {
    Objects.requireNonNull(amount, "amount");
    BigDecimal scaled = amount.multiply(BigDecimal.valueOf(100));
    try {
      return scaled.divide(localAmountPer100Usd());
    } catch (ArithmeticException nonTerminating) {
      return scaled.divide(localAmountPer100Usd(), MathContext.DECIMAL128);
    }
  }

  private void requireCurrency(CurrencyUnit other) {
    if (!other.getCurrencyCode().equals(currency().getCurrencyCode())) {
      throw new IllegalArgumentException("amount is in " + other.getCurrencyCode() + " but the point value is for "
          + currency().getCurrencyCode());
    }
  }

  private static void requireRate(BigDecimal pointsPer100Usd) {
    Objects.requireNonNull(pointsPer100Usd, "pointsPer100Usd");
    if (pointsPer100Usd.signum() < 0) {
      throw new IllegalArgumentException("points per 100 USD must not be negative, but was " + pointsPer100Usd.toPlainString());
    }
  }
}
