package dev.partnerpoints.tier;

import static dev.partnerpoints.tier.TierLedger.ledger;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerpoints.ledger.PointLedger;
import dev.partnerpoints.money.DateOutsideProgramException;
import dev.partnerpoints.program.Tier;
import java.time.LocalDate;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Bad input: a null argument throws a NullPointerException naming the parameter; a date before the
 * first tier schedule (2022-07-18 built in) throws a DateOutsideProgramException carrying the date.
 */
class TierEvaluatorBadInputTest {

  private static final LocalDate DATE = LocalDate.of(2025, 3, 3);
  private static final LocalDate BEFORE_PROGRAM = LocalDate.of(2022, 7, 17);
  private static final LocalDate PROGRAM_START = LocalDate.of(2022, 7, 18);
  private static final CurrencyUnit USD = Monetary.getCurrency("USD");

  private final PointLedger ledger = ledger()
      .sourced(LocalDate.of(2025, 1, 10), "1260").managed(LocalDate.of(2024, 12, 1), "6000").build();
  private final TierEvaluator evaluator = TierEvaluator.of(ledger, PartnerAccount.alwaysCertified());

  private static void assertNullNamed(ThrowingCallable call, String parameter) {
    assertThatThrownBy(call).isInstanceOf(NullPointerException.class).hasMessage(parameter);
  }

  @Test
  void nullLedgerOrAccount() {
    assertNullNamed(() -> TierEvaluator.of(null, PartnerAccount.alwaysCertified()), "ledger");
    assertNullNamed(() -> TierEvaluator.of(ledger, null), "account");
  }

  @Test
  void nullDate() {
    assertNullNamed(() -> evaluator.statusOn(null), "date");
    assertNullNamed(() -> evaluator.progressTowards(Tier.GOLD, null), "date");
    assertNullNamed(() -> evaluator.mrrToReach(Tier.GOLD, null, USD), "date");
    assertNullNamed(() -> evaluator.creditedTierOn(null), "date");
    assertNullNamed(() -> evaluator.pointsToKeep(null), "date");
    assertNullNamed(() -> evaluator.medianToolUsageOn(null), "date");
    assertNullNamed(() -> TierEvaluator.firstRecalibrationAfter(null), "date");
  }

  @Test
  void nullTierOrCurrency() {
    assertNullNamed(() -> evaluator.progressTowards(null, DATE), "tier");
    assertNullNamed(() -> evaluator.mrrToReach(null, DATE, USD), "tier");
    assertNullNamed(() -> evaluator.mrrToReach(Tier.GOLD, DATE, null), "currency");
    TierStatus status = evaluator.statusOn(DATE);
    assertNullNamed(() -> status.progressTowards(null), "tier");
  }

  @Test
  void dateBeforeTheFirstTierSchedule() {
    assertOutsideProgram(() -> evaluator.statusOn(BEFORE_PROGRAM));
    assertOutsideProgram(() -> evaluator.progressTowards(Tier.GOLD, BEFORE_PROGRAM));
    assertOutsideProgram(() -> evaluator.mrrToReach(Tier.GOLD, BEFORE_PROGRAM, USD));
    assertOutsideProgram(() -> evaluator.creditedTierOn(BEFORE_PROGRAM));
    assertOutsideProgram(() -> evaluator.pointsToKeep(BEFORE_PROGRAM));
  }

  @Test
  void pointsOnAndStatusOnTreatADateBeforeTheProgramAlike() {
    // both are figures on one date: before the program's first day both throw, naming the date and
    // the first day; on the first day both answer (no points, untiered)
    assertOutsideProgram(() -> ledger.pointsOn(BEFORE_PROGRAM));
    assertOutsideProgram(() -> evaluator.statusOn(BEFORE_PROGRAM));
    assertThat(ledger.pointsOn(PROGRAM_START).totalPoints().isZero()).isTrue();
    assertThat(evaluator.statusOn(PROGRAM_START).points()).isEqualTo(ledger.pointsOn(PROGRAM_START));
  }

  @Test
  void firstDayOfTheProgramIsAccepted() {
    TierStatus status = evaluator.statusOn(PROGRAM_START);

    assertThat(status.performanceTier()).isEmpty();
    assertThat(status.progressTowards(Tier.GOLD).total().required().toString()).isEqualTo("123.00");
    assertThat(evaluator.creditedTierOn(PROGRAM_START).tier()).isEmpty();
  }

  private static void assertOutsideProgram(ThrowingCallable call) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(DateOutsideProgramException.class, e -> {
          assertThat(e.date()).isEqualTo(BEFORE_PROGRAM);
          assertThat(e.firstEffectiveDate()).isEqualTo(PROGRAM_START);
        })
        .hasMessageContaining("2022-07-17");
  }
}
