package dev.partnerpoints.program;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The product-line rate lock written as the rules state it, over the rules' own era timeline: the
 * reference the library's one resolver is tested against (the library itself resolves it only in
 * {@code RuleResolver}). In an era that locks it, a sourced deal on a product line first sold before
 * the era started keeps the sourced rate of the era in force on the first-sale date (of the first
 * era, if the line was first sold before every era).
 */
public final class RateLock {

  private RateLock() {}

  /**
   * The sold-points rate per 100 USD (before the market multiplier) of a deal.
   *
   * @throws IllegalArgumentException if the first sale is after the close date
   * @throws dev.partnerpoints.money.DateOutsideProgramException if the close date is before the first era
   */
  public static BigDecimal soldRate(ProgramRules rules, DealType dealType, LocalDate closeDate,
      LocalDate productLineFirstSold) {
    Objects.requireNonNull(dealType, "dealType");
    if (productLineFirstSold.isAfter(closeDate)) {
      throw new IllegalArgumentException("product line first sold on " + productLineFirstSold
          + " is after the deal's close date " + closeDate + "; it must be on or before it");
    }
    return rules.rateEras().valueOn(soldRateEraFrom(rules, dealType, closeDate, productLineFirstSold)).soldRate(dealType);
  }

  /** The first day of the era whose sold rate a deal uses. */
  public static LocalDate soldRateEraFrom(ProgramRules rules, DealType dealType, LocalDate closeDate,
      LocalDate productLineFirstSold) {
    Objects.requireNonNull(dealType, "dealType");
    Objects.requireNonNull(closeDate, "closeDate");
    Objects.requireNonNull(productLineFirstSold, "productLineFirstSold");
    LocalDate eraFrom = rules.rateEras().effectiveFromOn(closeDate);
    RateEra era = rules.rateEras().valueOn(closeDate);
    if (dealType == DealType.SOURCED && era.locksSourcedRateToFirstSale() && productLineFirstSold.isBefore(eraFrom)) {
      LocalDate first = rules.rateEras().firstEffectiveDate();
      return rules.rateEras().effectiveFromOn(productLineFirstSold.isBefore(first) ? first : productLineFirstSold);
    }
    return eraFrom;
  }
}
