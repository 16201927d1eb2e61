package dev.partnerpoints.ledger;

import dev.partnerpoints.internal.DateRanges;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.threeten.extra.LocalDateRange;

/**
 * A period in which a partner manages a client: from {@link #from()} (inclusive) until
 * {@link #until()} (exclusive), or open-ended. The partners managing a client on a date share its
 * managed points evenly.
 */
@Value.Immutable
abstract class ManagementPeriodDef {

  /**
   * The client managed.
   *
   * @return the client id, never null
   */
  public abstract ClientId clientId();

  /**
   * The managing partner.
   *
   * @return the partner id, never null
   */
  public abstract PartnerId partner();

  /**
   * The first day of management.
   *
   * @return the date, never null
   */
  // an attribute named "from": the builder has no from(instance) copy method, which this type does not need
  @SuppressWarnings("immutables:from")
  public abstract LocalDate from();

  /**
   * The first day the partner no longer manages the client.
   *
   * @return the date, after {@link #from()}, or empty for an open-ended period
   */
  public abstract Optional<LocalDate> until();

  // made on first use and kept: not an attribute, so not in equals, toString or the JSON (an
  // Immutables @Value.Lazy accessor would be public in the generated class, hence written); racy
  // but safe, LocalDateRange being immutable with final fields
  @SuppressWarnings("immutables:incompat")
  private transient @Nullable LocalDateRange range;

  /**
   * The days of the period, half-open: {@code [from, until)}, unbounded at the end for an
   * open-ended period.
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
   * Checks whether the period covers a date.
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
      throw new IllegalArgumentException("management of client " + clientId() + " by " + partner() + " ends on "
          + until().get() + ", which must be after its start " + from());
    }
  }
}
