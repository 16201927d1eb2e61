package dev.partnerpoints.tier;

import static dev.partnerpoints.tier.TierLedger.ledger;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerpoints.ledger.PointLedger;
import dev.partnerpoints.money.Timeline;
import dev.partnerpoints.program.ProgramRules;
import dev.partnerpoints.program.Tier;
import dev.partnerpoints.program.TierSchedule;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The credited tier over time (docs/rules.md section 13, TierEvaluator Javadoc): a
 * tier-up is credited at once; tier-downs happen only on Jan 15 and Jul 15; the tier is kept if met
 * on one checkpoint of the review window (the last day of each calendar month ending inside it, and
 * the recalibration date), else it drops to the highest tier met on any checkpoint; never in the
 * first 6 months at a tier; an invalid certification on the recalibration date makes it untiered.
 *
 * <p>Ledgers: US clients in USD; sourced MRR/100 x 3 before 2024-02-27, x 5 from then; managed
 * MRR/100 x 1; sold points active 12 months. Thresholds until 2025-07-14: Gold 123/63/60,
 * Platinum 313/113/200, Diamond 800/300/500 (total/sold/managed).
 */
class CreditedTierTest {

  private static TierEvaluator certified(PointLedger ledger) {
    return TierEvaluator.of(ledger, PartnerAccount.alwaysCertified());
  }

