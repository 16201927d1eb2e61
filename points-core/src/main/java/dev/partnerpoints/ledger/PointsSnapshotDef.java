package dev.partnerpoints.ledger;

import com.google.common.collect.ImmutableList;
import dev.partnerpoints.money.Points;
import java.time.LocalDate;

/**
 * A partner's points as of a date: sourced, assisted, sold, managed and total, and the sold entries
 * active and expired on it.
 *
 * <p>{@link PointsSnapshot} is written by hand in the shape Immutables generates (builder, {@code with*}
 * copies, value equality), so that the ledger can hand it views of its sorted entries instead of
 * copies: the active and expired entries on a date are contiguous runs of them.
 */
abstract class PointsSnapshotDef {

  /**
   * The date.
   *
   * @return the date, never null
   */
  public abstract LocalDate date();

  /**
   * The active sourced points.
   *
   * @return the points, never null
   */
  public abstract Points sourcedPoints();

  /**
   * The active assisted points.
   *
   * @return the points, never null
   */
  public abstract Points assistedPoints();

  /**
   * The managed points (this partner's shares) on the date.
   *
   * @return the points, never null
   */
  public abstract Points managedPoints();

  /**
   * The sold entries active on the date, in close-date order.
   *
   * @return the entries, never null
   */
  public abstract ImmutableList<SoldEntry> activeEntries();

  /**
   * The sold entries expired by the date, in close-date order.
   *
   * @return the entries, never null
   */
  public abstract ImmutableList<SoldEntry> expiredEntries();

  /**
   * The sold points: sourced plus assisted.
   *
   * @return the points, never null
   */
  public Points soldPoints() {
    return sourcedPoints().plus(assistedPoints());
  }

  /**
   * The total points: sourced plus assisted plus managed.
   *
   * @return the points, never null
   */
  public Points totalPoints() {
    return soldPoints().plus(managedPoints());
  }
}
