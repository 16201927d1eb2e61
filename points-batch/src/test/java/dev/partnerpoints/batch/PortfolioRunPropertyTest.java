package dev.partnerpoints.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.partnerpoints.ledger.BreakdownFilter;
import dev.partnerpoints.ledger.Client;
import dev.partnerpoints.ledger.ClientBreakdown;
import dev.partnerpoints.ledger.ClientId;
import dev.partnerpoints.ledger.ClientMrr;
import dev.partnerpoints.ledger.ManagementPeriod;
import dev.partnerpoints.ledger.PartnerId;
import dev.partnerpoints.ledger.PointLedger;
import dev.partnerpoints.money.Points;
import dev.partnerpoints.program.ProgramRules;
import dev.partnerpoints.testkit.MultiPartnerPortfolios;
import dev.partnerpoints.testkit.Portfolio;
import dev.partnerpoints.tier.Certification;
import dev.partnerpoints.tier.PartnerAccount;
import dev.partnerpoints.tier.TierEvaluator;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;

/** The batch run against each partner's own ledger, on random multi-partner portfolios. */
class PortfolioRunPropertyTest {

  private static final ProgramRules RULES = ProgramRules.builtIn();
  private static final LocalDate[] DATES = {
      LocalDate.of(2023, 3, 31), LocalDate.of(2024, 11, 17), LocalDate.of(2025, 7, 15), LocalDate.of(2026, 2, 28)};

  /** The rows of every partner, shuffled into one input (rows of all kinds and partners interleaved). */
  static PortfolioInput shuffled(List<Portfolio> partners, Map<PartnerId, PartnerAccount> accounts, long seed) {
    List<Runnable> adds = new ArrayList<>();
    PortfolioInput input = PortfolioInput.create();
    for (Portfolio p : partners) {
      p.clients().forEach(c -> adds.add(() -> input.addClient(p.partner(), c)));
      p.deals().forEach(d -> adds.add(() -> input.addDeal(p.partner(), d)));
      p.managementPeriods().forEach(m -> adds.add(() -> input.addManagementPeriod(p.partner(), m)));
      p.clientMrr().forEach(m -> adds.add(() -> input.addClientMrr(p.partner(), m)));
    }
    accounts.forEach((partner, account) -> adds.add(() -> input.account(partner, account)));
    Collections.shuffle(adds, new Random(seed));
    adds.forEach(Runnable::run);
    return input;
  }

  static Map<PartnerId, PartnerAccount> someAccounts(List<Portfolio> partners) {
    Map<PartnerId, PartnerAccount> accounts = new HashMap<>();
    for (int i = 0; i < partners.size(); i += 2) {
      accounts.put(partners.get(i).partner(), PartnerAccount.builder()
          .addCertifications(Certification.of(LocalDate.of(2022, 1, 1), Optional.empty())).build());
    }
    return accounts;
  }

  @Test
  void everyPartnerAnswersAsItsOwnLedger() {
    qt().withExamples(25).withShrinkCycles(5)
        .forAll(MultiPartnerPortfolios.portfolios(6, 8, 40), integers().between(0, 3))
        .checkAssert((partners, d) -> {
          LocalDate asOf = DATES[d];
          Map<PartnerId, PartnerAccount> accounts = someAccounts(partners);
          BatchResult batch = PortfolioRun.of(RULES, asOf).withThreads(3)
              .run(shuffled(partners, accounts, d * 31L + partners.size()));
          assertThat(batch.errors()).isEmpty();
          assertThat(batch.results()).hasSize(partners.size());
          YearMonth last = YearMonth.from(asOf).equals(YearMonth.from(asOf.plusDays(1)))
              ? YearMonth.from(asOf).minusMonths(1) : YearMonth.from(asOf);
          for (int i = 0; i < partners.size(); i++) {
            Portfolio p = partners.get(i);
            PartnerResult r = batch.results().get(i);
            PointLedger alone = p.ledger(RULES);
            TierEvaluator evaluator = TierEvaluator.of(alone,
                accounts.getOrDefault(p.partner(), PartnerAccount.builder().build()));
            assertThat(r.partner()).isEqualTo(p.partner());
            assertThat(r.asOf()).isEqualTo(asOf);
            assertThat(r.points()).isEqualTo(alone.pointsOn(asOf));
            assertThat(r.tierStatus()).isEqualTo(evaluator.statusOn(asOf));
            assertThat(r.creditedTier()).isEqualTo(evaluator.creditedTierOn(asOf));
            assertThat(r.progress()).isEqualTo(alone.progress(last.minusMonths(11), last));
            assertThat(r.breakdown()).isEqualTo(alone.breakdown(asOf, BreakdownFilter.all()));
          }
        });
  }

