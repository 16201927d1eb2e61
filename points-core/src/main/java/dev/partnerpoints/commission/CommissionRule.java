package dev.partnerpoints.commission;

/** The revenue-share rule that governs a deal's commission schedule (docs/rules.md section 15.6). */
public enum CommissionRule {
  /**
   * A deal closed before 2023-04-01 by a Partner: the client's net revenue, paid until 2025-03 in
   * any case and from 2025-04 only in months the partner manages the client; no fixed end.
   */
  LEGACY_CLIENT_SHARE,
  /** A deal closed on or after 2023-04-01 by a Partner: the client's net revenue for 36 months. */
  CLIENT_SHARE,
  /** A deal closed while the partner is a Provider: 12 months from the sold date. */
  PROVIDER_SHARE,
  /**
   * A sourced upsell closed on or after 2025-11-17 by a Partner (the deal-based model): the net
   * upsell for 36 months.
   */
  NET_UPSELL_SHARE
}
