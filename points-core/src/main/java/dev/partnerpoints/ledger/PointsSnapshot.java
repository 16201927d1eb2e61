package dev.partnerpoints.ledger;

import com.google.common.collect.ImmutableList;
import dev.partnerpoints.money.Points;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A partner's points as of a date: sourced, assisted and managed points, the sold entries active
 * and expired on it, and the derived sold and total points.
 *
 * <p>A record (the library's style for results): equality is that of the six components; the sold
 * and total points are derived from them and take no part in it. The ledger hands it views of its
 * sorted entries (the active and expired entries on a date are contiguous runs of them) instead of
 * copies. This class is immutable and thread-safe.
 *
 * @param date the date, never null
 * @param sourcedPoints the active sourced points, never null
 * @param assistedPoints the active assisted points, never null
 * @param managedPoints the managed points (this partner's shares) on the date, never null
 * @param activeEntries the sold entries active on the date, in close-date order, never null
 * @param expiredEntries the sold entries expired by the date, in close-date order, never null
 */
public record PointsSnapshot(LocalDate date, Points sourcedPoints, Points assistedPoints, Points managedPoints,
    ImmutableList<SoldEntry> activeEntries, ImmutableList<SoldEntry> expiredEntries) {

  /**
   * Creates a snapshot.
   *
   * @throws NullPointerException if any component is null
   */
  public PointsSnapshot {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(sourcedPoints, "sourcedPoints");
    Objects.requireNonNull(assistedPoints, "assistedPoints");
    Objects.requireNonNull(managedPoints, "managedPoints");
    Objects.requireNonNull(activeEntries, "activeEntries");
    Objects.requireNonNull(expiredEntries, "expiredEntries");
  }

  /**
   * The sold points: sourced plus assisted (exact, not re-rounded).
   *
   * @return the points, never null
   */
  public Points soldPoints() {
    return sourcedPoints.plus(assistedPoints);
  }

  /**
   * The total points: sourced plus assisted plus managed (exact, not re-rounded).
   *
   * @return the points, never null
   */
  public Points totalPoints() {
    return soldPoints().plus(managedPoints);
  }
}
