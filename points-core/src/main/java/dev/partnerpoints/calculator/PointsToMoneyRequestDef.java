package dev.partnerpoints.calculator;

import dev.partnerpoints.money.Points;
import dev.partnerpoints.program.CountryCode;
import dev.partnerpoints.program.DealType;
import java.time.LocalDate;
import java.util.Optional;
import javax.money.CurrencyUnit;
import org.immutables.value.Value;

/**
 * The currency tab's points-to-money inputs: sold and managed points, and the currency, market,
 * deal type and date to value them in.
 */
@Value.Immutable
abstract class PointsToMoneyRequestDef {

  /**
   * The sold points to value.
   *
   * @return the points, not negative
   */
  @Value.Default
  public Points soldPoints() {
    return Points.zero();
  }

  /**
   * The managed points to value (the client's managed points, before any split).
   *
   * @return the points, not negative
   */
  @Value.Default
  public Points managedPoints() {
    return Points.zero();
  }

  /**
   * The client's currency, in which the values are given.
   *
   * @return the currency, never null
   */
  public abstract CurrencyUnit currency();

  /**
   * The client's country (its market).
   *
   * @return the country, never null
   */
  public abstract CountryCode country();

  /**
   * The deal type of the sold points.
   *
   * @return the deal type; sourced by default
   */
  @Value.Default
  public DealType dealType() {
    return DealType.SOURCED;
  }

  /**
   * The date whose rules apply.
   *
   * @return the date, or empty for today on the calculator's clock
   */
  public abstract Optional<LocalDate> date();

  @Value.Check
  void check() {
    if (soldPoints().isNegative() || managedPoints().isNegative()) {
      throw new IllegalArgumentException("points to convert must not be negative, but were sold "
          + soldPoints() + " and managed " + managedPoints());
    }
  }
}
