package dev.partnerpoints.tier;

import dev.partnerpoints.money.Points;
import org.immutables.value.Value;

/** One points requirement of a tier: what is required, what the partner has and what is missing. */
@Value.Immutable
abstract class RequirementGapDef {

  /**
   * Which requirement.
   *
   * @return the kind, one of the three points kinds, never null
   */
  @Value.Parameter
  public abstract RequirementKind kind();

  /**
   * The points required.
   *
   * @return the points, never null
   */
  @Value.Parameter
  public abstract Points required();

  /**
   * The points the partner has that count towards it.
   *
   * @return the points, never null
   */
  @Value.Parameter
  public abstract Points current();

  /**
   * The points missing: {@code max(0, required - current)}.
   *
   * @return the points, not negative, never null
   */
  @Value.Derived
  public Points missing() {
    return required().minus(current()).atLeastZero();
  }

  /**
   * Checks whether the requirement is met.
   *
   * @return true if nothing is missing
   */
  public boolean isMet() {
    return missing().isZero();
  }
}
