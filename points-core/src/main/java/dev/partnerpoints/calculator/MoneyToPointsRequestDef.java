package dev.partnerpoints.calculator;

import dev.partnerpoints.program.CountryCode;
import dev.partnerpoints.program.DealType;
import java.time.LocalDate;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;

/**
 * The currency tab's money-to-points inputs: the sold value and, optionally, the managed value (a
 * client's MRR) in the client's currency, and the market, deal type and date.
 */
@Value.Immutable
abstract class MoneyToPointsRequestDef {

  /**
   * The sold MRR.
   *
   * @return the amount, not negative, at most 10^13 major units
   */
  public abstract MonetaryAmount soldMrr();

  /**
   * The managed MRR, in the same currency as {@link #soldMrr()}.
   *
   * @return the amount, or empty for no managed points
   */
  public abstract Optional<MonetaryAmount> managedMrr();

  /**
   * The client's country (its market).
   *
   * @return the country, never null
   */
  public abstract CountryCode country();

  /**
   * The deal type of the sold value.
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
    Amounts.requireValid("sold value", soldMrr(), EstimateRequestDef.MAX_AMOUNT);
    if (managedMrr().isPresent()) {
      MonetaryAmount managed = managedMrr().get();
      Amounts.requireValid("managed value", managed, EstimateRequestDef.MAX_AMOUNT);
      if (!managed.getCurrency().getCurrencyCode().equals(soldMrr().getCurrency().getCurrencyCode())) {
        throw new IllegalArgumentException("managed value " + managed + " must be in the sold value's currency "
            + soldMrr().getCurrency().getCurrencyCode());
      }
    }
  }
}
