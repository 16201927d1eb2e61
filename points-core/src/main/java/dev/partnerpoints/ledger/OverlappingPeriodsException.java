package dev.partnerpoints.ledger;

import dev.partnerpoints.money.PointsException;
import java.util.Objects;

/**
 * Thrown when two management periods of one partner on one client overlap: a partner manages a
 * client at most once on any day, so its periods on that client must be disjoint (a period's
 * {@code until} is exclusive, so one may start on the day the other ends).
 */
public final class OverlappingPeriodsException extends PointsException {
  private static final long serialVersionUID = 1L;

  private final ManagementPeriod first;
  private final ManagementPeriod second;

  /**
   * Creates the exception.
   *
   * @param first the period added first, not null
   * @param second the period added later that overlaps it (same partner and client), not null
   */
  public OverlappingPeriodsException(ManagementPeriod first, ManagementPeriod second) {
    super("management periods of client " + second.clientId() + " by " + second.partner() + " overlap: from "
        + first.from() + " and from " + second.from() + "; periods of one partner must not overlap");
    this.first = Objects.requireNonNull(first, "first");
    this.second = second;
  }

  /**
   * Returns the client both periods are on.
   *
   * @return the client id, never null
   */
  public ClientId clientId() {
    return second.clientId();
  }

  /**
   * Returns the partner both periods belong to.
   *
   * @return the partner id, never null
   */
  public PartnerId partner() {
    return second.partner();
  }

  /**
   * Returns the period added first.
   *
   * @return the period, never null
   */
  public ManagementPeriod first() {
    return first;
  }

  /**
   * Returns the period added later that overlaps {@link #first()}.
   *
   * @return the period, never null
   */
  public ManagementPeriod second() {
    return second;
  }
}
