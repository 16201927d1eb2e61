package dev.partnerpoints.ledger;

/** Whether a client's country is a growth market, for filtering breakdowns. */
public enum MarketType {
  /** A growth market (points multiplied). */
  GROWTH,
  /** Any other market. */
  NON_GROWTH
}
