package dev.partnerpoints.tier;

import dev.partnerpoints.program.Tier;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** A change of the credited tier. */
@Value.Immutable
abstract class TierChangeDef {

  /**
   * The date of the change.
   *
   * @return the date, never null
   */
  public abstract LocalDate date();

  /**
   * The tier before.
   *
   * @return the tier, or empty when untiered
   */
  // an attribute named "from": the builder has no from(instance) copy method, which this type does not need
  @SuppressWarnings("immutables:from")
  public abstract Optional<Tier> from();

  /**
   * The tier after.
   *
   * @return the tier, or empty when untiered
   */
  public abstract Optional<Tier> to();

  /**
   * Why it changed.
   *
   * @return the reason, never null
   */
  public abstract TierChangeReason reason();
}
