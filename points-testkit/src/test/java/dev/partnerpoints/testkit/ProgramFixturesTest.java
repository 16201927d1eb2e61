package dev.partnerpoints.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerpoints.money.Points;
import dev.partnerpoints.program.SoldMinimumBasis;
import dev.partnerpoints.program.Tier;
import org.junit.jupiter.api.Test;

/** The named fixtures hold the numbers of docs/rules.md sections 2, 4 and 12. */
class ProgramFixturesTest {

  @Test
  void ratesByEra() {
    assertThat(ProgramFixtures.RATES_2022_07_18.sourcedRate()).isEqualByComparingTo("3");
    assertThat(ProgramFixtures.RATES_2024_02_27.sourcedRate()).isEqualByComparingTo("5");
    assertThat(ProgramFixtures.RATES_2024_02_27.assistedRate()).isEqualByComparingTo("3");
    assertThat(ProgramFixtures.RATES_2024_02_27.managedRate()).isEqualByComparingTo("1");
  }

  @Test
  void currencyTablesByEra() {
    assertThat(ProgramFixtures.POINT_VALUES_2022_07_18.get("EUR").localAmountPer100Usd()).isEqualByComparingTo("75");
    assertThat(ProgramFixtures.POINT_VALUES_2025_07_15.get("EUR").localAmountPer100Usd()).isEqualByComparingTo("88");
    assertThat(ProgramFixtures.POINT_VALUES_2025_07_15.get("COP").localAmountPer100Usd()).isEqualByComparingTo("408000");
    assertThat(ProgramFixtures.POINT_VALUES_2025_07_15).hasSize(9);
  }

  @Test
  void tierSchedulesByEra() {
    assertThat(ProgramFixtures.TIERS_2022_07_18.requirementsOf(Tier.ELITE).totalPoints()).isEqualTo(Points.of(3650));
    assertThat(ProgramFixtures.TIERS_2022_07_18.requirementsOf(Tier.GOLD).soldMinimumBasis()).isEqualTo(SoldMinimumBasis.SOLD);
    assertThat(ProgramFixtures.TIERS_2025_07_15.requirementsOf(Tier.ELITE).totalPoints()).isEqualTo(Points.of(3833));
    assertThat(ProgramFixtures.TIERS_2025_07_15.requirementsOf(Tier.GOLD).soldMinimumBasis()).isEqualTo(SoldMinimumBasis.SOURCED);
    assertThat(ProgramFixtures.TIERS_2025_07_15.requirementsOf(Tier.PLATINUM).managedMinimum()).contains(Points.of(200));
    assertThat(ProgramFixtures.TIERS_2026_01_15.requirementsOf(Tier.PLATINUM).managedMinimum()).isEmpty();
  }
}
