package dev.partnerpoints.calculator;

import dev.partnerpoints.internal.RuleResolver;
import dev.partnerpoints.program.CountryCode;
import dev.partnerpoints.program.DealType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;

/**
 * The calculator tab's inputs: a sale's MRR in the client's currency, the client's country, the deal
 * type, whether this partner will also manage the client and how many other partners will.
 *
 * <pre>{@code
 * EstimateRequest request = EstimateRequest.builder()
 *     .soldMrr(Money.of(1000, "EUR"))
 *     .country(CountryCode.of("BR"))
 *     .dealType(DealType.SOURCED)
 *     .alsoManages(true)
 *     .otherManagingPartners(1)
 *     .build();
 * }</pre>
 */
@Value.Immutable
abstract class EstimateRequestDef {

  /** The largest sold value accepted, in major units of any currency: 10^13. */
  static final BigDecimal MAX_AMOUNT = BigDecimal.TEN.pow(13);

  /** The largest number of other managing partners accepted (the fast path checks the same limit). */
  static final int MAX_OTHER_PARTNERS = RuleResolver.MAX_OTHER_PARTNERS;

  /**
   * The monthly recurring revenue sold, in the client's currency.
   *
   * @return the amount, not negative, at most 10^13 major units
   */
  public abstract MonetaryAmount soldMrr();

  /**
   * The client's country (its market).
   *
   * @return the country, never null
   */
  public abstract CountryCode country();

  /**
   * The deal type.
   *
   * @return sourced or assisted; sourced by default
   */
  @Value.Default
  public DealType dealType() {
    return DealType.SOURCED;
  }

  /**
   * Whether this partner will also manage the client.
   *
   * @return true if it earns managed points too; false by default
   */
  @Value.Default
  public boolean alsoManages() {
    return false;
  }

  /**
   * How many other partners will manage the client and share its managed points. Only a partner
   * that also manages the client shares its managed points, so a count above 0 needs
   * {@link #alsoManages()}.
   *
   * @return the count, 0 to 10,000, and 0 unless {@link #alsoManages()}; 0 by default
   */
  @Value.Default
  public int otherManagingPartners() {
    return 0;
  }

  /**
   * The date whose rules apply (the close date).
   *
   * @return the date, or empty for today on the calculator's clock
   */
  public abstract Optional<LocalDate> date();

  /**
   * For an upsell, when its product line was first sold to the client: the product-line rate lock
   * keeps the earlier sourced rate for lines first sold before 2024-02-27.
   *
   * @return the first-sale date, or empty for a line first sold by this deal
   */
  public abstract Optional<LocalDate> productLineFirstSold();

  @Value.Check
  void check() {
    Amounts.requireValid("sold value", soldMrr(), MAX_AMOUNT);
    if (otherManagingPartners() < 0 || otherManagingPartners() > MAX_OTHER_PARTNERS) {
      throw new IllegalArgumentException("number of other managing partners must be between 0 and "
          + MAX_OTHER_PARTNERS + ", but was " + otherManagingPartners());
    }
    if (otherManagingPartners() > 0 && !alsoManages()) {
      throw new IllegalArgumentException("number of other managing partners was " + otherManagingPartners()
          + " but alsoManages is false: other partners share the managed points only of a client this"
          + " partner also manages; set alsoManages(true) or leave otherManagingPartners at 0");
    }
    if (date().isPresent() && productLineFirstSold().isPresent()
        && productLineFirstSold().get().isAfter(date().get())) {
      throw new IllegalArgumentException("product line first sold on " + productLineFirstSold().get()
          + " is after the deal date " + date().get() + "; it must be on or before it");
    }
  }
}
