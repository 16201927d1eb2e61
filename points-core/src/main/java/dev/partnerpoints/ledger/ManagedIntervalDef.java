package dev.partnerpoints.ledger;

import com.google.common.collect.ImmutableList;
import dev.partnerpoints.calculator.AppliedRule;
import dev.partnerpoints.money.Points;
import java.time.LocalDate;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;

/**
 * A span of days over which the partner's managed points of one client are constant: the client's
 * MRR, its managed points (rounded once) and the partners sharing them, and this partner's share
 * (hundredths allocated by largest remainder, ties by partner id, so the shares add up exactly).
 */
@Value.Immutable
abstract class ManagedIntervalDef {

  /**
   * The client.
   *
   * @return the client id, never null
   */
  public abstract ClientId clientId();

  /**
   * The first day of the span.
   *
   * @return the date, never null
   */
  // an attribute named "from": the builder has no from(instance) copy method, which this type does not need
  @SuppressWarnings("immutables:from")
  public abstract LocalDate from();

  /**
   * The first day after the span.
   *
   * @return the date, or empty when the span is open-ended
   */
  public abstract Optional<LocalDate> until();

  /**
   * The client's MRR over the span.
   *
   * @return the amount, never null
   */
  public abstract MonetaryAmount clientMrr();

  /**
   * The client's managed points over the span, before the split.
   *
   * @return the points, never null
   */
  public abstract Points clientManagedPoints();

  /**
   * The partners managing the client over the span, sorted by id.
   *
   * @return the partners, never null, containing this ledger's partner
   */
  public abstract ImmutableList<PartnerId> managingPartners();

  /**
   * This partner's share of {@link #clientManagedPoints()}.
   *
   * @return the points, never null
   */
  public abstract Points share();

  /**
   * The rule applied (rates, multiplier and currency table row in force on {@link #from()}).
   *
   * @return the rule, never null
   */
  public abstract AppliedRule appliedRule();

  /**
   * Checks whether the span covers a date.
   *
   * @param date the date, not null
   * @return true if {@code from <= date < until}
   */
  public boolean covers(LocalDate date) {
    return !date.isBefore(from()) && (until().isEmpty() || date.isBefore(until().get()));
  }
}
