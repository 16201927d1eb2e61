package dev.partnerpoints.program;

/** Who originated a deal credited to the partner. */
public enum DealType {
  /** The partner originated and closed the deal (formerly "Partner Collab"). */
  SOURCED,
  /** The partner helped close a deal the vendor originated (formerly "DIFM"). */
  ASSISTED
}
