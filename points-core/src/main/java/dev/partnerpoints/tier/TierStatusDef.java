package dev.partnerpoints.tier;

import com.google.common.collect.ImmutableList;
import dev.partnerpoints.ledger.PointsSnapshot;
import dev.partnerpoints.money.Points;
import dev.partnerpoints.program.Tier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A partner's tier performance on a date: the highest tier whose requirements are all met, the
 * points behind it and the progress towards every tier.
 */
@Value.Immutable
abstract class TierStatusDef {

  /**
   * The date.
   *
   * @return the date, never null
   */
  public abstract LocalDate date();

  /**
   * The highest tier whose requirements are all met on the date.
   *
   * @return the tier, or empty when untiered
   */
  public abstract Optional<Tier> performanceTier();

  /**
   * The points on the date.
   *
   * @return the snapshot, never null
   */
  public abstract PointsSnapshot points();

  /**
   * Whether the partner is certified on the date.
   *
   * @return true if certified
   */
  public abstract boolean certified();

  /**
   * The median tool usage on the date.
   *
   * @return the median, or empty when unknown (the tool-usage requirement is then not met)
   */
  public abstract Optional<BigDecimal> medianToolUsage();

  /**
   * Progress towards every tier of the schedule in force, lowest tier first.
   *
   * @return the progress, never null
   */
  public abstract ImmutableList<TierProgress> tiers();

  /**
   * Progress towards one tier.
   *
   * @param tier the tier, not null
   * @return the progress, never null
   * @throws IllegalArgumentException if the schedule in force has no such tier
   */
  public TierProgress progressTowards(Tier tier) {
    Objects.requireNonNull(tier, "tier");
    return tiers().stream().filter(p -> p.tier() == tier).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("tier " + tier + " is not in the schedule in force on " + date()));
  }

  /**
   * Progress towards the next tier above the performance tier ({@link Tier#nextAbove(Optional)}:
   * the tier directly above it, or the lowest tier when untiered).
   *
   * @return the progress, or empty at the top tier (or when the schedule in force has no such tier)
   */
  public Optional<TierProgress> nextTier() {
    return progressAbove(performanceTier());
  }

  /**
   * Progress towards the next tier above a given tier ({@link Tier#nextAbove(Optional)}); the
   * dashboard asks it for the tier above the credited tier.
   *
   * @param tier the tier, or empty for untiered; not null
   * @return the progress, or empty at the top tier (or when the schedule in force has no such tier)
   */
  public Optional<TierProgress> progressAbove(Optional<Tier> tier) {
    Optional<Tier> next = Tier.nextAbove(Objects.requireNonNull(tier, "tier"));
    return tiers().stream().filter(p -> next.isPresent() && p.tier() == next.get()).findFirst();
  }

  /**
   * The points still needed for the next tier above the performance tier
   * ({@link TierProgress#pointsNeeded()} of {@link #nextTier()}).
   *
   * @return the points, exact to the hundredth, not negative; empty at the top tier
   */
  public Optional<Points> pointsToNextTier() {
    return nextTier().map(TierProgress::pointsNeeded);
  }
}
