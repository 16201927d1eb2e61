package dev.partnerpoints.commission;

/** The partner's level in the program, which decides how long revenue share is paid. */
public enum PartnerLevel {
  /** A Solutions Partner: the client-share and deal-based revenue-share rules apply. */
  PARTNER,
  /** A Provider: revenue share for 12 months from each deal's sold date (built-in rules). */
  PROVIDER
}
