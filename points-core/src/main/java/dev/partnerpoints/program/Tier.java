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
   * Returns the next higher tier.
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
   * Checks whether this tier is higher than another.
   *
   * @param other the other tier, not null
   * @return true if this tier ranks above the other
   */
  public boolean isHigherThan(Tier other) {
    return compareTo(other) > 0;
  }
}
