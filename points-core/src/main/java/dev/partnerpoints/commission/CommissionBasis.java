package dev.partnerpoints.commission;

/** What a commission schedule pays its share of, month by month. */
public enum CommissionBasis {
  /**
   * The client's net revenue in the month, less the net upsells that the partner's deal-based
   * schedules on the client pay on in that month (never below zero), so that no revenue is paid
   * twice.
   */
  CLIENT_REVENUE,
  /** The deal's net upsell: the new MRR minus the MRR it replaces (the deal's MRR change). */
  NET_UPSELL
}
