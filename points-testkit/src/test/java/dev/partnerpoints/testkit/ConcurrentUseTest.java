package dev.partnerpoints.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerpoints.calculator.EstimateRequest;
import dev.partnerpoints.calculator.PointsCalculator;
import dev.partnerpoints.ledger.BreakdownFilter;
import dev.partnerpoints.ledger.Client;
import dev.partnerpoints.ledger.MarketType;
import dev.partnerpoints.ledger.PointLedger;
import dev.partnerpoints.program.DealType;
import dev.partnerpoints.program.ProgramRules;
import dev.partnerpoints.program.Tier;
import dev.partnerpoints.tier.Certification;
import dev.partnerpoints.tier.PartnerAccount;
import dev.partnerpoints.tier.TierEvaluator;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.money.Monetary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The calculator, a built ledger and its tier evaluator, used from many threads at once, give the
 * same results as single-threaded use. Each round starts from freshly built objects (nothing
 * computed yet), releases every thread at the same moment and has each thread ask every question in
 * its own order; every answer is compared with the answer of a separate single-threaded run.
 */
class ConcurrentUseTest {

  private static final int THREADS = 16;
  private static final int ROUNDS = 5;
  private static ExecutorService pool;

  @BeforeAll
  static void startPool() {
    pool = Executors.newFixedThreadPool(THREADS);
  }

  @AfterAll
  static void stopPool() throws InterruptedException {
    pool.shutdownNow();
    assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
  }

  /** A question to a subject (the ledger, the evaluator or the calculator), by name. */
  private record Question<S>(String name, Function<S, Object> ask) {}

  private static List<Question<PointLedger>> ledgerQuestions() {
    List<Question<PointLedger>> questions = new ArrayList<>();
    RandomPortfolios random = RandomPortfolios.withSeed(11);
    for (int i = 0; i < 40; i++) {
      LocalDate date = random.date();
      LocalDate later = date.plusDays(1 + i * 17L);
      questions.add(new Question<>("pointsOn " + date, l -> l.pointsOn(date)));
      questions.add(new Question<>("managedOn " + date, l -> l.managedOn(date)));
      questions.add(new Question<>("changes " + date + ".." + later, l -> l.changes(date, later)));
      questions.add(new Question<>("breakdown " + date, l -> l.breakdown(date, BreakdownFilter.builder().build())));
      questions.add(new Question<>("breakdown growth sourced " + date, l -> l.breakdown(date,
          BreakdownFilter.builder().dealType(DealType.SOURCED).marketType(MarketType.GROWTH).build())));
      questions.add(new Question<>("expiries " + date, l -> l.upcomingExpiries(date, 6)));
      YearMonth month = YearMonth.from(date);
      questions.add(new Question<>("progress " + month, l -> l.progress(month, month.plusMonths(5))));
    }
    return questions;
  }

  private static List<Question<TierEvaluator>> evaluatorQuestions() {
    List<Question<TierEvaluator>> questions = new ArrayList<>();
    RandomPortfolios random = RandomPortfolios.withSeed(12);
    for (int i = 0; i < 30; i++) {
      LocalDate date = random.date();
      Tier tier = Tier.values()[i % Tier.values().length];
      questions.add(new Question<>("statusOn " + date, e -> e.statusOn(date)));
      questions.add(new Question<>("creditedTierOn " + date, e -> e.creditedTierOn(date)));
      questions.add(new Question<>("pointsToKeep " + date, e -> e.pointsToKeep(date)));
      questions.add(new Question<>("progressTowards " + tier + " " + date, e -> e.progressTowards(tier, date)));
      questions.add(new Question<>("mrrToReach " + tier + " " + date,
          e -> e.mrrToReach(tier, date, Monetary.getCurrency("USD"))));
    }
    return questions;
  }

