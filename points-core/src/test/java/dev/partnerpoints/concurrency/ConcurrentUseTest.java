package dev.partnerpoints.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerpoints.calculator.EstimateRequest;
import dev.partnerpoints.calculator.MoneyToPointsRequest;
import dev.partnerpoints.calculator.PointsCalculator;
import dev.partnerpoints.calculator.PointsToMoneyRequest;
import dev.partnerpoints.commission.PartnerLevels;
import dev.partnerpoints.dashboard.DashboardBuilder;
import dev.partnerpoints.ledger.BreakdownFilter;
import dev.partnerpoints.ledger.Client;
import dev.partnerpoints.ledger.ClientId;
import dev.partnerpoints.ledger.Deal;
import dev.partnerpoints.ledger.DealId;
import dev.partnerpoints.ledger.DealKind;
import dev.partnerpoints.ledger.Edition;
import dev.partnerpoints.ledger.ManagementPeriod;
import dev.partnerpoints.ledger.PartnerId;
import dev.partnerpoints.ledger.PointLedger;
import dev.partnerpoints.ledger.ProductLine;
import dev.partnerpoints.ledger.Subscription;
import dev.partnerpoints.money.Points;
import dev.partnerpoints.program.CountryCode;
import dev.partnerpoints.program.DealType;
import dev.partnerpoints.program.ProgramRules;
import dev.partnerpoints.program.Tier;
import dev.partnerpoints.renewal.Renewal;
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
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The calculator, a built {@link PointLedger}, a {@link TierEvaluator} and a configured {@link
 * DashboardBuilder}, shared by many threads that start together, give exactly the answers of
 * single-threaded use. Inputs come from a small
 * seeded generator here (points-testkit has the same test over its random portfolios).
 */
class ConcurrentUseTest {

  private static final int THREADS = 12;
  private static final int ROUNDS = 4;
  private static final ProgramRules RULES = ProgramRules.builtIn();
  private static final PartnerId ME = PartnerId.of("me");
  private static final String[][] MARKETS = {{"US", "USD"}, {"BR", "EUR"}, {"DE", "EUR"}, {"GB", "GBP"},
      {"IN", "USD"}, {"JP", "JPY"}, {"AU", "AUD"}, {"CO", "COP"}};
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

  private record Question<S>(String name, Function<S, Object> ask) {}

  /** A ledger and the tier evaluator over it. */
  private record Partner(PointLedger ledger, TierEvaluator evaluator) {}

  /** A ledger of {@code clients} clients with a few deals and management periods each. */
  private static PointLedger ledger(long seed, int clients) {
    SplittableRandom random = new SplittableRandom(seed);
    PointLedger.Builder ledger = PointLedger.builder(RULES, ME);
    for (int i = 0; i < clients; i++) {
      String[] market = MARKETS[random.nextInt(MARKETS.length)];
      CurrencyUnit currency = Monetary.getCurrency(market[1]);
      ClientId id = ClientId.of("c" + i);
      ledger.addClient(Client.builder().id(id).country(CountryCode.of(market[0])).currency(currency)
          .addSubscriptions(Subscription.of(ProductLine.of("Marketing Hub"), Edition.PROFESSIONAL,
              Money.of(100 + random.nextInt(5000), currency)))
          .toolUsage(BigDecimal.valueOf(random.nextInt(50), 1)).build());
      LocalDate close = date(random);
      ledger.addDeal(deal("n" + i, id, close, DealKind.NEW_CLIENT, random, currency, 10 + random.nextInt(3000)));
      if (random.nextBoolean()) {
        ledger.addDeal(deal("u" + i, id, close.plusDays(1 + random.nextInt(200)), DealKind.UPSELL, random, currency,
            1 + random.nextInt(900)));
      }
      if (random.nextInt(3) == 0) {
        ledger.addDeal(deal("r" + i, id, close.plusDays(1 + random.nextInt(300)), DealKind.DOWNGRADE, random, currency,
            -1 - random.nextInt(50)));
      }
      if (random.nextBoolean()) {
        LocalDate from = date(random);
        ledger.addManagementPeriod(ManagementPeriod.builder().clientId(id).partner(ME).from(from)
            .until(random.nextBoolean() ? Optional.of(from.plusDays(30 + random.nextInt(500))) : Optional.empty())
            .build());
        if (random.nextInt(3) == 0) {
          ledger.addManagementPeriod(ManagementPeriod.builder().clientId(id).partner(PartnerId.of("other"))
              .from(date(random)).build());
        }
      }
    }
    return ledger.build();
  }

