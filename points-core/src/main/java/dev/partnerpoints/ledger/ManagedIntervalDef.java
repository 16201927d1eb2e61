package dev.partnerpoints.ledger;

import com.google.common.collect.ImmutableList;
import dev.partnerpoints.calculator.AppliedRule;
import dev.partnerpoints.internal.DateRanges;
import dev.partnerpoints.money.Points;
import java.time.LocalDate;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.threeten.extra.LocalDateRange;

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

  // made on first use and kept: not an attribute, so not in equals, toString or the JSON (an
  // Immutables @Value.Lazy accessor would be public in the generated class, hence written); racy
  // but safe, LocalDateRange being immutable with final fields
  @SuppressWarnings("immutables:incompat")
  private transient @Nullable LocalDateRange range;

  /**
   * The days of the span, half-open: {@code [from, until)}, unbounded at the end for an open-ended
   * span.
   *
   * @return the range, never null, never empty
   */
  public final LocalDateRange dates() {
    LocalDateRange r = range;
    if (r == null) {
      r = DateRanges.of(from(), until());
      range = r;
    }
    return r;
  }

  /**
   * Checks whether the span covers a date.
   *
   * @param date the date, not null
   * @return true if {@code from <= date < until}
   */
  public boolean covers(LocalDate date) {
    return dates().contains(date);
  }

  @Value.Check
  void check() {
    if (!DateRanges.endsAfterStart(from(), until())) {
      throw new IllegalArgumentException("managed span of client " + clientId() + " ends on " + until().get()
          + ", which must be after its start " + from());
    }
  }
}
