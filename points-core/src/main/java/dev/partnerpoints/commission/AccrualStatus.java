package dev.partnerpoints.commission;

/** Whether a month of a commission schedule accrues, and if not, why. */
public enum AccrualStatus {
  /** The month accrues its share; it is paid with its quarter. */
  ACCRUES,
  /** The client had no net revenue in the month ("while the client keeps paying"). */
  NO_REVENUE,
  /** A legacy deal's month on or after 2025-04 in which the partner did not manage the client. */
  NOT_MANAGED,
  /**
   * An earlier client-revenue schedule of the same partner on the same client already accrues the
   * month: the client's revenue is paid once.
   */
  COVERED
}