  private static Deal deal(String id, ClientId client, LocalDate close, DealKind kind, SplittableRandom random,
      CurrencyUnit currency, int mrr) {
    return Deal.builder().id(DealId.of(id)).clientId(client).closeDate(close).kind(kind)
        .dealType(random.nextBoolean() ? DealType.SOURCED : DealType.ASSISTED)
        .productLine(ProductLine.of("Marketing Hub")).mrrChange(Money.of(mrr, currency))
        .partner(kind.isReduction() ? Optional.empty() : Optional.of(ME)).build();
  }

  private static LocalDate date(SplittableRandom random) {
    return LocalDate.of(2022, 8, 1).plusDays(random.nextInt(4 * 365));
  }

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
      List<Future<Object[]>> answers = new ArrayList<>();
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
          return byQuestion;
        }));
      }
      start.countDown();
      for (Future<Object[]> answer : answers) {
        Object[] actual = answer.get(2, TimeUnit.MINUTES);
        for (int i = 0; i < questions.size(); i++) {
          assertThat(actual[i]).as("round %d: %s", round, questions.get(i).name()).isEqualTo(expected.get(i));
        }
      }
    }
  }

  @Test
  void theCalculatorAnswersTheSameFromManyThreads() throws Exception {
    SplittableRandom random = new SplittableRandom(5);
    List<Question<PointsCalculator>> questions = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      String[] market = MARKETS[random.nextInt(MARKETS.length)];
      CurrencyUnit currency = Monetary.getCurrency(market[1]);
      LocalDate date = date(random);
      DealType type = random.nextBoolean() ? DealType.SOURCED : DealType.ASSISTED;
      EstimateRequest estimate = EstimateRequest.builder().soldMrr(Money.of(random.nextInt(100_000), currency))
          .country(CountryCode.of(market[0])).dealType(type).alsoManages(random.nextBoolean())
          .date(date).productLineFirstSold(date.minusDays(random.nextInt(900))).build();
      questions.add(new Question<>("estimate " + estimate, c -> c.estimate(estimate)));
      PointsToMoneyRequest toMoney = PointsToMoneyRequest.builder()
          .soldPoints(Points.ofHundredths(random.nextInt(100_000))).managedPoints(Points.ofHundredths(random.nextInt(9_999)))
          .currency(currency).country(CountryCode.of(market[0])).dealType(type).date(date).build();
      questions.add(new Question<>("toMoney " + toMoney, c -> c.pointsToMoney(toMoney)));
      MoneyToPointsRequest toPoints = MoneyToPointsRequest.builder().soldMrr(Money.of(random.nextInt(50_000), currency))
          .managedMrr(Money.of(random.nextInt(5_000), currency)).country(CountryCode.of(market[0])).dealType(type)
          .date(date).build();
      questions.add(new Question<>("toPoints " + toPoints, c -> c.moneyToPoints(toPoints)));
    }
    Clock clock = Clock.fixed(LocalDate.of(2025, 8, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    sameAnswersFromManyThreads(() -> PointsCalculator.of(RULES, clock), questions);
  }

  @Test
  void aLedgerAndItsTierEvaluatorAnswerTheSameFromManyThreads() throws Exception {
    PartnerAccount account = PartnerAccount.builder()
        .addCertifications(Certification.of(LocalDate.of(2022, 1, 1), Optional.empty()))
        .putMedianToolUsage(LocalDate.of(2022, 1, 1), BigDecimal.valueOf(3)).build();
    SplittableRandom random = new SplittableRandom(6);
    List<Question<Partner>> questions = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      LocalDate date = date(random);
      LocalDate later = date.plusDays(1 + random.nextInt(400));
      Tier tier = Tier.values()[i % Tier.values().length];
      YearMonth month = YearMonth.from(date);
      questions.add(new Question<>("pointsOn " + date, e -> e.ledger().pointsOn(date)));
      questions.add(new Question<>("changes " + date + ".." + later, e -> e.ledger().changes(date, later)));
      questions.add(new Question<>("breakdown " + date, e -> e.ledger().breakdown(date, BreakdownFilter.builder().build())));
      questions.add(new Question<>("expiries " + date, e -> e.ledger().upcomingExpiries(date, 6)));
      questions.add(new Question<>("progress " + month, e -> e.ledger().progress(month, month.plusMonths(3))));
      questions.add(new Question<>("statusOn " + date, e -> e.evaluator().statusOn(date)));
      questions.add(new Question<>("creditedTierOn " + date, e -> e.evaluator().creditedTierOn(date)));
      questions.add(new Question<>("pointsToKeep " + date, e -> e.evaluator().pointsToKeep(date)));
      questions.add(new Question<>("mrrToReach " + tier + " " + date,
          e -> e.evaluator().mrrToReach(tier, date, Monetary.getCurrency("EUR"))));
    }
    sameAnswersFromManyThreads(() -> {
      PointLedger ledger = ledger(99, 120);
      return new Partner(ledger, TierEvaluator.of(ledger, account));
    }, questions);
  }

  @Test
  void anUpdatedLedgerAnswersTheSameFromManyThreads() throws Exception {
    // an update's deal and entry lists are made on first use: threads race to make them
    PointLedger base = ledger(7, 3000);
    SplittableRandom random = new SplittableRandom(8);
    List<Deal> added = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      Client client = base.clients().get(ClientId.of("c" + random.nextInt(3000)));
      added.add(deal("added" + i, client.id(), date(random), DealKind.CROSS_SELL, random, client.currency(),
          1 + random.nextInt(900)));
    }
    List<Question<PointLedger>> questions = new ArrayList<>();
    questions.add(new Question<>("deals", PointLedger::deals));
    questions.add(new Question<>("soldEntries", PointLedger::soldEntries));
    for (int i = 0; i < 10; i++) {
      LocalDate date = date(random);
      LocalDate later = date.plusDays(1 + random.nextInt(400));
      questions.add(new Question<>("pointsOn " + date, l -> l.pointsOn(date)));
      questions.add(new Question<>("changes " + date + ".." + later, l -> l.changes(date, later)));
      questions.add(new Question<>("breakdown " + date, l -> l.breakdown(date, BreakdownFilter.builder().build())));
    }
    assertThat(base.deals()).hasSizeGreaterThan(4 * 1024); // more than a few chunks
    assertThat(base.withDeals(added).deals()).hasSize(base.deals().size() + added.size()).containsAll(added);
    sameAnswersFromManyThreads(() -> base.withDeals(added), questions);
  }

  @Test
  void aConfiguredDashboardBuilderAnswersTheSameFromManyThreads() throws Exception {
    PartnerAccount account = PartnerAccount.builder()
        .addCertifications(Certification.of(LocalDate.of(2022, 1, 1), Optional.empty()))
        .putMedianToolUsage(LocalDate.of(2022, 1, 1), BigDecimal.valueOf(3)).build();
    PointLedger ledger = ledger(77, 60);
    SplittableRandom random = new SplittableRandom(8);
    List<Renewal> renewals = new ArrayList<>();
    for (Client client : ledger.clients().values()) {
      if (random.nextInt(3) == 0) {
        renewals.add(Renewal.builder().clientId(client.id()).renewalDate(date(random).plusDays(200))
            .addProducts(ProductLine.of("Marketing Hub"))
            .currentMrr(Money.of(100 + random.nextInt(900), client.currency()))
            .renewalMrr(Money.of(100 + random.nextInt(900), client.currency())).build());
      }
    }
    List<Question<DashboardBuilder>> questions = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      LocalDate date = date(random).plusDays(180);
      LocalDate from = date.minusDays(random.nextInt(120));
      questions.add(new Question<>("build " + from + ".." + date, b -> b.build(date, from, date)));
      questions.add(new Question<>("progress " + date, b -> b.progress(date)));
      questions.add(new Question<>("commission " + date, b -> b.commission(date)));
      questions.add(new Question<>("renewals " + date, b -> b.renewals(date)));
      questions.add(new Question<>("sharedSales " + from + ".." + date, b -> b.sharedSales(from, date)));
    }
    // configured once, then only asked: the builder is shared the way a service shares it
    sameAnswersFromManyThreads(() -> DashboardBuilder.of(ledger, account)
        .partnerLevels(PartnerLevels.convertedToProviderOn(LocalDate.of(2024, 3, 1)))
        .addRenewals(renewals), questions);
  }
}
