package dev.partnerpoints.tier;

import com.google.common.collect.ImmutableList;
import dev.partnerpoints.program.Tier;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** The credited tier on a date, since when it is held, and every change up to the date. */
@Value.Immutable
abstract class CreditedTierDef {

  /**
   * The date.
   *
   * @return the date, never null
   */
  public abstract LocalDate date();

  /**
   * The credited tier.
   *
   * @return the tier, or empty when untiered
   */
  public abstract Optional<Tier> tier();

  /**
   * The date the credited tier was reached.
   *
   * @return the date, or empty when untiered
   */
  public abstract Optional<LocalDate> since();

  /**
   * Every change of the credited tier up to the date, in date order.
   *
   * @return the changes, never null
   */
  public abstract ImmutableList<TierChange> history();
}
