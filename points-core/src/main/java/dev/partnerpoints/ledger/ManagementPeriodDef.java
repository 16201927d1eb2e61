package dev.partnerpoints.ledger;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

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

  /**
   * Checks whether the period covers a date.
   *
   * @param date the date, not null
   * @return true if {@code from <= date < until}
   */
  public boolean covers(LocalDate date) {
    return !date.isBefore(from()) && (until().isEmpty() || date.isBefore(until().get()));
  }

  @Value.Check
  void check() {
    if (until().isPresent() && !until().get().isAfter(from())) {
      throw new IllegalArgumentException("management of client " + clientId() + " by " + partner() + " ends on "
          + until().get() + ", which must be after its start " + from());
    }
  }
}
