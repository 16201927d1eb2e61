package dev.partnerpoints.tier;

import static dev.partnerpoints.tier.TierLedger.ledger;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.partnerpoints.program.Tier;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Property: for any points levels, in every era of the built-in schedule, adding sold (sourced or
 * assisted) or managed points never lowers the performance tier.
 */
class TierMonotonicityTest {

  private static final LocalDate CLOSED = LocalDate.of(2025, 3, 1);       // active until 2026-03-01
  private static final LocalDate MANAGED_FROM = LocalDate.of(2024, 12, 1);
  /** Dates in each schedule era and on both sides of each change. */
  private static final List<LocalDate> DATES = List.of(LocalDate.of(2025, 3, 3), LocalDate.of(2025, 7, 14),
      LocalDate.of(2025, 7, 15), LocalDate.of(2025, 9, 1), LocalDate.of(2026, 1, 14), LocalDate.of(2026, 1, 15),
      LocalDate.of(2026, 2, 27));

  enum Kind { SOURCED, ASSISTED, MANAGED }

  /** Points levels, as whole-dollar USD MRR: sourced x 5, assisted x 3, managed x 1 per 100. */
  record Levels(int sourcedMrr, int assistedMrr, int managedMrr) {}

  /** More points of one kind. */
  record Addition(Kind kind, int mrr) {}

  @Test
  void addingSoldOrManagedPointsNeverLowersThePerformanceTier() {
    // sold MRR up to 3000, 10000 or 80000 USD (Gold needs 1260 sourced, Elite 39000); managed up to
    // 10000, 60000 or 250000 USD (Gold needs 6000, Elite 170000): every tier boundary is exercised
    Gen<Integer> sold = scaled(0, 3_000, 10_000, 80_000);
    Gen<Levels> levels = sold.zip(sold, scaled(0, 10_000, 60_000, 250_000), Levels::new);
    Gen<Addition> additions = Generate.enumValues(Kind.class).zip(scaled(1, 2_000, 20_000, 120_000), Addition::new);
    Gen<LocalDate> dates = Generate.pick(DATES);

    qt().withExamples(300).forAll(levels, additions, dates).checkAssert((base, addition, date) -> {
      Optional<Tier> before = performance(base, Optional.empty(), date);
      Optional<Tier> after = performance(base, Optional.of(addition), date);

      assertThat(rank(after)).as("tier %s after adding %s to %s on %s, was %s", after, addition, base, date, before)
          .isGreaterThanOrEqualTo(rank(before));
    });
  }

  /** Whole numbers from {@code min} up to one of the maxima, picked at random. */
  private static Gen<Integer> scaled(int min, Integer... maxima) {
    return Generate.pick(List.of(maxima)).flatMap(max -> integers().between(min, max));
  }

  private static Optional<Tier> performance(Levels levels, Optional<Addition> addition, LocalDate date) {
    TierLedger ledger = ledger();
    add(ledger, Kind.SOURCED, levels.sourcedMrr());
    add(ledger, Kind.ASSISTED, levels.assistedMrr());
    add(ledger, Kind.MANAGED, levels.managedMrr());
    addition.ifPresent(a -> add(ledger, a.kind(), a.mrr()));
    return TierEvaluator.of(ledger.build(), PartnerAccount.alwaysCertified()).statusOn(date).performanceTier();
  }

  private static void add(TierLedger ledger, Kind kind, int usdMrr) {
    if (usdMrr == 0) {
      return;
    }
    String mrr = Integer.toString(usdMrr);
    switch (kind) {
      case SOURCED -> ledger.sourced(CLOSED, mrr);
      case ASSISTED -> ledger.assisted(CLOSED, mrr);
      case MANAGED -> ledger.managed(MANAGED_FROM, mrr);
      default -> throw new AssertionError(kind);
    }
  }

  private static int rank(Optional<Tier> tier) {
    return tier.map(Tier::ordinal).orElse(-1);
  }
}
