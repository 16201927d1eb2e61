package dev.partnerpoints.program;

import com.google.common.collect.ImmutableSortedMap;
import java.math.BigDecimal;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * The tier requirements in force in one era, plus the account requirements that apply to every
 * tier: a valid certification and a minimum median tool usage across the partner's clients.
 */
@Value.Immutable
abstract class TierScheduleDef {

  /**
   * The point requirements of each tier of the era, lowest tier first.
   *
   * @return the requirements, never null, not empty
   */
  @Value.NaturalOrder
  public abstract ImmutableSortedMap<Tier, TierRequirements> requirements();

  /**
   * Whether a tier requires a valid partner certification.
   *
   * @return true in the built-in program
   */
  @Value.Default
  public boolean certificationRequired() {
    return true;
  }

  /**
   * The minimum median tool usage across the partner's clients that every tier requires.
   *
   * @return the minimum, not negative; 3 in the built-in program (configurable)
   */
  @Value.Default
  public BigDecimal minimumMedianToolUsage() {
    return BigDecimal.valueOf(3);
  }

  /**
   * Returns the requirements of a tier.
   *
   * @param tier the tier, not null
   * @return the requirements, never null
   * @throws IllegalArgumentException if the era does not define the tier
   */
  public TierRequirements requirementsOf(Tier tier) {
    TierRequirements result = requirements().get(Objects.requireNonNull(tier, "tier"));
    if (result == null) {
      throw new IllegalArgumentException("tier " + tier + " is not defined in this schedule; defined tiers: "
          + requirements().keySet());
    }
    return result;
  }

  @Value.Check
  void check() {
    if (requirements().isEmpty()) {
      throw new IllegalArgumentException("a tier schedule needs at least one tier, but had none");
    }
    if (minimumMedianToolUsage().signum() < 0) {
      throw new IllegalArgumentException("minimum median tool usage must not be negative, but was "
          + minimumMedianToolUsage().toPlainString());
    }
  }
}
