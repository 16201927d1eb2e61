package dev.partnerpoints.tier;

/** Why the credited tier changed. */
public enum TierChangeReason {
  /** A higher tier's requirements were met: credited at once. */
  TIER_UP,
  /** At a recalibration the partner had not met its tier in any month of the review window. */
  RECALIBRATION,
  /** The certification was not valid on a recalibration date. */
  CERTIFICATION_LAPSE
}
