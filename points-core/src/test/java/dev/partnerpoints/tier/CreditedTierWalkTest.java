package dev.partnerpoints.tier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.partnerpoints.ledger.ManagedInterval;
import dev.partnerpoints.ledger.PointLedger;
import dev.partnerpoints.ledger.SoldEntry;
import dev.partnerpoints.program.ProgramRules;
import dev.partnerpoints.program.Tier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Property: the credited tier, its start and its history, as {@link TierEvaluator#creditedTierOn}
 * computes them by visiting only the dates on which the performance can change, equal a walk of
 * every single day written here from the rules: a higher tier met is credited at once; on Jan 15
 * and Jul 15 a partner without a valid certification becomes untiered, one less than 6 months at
 * its tier keeps it, one that met its tier (or a higher one) on a checkpoint of the review window
 * keeps it, any other drops to the highest tier met on a checkpoint (or none). The tool usage
 * recorded may rise on any day, so a tier can be met from a day on which no points change.
 */
class CreditedTierWalkTest {

  private static final LocalDate START = LocalDate.of(2023, 6, 1);

  /** A sold or managed client: kind 0 sourced, 1 assisted, 2 managed; days after START; USD MRR. */
  record Activity(int kind, int day, int mrr, int managedDays) {}

  /**
   * The activities, a certification window (days after START), the day the recorded tool usage rises
   * from 0 to 10 (0 or less: none recorded, the clients' median counts) and the evaluation day.
   */
  record Case(List<Activity> activities, int certifiedFrom, int certifiedDays, int usageFrom, int evaluationDay) {}

  @Test
  void theCreditedTierIsTheOneADailyWalkGives() {
    Gen<Activity> activity = integers().between(0, 2).zip(integers().between(0, 1_000),
        integers().between(500, 60_000), integers().between(30, 900), Activity::new);
    Gen<Case> cases = lists().of(activity).ofSizeBetween(1, 8).zip(integers().between(0, 700),
        integers().between(60, 1_400), integers().between(-1, 900), integers().between(100, 1_300), Case::new);

    qt().withExamples(120).forAll(cases).checkAssert(c -> {
      TierLedger in = TierLedger.ledger();
      for (Activity a : c.activities()) {
        LocalDate day = START.plusDays(a.day());
        String mrr = Integer.toString(a.mrr());
        switch (a.kind()) {
          case 0 -> in.sourced(day, mrr);
          case 1 -> in.assisted(day, mrr);
          default -> in.managed(day, day.plusDays(a.managedDays()), mrr);
        }
      }
      PointLedger ledger = in.build();
      PartnerAccount.Builder accountBuilder = PartnerAccount.builder().addCertifications(Certification.of(
          START.plusDays(c.certifiedFrom()), Optional.of(START.plusDays(c.certifiedFrom() + c.certifiedDays()))));
      if (c.usageFrom() > 0) {
        accountBuilder.putMedianToolUsage(START, BigDecimal.ZERO).putMedianToolUsage(START.plusDays(c.usageFrom()),
            BigDecimal.TEN);
      }
      PartnerAccount account = accountBuilder.build();
      TierEvaluator evaluator = TierEvaluator.of(ledger, account);
      LocalDate date = START.plusDays(c.evaluationDay());

      CreditedTier expected = dailyWalk(evaluator, ledger, account, date);
      CreditedTier actual = evaluator.creditedTierOn(date);

      assertThat(actual.tier()).as("%s", c).isEqualTo(expected.tier());
      assertThat(actual.since()).as("%s", c).isEqualTo(expected.since());
      assertThat(actual.history()).as("%s", c).isEqualTo(expected.history());
    });
  }

  private static CreditedTier dailyWalk(TierEvaluator evaluator, PointLedger ledger, PartnerAccount account,
      LocalDate date) {
    ProgramRules rules = ledger.rules();
    LocalDate first = LocalDate.MAX;
    for (SoldEntry e : ledger.soldEntries()) {
      first = e.activeFrom().isBefore(first) ? e.activeFrom() : first;
    }
    for (ManagedInterval i : ledger.managedIntervals().values()) {
      first = i.from().isBefore(first) ? i.from() : first;
    }
    Optional<Tier> credited = Optional.empty();
    Optional<LocalDate> since = Optional.empty();
    List<TierChange> history = new ArrayList<>();
    for (LocalDate d = first; !d.isAfter(date); d = d.plusDays(1)) {
      MonthDay md = MonthDay.from(d);
      if (credited.isPresent() && (md.equals(MonthDay.of(1, 15)) || md.equals(MonthDay.of(7, 15)))) {
        boolean lapsed = rules.tierScheduleOn(d).certificationRequired() && !account.isCertifiedOn(d);
        Optional<Tier> after;
        if (lapsed) {
          after = Optional.empty();
        } else if (d.isBefore(since.orElseThrow().plusMonths(6))) {
          after = credited;
        } else {
          List<LocalDate> checkpoints = new ArrayList<>();
          for (YearMonth m = YearMonth.from(d.minusMonths(5)); m.isBefore(YearMonth.from(d)); m = m.plusMonths(1)) {
            checkpoints.add(m.atEndOfMonth());
          }
          checkpoints.add(d);
          Tier held = credited.orElseThrow();
          Optional<Tier> best = Optional.empty();
          boolean kept = false;
          for (LocalDate checkpoint : checkpoints) {
            Optional<Tier> met = performance(evaluator, rules, checkpoint);
            kept |= met.isPresent() && !held.isHigherThan(met.get());
            best = met.isPresent() && (best.isEmpty() || met.get().isHigherThan(best.get())) ? met : best;
          }
          after = kept ? credited : best;
        }
        if (!after.equals(credited)) {
          history.add(TierChange.builder().date(d).from(credited).to(after)
              .reason(lapsed ? TierChangeReason.CERTIFICATION_LAPSE : TierChangeReason.RECALIBRATION).build());
          credited = after;
          since = after.isPresent() ? Optional.of(d) : Optional.empty();
        }
      }
      Optional<Tier> met = performance(evaluator, rules, d);
      if (met.isPresent() && (credited.isEmpty() || met.get().isHigherThan(credited.get()))) {
        history.add(TierChange.builder().date(d).from(credited).to(met).reason(TierChangeReason.TIER_UP).build());
        credited = met;
        since = Optional.of(d);
      }
    }
    return CreditedTier.builder().date(date).tier(credited).since(since).history(history).build();
  }

  private static Optional<Tier> performance(TierEvaluator evaluator, ProgramRules rules, LocalDate date) {
    return date.isBefore(rules.tierSchedules().firstEffectiveDate()) ? Optional.empty()
        : evaluator.statusOn(date).performanceTier();
  }
}