  @Test
  void sharedClientsManagedSharesAddUpToTheClientsManagedPoints() {
    qt().withExamples(20).withShrinkCycles(5)
        .forAll(MultiPartnerPortfolios.portfolios(6, 6, 5), integers().between(0, 3))
        .checkAssert((partners, d) -> {
          LocalDate asOf = DATES[d];
          BatchResult batch = PortfolioRun.of(RULES, asOf).withThreads(2).run(shuffled(partners, Map.of(), d));
          Map<ClientId, Points> sumOfShares = new HashMap<>();
          for (PartnerResult r : batch.results()) {
            for (ClientBreakdown b : r.breakdown()) {
              sumOfShares.merge(b.client().id(), b.managed(), Points::plus);
            }
          }
          Map<ClientId, Client> clients = new HashMap<>();
          Map<ClientId, List<ManagementPeriod>> periods = new HashMap<>();
          Map<ClientId, List<ClientMrr>> mrr = new HashMap<>();
          for (Portfolio p : partners) {
            p.clients().forEach(c -> clients.put(c.id(), c));
            p.managementPeriods().forEach(m -> periods.computeIfAbsent(m.clientId(), k -> new ArrayList<>()).add(m));
            p.clientMrr().forEach(m -> mrr.computeIfAbsent(m.clientId(), k -> new ArrayList<>()).add(m));
          }
          for (Map.Entry<ClientId, Points> e : sumOfShares.entrySet()) {
            Client client = clients.get(e.getKey());
            List<ManagementPeriod> ofClient = dedupe(periods.getOrDefault(e.getKey(), List.of()));
            List<ClientMrr> history = dedupe(mrr.getOrDefault(e.getKey(), List.of()));
            // the client alone, managed by one partner on the date: its whole managed points
            PartnerId solo = PartnerId.of("solo");
            boolean managed = ofClient.stream().anyMatch(m -> m.covers(asOf));
            Points whole = PointLedger.builder(RULES, solo).addClient(client).addClientMrr(history)
                .addManagementPeriod(ManagementPeriod.builder().clientId(client.id()).partner(solo)
                    .from(LocalDate.of(2022, 7, 18)).build())
                .build().managedOn(asOf);
            // the share of the partner outside the portfolio, if it manages the client
            Points outside = PointLedger.builder(RULES, MultiPartnerPortfolios.OUTSIDE_PARTNER).addClient(client)
                .addClientMrr(history).addManagementPeriods(ofClient).build().managedOn(asOf);
            assertThat(e.getValue().plus(outside)).as("client %s", e.getKey())
                .isEqualTo(managed ? whole : Points.zero());
          }
        });
  }

  private static <T> List<T> dedupe(List<T> list) {
    return new ArrayList<>(new LinkedHashSet<>(list));
  }

  @Test
  void answersDoNotDependOnThreadsOrExecutor() {
    List<Portfolio> partners = MultiPartnerPortfolios.withSeed(7).sharedPercent(20).generate(40, 10, 60);
    LocalDate asOf = LocalDate.of(2025, 10, 1);
    BatchResult one = PortfolioRun.of(RULES, asOf).withThreads(1).run(shuffled(partners, Map.of(), 1));
    ForkJoinPool pool = new ForkJoinPool(3);
    try {
      BatchResult pooled = PortfolioRun.of(RULES, asOf).withExecutor(pool, 3).run(shuffled(partners, Map.of(), 2));
      assertThat(pooled).isEqualTo(one);
    } finally {
      pool.shutdown();
    }
    assertThat(one.results()).extracting(PartnerResult::partner)
        .containsExactly(partners.stream().map(Portfolio::partner).toArray(PartnerId[]::new));
    assertThat(one.results().stream().mapToLong(r -> r.points().totalPoints().toHundredths()).sum()).isPositive();
  }
}
