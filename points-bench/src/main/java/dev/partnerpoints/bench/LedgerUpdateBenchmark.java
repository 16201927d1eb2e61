package dev.partnerpoints.bench;

import dev.partnerpoints.ledger.Client;
import dev.partnerpoints.ledger.Deal;
import dev.partnerpoints.ledger.PointLedger;
import dev.partnerpoints.ledger.PointsSnapshot;
import dev.partnerpoints.testkit.Portfolio;
import dev.partnerpoints.testkit.RandomPortfolios;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scenario 7: one more deal for the ledger of scenario 3 ({@code RandomPortfolios.withSeed(42)
 * .portfolio(10_000, 1_000_000)}: 1,000,000 deals over 10,000 clients).
 *
 * <ul>
 *   <li>{@link #addOneDeal}: one deal added to the prebuilt ledger with {@link PointLedger#withDeals}
 *       (the prebuilt ledger is never changed, so every invocation starts from the same one). The
 *       added deals are 64 random ones ({@code RandomPortfolios.withSeed(43)}), one per invocation
 *       in turn, on clients {@code (i * 7919) mod 10,000} of about 100 deals each. The prebuilt
 *       ledger's one-time lookup of its deals (ids, deals by client) is made by the setup's checks,
 *       as a service that keeps the ledgers its updates return makes it once.
 *   <li>{@link #addOneDealThenPointsOn}: the same, then {@code pointsOn} the deal's close date of the
 *       updated ledger (its first query that returns entries makes its entry list once).
 *   <li>{@link #firstAddOneDeal}: the same on a ledger just built from scratch (a fresh build per
 *       invocation, untimed, in the setup), so the one-time lookup is inside the time; one shot each.
 *   <li>Baseline {@link #rebuild}: the ledger of the same deals plus the added one, built from scratch.
 * </ul>
 *
 * <p>Setup checks, for several added deals, that the updated and the rebuilt ledger hold the same
 * deals and entries and answer the same points and changes.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx8g")
public class LedgerUpdateBenchmark {

  private static final int DEALS = 1_000_000;
  private static final int ADDED = 64;

  private static Portfolio portfolio() {
    return RandomPortfolios.withSeed(42).portfolio(DEALS / 100, DEALS);
  }

  /** The portfolio, its prebuilt ledger and the deals to add. */
  @State(Scope.Thread)
  public static class Prebuilt {
    Portfolio portfolio;
    PointLedger base;
    Deal[] added;
    int next;

    @Setup(Level.Trial)
    public void setUp() {
      portfolio = portfolio();
      base = portfolio.ledger();
      RandomPortfolios random = RandomPortfolios.withSeed(43);
      List<Client> clients = portfolio.clients();
      added = new Deal[ADDED];
      for (int i = 0; i < ADDED; i++) {
        Client client = clients.get((int) ((i * 7919L) % clients.size())); // spread over the clients
        added[i] = random.deal("added-" + i, client, portfolio.partner());
      }
      for (int i = 0; i < ADDED; i += 16) {
        PointLedger updated = base.withDeals(List.of(added[i]));
        PointLedger full = rebuild(added[i]);
        LocalDate day = added[i].closeDate();
        if (!updated.soldEntries().equals(full.soldEntries()) || !updated.deals().equals(full.deals())
            || !updated.pointsOn(day).equals(full.pointsOn(day))
            || !updated.changes(day.minusMonths(1), day).equals(full.changes(day.minusMonths(1), day))) {
          throw new IllegalStateException("adding " + added[i] + " answers differently from a rebuild");
        }
      }
    }

    PointLedger rebuild(Deal deal) {
      return PointLedger.builder(base.rules(), portfolio.partner())
          .addClients(portfolio.clients())
          .addDeals(portfolio.deals())
          .addDeal(deal)
          .addManagementPeriods(portfolio.managementPeriods())
          .addClientMrr(portfolio.clientMrr())
          .build();
    }

    Deal nextDeal() {
      Deal deal = added[next];
      next = (next + 1) % ADDED;
      return deal;
    }
  }

  /** A ledger built from scratch before each invocation (untimed), and a deal to add to it. */
  @State(Scope.Thread)
  public static class Fresh {
    Portfolio portfolio;
    PointLedger ledger;
    Deal deal;

    @Setup(Level.Trial)
    public void portfolio() {
      portfolio = LedgerUpdateBenchmark.portfolio();
      deal = RandomPortfolios.withSeed(43).deal("added-0", portfolio.clients().get(0), portfolio.partner());
    }

    @Setup(Level.Invocation)
    public void build() {
      ledger = portfolio.ledger();
    }
  }

  /** The library: one deal added to the prebuilt 1,000,000-deal ledger. */
  @Benchmark
  public PointLedger addOneDeal(Prebuilt state) {
    return state.base.withDeals(List.of(state.nextDeal()));
  }

  /**
   * The library: one deal added to the prebuilt ledger, then the points on the deal's close date
   * asked of the result (the snapshot's entry lists make the updated ledger copy its entry list once).
   */
  @Benchmark
  public PointsSnapshot addOneDealThenPointsOn(Prebuilt state) {
    Deal deal = state.nextDeal();
    return state.base.withDeals(List.of(deal)).pointsOn(deal.closeDate());
  }

  /** The library: one deal added to a 1,000,000-deal ledger just built (its one-time lookup included). */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  public PointLedger firstAddOneDeal(Fresh state) {
    return state.ledger.withDeals(List.of(state.deal));
  }

  /** Baseline: the ledger of the same 1,000,001 deals built from scratch. */
  @Benchmark
  public PointLedger rebuild(Prebuilt state) {
    return state.rebuild(state.nextDeal());
  }
}
