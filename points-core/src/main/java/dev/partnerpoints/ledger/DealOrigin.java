package dev.partnerpoints.ledger;

/** Who created (registered) a deal: the partner or the vendor. */
public enum DealOrigin {
  /** The partner created the deal; a partner-created deal that closes is normally sourced. */
  PARTNER,
  /**
   * The vendor created the deal and shared it with the partner; a vendor-created deal that closes
   * with the partner's help is assisted.
   */
  VENDOR
}
