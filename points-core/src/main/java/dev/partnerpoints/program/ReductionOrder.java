package dev.partnerpoints.program;

/**
 * Which of a partner's earlier sales a downgrade or cancellation consumes first. A reduction only
 * ever consumes the partner's entries on the same client and product line that are active on its
 * close date, and never takes an entry below zero; the order decides which of them lose points when
 * there are several, and so when the reduced points would have expired. The program publishes no
 * order: {@link #NEWEST_FIRST} is the library's default ({@link ProgramRules#reductionOrder()}).
 *
 * <p>Whatever the order, a reduction takes the same number of points as long as the entries it may
 * consume hold at least that many; the orders differ in which entries carry the loss.
 */
public enum ReductionOrder {
  /** The most recently closed entry first (by close date, then deal id), then the next older. */
  NEWEST_FIRST,
  /** The earliest closed entry first (by close date, then deal id), then the next newer. */
  OLDEST_FIRST,
  /**
   * The entries of the reduction's own deal type (sourced or assisted) first, newest first; then
   * the entries of the other type, newest first.
   */
  SAME_DEAL_TYPE_FIRST
}
