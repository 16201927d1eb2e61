package dev.partnerpoints.batch;

import com.google.common.collect.ImmutableList;
import dev.partnerpoints.ledger.ClientBreakdown;
import dev.partnerpoints.ledger.MonthPoints;
import dev.partnerpoints.ledger.PartnerId;
import dev.partnerpoints.ledger.PointsSnapshot;
import dev.partnerpoints.tier.CreditedTier;
import dev.partnerpoints.tier.TierStatus;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a batch run answers for one partner on its date: exactly what the partner's own {@link
 * dev.partnerpoints.ledger.PointLedger} and {@link dev.partnerpoints.tier.TierEvaluator} answer.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param partner the partner, not null
 * @param asOf the date of the figures, not null
 * @param points {@code ledger.pointsOn(asOf)}, not null
 * @param tierStatus {@code evaluator.statusOn(asOf)}: performance tier and progress to every tier,
 *     not null
 * @param creditedTier {@code evaluator.creditedTierOn(asOf)}, with its history, not null
 * @param progress {@code ledger.progress(first, last)} over the run's months: sold and managed points
 *     at each month's end, not null
 * @param breakdown {@code ledger.breakdown(asOf, BreakdownFilter.all())}: every client's points, in
 *     client id order, not null
 */
public record PartnerResult(PartnerId partner, LocalDate asOf, PointsSnapshot points, TierStatus tierStatus,
    CreditedTier creditedTier, ImmutableList<MonthPoints> progress, ImmutableList<ClientBreakdown> breakdown) {

  /**
   * Checks the fields.
   *
   * @throws NullPointerException if a field is null
   */
  public PartnerResult {
    Objects.requireNonNull(partner, "partner");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(points, "points");
    Objects.requireNonNull(tierStatus, "tierStatus");
    Objects.requireNonNull(creditedTier, "creditedTier");
    Objects.requireNonNull(progress, "progress");
    Objects.requireNonNull(breakdown, "breakdown");
  }
}
