package dev.partnerpoints.tier;

import static dev.partnerpoints.tier.TierAsserts.assertGap;
import static dev.partnerpoints.tier.TierLedger.ledger;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerpoints.program.Tier;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Points to keep the credited tier (docs/rules.md section 13): the tier's requirements (schedule of the
 * next recalibration date) minus the points still active then; sold entries that expire before it
 * do not count; managed points as on the evaluation date. Next recalibration: the first Jan 15 or
 * Jul 15 strictly after the date.
 */
class PointsToKeepTest {

  private static LocalDate date(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  /**
   * Gold since 2024-02-01 (US/USD clients; sourced x 3 before 2024-02-27, x 5 from then):
   * <pre>
   * managed  6200 from 2024-01-01                      -> 62
   * S0 sourced  1000 on 2024-01-10 (x3) -> 30, active until 2025-01-10
   * S1 sourced  1500 on 2024-02-01 (x3) -> 45, active until 2025-02-01
   * S2 assisted  500 on 2024-06-01 (x3) -> 15, active until 2025-06-01
   * S3 assisted 1000 on 2025-02-10 (x3) -> 30, active until 2026-02-10
   * S4 sourced   400 on 2025-02-20 (x5) -> 20, active until 2026-02-20
   * </pre>
   * 2024-02-01: sold 75, managed 62, total 137: Gold (123/63/60). Kept on 2024-07-15 (first 6
   * months) and on 2025-01-15 (2024-08-31: sold 90, total 152).
   */
  private static TierEvaluator goldPartner() {
    return TierEvaluator.of(ledger()
        .managed(date(2024, 1, 1), "6200")
        .sourced(date(2024, 1, 10), "1000")
        .sourced(date(2024, 2, 1), "1500")
        .assisted(date(2024, 6, 1), "500")
        .assisted(date(2025, 2, 10), "1000")
        .sourced(date(2025, 2, 20), "400")
        .build(), PartnerAccount.alwaysCertified());
  }

  @Test
  void entriesExpiringBeforeTheRecalibrationDoNotCount() {
    KeepTierOutlook outlook = goldPartner().pointsToKeep(date(2024, 11, 1));

    assertThat(outlook.date()).isEqualTo(date(2024, 11, 1));
    assertThat(outlook.tier()).contains(Tier.GOLD);
    assertThat(outlook.nextRecalibration()).isEqualTo(date(2025, 1, 15));
    // active on 2025-01-15: S1 45 + S2 15 = 60 sold (S0 expires 2025-01-10; S3, S4 not closed yet)
    // Gold on 2025-01-15 (sold minimum counts sourced + assisted): 123 total, 63 sold, 60 managed
    assertThat(outlook.gaps()).hasSize(3);
    assertGap(outlook.gaps().get(0), RequirementKind.TOTAL_POINTS, "123", "122", "1");   // 60 + 62
    assertGap(outlook.gaps().get(1), RequirementKind.SOLD_MINIMUM, "63", "60", "3");
    assertGap(outlook.gaps().get(2), RequirementKind.MANAGED_MINIMUM, "60", "62", "0");
  }

  @Test
  void requirementsAreThoseInForceOnTheRecalibrationDate() {
    KeepTierOutlook outlook = goldPartner().pointsToKeep(date(2025, 3, 1));

    assertThat(outlook.tier()).contains(Tier.GOLD);
    assertThat(outlook.nextRecalibration()).isEqualTo(date(2025, 7, 15));
    // active on 2025-07-15: S3 30 assisted + S4 20 sourced (S2 expires 2025-06-01)
    // Gold on 2025-07-15: total 129, sourced minimum 63, managed 60
    assertGap(outlook.gaps().get(0), RequirementKind.TOTAL_POINTS, "129", "112", "17");   // 50 + 62
    assertGap(outlook.gaps().get(1), RequirementKind.SOLD_MINIMUM, "63", "20", "43");     // sourced only
    assertGap(outlook.gaps().get(2), RequirementKind.MANAGED_MINIMUM, "60", "62", "0");
  }

  @Test
  void nothingToKeepWhenUntiered() {
    KeepTierOutlook outlook = goldPartner().pointsToKeep(date(2024, 1, 20));

    assertThat(outlook.tier()).isEmpty();
    assertThat(outlook.nextRecalibration()).isEqualTo(date(2024, 7, 15));
    assertThat(outlook.gaps()).isEmpty();
  }

  @Test
  void nextRecalibrationIsStrictlyAfterTheDate() {
    TierEvaluator evaluator = goldPartner();

    assertThat(evaluator.pointsToKeep(date(2025, 1, 14)).nextRecalibration()).isEqualTo(date(2025, 1, 15));
    assertThat(evaluator.pointsToKeep(date(2025, 1, 15)).nextRecalibration()).isEqualTo(date(2025, 7, 15));
  }

  @Test
  void firstRecalibrationAfterAroundJan15AndJul15() {
    assertThat(TierEvaluator.firstRecalibrationAfter(date(2025, 1, 1))).isEqualTo(date(2025, 1, 15));
    assertThat(TierEvaluator.firstRecalibrationAfter(date(2025, 1, 14))).isEqualTo(date(2025, 1, 15));
    assertThat(TierEvaluator.firstRecalibrationAfter(date(2025, 1, 15))).isEqualTo(date(2025, 7, 15));
    assertThat(TierEvaluator.firstRecalibrationAfter(date(2025, 1, 16))).isEqualTo(date(2025, 7, 15));
    assertThat(TierEvaluator.firstRecalibrationAfter(date(2025, 7, 14))).isEqualTo(date(2025, 7, 15));
    assertThat(TierEvaluator.firstRecalibrationAfter(date(2025, 7, 15))).isEqualTo(date(2026, 1, 15));
    assertThat(TierEvaluator.firstRecalibrationAfter(date(2025, 7, 16))).isEqualTo(date(2026, 1, 15));
    assertThat(TierEvaluator.firstRecalibrationAfter(date(2025, 12, 31))).isEqualTo(date(2026, 1, 15));
  }
}
