package dev.partnerpoints.ledger;

import static dev.partnerpoints.ledger.LedgerFixtures.ME;
import static dev.partnerpoints.ledger.LedgerFixtures.RULES;
import static dev.partnerpoints.ledger.LedgerFixtures.client;
import static dev.partnerpoints.ledger.LedgerFixtures.date;
import static dev.partnerpoints.ledger.LedgerFixtures.entry;
import static dev.partnerpoints.ledger.LedgerFixtures.pts;
import static dev.partnerpoints.ledger.LedgerFixtures.reduction;
import static dev.partnerpoints.ledger.LedgerFixtures.sale;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.partnerpoints.program.DealType;
import dev.partnerpoints.program.ReductionOrder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The reduction policies ({@link ProgramRules#reductionOrder()}): which of the partner's active
 * entries on a client's product line a downgrade or cancellation consumes first.
 */
class PointLedgerReductionOrderTest {

  private static final Client US = client("c-us", "US", "USD");

  /**
   * All on c-us (USD, not a growth market), Marketing Hub, line first sold 2024-03-01 (rate 5):
   * e1 sourced cross-sell 2024-03-01 USD 400: 20.00 (expires 2025-03-01).
   * a1 assisted upsell 2024-04-01 USD 200, rate 3: 6.00 (expires 2025-04-01).
   * e2 sourced upsell 2024-05-01 USD 200: 10.00 (expires 2025-05-01).
   * r1 sourced downgrade 2024-06-01 USD -300: 15.00 to take; 36.00 active before it.
   */
  private static PointLedger scenario(ReductionOrder order) {
    return PointLedger.builder(RULES.withReductionOrder(order), ME)
        .addClient(US)
        .addDeal(sale("e1", US, "2024-03-01", "400").build())
        .addDeal(sale("a1", US, "2024-04-01", "200").kind(DealKind.UPSELL).dealType(DealType.ASSISTED).build())
        .addDeal(sale("e2", US, "2024-05-01", "200").kind(DealKind.UPSELL).build())
        .addDeal(reduction("r1", US, "2024-06-01", "-300").build())
        .build();
  }

  private static String remaining(PointLedger ledger, String deal) {
    return entry(ledger, deal).remainingPointsOn(date("2024-06-01")).toString();
  }

  @Test
  void newestFirstIsTheDefault() {
    assertThat(RULES.reductionOrder()).isEqualTo(ReductionOrder.NEWEST_FIRST);
  }

  @Test
  void newestFirstTakesE2ThenA1() {
    PointLedger ledger = scenario(ReductionOrder.NEWEST_FIRST);

    // 15.00: e2 10.00 -> 0.00, then a1 5.00 -> 1.00 (across deal types); e1 untouched
    assertThat(remaining(ledger, "e2")).isEqualTo("0.00");
    assertThat(remaining(ledger, "a1")).isEqualTo("1.00");
    assertThat(remaining(ledger, "e1")).isEqualTo("20.00");
    assertThat(ledger.pointsOn(date("2024-06-01")).sourcedPoints()).isEqualTo(pts("20.00"));
    assertThat(ledger.pointsOn(date("2024-06-01")).assistedPoints()).isEqualTo(pts("1.00"));
    // after e1 expires (2025-03-01): a1 1.00 + e2 0.00
    assertThat(ledger.pointsOn(date("2025-03-01")).soldPoints()).isEqualTo(pts("1.00"));
  }

  @Test
  void oldestFirstTakesE1() {
    PointLedger ledger = scenario(ReductionOrder.OLDEST_FIRST);

    // 15.00 from e1 (20.00 -> 5.00)
    assertThat(remaining(ledger, "e1")).isEqualTo("5.00");
    assertThat(remaining(ledger, "a1")).isEqualTo("6.00");
    assertThat(remaining(ledger, "e2")).isEqualTo("10.00");
    assertThat(entry(ledger, "e1").reductions()).containsExactly(Reduction.of(date("2024-06-01"), pts("15.00"), DealId.of("r1")));
    assertThat(ledger.pointsOn(date("2024-06-01")).sourcedPoints()).isEqualTo(pts("15.00"));
    assertThat(ledger.pointsOn(date("2024-06-01")).assistedPoints()).isEqualTo(pts("6.00"));
    // after e1 expires: a1 6.00 + e2 10.00
    assertThat(ledger.pointsOn(date("2025-03-01")).soldPoints()).isEqualTo(pts("16.00"));
  }

  @Test
  void sameDealTypeFirstTakesTheSourcedEntriesNewestFirstBeforeTheAssistedOne() {
    PointLedger ledger = scenario(ReductionOrder.SAME_DEAL_TYPE_FIRST);

    // the sourced r1: e2 10.00 -> 0.00, then e1 5.00 -> 15.00; a1 (assisted) untouched
    assertThat(remaining(ledger, "e2")).isEqualTo("0.00");
    assertThat(remaining(ledger, "e1")).isEqualTo("15.00");
    assertThat(remaining(ledger, "a1")).isEqualTo("6.00");
    assertThat(ledger.pointsOn(date("2024-06-01")).assistedPoints()).isEqualTo(pts("6.00"));
    assertThat(ledger.pointsOn(date("2025-03-01")).soldPoints()).isEqualTo(pts("6.00"));
  }

  @Test
  void sameDealTypeFirstFallsBackToTheOtherTypeAndAnAssistedReductionTakesAssistedFirst() {
    PointLedger ledger = PointLedger.builder(RULES.withReductionOrder(ReductionOrder.SAME_DEAL_TYPE_FIRST), ME)
        .addClient(US)
        .addDeal(sale("e1", US, "2024-03-01", "400").build()) // sourced 20.00
        .addDeal(sale("a1", US, "2024-04-01", "200").kind(DealKind.UPSELL).dealType(DealType.ASSISTED).build())
        // assisted downgrade USD -300 at rate 3: 9.00; a1 has 6.00, the other 3.00 from e1
        .addDeal(reduction("r1", US, "2024-06-01", "-300").dealType(DealType.ASSISTED).build())
        .build();

    assertThat(entry(ledger, "a1").remainingPointsOn(date("2024-06-01"))).isEqualTo(pts("0.00"));
    assertThat(entry(ledger, "e1").remainingPointsOn(date("2024-06-01"))).isEqualTo(pts("17.00"));
  }

  @ParameterizedTest
  @EnumSource(ReductionOrder.class)
  void everyPolicyTakesTheSameTotal(ReductionOrder order) {
    // 36.00 active less 15.00 whatever the order
    assertThat(scenario(order).pointsOn(date("2024-06-01")).soldPoints()).isEqualTo(pts("21.00"));
  }

  /**
   * A random ledger of one client line: 1 to 8 sales (sourced at rate 5 or assisted at rate 3, USD
   * 1 to 1000, so each is worth amount x rate hundredths) closed from 2024-03-01 to 2024-07-29 and
   * 1 to 5 reductions closed from 2024-08-01 to 2024-12-31, while every sale is still active. When
   * {@code withinActive}, the reductions together are worth no more than the sales.
   */
  private record RandomLine(List<Deal> deals, long soldHundredths, long reductionHundredths) {

    static RandomLine of(long seed, boolean withinActive, LocalDate reductionsUntil) {
      Random r = new Random(seed);
      List<Deal> deals = new ArrayList<>();
      long sold = 0;
      int sales = 1 + r.nextInt(8);
      for (int i = 0; i < sales; i++) {
        boolean sourced = r.nextBoolean();
        int amount = 1 + r.nextInt(1000);
        sold += (long) amount * (sourced ? 5 : 3);
        deals.add(sale("s" + i, US, LocalDate.of(2024, 3, 1).plusDays(r.nextInt(150)).toString(),
            Integer.toString(amount)).kind(i == 0 ? DealKind.CROSS_SELL : DealKind.UPSELL)
            .dealType(sourced ? DealType.SOURCED : DealType.ASSISTED).build());
      }
      // the first sale is the line's first (earliest): make it the earliest
      deals.set(0, Deal.copyOf(deals.get(0)).withCloseDate(LocalDate.of(2024, 2, 28)));
      long reduced = 0;
      int reductions = 1 + r.nextInt(5);
      long room = sold;
      long span = reductionsUntil.toEpochDay() - LocalDate.of(2024, 8, 1).toEpochDay() + 1;
      for (int i = 0; i < reductions; i++) {
        boolean sourced = r.nextBoolean();
        int rate = sourced ? 5 : 3;
        long max = withinActive ? Math.min(1000, room / rate) : 1000;
        if (max < 1) {
          break;
        }
        long amount = 1 + (long) r.nextInt((int) max);
        reduced += amount * rate;
        room -= amount * rate;
        deals.add(reduction("r" + i, US, LocalDate.of(2024, 8, 1).plusDays(r.nextInt((int) span)).toString(),
            "-" + amount).kind(r.nextBoolean() ? DealKind.DOWNGRADE : DealKind.CANCELLATION)
            .dealType(sourced ? DealType.SOURCED : DealType.ASSISTED).build());
      }
      return new RandomLine(deals, sold, reduced);
    }

    PointLedger ledger(ReductionOrder order) {
      return PointLedger.builder(RULES.withReductionOrder(order), ME).addClient(US).addDeals(deals).build();
    }
  }

  @Test
  void whateverThePolicyTheReducedTotalIsTheSameWhileReductionsFitTheActivePoints() {
    qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> {
      // every sale (closed 2024-02-28 to 2024-07-29) is active until at least 2025-02-28, after the
      // last reduction (2024-12-31)
      RandomLine line = RandomLine.of(seed, true, LocalDate.of(2024, 12, 31));
      LocalDate after = LocalDate.of(2025, 1, 1);
      for (ReductionOrder order : ReductionOrder.values()) {
        PointLedger ledger = line.ledger(order);
        assertThat(ledger.pointsOn(after).soldPoints().toHundredths())
            .as("%s, seed %d", order, seed)
            .isEqualTo(line.soldHundredths() - line.reductionHundredths());
        assertThat(reducedTotal(ledger)).as("%s, seed %d", order, seed).isEqualTo(line.reductionHundredths());
      }
    });
  }

  @Test
  void whateverThePolicyActivePointsNeverGoBelowZeroAndNoReductionTakesMoreThanItIsWorth() {
    qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> {
      // reductions up to 2025-06-30, beyond the first expiries, and worth as much as they like
      RandomLine line = RandomLine.of(seed, false, LocalDate.of(2025, 6, 30));
      for (ReductionOrder order : ReductionOrder.values()) {
        PointLedger ledger = line.ledger(order);
        for (SoldEntry e : ledger.soldEntries()) {
          for (LocalDate t = LocalDate.of(2024, 2, 28); t.isBefore(LocalDate.of(2025, 8, 1)); t = t.plusDays(7)) {
            assertThat(e.remainingPointsOn(t).toHundredths()).as("%s, seed %d", order, seed).isNotNegative();
          }
        }
        assertThat(reducedTotal(ledger)).isLessThanOrEqualTo(line.reductionHundredths());
        for (Deal d : line.deals()) {
          if (d.kind().isReduction()) {
            long worth = d.mrrChange().negate().getNumber().longValueExact() * (d.dealType() == DealType.SOURCED ? 5 : 3);
            long taken = ledger.soldEntries().stream().flatMap(e -> e.reductions().stream())
                .filter(x -> x.dealId().equals(d.id())).mapToLong(x -> x.points().toHundredths()).sum();
            assertThat(taken).as("%s, seed %d, %s", order, seed, d.id()).isBetween(0L, worth);
          }
        }
      }
    });
  }

  private static long reducedTotal(PointLedger ledger) {
    return ledger.soldEntries().stream().flatMap(e -> e.reductions().stream())
        .mapToLong(x -> x.points().toHundredths()).sum();
  }
}
