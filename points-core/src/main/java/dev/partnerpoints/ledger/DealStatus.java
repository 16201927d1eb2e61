package dev.partnerpoints.ledger;

/**
 * Where a deal stands in the pipeline. Only {@link #CLOSED_WON} deals earn or reduce points and
 * revenue share; open and lost deals appear only in the dashboard's shared-sales section.
 */
public enum DealStatus {
  /** Not closed yet; its close date is the expected close date. */
  OPEN,
  /** Closed and won: the sale happened on the close date. */
  CLOSED_WON,
  /** Closed and lost: no sale. */
  CLOSED_LOST;

  /**
   * Checks whether the deal is closed, won or lost.
   *
   * @return true for {@link #CLOSED_WON} and {@link #CLOSED_LOST}
   */
  public boolean isClosed() {
    return this != OPEN;
  }
}
