package dev.partnerpoints.tier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.partnerpoints.ledger.PointLedger;
import dev.partnerpoints.program.Tier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Property: the performance tier the credited-tier walk reads on every event date (computed without
 * the status objects) is the one {@link TierEvaluator#statusOn} reports, whatever the points, the
 * certification and the tool usage, on any date of every schedule era.
 */
class PerformanceTierTest {

  private static final LocalDate FIRST = LocalDate.of(2024, 6, 1);

  /** Sold and managed levels (USD MRR), a certification window and a recorded tool usage. */
  record Case(int sourced, int assisted, int managed, int certifiedFromDay, int certifiedDays, int usageTenths,
      int dateDay) {}

  @Test
  void theWalksPerformanceTierIsTheStatusPerformanceTier() {
    Gen<Integer> mrr = Generate.pick(List.of(3_000, 15_000, 90_000, 250_000))
        .flatMap(max -> integers().between(0, max));
    Gen<Integer> days = integers().between(0, 900);
    Gen<Case> cases = mrr.zip(mrr, mrr, (s, a, m) -> new int[] {s, a, m})
        .zip(days, integers().between(1, 600), integers().between(-1, 60), days, (lv, from, len, usage, date) ->
            new Case(lv[0], lv[1], lv[2], from, len, usage, date));

    qt().withExamples(400).forAll(cases).checkAssert(c -> {
      TierLedger in = TierLedger.ledger().toolUsage(c.usageTenths() < 0 ? null : "2");
      if (c.sourced() > 0) {
        in.sourced(FIRST.plusDays(30), Integer.toString(c.sourced()));
      }
      if (c.assisted() > 0) {
        in.assisted(FIRST.plusDays(60), Integer.toString(c.assisted()));
      }
      if (c.managed() > 0) {
        in.managed(FIRST, Integer.toString(c.managed()));
      }
      PointLedger ledger = in.build();
      PartnerAccount.Builder account = PartnerAccount.builder().addCertifications(Certification.of(
          FIRST.plusDays(c.certifiedFromDay()), Optional.of(FIRST.plusDays(c.certifiedFromDay() + c.certifiedDays()))));
      if (c.usageTenths() >= 0) {
        account.putMedianToolUsage(FIRST.plusDays(100), BigDecimal.valueOf(c.usageTenths(), 1));
      }
      TierEvaluator evaluator = TierEvaluator.of(ledger, account.build());
      LocalDate date = FIRST.plusDays(c.dateDay());

      Optional<Tier> expected = evaluator.statusOn(date).performanceTier();

      assertThat(evaluator.performanceTierOn(date)).as("%s on %s", c, date).isEqualTo(expected);
    });
  }
}
