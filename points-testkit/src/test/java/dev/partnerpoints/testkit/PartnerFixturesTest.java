package dev.partnerpoints.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerpoints.ledger.PointsSnapshot;
import dev.partnerpoints.money.Points;
import dev.partnerpoints.program.Tier;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class PartnerFixturesTest {

  static Stream<PartnerFixture> fixtures() {
    return PartnerFixtures.all().stream();
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void ledgerHasTheHandDerivedPoints(PartnerFixture fixture) {
    PointsSnapshot points = fixture.ledger().pointsOn(fixture.asOf());
    assertThat(points.sourcedPoints()).isEqualTo(fixture.expectedSourcedPoints());
    assertThat(points.assistedPoints()).isEqualTo(Points.zero());
    assertThat(points.managedPoints()).isEqualTo(fixture.expectedManagedPoints());
    assertThat(points.totalPoints()).isEqualTo(fixture.expectedTotalPoints());
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void evaluatorFindsTheHandDerivedTier(PartnerFixture fixture) {
    assertThat(fixture.evaluator().statusOn(fixture.asOf()).performanceTier()).isEqualTo(fixture.expectedTier());
  }

  @ParameterizedTest
  @EnumSource(Tier.class)
  void boundaryFixturesStraddleTheTotal(Tier tier) {
    // 2025-07-15 totals: Gold 129, Platinum 329, Diamond 840, Elite 3833
    int total = new int[] {129, 329, 840, 3833}[tier.ordinal()];
    assertThat(PartnerFixtures.exactlyAt(tier).expectedTotalPoints()).isEqualTo(Points.of(total));
    assertThat(PartnerFixtures.onePointShortOf(tier).expectedTotalPoints()).isEqualTo(Points.of(total - 1));
    assertThat(PartnerFixtures.onePointOver(tier).expectedTotalPoints()).isEqualTo(Points.of(total + 1));
  }

  @Test
  void namedFixturesAreTheExactOnes() {
    assertThat(PartnerFixtures.gold().expectedTier()).contains(Tier.GOLD);
    assertThat(PartnerFixtures.platinum().expectedTier()).contains(Tier.PLATINUM);
    assertThat(PartnerFixtures.diamond().expectedTier()).contains(Tier.DIAMOND);
    assertThat(PartnerFixtures.elite().expectedTier()).contains(Tier.ELITE);
    assertThat(PartnerFixtures.untiered().expectedTier()).isEqualTo(Optional.empty());
    assertThat(PartnerFixtures.all()).hasSize(13).doesNotHaveDuplicates();
  }
}
