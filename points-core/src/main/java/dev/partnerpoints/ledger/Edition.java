package dev.partnerpoints.ledger;

/** The edition of a product line subscription. */
public enum Edition {
  /** The entry edition. */
  STARTER,
  /** The middle edition. */
  PROFESSIONAL,
  /** The top edition. */
  ENTERPRISE
}
