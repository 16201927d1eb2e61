package dev.partnerpoints.ledger;

import dev.partnerpoints.program.DealType;
import java.time.LocalDate;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;

/**
 * A sale, or a reduction, of one product line to one client.
 *
 * <p>Increases (new client, cross-sell, upsell, no-deal increase) have a positive MRR change and
 * name the partner credited with them; reductions (downgrade, cancellation) have a negative MRR
 * change and reduce the active sold points of every partner on that client's product line.
 *
 * <p>A deal also has an {@link #origin()} (who created it) and a {@link #status()} in the pipeline.
 * Both default so that a deal built without them is what the ledger always assumed: a closed-won
 * deal, created by the partner when sourced and by the vendor when assisted. Only closed-won deals
 * earn or reduce points; open and lost deals are kept for the dashboard's shared-sales section.
 */
@Value.Immutable
abstract class DealDef {

  /**
   * The deal's stable id; ties between deals closed on one day are broken by it.
   *
   * @return the id, never null
   */
  public abstract DealId id();

  /**
   * The client.
   *
   * @return the client id, never null
   */
  public abstract ClientId clientId();

  /**
   * The close date: sold points are valued with the rules in force on it and are active from it.
   * For an open deal, the expected close date.
   *
   * @return the date, never null
   */
  public abstract LocalDate closeDate();

  /**
   * What the deal changed.
   *
   * @return the kind, never null
   */
  public abstract DealKind kind();

  /**
   * Sourced or assisted.
   *
   * @return the deal type, never null
   */
  public abstract DealType dealType();

  /**
   * The product line sold or reduced.
   *
   * @return the product line, never null
   */
  public abstract ProductLine productLine();

  /**
   * The change of the client's MRR, in the client's currency: positive for increases, negative for
   * reductions.
   *
   * @return the amount, never null
   */
  public abstract MonetaryAmount mrrChange();

  /**
   * The partner credited with an increase.
   *
   * @return the partner; empty only for reductions
   */
  public abstract Optional<PartnerId> partner();

  /**
   * When the product line was first sold to the client, for the product-line rate lock. When
   * empty, the ledger uses the earliest first sale (new client or cross-sell) of the line it knows,
   * or this deal's close date.
   *
   * @return the date, not after the close date, or empty
   */
  public abstract Optional<LocalDate> productLineFirstSold();

  /**
   * Who created the deal. Defaults to {@link DealOrigin#VENDOR} for an assisted deal (the vendor
   * originated it, by definition) and to {@link DealOrigin#PARTNER} otherwise.
   *
   * @return the origin, never null
   */
  @Value.Default
  public DealOrigin origin() {
    return dealType() == DealType.ASSISTED ? DealOrigin.VENDOR : DealOrigin.PARTNER;
  }

  /**
   * Where the deal stands. Defaults to {@link DealStatus#CLOSED_WON}; only closed-won deals earn or
   * reduce points. For an open deal, {@link #closeDate()} is the expected close date.
   *
   * @return the status, never null
   */
  @Value.Default
  public DealStatus status() {
    return DealStatus.CLOSED_WON;
  }

  /**
   * The day the deal was created (registered) in the pipeline.
   *
   * @return the date, not after {@link #closeDate()}, or empty when unknown (then
   *     {@link #createdOrClosedOn()} uses the close date)
   */
  public abstract Optional<LocalDate> createdOn();

  /**
   * The creation date if known, else the close date.
   *
   * @return the date, never null
   */
  public LocalDate createdOrClosedOn() {
    return createdOn().orElse(closeDate());
  }

  @Value.Check
  void check() {
    if (createdOn().isPresent() && createdOn().get().isAfter(closeDate())) {
      throw new IllegalArgumentException("deal " + id() + " was created on " + createdOn().get()
          + ", after its " + (status() == DealStatus.OPEN ? "expected " : "") + "close date " + closeDate()
          + "; it must be created on or before it");
    }
    if (kind().isReduction() ? mrrChange().isPositive() : mrrChange().isNegative()) {
      throw new IllegalArgumentException("deal " + id() + " of kind " + kind() + " must have a "
          + (kind().isReduction() ? "negative or zero" : "positive or zero") + " MRR change, but had " + mrrChange());
    }
    if (!kind().isReduction() && partner().isEmpty()) {
      throw new IllegalArgumentException("deal " + id() + " of kind " + kind() + " must name the partner credited with it");
    }
    if (productLineFirstSold().isPresent() && productLineFirstSold().get().isAfter(closeDate())) {
      throw new IllegalArgumentException("deal " + id() + ": product line first sold on " + productLineFirstSold().get()
          + " is after its close date " + closeDate() + "; it must be on or before it");
    }
  }
}
