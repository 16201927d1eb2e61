package dev.partnerpoints.bench;

import dev.partnerpoints.ledger.PointLedger;
import dev.partnerpoints.testkit.Portfolio;
import dev.partnerpoints.testkit.RandomPortfolios;
import org.openjdk.jol.info.GraphLayout;

/**
 * Scenario 3, memory: the bytes a built ledger retains, measured with JOL's {@link GraphLayout}
 * (every object reachable from the ledger, each counted once), minus the caller's inputs (the
 * portfolio's clients, deals, management periods and MRR entries and everything they reach), which
 * the ledger references but the caller already holds.
 *
 * <pre>{@code
 * java -cp points-bench/target/benchmarks.jar dev.partnerpoints.bench.LedgerFootprint [deals]
 * }</pre>
 */
public final class LedgerFootprint {

  private LedgerFootprint() {}

  /**
   * Prints the retained bytes of the ledger of a random portfolio.
   *
   * @param args optionally the number of deals (1,000,000 by default; clients are deals / 100)
   */
  public static void main(String[] args) {
    int deals = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    Portfolio portfolio = RandomPortfolios.withSeed(42).portfolio(Math.max(1, deals / 100), deals);
    PointLedger ledger = portfolio.ledger();
    GraphLayout all = GraphLayout.parseInstance(ledger);
    GraphLayout inputs = GraphLayout.parseInstance(portfolio.clients(), portfolio.deals(),
        portfolio.managementPeriods(), portfolio.clientMrr());
    GraphLayout own = all.subtract(inputs);
    int entries = ledger.soldEntries().size();
    System.out.printf("deals %,d, sold entries %,d, managed clients %,d%n", deals, entries,
        ledger.managedIntervals().keySet().size());
    System.out.printf("reachable from the ledger:       %,15d bytes%n", all.totalSize());
    System.out.printf("of which the caller's inputs:    %,15d bytes (Deal, Client, ... objects and the lists holding them)%n",
        all.totalSize() - own.totalSize());
    System.out.printf("the ledger's own structures:     %,15d bytes = %.1f bytes per deal, %.1f per sold entry%n",
        own.totalSize(), own.totalSize() / (double) deals, own.totalSize() / (double) entries);
    System.out.println();
    System.out.println("the ledger's own structures by class (largest first):");
    String[] lines = own.toFootprint().split("\n");
    for (int i = 0; i < lines.length; i++) {
      System.out.println(lines[i]);
    }
  }
}
