package dev.partnerpoints.ledger;

import dev.partnerpoints.money.PointsException;
import java.util.Objects;

/** Thrown when a deal is added to a ledger that already has a deal with the same id. */
public final class DuplicateDealException extends PointsException {
  private static final long serialVersionUID = 1L;

  private final DealId dealId;

  /**
   * Creates the exception.
   *
   * @param dealId the id added twice, not null
   */
  public DuplicateDealException(DealId dealId) {
    super("deal " + dealId + " was added twice");
    this.dealId = Objects.requireNonNull(dealId, "dealId");
  }

  /**
   * Returns the id that was added twice.
   *
   * @return the deal id, never null
   */
  public DealId dealId() {
    return dealId;
  }
}
