package dev.partnerpoints.dashboard;

import com.google.common.collect.ImmutableSortedSet;
import dev.partnerpoints.ledger.ClientId;
import dev.partnerpoints.ledger.PointsFigure;
import dev.partnerpoints.metrics.RetentionFigure;
import dev.partnerpoints.metrics.SourcedMrrFigure;
import dev.partnerpoints.money.Points;
import dev.partnerpoints.program.Tier;
import dev.partnerpoints.segment.ClientFigure;
import dev.partnerpoints.tier.CreditedTier;
import dev.partnerpoints.tier.TierProgress;
import java.time.LocalDate;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;

/**
 * The program-progress section on a date: credited tier, tier performance, total points (by
 * client), the points needed for the next tier, the 12-month sourced MRR and dollar value (by deal)
 * and the 12-month average C$R (by month and client).
 */
@Value.Immutable
abstract class ProgramProgressDef implements ClientFigure {

  /**
   * The date.
   *
   * @return the date, never null
   */
  public abstract LocalDate date();

  /**
   * The credited tier, with the changes that led to it.
   *
   * @return the credited tier, never null
   */
  public abstract CreditedTier creditedTier();

  /**
   * The tier performance: the highest tier whose requirements are all met on the date.
   *
   * @return the tier, or empty when no tier is met
   */
  public abstract Optional<Tier> performanceTier();

  /**
   * The total points (sourced + assisted + managed) on the date, one row per client with points,
   * sorted by client id; the total is the exact sum of the rows.
   *
   * @return the figure, never null
   */
  public abstract PointsFigure totalPoints();

  /**
   * The progress towards the next tier: the tier above the credited tier (the lowest tier when
   * untiered; {@link Tier#nextAbove(Optional)}) in the schedule in force, with every requirement and
   * its gap. The credited tier, not the performance tier, because it is the tier the partner holds;
   * {@code TierStatus.nextTier()} is the tier above the performance tier (the same tier whenever the
   * two tiers are equal).
   *
   * @return the progress, or empty at the top tier
   */
  public abstract Optional<TierProgress> nextTier();

  /**
   * The rolling sourced MRR and sourced dollar value, with the deals behind them.
   *
   * @return the figure, never null
   */
  public abstract SourcedMrrFigure sourcedMrr();

  /**
   * The average C$R, with the months and clients behind it.
   *
   * @return the figure, never null
   */
  public abstract RetentionFigure retention();

  /**
   * The credited tier.
   *
   * @return the tier, or empty when untiered
   */
  public Optional<Tier> tier() {
    return creditedTier().tier();
  }

  /**
   * The points still needed for the next tier: {@link TierProgress#pointsNeeded()} of
   * {@link #nextTier()}, {@code max(total gap, sold-minimum gap + managed-minimum gap)}, so never
   * zero while a points requirement of the tier is short. Each requirement's own gap is in
   * {@link #nextTier()}.
   *
   * @return the points, exact to the hundredth, not negative; empty at the top tier
   */
  @Value.Derived
  public Optional<Points> pointsToNextTier() {
    return nextTier().map(TierProgress::pointsNeeded);
  }

  /**
   * The rolling sourced MRR in US dollars (see {@link #sourcedMrr()}).
   *
   * @return the amount, never null
   */
  public MonetaryAmount sourcedMrrUsd() {
    return sourcedMrr().mrrUsd();
  }

  /**
   * The sourced dollar value in US dollars (see {@link #sourcedMrr()}).
   *
   * @return the amount, never null
   */
  public MonetaryAmount sourcedDollarValueUsd() {
    return sourcedMrr().dollarValueUsd();
  }

  /**
   * The clients behind the section: those with points, sourced deals in the window or managed MRR
   * in a C$R month, sorted by id.
   *
   * @return the client ids, never null
   */
  @Override
  public ImmutableSortedSet<ClientId> clients() {
    return ImmutableSortedSet.<ClientId>naturalOrder().addAll(totalPoints().clients())
        .addAll(sourcedMrr().clients()).addAll(retention().clients()).build();
  }
}
