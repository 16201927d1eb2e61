package dev.partnerpoints.ledger;

/**
 * What is missing from a ledger's input, such that a figure would otherwise be silently zero or
 * silently rest on an assumption. See {@link DataGap}.
 */
public enum DataGapKind {
  /**
   * A client with closed-won deals but no MRR history ({@link ClientMrr}) and no subscriptions: its
   * MRR counts as zero on every date (managed points, retention and revenue derived from MRR).
   */
  CLIENT_WITHOUT_MRR,
  /**
   * A management period of the ledger's partner while the client has no MRR data (no history and
   * no subscriptions, or before its first {@link ClientMrr}): its managed points are zero then.
   */
  MANAGED_WITHOUT_MRR,
  /**
   * A closed-won deal on a client's product line after the line was cancelled, with no new sale of
   * the line (new client or cross-sell) in between: an upsell, downgrade, cancellation or no-deal
   * increase of a line the client no longer has, so a sale is missing from the input.
   */
  DEAL_AFTER_CANCELLATION,
  /**
   * A closed-won no-deal increase with no sale of its product line to the client on or before it:
   * by default it earns nothing, because the input does not say who sold the line.
   */
  NO_DEAL_INCREASE_WITHOUT_SALE,
  /**
   * A month in which a commission schedule runs but the revenue series given to the dashboard has
   * no net revenue for the client: the month accrues no commission. Reported by the dashboard
   * ({@code DashboardBuilder.dataGaps}), not by the ledger.
   */
  REVENUE_MISSING
}