  private static LocalDate date(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  private static TierChange change(LocalDate date, Tier from, Tier to, TierChangeReason reason) {
    return TierChange.builder().date(date).from(Optional.ofNullable(from)).to(Optional.ofNullable(to))
        .reason(reason).build();
  }

  @Test
  void tierUpIsCreditedAtOnce() {
    // managed 6000 -> 60 from 2024-09-01; sourced 1260 on 2024-10-10 -> 63: Gold (123/63/60).
    // 2024-11-20: + managed 14000 -> 200 managed, + sourced 1000 -> 50: sold 113, total 313: Platinum.
    TierEvaluator evaluator = certified(ledger()
        .managed(date(2024, 9, 1), "6000")
        .sourced(date(2024, 10, 10), "1260")
        .managed(date(2024, 11, 20), "14000")
        .sourced(date(2024, 11, 20), "1000")
        .build());

    CreditedTier before = evaluator.creditedTierOn(date(2024, 10, 9));
    CreditedTier gold = evaluator.creditedTierOn(date(2024, 10, 10));
    CreditedTier stillGold = evaluator.creditedTierOn(date(2024, 11, 19));
    CreditedTier platinum = evaluator.creditedTierOn(date(2024, 11, 20));

    assertThat(before.tier()).isEmpty();
    assertThat(before.since()).isEmpty();
    assertThat(before.history()).isEmpty();
    assertThat(gold.date()).isEqualTo(date(2024, 10, 10));
    assertThat(gold.tier()).contains(Tier.GOLD);
    assertThat(gold.since()).contains(date(2024, 10, 10));
    assertThat(stillGold.tier()).contains(Tier.GOLD);
    assertThat(platinum.tier()).contains(Tier.PLATINUM);
    assertThat(platinum.since()).contains(date(2024, 11, 20));
    assertThat(platinum.history()).containsExactly(
        change(date(2024, 10, 10), null, Tier.GOLD, TierChangeReason.TIER_UP),
        change(date(2024, 11, 20), Tier.GOLD, Tier.PLATINUM, TierChangeReason.TIER_UP));
  }

  @Test
  void keepsTheTierOnOneGoodMonthOfTheWindowThenDropsWhenNoneIsMet() {
    // managed 6000 -> 60 from 2023-06-01; sourced 2100 on 2023-09-05 at 3 -> 63, active until 2024-09-05.
    // Gold (63 + 60 = 123) on [2023-09-05, 2024-09-05).
    // 2024-01-15: first 6 months (until 2024-03-05): kept. 2024-07-15: met all window: kept.
    // 2025-01-15: checkpoints 2024-08-31 met; 09-30, 10-31, 11-30, 12-31, 2025-01-15 not: kept.
    // 2025-07-15: checkpoints 2025-02-28 .. 2025-07-15 none met: untiered.
    TierEvaluator evaluator = certified(ledger()
        .managed(date(2023, 6, 1), "6000")
        .sourced(date(2023, 9, 5), "2100")
        .build());

    CreditedTier kept = evaluator.creditedTierOn(date(2025, 1, 15));
    CreditedTier dayBeforeDrop = evaluator.creditedTierOn(date(2025, 7, 14));
    CreditedTier dropped = evaluator.creditedTierOn(date(2025, 7, 15));

    assertThat(evaluator.statusOn(date(2025, 1, 15)).performanceTier()).isEmpty();
    assertThat(kept.tier()).contains(Tier.GOLD);
    assertThat(kept.since()).contains(date(2023, 9, 5));
    assertThat(kept.history()).containsExactly(change(date(2023, 9, 5), null, Tier.GOLD, TierChangeReason.TIER_UP));
    assertThat(dayBeforeDrop.tier()).contains(Tier.GOLD);
    assertThat(dropped.tier()).isEmpty();
    assertThat(dropped.since()).isEmpty();
    assertThat(dropped.history()).containsExactly(
        change(date(2023, 9, 5), null, Tier.GOLD, TierChangeReason.TIER_UP),
        change(date(2025, 7, 15), Tier.GOLD, null, TierChangeReason.RECALIBRATION));
  }

  @Test
  void keepsTheTierOnJuly15OnTheFebruaryCheckpointAlone() {
    // managed 6000 -> 60 from 2024-01-01; sourced 1260 on 2024-03-10 at 5 -> 63, active until 2025-03-10.
    // Gold (123/63/60) on [2024-03-10, 2025-03-10).
    // 2024-07-15: first 6 months (until 2024-09-10): kept. 2025-01-15: met all window: kept.
    // 2025-07-15: checkpoints 2025-02-28 met; 03-31, 04-30, 05-31, 06-30, 07-15 not: kept.
    // 2026-01-15: checkpoints 2025-08-31 .. 2026-01-15 none met: untiered.
    TierEvaluator evaluator = certified(ledger()
        .managed(date(2024, 1, 1), "6000")
        .sourced(date(2024, 3, 10), "1260")
        .build());

    CreditedTier kept = evaluator.creditedTierOn(date(2025, 7, 15));
    CreditedTier dropped = evaluator.creditedTierOn(date(2026, 1, 15));

    assertThat(evaluator.statusOn(date(2025, 3, 31)).performanceTier()).isEmpty();
    assertThat(kept.tier()).contains(Tier.GOLD);
    assertThat(kept.since()).contains(date(2024, 3, 10));
    assertThat(kept.history()).containsExactly(change(date(2024, 3, 10), null, Tier.GOLD, TierChangeReason.TIER_UP));
    assertThat(evaluator.creditedTierOn(date(2026, 1, 14)).tier()).contains(Tier.GOLD);
    assertThat(dropped.tier()).isEmpty();
    assertThat(dropped.history()).containsExactly(
        change(date(2024, 3, 10), null, Tier.GOLD, TierChangeReason.TIER_UP),
        change(date(2026, 1, 15), Tier.GOLD, null, TierChangeReason.RECALIBRATION));
  }

  @Test
  void aMonthCountsOnlyIfItsCheckpointMeetsTheTier() {
    // As above but sourced on 2023-08-25: active until 2024-08-25, so Gold is met on 2024-08-15..24
    // inside the window but on no checkpoint (2024-08-31 is after it expired): dropped on 2025-01-15
    // (library default: month-end checkpoints).
    TierEvaluator evaluator = certified(ledger()
        .managed(date(2023, 6, 1), "6000")
        .sourced(date(2023, 8, 25), "2100")
        .build());

    assertThat(evaluator.statusOn(date(2024, 8, 20)).performanceTier()).contains(Tier.GOLD);
    assertThat(evaluator.creditedTierOn(date(2025, 1, 14)).tier()).contains(Tier.GOLD);
    CreditedTier dropped = evaluator.creditedTierOn(date(2025, 1, 15));
    assertThat(dropped.tier()).isEmpty();
    assertThat(dropped.history()).containsExactly(
        change(date(2023, 8, 25), null, Tier.GOLD, TierChangeReason.TIER_UP),
        change(date(2025, 1, 15), Tier.GOLD, null, TierChangeReason.RECALIBRATION));
  }

  @Test
  void dropsTwoTiersToTheHighestTierMetInTheWindow() {
    // managed A 6000 -> 60 from 2023-06-01; managed B 44000 -> 440 on [2023-06-01, 2024-06-01)
    // sourced S1 10000 on 2023-09-01 at 3 -> 300, active until 2024-09-01
    // sourced S2 2100 on 2024-01-10 at 3 -> 63, active until 2025-01-10
    // 2023-09-01: sold 300, managed 500, total 800: Diamond (tier-up from untiered)
    // 2024-01-15: first 6 months (until 2024-03-01): kept. 2024-07-15: 2024-02-29 met Diamond: kept.
    // from 2024-06-01 managed 60: Platinum needs 200 managed, so Gold at best (sold 363 then 63).
    // 2025-01-10: S2 expires, no tier.
    // 2025-01-15: checkpoints 2024-08-31 .. 2024-12-31 Gold, 2025-01-15 none: Diamond -> Gold.
    // 2025-07-15: 6 months at Gold passed, no checkpoint met: untiered.
    TierEvaluator evaluator = certified(ledger()
        .managed(date(2023, 6, 1), "6000")
        .managed(date(2023, 6, 1), date(2024, 6, 1), "44000")
        .sourced(date(2023, 9, 1), "10000")
        .sourced(date(2024, 1, 10), "2100")
        .build());

    CreditedTier dayBefore = evaluator.creditedTierOn(date(2025, 1, 14));
    CreditedTier recalibrated = evaluator.creditedTierOn(date(2025, 1, 15));
    CreditedTier later = evaluator.creditedTierOn(date(2025, 7, 15));

    assertThat(evaluator.statusOn(date(2024, 8, 31)).performanceTier()).contains(Tier.GOLD);
    assertThat(evaluator.statusOn(date(2025, 1, 14)).performanceTier()).isEmpty();
    assertThat(dayBefore.tier()).contains(Tier.DIAMOND);
    assertThat(dayBefore.since()).contains(date(2023, 9, 1));
    assertThat(recalibrated.tier()).contains(Tier.GOLD);
    assertThat(recalibrated.since()).contains(date(2025, 1, 15));
    assertThat(recalibrated.history()).containsExactly(
        change(date(2023, 9, 1), null, Tier.DIAMOND, TierChangeReason.TIER_UP),
        change(date(2025, 1, 15), Tier.DIAMOND, Tier.GOLD, TierChangeReason.RECALIBRATION));
    assertThat(later.tier()).isEmpty();
    assertThat(later.history()).containsExactly(
        change(date(2023, 9, 1), null, Tier.DIAMOND, TierChangeReason.TIER_UP),
        change(date(2025, 1, 15), Tier.DIAMOND, Tier.GOLD, TierChangeReason.RECALIBRATION),
        change(date(2025, 7, 15), Tier.GOLD, null, TierChangeReason.RECALIBRATION));
  }

  @Test
  void dropsToTheHighestTierMetEvenWhenALowerOneIsMetLater() {
    // As in dropsTwoTiersToTheHighestTierMetInTheWindow (Diamond from 2023-09-01, kept on 2024-07-15),
    // sourced S2 on 2024-01-10 at 3 -> 63 until 2025-01-10, but managed C 14000 -> 140 on
    // [2024-06-01, 2024-10-15) keeps managed at 200 a while longer:
    // 2024-08-31: sold 363, managed 200, total 563: Platinum; 2024-09-30: sold 63, total 263: Gold;
    // 2024-10-31 .. 2024-12-31: managed 60, total 123: Gold; 2025-01-15: none.
    // 2025-01-15: Diamond is not met in the window; Platinum is the highest met, though Gold came later.
    TierEvaluator evaluator = certified(ledger()
        .managed(date(2023, 6, 1), "6000")
        .managed(date(2023, 6, 1), date(2024, 6, 1), "44000")
        .managed(date(2024, 6, 1), date(2024, 10, 15), "14000")
        .sourced(date(2023, 9, 1), "10000")
        .sourced(date(2024, 1, 10), "2100")
        .build());

    assertThat(evaluator.statusOn(date(2024, 8, 31)).performanceTier()).contains(Tier.PLATINUM);
    assertThat(evaluator.statusOn(date(2024, 9, 30)).performanceTier()).contains(Tier.GOLD);
    assertThat(evaluator.statusOn(date(2024, 12, 31)).performanceTier()).contains(Tier.GOLD);
    CreditedTier recalibrated = evaluator.creditedTierOn(date(2025, 1, 15));
    assertThat(recalibrated.tier()).contains(Tier.PLATINUM);
    assertThat(recalibrated.history()).containsExactly(
        change(date(2023, 9, 1), null, Tier.DIAMOND, TierChangeReason.TIER_UP),
        change(date(2025, 1, 15), Tier.DIAMOND, Tier.PLATINUM, TierChangeReason.RECALIBRATION));
  }

  @Test
  void neverTieredDownInTheFirstSixMonthsAtATier() {
    // Gold only on [2024-07-16, 2024-08-01): managed 6000 -> 60 until 2024-08-01, sourced 1260 -> 63.
    // 2025-01-15 is before 2024-07-16 + 6 months = 2025-01-16: kept although no checkpoint met.
    // 2025-07-15: past 6 months, no checkpoint met: untiered.
    TierEvaluator evaluator = certified(ledger()
        .managed(date(2024, 7, 16), date(2024, 8, 1), "6000")
        .sourced(date(2024, 7, 16), "1260")
        .build());

    CreditedTier protectedTier = evaluator.creditedTierOn(date(2025, 1, 15));
    CreditedTier dropped = evaluator.creditedTierOn(date(2025, 7, 15));

    assertThat(protectedTier.tier()).contains(Tier.GOLD);
    assertThat(protectedTier.since()).contains(date(2024, 7, 16));
    assertThat(protectedTier.history()).hasSize(1);
    assertThat(dropped.tier()).isEmpty();
    assertThat(dropped.history()).containsExactly(
        change(date(2024, 7, 16), null, Tier.GOLD, TierChangeReason.TIER_UP),
        change(date(2025, 7, 15), Tier.GOLD, null, TierChangeReason.RECALIBRATION));
  }

  @Test
  void sixMonthsAfterATierUpOnARecalibrationDateItCanDrop() {
    // Same, one day earlier: Gold from 2024-07-15; 2024-07-15 + 6 months = 2025-01-15 is no longer
    // within the first 6 months, and no checkpoint of Aug 15 - Jan 15 meets Gold: untiered.
    TierEvaluator evaluator = certified(ledger()
        .managed(date(2024, 7, 15), date(2024, 8, 1), "6000")
        .sourced(date(2024, 7, 15), "1260")
        .build());

    CreditedTier dropped = evaluator.creditedTierOn(date(2025, 1, 15));

    assertThat(evaluator.creditedTierOn(date(2025, 1, 14)).tier()).contains(Tier.GOLD);
    assertThat(dropped.tier()).isEmpty();
    assertThat(dropped.history()).containsExactly(
        change(date(2024, 7, 15), null, Tier.GOLD, TierChangeReason.TIER_UP),
        change(date(2025, 1, 15), Tier.GOLD, null, TierChangeReason.RECALIBRATION));
  }

  @Test
  void expiredCertificationOnARecalibrationDateTiersDown() {
    // managed 6000 -> 60 from 2023-06-01; sourced 2000 on 2024-03-01 at 5 -> 100, until 2025-03-01.
    // Gold from 2024-03-01 while certified. Certification valid [2023-01-01, 2024-11-01), renewed
    // from 2025-02-01. Points would keep Gold on 2025-01-15 (2024-08-31 met it), but the
    // certification is not valid that day: untiered. Renewed on 2025-02-01: Gold again at once.
    PointLedger ledger = ledger()
        .managed(date(2023, 6, 1), "6000")
        .sourced(date(2024, 3, 1), "2000")
        .build();
    PartnerAccount account = PartnerAccount.builder()
        .addCertifications(Certification.of(date(2023, 1, 1), Optional.of(date(2024, 11, 1))))
        .addCertifications(Certification.of(date(2025, 2, 1), Optional.empty()))
        .build();
    TierEvaluator evaluator = TierEvaluator.of(ledger, account);

    CreditedTier betweenLapseAndRecalibration = evaluator.creditedTierOn(date(2024, 12, 1));
    CreditedTier lapsed = evaluator.creditedTierOn(date(2025, 1, 15));
    CreditedTier renewed = evaluator.creditedTierOn(date(2025, 2, 1));

    assertThat(evaluator.statusOn(date(2024, 12, 1)).performanceTier()).isEmpty();
    assertThat(betweenLapseAndRecalibration.tier()).contains(Tier.GOLD);
    assertThat(betweenLapseAndRecalibration.since()).contains(date(2024, 3, 1));
    assertThat(lapsed.tier()).isEmpty();
    assertThat(lapsed.history()).containsExactly(
        change(date(2024, 3, 1), null, Tier.GOLD, TierChangeReason.TIER_UP),
        change(date(2025, 1, 15), Tier.GOLD, null, TierChangeReason.CERTIFICATION_LAPSE));
    assertThat(renewed.tier()).contains(Tier.GOLD);
    assertThat(renewed.since()).contains(date(2025, 2, 1));
    assertThat(renewed.history()).containsExactly(
        change(date(2024, 3, 1), null, Tier.GOLD, TierChangeReason.TIER_UP),
        change(date(2025, 1, 15), Tier.GOLD, null, TierChangeReason.CERTIFICATION_LAPSE),
        change(date(2025, 2, 1), null, Tier.GOLD, TierChangeReason.TIER_UP));
  }

  @Test
  void expiredCertificationTiersDownEvenInTheFirstSixMonths() {
    // Library order (TierEvaluator Javadoc): without a valid certification on the recalibration
    // date the partner becomes untiered, before the first-6-months protection is considered.
    // Gold from 2024-10-10 (managed 6000 -> 60, sourced 1260 -> 63); certification ends 2025-01-15.
    PointLedger ledger = ledger()
        .managed(date(2024, 9, 1), "6000")
        .sourced(date(2024, 10, 10), "1260")
        .build();
    PartnerAccount account = PartnerAccount.builder()
        .addCertifications(Certification.of(date(2023, 1, 1), Optional.of(date(2025, 1, 15))))
        .build();

    CreditedTier lapsed = TierEvaluator.of(ledger, account).creditedTierOn(date(2025, 1, 15));

    assertThat(lapsed.tier()).isEmpty();
    assertThat(lapsed.history()).containsExactly(
        change(date(2024, 10, 10), null, Tier.GOLD, TierChangeReason.TIER_UP),
        change(date(2025, 1, 15), Tier.GOLD, null, TierChangeReason.CERTIFICATION_LAPSE));
  }

  @Test
  void aDropIsARecalibrationWhenTheRulesRequireNoCertification() {
    // Rules as built in but no tier requires a certification; the partner holds none.
    // Points as in keepsTheTierOnOneGoodMonthOfTheWindowThenDropsWhenNoneIsMet: Gold from
    // 2023-09-05, dropped on 2025-07-15 for want of points; the missing certification is no reason.
    ProgramRules builtIn = ProgramRules.builtIn();
    Timeline.Builder<TierSchedule> schedules = Timeline.builder("tier schedule");
    builtIn.tierSchedules().entries().forEach((from, s) -> schedules.add(from, s.withCertificationRequired(false)));
    PointLedger ledger = ledger(builtIn.withTierSchedules(schedules.build()))
        .managed(date(2023, 6, 1), "6000")
        .sourced(date(2023, 9, 5), "2100")
        .build();

    CreditedTier dropped = TierEvaluator.of(ledger, PartnerAccount.builder().build()).creditedTierOn(date(2025, 7, 15));

    assertThat(dropped.tier()).isEmpty();
    assertThat(dropped.history()).containsExactly(
        change(date(2023, 9, 5), null, Tier.GOLD, TierChangeReason.TIER_UP),
        change(date(2025, 7, 15), Tier.GOLD, null, TierChangeReason.RECALIBRATION));
  }

  @Test
  void emptyLedgerIsUntiered() {
    CreditedTier credited = certified(ledger().build()).creditedTierOn(date(2025, 3, 3));

    assertThat(credited.tier()).isEmpty();
    assertThat(credited.since()).isEmpty();
    assertThat(credited.history()).isEmpty();
  }
}
