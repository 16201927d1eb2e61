package dev.partnerpoints.tier;

import static dev.partnerpoints.tier.TierLedger.ledger;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerpoints.ledger.PointLedger;
import dev.partnerpoints.program.Tier;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The median tool usage (docs/rules.md section 12, TierEvaluator Javadoc): the account's recorded value
 * for the date, else the median of the clients' tool usage (mean of the two middle values for an
 * even count); every tier needs at least 3.
 */
class MedianToolUsageTest {

  private static final LocalDate DATE = TierStatusTest.FIRST_ERA;

  /** Gold on points (sourced 1260 -> 63, managed 6000 -> 60) with clients of the given usages. */
  private static PointLedger goldWithUsages(String sourcedClient, String managedClient, String... others) {
    TierLedger ledger = ledger().toolUsage(sourcedClient).sourced(TierStatusTest.CLOSED_EARLY_2025, "1260")
        .toolUsage(managedClient).managed(TierStatusTest.MANAGED_FROM, "6000");
    for (String usage : others) {
      ledger.toolUsage(usage).bystander();
    }
    return ledger.build();
  }

  private static TierEvaluator certified(PointLedger ledger) {
    return TierEvaluator.of(ledger, PartnerAccount.alwaysCertified());
  }

  @Test
  void oddCountTakesTheMiddleValue() {
    // 1, 5, 3 -> sorted 1, 3, 5 -> 3
    TierEvaluator evaluator = certified(goldWithUsages("1", "5", "3"));

    assertThat(evaluator.medianToolUsageOn(DATE)).hasValueSatisfying(u -> assertThat(u).isEqualByComparingTo("3"));
    assertThat(evaluator.statusOn(DATE).performanceTier()).contains(Tier.GOLD);
  }

  @Test
  void oddCountBelowThreeFails() {
    // 2.9, 1, 7 -> sorted 1, 2.9, 7 -> 2.9
    TierEvaluator evaluator = certified(goldWithUsages("2.9", "1", "7"));

    assertThat(evaluator.medianToolUsageOn(DATE)).hasValueSatisfying(u -> assertThat(u).isEqualByComparingTo("2.9"));
    assertThat(evaluator.statusOn(DATE).progressTowards(Tier.GOLD).unmet()).containsExactly(RequirementKind.TOOL_USAGE);
  }

  @Test
  void evenCountTakesTheMeanOfTheTwoMiddleValues() {
    // 9, 1, 3.1, 2.9 -> (2.9 + 3.1) / 2 = 3.0: met (the lower middle, 2.9, alone would fail)
    TierEvaluator met = certified(goldWithUsages("9", "1", "3.1", "2.9"));
    // 9, 1, 3.1, 2.8 -> (2.8 + 3.1) / 2 = 2.95: not met (the upper middle, 3.1, alone would pass)
    TierEvaluator notMet = certified(goldWithUsages("9", "1", "3.1", "2.8"));

    assertThat(met.medianToolUsageOn(DATE)).hasValueSatisfying(u -> assertThat(u).isEqualByComparingTo("3.0"));
    assertThat(met.statusOn(DATE).performanceTier()).contains(Tier.GOLD);
    assertThat(notMet.medianToolUsageOn(DATE)).hasValueSatisfying(u -> assertThat(u).isEqualByComparingTo("2.95"));
    assertThat(notMet.statusOn(DATE).progressTowards(Tier.GOLD).unmet()).containsExactly(RequirementKind.TOOL_USAGE);
  }

  @Test
  void clientsWithoutToolUsageAreLeftOut() {
    // 2, unknown, 4, unknown -> median of 2 and 4 = 3
    TierEvaluator evaluator = certified(goldWithUsages("2", null, "4", null));

    assertThat(evaluator.medianToolUsageOn(DATE)).hasValueSatisfying(u -> assertThat(u).isEqualByComparingTo("3"));
    assertThat(evaluator.statusOn(DATE).performanceTier()).contains(Tier.GOLD);
  }

  @Test
  void recordedValueWinsOverTheClientsFromItsDateOn() {
    // clients 2, 4, 3, 10 -> (3 + 4) / 2 = 3.5; recorded 2 from 2025-01-01, then 4 from 2025-03-01
    PointLedger ledger = goldWithUsages("2", "4", "3", "10");
    PartnerAccount account = PartnerAccount.builder().from(PartnerAccount.alwaysCertified())
        .putMedianToolUsage(LocalDate.of(2025, 1, 1), new BigDecimal("2"))
        .putMedianToolUsage(LocalDate.of(2025, 3, 1), new BigDecimal("4"))
        .build();
    TierEvaluator evaluator = TierEvaluator.of(ledger, account);

    assertThat(evaluator.medianToolUsageOn(LocalDate.of(2024, 12, 31)))
        .hasValueSatisfying(u -> assertThat(u).isEqualByComparingTo("3.5"));
    assertThat(evaluator.medianToolUsageOn(LocalDate.of(2025, 1, 1)))
        .hasValueSatisfying(u -> assertThat(u).isEqualByComparingTo("2"));
    assertThat(evaluator.medianToolUsageOn(LocalDate.of(2025, 2, 28)))
        .hasValueSatisfying(u -> assertThat(u).isEqualByComparingTo("2"));
    assertThat(evaluator.medianToolUsageOn(LocalDate.of(2025, 3, 1)))
        .hasValueSatisfying(u -> assertThat(u).isEqualByComparingTo("4"));
    TierStatus recordedLow = evaluator.statusOn(LocalDate.of(2025, 2, 28));
    assertThat(recordedLow.medianToolUsage()).hasValueSatisfying(u -> assertThat(u).isEqualByComparingTo("2"));
    assertThat(recordedLow.progressTowards(Tier.GOLD).unmet()).containsExactly(RequirementKind.TOOL_USAGE);
    assertThat(evaluator.statusOn(LocalDate.of(2025, 3, 1)).performanceTier()).contains(Tier.GOLD);
  }
}
