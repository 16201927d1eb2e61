package dev.partnerpoints.tier;

import static dev.partnerpoints.tier.TierAsserts.assertGap;
import static dev.partnerpoints.tier.TierLedger.ledger;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerpoints.ledger.PointLedger;
import dev.partnerpoints.money.Points;
import dev.partnerpoints.program.SoldMinimumBasis;
import dev.partnerpoints.program.Tier;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Tier progression to any chosen tier (docs/rules.md section 14): required, current and missing points
 * for the total, the sold (or sourced) minimum and the managed minimum; and the next tier.
 */
class TierProgressionTest {

  private static final LocalDate SECOND_ERA = TierStatusTest.SECOND_ERA;

  private static TierEvaluator certified(PointLedger ledger) {
    return TierEvaluator.of(ledger, PartnerAccount.alwaysCertified());
  }

  /** sourced 1000 -> 10 x 5 = 50; assisted 1000 -> 10 x 3 = 30; managed 4000 -> 40; total 120. */
  private static PointLedger untiered(LocalDate closed) {
    return ledger().sourced(closed, "1000").assisted(closed, "1000")
        .managed(TierStatusTest.MANAGED_FROM, "4000").build();
  }

  @Test
  void gapsTowardsAnyTierUnderTheSourcedMinimum() {
    TierEvaluator evaluator = certified(untiered(TierStatusTest.CLOSED_AUG_2025));

    TierProgress platinum = evaluator.progressTowards(Tier.PLATINUM, SECOND_ERA);
    TierProgress elite = evaluator.progressTowards(Tier.ELITE, SECOND_ERA);

    assertThat(platinum.tier()).isEqualTo(Tier.PLATINUM);
    assertThat(platinum.date()).isEqualTo(SECOND_ERA);
    assertThat(platinum.soldMinimumBasis()).isEqualTo(SoldMinimumBasis.SOURCED);
    assertGap(platinum.total(), RequirementKind.TOTAL_POINTS, "329", "120", "209");      // 329 - 120
    assertGap(platinum.soldMinimum(), RequirementKind.SOLD_MINIMUM, "113", "50", "63");  // sourced only: 113 - 50
    assertGap(platinum.managedMinimum().orElseThrow(), RequirementKind.MANAGED_MINIMUM, "200", "40", "160");
    assertThat(platinum.pointsRequirements()).extracting(RequirementGap::kind).containsExactly(
        RequirementKind.TOTAL_POINTS, RequirementKind.SOLD_MINIMUM, RequirementKind.MANAGED_MINIMUM);
    assertGap(elite.total(), RequirementKind.TOTAL_POINTS, "3833", "120", "3713");
    assertGap(elite.soldMinimum(), RequirementKind.SOLD_MINIMUM, "1950", "50", "1900");
    assertGap(elite.managedMinimum().orElseThrow(), RequirementKind.MANAGED_MINIMUM, "1700", "40", "1660");
  }

  @Test
  void gapsTowardsAnyTierUnderTheSoldMinimum() {
    // the same points before 2025-07-15: sold = 50 + 30 = 80 counts towards the minimum
    TierEvaluator evaluator = certified(untiered(TierStatusTest.CLOSED_EARLY_2025));
    LocalDate date = LocalDate.of(2025, 7, 14);

    TierProgress gold = evaluator.progressTowards(Tier.GOLD, date);
    TierProgress platinum = evaluator.progressTowards(Tier.PLATINUM, date);

    assertThat(gold.soldMinimumBasis()).isEqualTo(SoldMinimumBasis.SOLD);
    assertGap(gold.total(), RequirementKind.TOTAL_POINTS, "123", "120", "3");
    assertGap(gold.soldMinimum(), RequirementKind.SOLD_MINIMUM, "63", "80", "0");
    assertGap(gold.managedMinimum().orElseThrow(), RequirementKind.MANAGED_MINIMUM, "60", "40", "20");
    assertThat(gold.unmet()).containsExactly(RequirementKind.TOTAL_POINTS, RequirementKind.MANAGED_MINIMUM);
    assertGap(platinum.total(), RequirementKind.TOTAL_POINTS, "313", "120", "193");
    assertGap(platinum.soldMinimum(), RequirementKind.SOLD_MINIMUM, "113", "80", "33");
    assertGap(platinum.managedMinimum().orElseThrow(), RequirementKind.MANAGED_MINIMUM, "200", "40", "160");
  }

  @Test
  void progressTowardsEqualsTheStatusRow() {
    TierEvaluator evaluator = certified(untiered(TierStatusTest.CLOSED_AUG_2025));

    assertThat(evaluator.progressTowards(Tier.DIAMOND, SECOND_ERA))
        .isEqualTo(evaluator.statusOn(SECOND_ERA).progressTowards(Tier.DIAMOND));
  }

  @Test
  void nextTierOfAnUntieredPartnerIsGold() {
    // 50 sourced + 30 assisted + 40 managed = 120 on SECOND_ERA: no tier
    TierStatus status = certified(untiered(TierStatusTest.CLOSED_AUG_2025)).statusOn(SECOND_ERA);

    assertThat(status.performanceTier()).isEmpty();
    TierProgress next = status.nextTier().orElseThrow();
    assertThat(next.tier()).isEqualTo(Tier.GOLD);
    assertGap(next.total(), RequirementKind.TOTAL_POINTS, "129", "120", "9");
    assertGap(next.soldMinimum(), RequirementKind.SOLD_MINIMUM, "63", "50", "13");
    assertGap(next.managedMinimum().orElseThrow(), RequirementKind.MANAGED_MINIMUM, "60", "40", "20");
  }

  @Test
  void nextTierOfADiamondPartnerIsElite() {
    // sourced 6000 -> 300; managed 50000 -> 500; total 800: Diamond on 2025-03-03
    TierStatus status = certified(ledger().sourced(TierStatusTest.CLOSED_EARLY_2025, "6000")
        .managed(TierStatusTest.MANAGED_FROM, "50000").build()).statusOn(TierStatusTest.FIRST_ERA);

    assertThat(status.performanceTier()).contains(Tier.DIAMOND);
    TierProgress next = status.nextTier().orElseThrow();
    assertThat(next.tier()).isEqualTo(Tier.ELITE);
    assertGap(next.total(), RequirementKind.TOTAL_POINTS, "3650", "800", "2850");
    assertGap(next.soldMinimum(), RequirementKind.SOLD_MINIMUM, "1950", "300", "1650");
    assertGap(next.managedMinimum().orElseThrow(), RequirementKind.MANAGED_MINIMUM, "1700", "500", "1200");
  }

  @Test
  void nextTierOfAnElitePartnerIsEmpty() {
    // sourced 39000 -> 390 x 5 = 1950; managed 188300 -> 1883; total 3833: Elite exactly
    TierStatus status = certified(ledger().sourced(TierStatusTest.CLOSED_AUG_2025, "39000")
        .managed(TierStatusTest.MANAGED_FROM, "188300").build()).statusOn(SECOND_ERA);

    assertThat(status.points().totalPoints()).isEqualTo(Points.of(3833));
    assertThat(status.performanceTier()).contains(Tier.ELITE);
    assertThat(status.nextTier()).isEmpty();
  }
}
