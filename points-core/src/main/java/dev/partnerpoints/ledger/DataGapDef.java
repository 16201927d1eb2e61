package dev.partnerpoints.ledger;

import dev.partnerpoints.internal.DateRanges;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.threeten.extra.LocalDateRange;

/**
 * Something missing from the input that makes a figure zero (or rest on a default) without the
 * data saying so: what kind, which client, which dates and, when one deal is the cause, which
 * deal, with a message in domain words. {@link PointLedger#dataGaps()} lists the ledger's; the
 * command line prints them as warnings.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
abstract class DataGapDef {

  /**
   * What is missing.
   *
   * @return the kind, never null
   */
  @Value.Parameter
  public abstract DataGapKind kind();

  /**
   * The client concerned.
   *
   * @return the client id, never null
   */
  @Value.Parameter
  public abstract ClientId clientId();

  /**
   * The first day affected (a deal's close date for a gap caused by one deal).
   *
   * @return the date, never null
   */
  @Value.Parameter
  public abstract LocalDate start();

  /**
   * The first day no longer affected (exclusive).
   *
   * @return the date, after {@link #start()}, or empty when the gap has no end (or is one deal's)
   */
  @Value.Parameter
  public abstract Optional<LocalDate> until();

  /**
   * The deal that shows the gap, when one does.
   *
   * @return the deal id, or empty
   */
  @Value.Parameter
  public abstract Optional<DealId> dealId();

  /**
   * What is missing and what it makes zero, in domain words.
   *
   * @return the message, never null, not blank
   */
  @Value.Parameter
  public abstract String message();

  /**
   * The days affected, half-open: {@code [start, until)}, unbounded at the end when the gap has no
   * end.
   *
   * @return the range, never null, never empty
   */
  public LocalDateRange dates() {
    return DateRanges.of(start(), until());
  }

  @Value.Check
  void check() {
    if (!DateRanges.endsAfterStart(start(), until())) {
      throw new IllegalArgumentException("data gap of " + clientId() + " ends on " + until().get()
          + ", not after its start " + start() + "; the end (exclusive) must be after the start");
    }
    if (message().isBlank()) {
      throw new IllegalArgumentException("data gap of " + clientId() + " from " + start()
          + " has a blank message; say what is missing");
    }
  }
}
