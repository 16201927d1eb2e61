package dev.partnerpoints.tier;

import static dev.partnerpoints.tier.TierLedger.ledger;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerpoints.dashboard.DashboardBuilder;
import dev.partnerpoints.dashboard.ProgramProgress;
import dev.partnerpoints.ledger.PointLedger;
import dev.partnerpoints.money.Points;
import dev.partnerpoints.program.Tier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * One meaning of "next tier" (docs/rules.md §14): the tier directly above a tier ({@link Tier#next()},
 * {@link Tier#nextAbove(Optional)}), asked by {@link TierStatus#nextTier()} for the performance tier
 * and by {@link ProgramProgress#nextTier()} for the credited tier; the points still needed for it are
 * {@code max(total gap, sold-minimum gap + managed-minimum gap)}, never zero while a points
 * requirement is short. Figures by hand with {@link TierLedger}: US clients in USD, sourced
 * MRR/100 x 5, assisted MRR/100 x 3, managed MRR/100 x 1; the schedule of 2025-07-15 requires
 * Gold 129 total / 63 sourced / 60 managed and Platinum 329 / 113 / 200.
 */
class NextTierTest {

  private static final LocalDate ON = LocalDate.of(2025, 9, 1);
  private static final LocalDate CLOSED = LocalDate.of(2025, 8, 1);
  private static final LocalDate MANAGED_FROM = LocalDate.of(2024, 12, 1);

  private static Points p(String value) {
    return Points.of(new BigDecimal(value));
  }

  private static TierStatus status(PointLedger ledger, LocalDate date) {
    return TierEvaluator.of(ledger, PartnerAccount.alwaysCertified()).statusOn(date);
  }

  private static ProgramProgress progress(PointLedger ledger, LocalDate date) {
    return DashboardBuilder.of(ledger, PartnerAccount.alwaysCertified()).progress(date);
  }

  @Test
  void theNextTierIsTheOneDirectlyAboveOrGoldWhenUntiered() {
    assertThat(Tier.GOLD.next()).contains(Tier.PLATINUM);
    assertThat(Tier.DIAMOND.next()).contains(Tier.ELITE);
    assertThat(Tier.ELITE.next()).isEmpty();
    assertThat(Tier.nextAbove(Optional.empty())).contains(Tier.GOLD);
    assertThat(Tier.nextAbove(Optional.of(Tier.PLATINUM))).contains(Tier.DIAMOND);
    assertThat(Tier.nextAbove(Optional.of(Tier.ELITE))).isEmpty();
  }

  @Test
  void onlyTheManagedMinimumShortIsNotZeroPointsNeeded() {
    // the reported case: sourced 6400 -> 320.00, assisted 3000 -> 90.00, managed 6900 -> 69.00;
    // total 479.00. Gold is met; Platinum: total 479 >= 329 (gap 0), sourced 320 >= 113 (gap 0),
    // managed 69 of 200 (gap 131.00): 131.00 points needed, not 0.00
    PointLedger ledger = ledger().sourced(CLOSED, "6400").assisted(CLOSED, "3000").managed(MANAGED_FROM, "6900")
        .build();

    TierStatus status = status(ledger, ON);
    assertThat(status.performanceTier()).contains(Tier.GOLD);
    assertThat(status.nextTier().map(TierProgress::tier)).contains(Tier.PLATINUM);
    assertThat(status.nextTier().get().total().missing()).isEqualTo(Points.zero());
    assertThat(status.pointsToNextTier()).contains(p("131.00"));

    ProgramProgress progress = progress(ledger, ON);
    assertThat(progress.tier()).contains(Tier.GOLD);
    assertThat(progress.nextTier().map(TierProgress::tier)).contains(Tier.PLATINUM);
    assertThat(progress.pointsToNextTier()).contains(p("131.00"));
  }

  @Test
  void bothMinimumsShortAddUpWhenTheTotalIsMet() {
    // sourced 1000 -> 50.00, assisted 3000 -> 90.00 (not sourced: no help to the sourced minimum),
    // managed 1000 -> 10.00; total 150.00. Gold: total gap 0, sourced gap 13.00, managed gap 50.00:
    // 63.00 needed (the total alone would say 0, either minimum alone 13 or 50)
    PointLedger ledger = ledger().sourced(CLOSED, "1000").assisted(CLOSED, "3000").managed(MANAGED_FROM, "1000")
        .build();

    TierStatus status = status(ledger, ON);
    assertThat(status.performanceTier()).isEmpty();
    assertThat(status.nextTier().map(TierProgress::tier)).contains(Tier.GOLD);
    assertThat(status.pointsToNextTier()).contains(p("63.00"));
    assertThat(progress(ledger, ON).pointsToNextTier()).contains(p("63.00"));
  }

  @Test
  void theTotalGapWinsWhenItIsLargerThanTheMinimumsTogether() {
    // sourced 1000 -> 50.00, managed 5000 -> 50.00; total 100.00. Gold: total gap 29.00, sourced gap
    // 13.00, managed gap 10.00 (together 23.00): 29.00 needed
    PointLedger ledger = ledger().sourced(CLOSED, "1000").managed(MANAGED_FROM, "5000").build();

    assertThat(status(ledger, ON).pointsToNextTier()).contains(p("29.00"));
    assertThat(progress(ledger, ON).pointsToNextTier()).contains(p("29.00"));
  }

  @Test
  void withoutAManagedMinimumOnlyTheTotalAndSourcedGapsCount() {
    // from 2026-01-15 no managed minimum: sourced 2000 (closed 2025-08-01, active until 2026-08-01)
    // -> 100.00; Gold: total gap 29.00, sourced gap 0: 29.00 (on 2025-09-01 the managed minimum of
    // 60 made it 60.00)
    PointLedger ledger = ledger().sourced(CLOSED, "2000").build();

    assertThat(status(ledger, LocalDate.of(2026, 2, 1)).pointsToNextTier()).contains(p("29.00"));
    assertThat(status(ledger, ON).pointsToNextTier()).contains(p("60.00"));
  }

  @Test
  void pointsNeededIsZeroExactlyWhenEveryPointsRequirementIsMet() {
    // Gold exactly: sourced 1260 -> 63.00, managed 6600 -> 66.00; total 129.00
    PointLedger ledger = ledger().sourced(CLOSED, "1260").managed(MANAGED_FROM, "6600").build();

    TierProgress gold = status(ledger, ON).progressTowards(Tier.GOLD);
    assertThat(gold.isMet()).isTrue();
    assertThat(gold.pointsNeeded()).isEqualTo(Points.zero());
    // one cent of managed MRR less: 65.99 managed, 128.99 total: 0.01 short of both
    PointLedger short1 = ledger().sourced(CLOSED, "1260").managed(MANAGED_FROM, "6599").build();
    assertThat(status(short1, ON).progressTowards(Tier.GOLD).pointsNeeded()).isEqualTo(p("0.01"));
  }
}
