package dev.partnerpoints.ledger;

/** What a deal changed about a client's MRR. */
public enum DealKind {
  /** A net-new client. */
  NEW_CLIENT,
  /** A product line the client did not have. */
  CROSS_SELL,
  /** A higher edition or more seats of a product line the client has. */
  UPSELL,
  /** A lower edition or fewer seats: negative. */
  DOWNGRADE,
  /** A product line cancelled: negative. */
  CANCELLATION,
  /**
   * An MRR increase that came from no deal (a discount ending at renewal); earns sold points for
   * the partner who sold the line only before the rules' cut-off (2025-07-15 built in).
   */
  NO_DEAL_INCREASE;

  /**
   * Checks whether this kind reduces MRR.
   *
   * @return true for {@link #DOWNGRADE} and {@link #CANCELLATION}
   */
  public boolean isReduction() {
    return this == DOWNGRADE || this == CANCELLATION;
  }

  /**
   * Checks whether this kind first sells a product line to the client.
   *
   * @return true for {@link #NEW_CLIENT} and {@link #CROSS_SELL}
   */
  public boolean isFirstSale() {
    return this == NEW_CLIENT || this == CROSS_SELL;
  }
}
