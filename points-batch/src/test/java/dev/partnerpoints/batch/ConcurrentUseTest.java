package dev.partnerpoints.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerpoints.ledger.PartnerId;
import dev.partnerpoints.ledger.PointLedger;
import dev.partnerpoints.program.ProgramRules;
import dev.partnerpoints.testkit.MultiPartnerPortfolios;
import dev.partnerpoints.testkit.Portfolio;
import dev.partnerpoints.tier.PartnerAccount;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The batch API shared by many caller threads at once answers exactly as single-threaded use: one
 * {@link PortfolioRun} (immutable) and the executor it runs on, shared by concurrent runs, each
 * caller with its own {@link PortfolioInput} (mutable, one per thread as documented); and {@link
 * PortfolioRun#evaluate} on shared ledgers.
 */
class ConcurrentUseTest {

  private static final ProgramRules RULES = ProgramRules.builtIn();
  private static final int CALLERS = 6;

  @Test
  void concurrentRunsSharingARunAndItsExecutorAnswerAsOneRunAlone() throws Exception {
    List<Portfolio> partners = MultiPartnerPortfolios.withSeed(11).sharedPercent(20).generate(24, 8, 40);
    Map<PartnerId, PartnerAccount> accounts = PortfolioRunPropertyTest.someAccounts(partners);
    LocalDate asOf = LocalDate.of(2025, 10, 1);
    BatchResult alone = PortfolioRun.of(RULES, asOf).withThreads(1)
        .run(PortfolioRunPropertyTest.shuffled(partners, accounts, 0));
    List<PointLedger> ledgers = partners.stream().map(p -> p.ledger(RULES)).toList();
    List<PartnerResult> evaluatedAlone = new ArrayList<>();
    PortfolioRun single = PortfolioRun.of(RULES, asOf).withThreads(1);
    for (PointLedger ledger : ledgers) {
      evaluatedAlone.add(single.evaluate(ledger, PartnerAccount.alwaysCertified()));
    }

    ForkJoinPool workers = new ForkJoinPool(3);
    ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
    try {
      PortfolioRun shared = PortfolioRun.of(RULES, asOf).withExecutor(workers, 3);
      CountDownLatch start = new CountDownLatch(1);
      List<Future<BatchResult>> runs = new ArrayList<>();
      List<Future<List<PartnerResult>>> evaluations = new ArrayList<>();
      for (int c = 0; c < CALLERS; c++) {
        long seed = c + 1;
        runs.add(callers.submit(() -> {
          PortfolioInput input = PortfolioRunPropertyTest.shuffled(partners, accounts, seed); // its own input
          start.await();
          return shared.run(input);
        }));
        evaluations.add(callers.submit(() -> {
          start.await();
          List<PartnerResult> results = new ArrayList<>();
          for (int i = ledgers.size() - 1; i >= 0; i--) { // the other way round from the reference
            results.add(0, shared.evaluate(ledgers.get(i), PartnerAccount.alwaysCertified()));
          }
          return results;
        }));
      }
      start.countDown();
      for (Future<BatchResult> run : runs) {
        assertThat(run.get(5, TimeUnit.MINUTES)).isEqualTo(alone);
      }
      for (Future<List<PartnerResult>> evaluation : evaluations) {
        assertThat(evaluation.get(5, TimeUnit.MINUTES)).isEqualTo(evaluatedAlone);
      }
    } finally {
      callers.shutdownNow();
      workers.shutdownNow();
    }
    assertThat(alone.results()).hasSize(partners.size());
    assertThat(alone.errors()).isEmpty();
  }
}
