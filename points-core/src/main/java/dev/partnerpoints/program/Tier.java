package dev.partnerpoints.program;

import java.util.Optional;

/** The partner tiers, lowest to highest. A partner below {@link #GOLD} is untiered. */
public enum Tier {
  /** The first tier. */
  GOLD,
  /** The second tier. */
  PLATINUM,
  /** The third tier. */
  DIAMOND,
  /** The highest tier. */
  ELITE;

  /**
   * Returns the next higher tier. This is the library's one meaning of "next tier": the tier
   * directly above a partner's tier, or {@link #GOLD} for an untiered partner (see
   * {@link #nextAbove(Optional)}); {@code TierStatus.nextTier()} and
   * {@code ProgramProgress.nextTier()} both use it (docs/rules.md §14).
   *
   * @return the next tier, or empty for {@link #ELITE}
   */
  public Optional<Tier> next() {
    return switch (this) {
      case GOLD -> Optional.of(PLATINUM);
      case PLATINUM -> Optional.of(DIAMOND);
      case DIAMOND -> Optional.of(ELITE);
      case ELITE -> Optional.empty();
    };
  }

  /**
   * Returns the next tier above a partner's tier: {@link #next()} of the tier, or the lowest tier
   * ({@link #GOLD}) when the partner is untiered.
   *
   * @param tier the partner's tier, or empty when untiered; not null
   * @return the next tier, or empty above {@link #ELITE}
   */
  public static Optional<Tier> nextAbove(Optional<Tier> tier) {
    return tier.isPresent() ? tier.get().next() : Optional.of(GOLD);
  }

  /**
   * Checks whether this tier is higher than another.
   *
   * @param other the other tier, not null
   * @return true if this tier ranks above the other
   */
  public boolean isHigherThan(Tier other) {
    return compareTo(other) > 0;
  }
}
