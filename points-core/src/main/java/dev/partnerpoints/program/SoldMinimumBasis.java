package dev.partnerpoints.program;

/** Which points count towards a tier's sold-points minimum. */
public enum SoldMinimumBasis {
  /** Sourced plus assisted points (until 2025-07-14 in the built-in program). */
  SOLD,
  /** Sourced points only (from 2025-07-15 in the built-in program). */
  SOURCED
}
