package dev.partnerpoints.ledger;

import dev.partnerpoints.money.Points;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The tier point changes over an inclusive date range, each with the clients behind it. For sold
 * and for managed points, {@code points at the end = points the day before the start + new - lost}.
 *
 * <p>New sold points are the points of deals closed in the range; lost sold points are the points
 * that expired or were reduced in it. Managed points are a snapshot, so new and lost managed points
 * are each client's net increase or decrease between the day before the start and the end.
 */
@Value.Immutable
abstract class PointChangesDef {

  /**
   * The first day of the range.
   *
   * @return the date, never null
   */
  // an attribute named "from": the builder has no from(instance) copy method, which this type does not need
  @SuppressWarnings("immutables:from")
  public abstract LocalDate from();

  /**
   * The last day of the range.
   *
   * @return the date, never null
   */
  public abstract LocalDate to();

  /**
   * Sold points on the day before the range.
   *
   * @return the points, never null
   */
  public abstract Points soldBefore();

  /**
   * Sold points on the last day of the range.
   *
   * @return the points, never null
   */
  public abstract Points soldAtEnd();

  /**
   * Managed points on the day before the range.
   *
   * @return the points, never null
   */
  public abstract Points managedBefore();

  /**
   * Managed points on the last day of the range.
   *
   * @return the points, never null
   */
  public abstract Points managedAtEnd();

  /**
   * New sold points, by client.
   *
   * @return the figure, never null
   */
  public abstract PointsFigure newSold();

  /**
   * Lost sold points (expired or reduced), by client.
   *
   * @return the figure, never null
   */
  public abstract PointsFigure lostSold();

  /**
   * New managed points, by client.
   *
   * @return the figure, never null
   */
  public abstract PointsFigure newManaged();

  /**
   * Lost managed points, by client.
   *
   * @return the figure, never null
   */
  public abstract PointsFigure lostManaged();

  @Value.Check
  void check() {
    if (!soldBefore().plus(newSold().total()).minus(lostSold().total()).equals(soldAtEnd())
        || !managedBefore().plus(newManaged().total()).minus(lostManaged().total()).equals(managedAtEnd())) {
      throw new IllegalStateException("tier point changes do not add up: " + this);
    }
  }
}
