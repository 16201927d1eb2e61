package dev.partnerpoints.ledger;

import dev.partnerpoints.money.Points;
import java.time.LocalDate;
import org.immutables.value.Value;

/** Points taken off a sold entry by a downgrade or cancellation, from the reduction's close date on. */
@Value.Immutable
abstract class ReductionDef {

  /**
   * The close date of the reducing deal; the entry is reduced from this date on.
   *
   * @return the date, never null
   */
  @Value.Parameter
  public abstract LocalDate date();

  /**
   * The points taken off this entry.
   *
   * @return the points, positive
   */
  @Value.Parameter
  public abstract Points points();

  /**
   * The id of the downgrade or cancellation.
   *
   * @return the deal id, never null
   */
  @Value.Parameter
  public abstract DealId dealId();
}