  private static List<Question<PointsCalculator>> calculatorQuestions() {
    List<Question<PointsCalculator>> questions = new ArrayList<>();
    RandomPortfolios random = RandomPortfolios.withSeed(13);
    for (int i = 0; i < 200; i++) {
      Client client = random.client("c" + i);
      LocalDate date = random.date();
      EstimateRequest request = EstimateRequest.builder()
          .soldMrr(random.amount(client.currency()))
          .country(client.country())
          .dealType(i % 2 == 0 ? DealType.SOURCED : DealType.ASSISTED)
          .alsoManages(i % 3 == 0)
          .otherManagingPartners(i % 3 == 0 ? i % 4 : 0)
          .date(date)
          .productLineFirstSold(date.minusDays(i * 7L))
          .build();
      questions.add(new Question<>("estimate " + request, c -> c.estimate(request)));
    }
    return questions;
  }

  private static PartnerAccount account() {
    return PartnerAccount.builder()
        .addCertifications(Certification.of(LocalDate.of(2022, 1, 1), Optional.empty()))
        .putMedianToolUsage(LocalDate.of(2022, 1, 1), BigDecimal.valueOf(3))
        .build();
  }

  /**
   * Answers every question once on a fresh subject, single-threaded; then, round by round, on a
   * fresh subject shared by {@link #THREADS} threads that start together, each in its own order.
   */
  private static <S> void sameAnswersFromManyThreads(Supplier<S> fresh, List<Question<S>> questions)
      throws Exception {
    S reference = fresh.get();
    List<Object> expected = new ArrayList<>();
    for (Question<S> q : questions) {
      expected.add(q.ask().apply(reference));
    }
    for (int round = 0; round < ROUNDS; round++) {
      S shared = fresh.get();
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<Object>>> answers = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
          order.add(i);
        }
        Collections.shuffle(order, new Random(round * 1000L + t));
        answers.add(pool.submit(() -> {
          start.await();
          Object[] byQuestion = new Object[questions.size()];
          for (int i : order) {
            byQuestion[i] = questions.get(i).ask().apply(shared);
          }
          return List.of(byQuestion);
        }));
      }
      start.countDown();
      for (Future<List<Object>> answer : answers) {
        List<Object> actual = answer.get(2, TimeUnit.MINUTES);
        for (int i = 0; i < questions.size(); i++) {
          assertThat(actual.get(i)).as("round %d: %s", round, questions.get(i).name()).isEqualTo(expected.get(i));
        }
      }
    }
  }

  @Test
  void aLedgerAnswersTheSameFromManyThreads() throws Exception {
    Portfolio portfolio = RandomPortfolios.withSeed(42).portfolio(150, 1_500);
    sameAnswersFromManyThreads(portfolio::ledger, ledgerQuestions());
  }

  @Test
  void aTierEvaluatorAnswersTheSameFromManyThreads() throws Exception {
    Portfolio portfolio = RandomPortfolios.withSeed(43).portfolio(120, 1_200);
    sameAnswersFromManyThreads(() -> TierEvaluator.of(portfolio.ledger(), account()), evaluatorQuestions());
  }

  @Test
  void theCalculatorAnswersTheSameFromManyThreads() throws Exception {
    Clock clock = Clock.fixed(LocalDate.of(2025, 8, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    sameAnswersFromManyThreads(() -> PointsCalculator.of(ProgramRules.builtIn(), clock), calculatorQuestions());
  }

  @Test
  void everyPartnerFixtureAnswersTheSameFromManyThreads() throws Exception {
    for (PartnerFixture fixture : PartnerFixtures.all()) {
      List<Question<PartnerFixture>> questions = List.of(
          new Question<>(fixture + " points", f -> f.ledger().pointsOn(f.asOf())),
          new Question<>(fixture + " status", f -> f.evaluator().statusOn(f.asOf())),
          new Question<>(fixture + " tier", f -> f.evaluator().statusOn(f.asOf()).performanceTier()),
          new Question<>(fixture + " credited", f -> f.evaluator().creditedTierOn(f.asOf())));
      sameAnswersFromManyThreads(() -> fixture, questions);
      assertThat(fixture.evaluator().statusOn(fixture.asOf()).performanceTier()).isEqualTo(fixture.expectedTier());
    }
  }
}
