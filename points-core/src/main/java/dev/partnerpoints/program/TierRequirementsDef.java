package dev.partnerpoints.program;

import dev.partnerpoints.money.Points;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The point requirements of one tier in one era: a total, a minimum of sold (or, later, sourced)
 * points and, while it exists, a minimum of managed points. All must be met at once.
 */
@Value.Immutable
abstract class TierRequirementsDef {

  /**
   * The total points required (sourced + assisted + managed).
   *
   * @return the points, not negative
   */
  public abstract Points totalPoints();

  /**
   * The minimum of sold points, counted as {@link #soldMinimumBasis()} says.
   *
   * @return the points, not negative
   */
  public abstract Points soldMinimum();

  /**
   * Which points count towards {@link #soldMinimum()}.
   *
   * @return the basis, never null
   */
  public abstract SoldMinimumBasis soldMinimumBasis();

  /**
   * The minimum of managed points, if the era has one.
   *
   * @return the points, or empty when managed points have no minimum
   */
  public abstract Optional<Points> managedMinimum();

  @Value.Check
  void check() {
    if (totalPoints().isNegative() || soldMinimum().isNegative()
        || managedMinimum().map(Points::isNegative).orElse(false)) {
      throw new IllegalArgumentException("tier requirements must not be negative, but were total "
          + totalPoints() + ", sold minimum " + soldMinimum() + ", managed minimum "
          + managedMinimum().map(Points::toString).orElse("none"));
    }
  }
}
