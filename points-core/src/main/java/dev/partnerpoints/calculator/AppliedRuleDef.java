package dev.partnerpoints.calculator;

import dev.partnerpoints.money.PointValue;
import dev.partnerpoints.program.DealType;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * What the calculator applied to produce a figure, so that every figure explains itself: the date,
 * the rate era, the rates, the market multiplier, the currency table row and the number of partners
 * sharing the managed points.
 */
@Value.Immutable
abstract class AppliedRuleDef {

  /**
   * The date whose rules were applied.
   *
   * @return the date, never null
   */
  public abstract LocalDate date();

  /**
   * The effective date of the rate era in force on {@link #date()}.
   *
   * @return the era's first date, never null
   */
  public abstract LocalDate rateEraFrom();

  /**
   * The effective date of the era whose sold rate was used; earlier than {@link #rateEraFrom()}
   * when the product-line rate lock kept an earlier sourced rate.
   *
   * @return the era's first date, never null
   */
  public abstract LocalDate soldRateEraFrom();

  /**
   * The deal type of the sold points.
   *
   * @return the deal type, never null
   */
  public abstract DealType dealType();

  /**
   * The sold-points rate per 100 USD, before the market multiplier.
   *
   * @return the rate, never null
   */
  public abstract BigDecimal soldRate();

  /**
   * The managed-points rate per 100 USD, before the market multiplier and the split.
   *
   * @return the rate, never null
   */
  public abstract BigDecimal managedRate();

  /**
   * Whether the client's country is a growth market on {@link #date()}.
   *
   * @return true for a growth market
   */
  public abstract boolean growthMarket();

  /**
   * The market multiplier applied to both rates (the growth multiplier, or 1).
   *
   * @return the multiplier, never null
   */
  public abstract BigDecimal marketMultiplier();

  /**
   * The currency table row used: the local amount worth 100 USD in points and its table's
   * effective date.
   *
   * @return the row, never null
   */
  public abstract PointValue pointValue();

  /**
   * How many partners share the client's managed points evenly (this partner and the others), or
   * 0 when this partner does not manage the client.
   *
   * @return the count, not negative
   */
  public abstract int managingPartners();
}
