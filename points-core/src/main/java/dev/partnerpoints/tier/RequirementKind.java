package dev.partnerpoints.tier;

/** One requirement of a tier. */
public enum RequirementKind {
  /** Total points (sourced + assisted + managed). */
  TOTAL_POINTS,
  /** The sold-points minimum (sold points, or sourced points only from 2025-07-15 built in). */
  SOLD_MINIMUM,
  /** The managed-points minimum (until 2026-01-14 built in). */
  MANAGED_MINIMUM,
  /** A valid partner certification. */
  CERTIFICATION,
  /** The minimum median tool usage across the partner's clients. */
  TOOL_USAGE
}
