package dev.partnerpoints.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerpoints.batch.BatchResult;
import dev.partnerpoints.batch.PartnerResult;
import dev.partnerpoints.batch.PortfolioInput;
import dev.partnerpoints.batch.PortfolioRun;
import dev.partnerpoints.ledger.ClientBreakdown;
import dev.partnerpoints.ledger.MonthPoints;
import dev.partnerpoints.ledger.PartnerId;
import dev.partnerpoints.money.Points;
import dev.partnerpoints.program.ProgramRules;
import dev.partnerpoints.testkit.MultiPartnerPortfolios;
import dev.partnerpoints.testkit.Portfolio;
import dev.partnerpoints.tier.Certification;
import dev.partnerpoints.tier.PartnerAccount;
import dev.partnerpoints.tier.TierChange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Spark's answers against the in-JVM batch API on random multi-partner portfolios. */
class PointsSparkTest {

  private static final ProgramRules RULES = ProgramRules.builtIn();
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = LocalSpark.start();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  /** Certified partners (every third) and median tool usage (every second), to vary the tier status. */
  private static Map<PartnerId, PartnerAccount> accounts(List<Portfolio> partners) {
    Map<PartnerId, PartnerAccount> accounts = new HashMap<>();
    for (int i = 0; i < partners.size(); i++) {
      PartnerAccount.Builder account = PartnerAccount.builder();
      if (i % 3 == 0) {
        account.addCertifications(Certification.of(LocalDate.of(2022, 1, 1), Optional.empty()));
      }
      if (i % 2 == 0) {
        account.putMedianToolUsage(LocalDate.of(2023, 1, 1), new BigDecimal("2.5"));
      }
      if (i % 6 != 5) {
        accounts.put(partners.get(i).partner(), account.build());
      }
    }
    return accounts;
  }

  private static BatchResult batch(List<Portfolio> partners, Map<PartnerId, PartnerAccount> accounts, LocalDate asOf) {
    PortfolioInput input = PortfolioInput.create();
    for (Portfolio p : partners) {
      p.clients().forEach(c -> input.addClient(p.partner(), c));
      p.deals().forEach(d -> input.addDeal(p.partner(), d));
      p.managementPeriods().forEach(m -> input.addManagementPeriod(p.partner(), m));
      p.clientMrr().forEach(m -> input.addClientMrr(p.partner(), m));
    }
    accounts.forEach(input::account);
    return PortfolioRun.of(RULES, asOf).withThreads(2).run(input);
  }

  private static BigDecimal p(Points points) {
    return points.toBigDecimal();
  }

  @Test
  void everyPartnerAnswersAsTheBatchApi() {
    long[] seeds = {7, 20251001};
    LocalDate[] dates = {LocalDate.of(2025, 10, 1), LocalDate.of(2024, 11, 30)};
    for (int run = 0; run < seeds.length; run++) {
      List<Portfolio> partners = MultiPartnerPortfolios.withSeed(seeds[run]).sharedPercent(30).generate(14, 6, 40);
      Map<PartnerId, PartnerAccount> accounts = accounts(partners);
      LocalDate asOf = dates[run];
      BatchResult expected = batch(partners, accounts, asOf);
      assertThat(expected.errors()).isEmpty();

      List<Row> rows = PointsSpark.of(RULES, asOf).run(LocalSpark.input(spark, partners, accounts))
          .partners().collectAsList();

      Map<String, Row> byPartner = rows.stream().collect(Collectors.toMap(r -> r.getString(0), Function.identity()));
      assertThat(byPartner).hasSize(partners.size());
      for (PartnerResult r : expected.results()) {
        Row row = byPartner.get(r.partner().value());
        assertThat(row.getDate(1).toLocalDate()).isEqualTo(asOf);
        assertThat(row.getBoolean(2)).isTrue();
        Row snapshot = row.getStruct(3);
        assertThat(List.of(snapshot.getDecimal(0), snapshot.getDecimal(1), snapshot.getDecimal(2),
            snapshot.getDecimal(3), snapshot.getDecimal(4)))
            .as("points of %s", r.partner())
            .containsExactly(p(r.points().totalPoints()), p(r.points().soldPoints()), p(r.points().sourcedPoints()),
                p(r.points().assistedPoints()), p(r.points().managedPoints()));
        assertThat(snapshot.getInt(5)).isEqualTo(r.breakdown().size());

        Row tier = row.getStruct(4);
        assertThat(tier.getString(0)).isEqualTo(r.tierStatus().performanceTier().map(Enum::name).orElse(null));
        assertThat(tier.getBoolean(1)).isEqualTo(r.tierStatus().certified());
        assertThat(tier.getString(2)).isEqualTo(
            r.tierStatus().medianToolUsage().map(u -> u.stripTrailingZeros().toPlainString()).orElse(null));
        assertThat(tier.getString(3)).isEqualTo(r.tierStatus().nextTier().map(t -> t.tier().name()).orElse(null));
        assertThat(tier.getDecimal(4)).isEqualTo(r.tierStatus().nextTier().map(t -> p(t.total().missing())).orElse(null));
        assertThat(tier.<String>getList(5)).containsExactlyElementsOf(r.tierStatus().nextTier()
            .map(t -> t.unmet().stream().map(Enum::name).toList()).orElse(List.of()));
        assertThat(tier.getString(6)).isEqualTo(r.creditedTier().tier().map(Enum::name).orElse(null));
        assertThat(tier.isNullAt(7) ? null : tier.getDate(7).toLocalDate())
            .isEqualTo(r.creditedTier().since().orElse(null));
        List<Row> history = tier.getList(8);
        assertThat(history).hasSize(r.creditedTier().history().size());
        for (int i = 0; i < history.size(); i++) {
          TierChange c = r.creditedTier().history().get(i);
          Row h = history.get(i);
          assertThat(h.getDate(0).toLocalDate()).isEqualTo(c.date());
          assertThat(h.getString(1)).isEqualTo(c.from().map(Enum::name).orElse(null));
          assertThat(h.getString(2)).isEqualTo(c.to().map(Enum::name).orElse(null));
          assertThat(h.getString(3)).isEqualTo(c.reason().name());
        }

        List<Row> progress = row.getList(5);
        assertThat(progress).hasSize(r.progress().size());
        for (int i = 0; i < progress.size(); i++) {
          MonthPoints m = r.progress().get(i);
          Row pr = progress.get(i);
          assertThat(YearMonth.parse(pr.getString(0))).isEqualTo(m.month());
          assertThat(List.of(pr.getDecimal(1), pr.getDecimal(2), pr.getDecimal(3)))
              .containsExactly(p(m.sold()), p(m.managed()), p(m.total()));
        }

        List<Row> breakdown = row.getList(6);
        assertThat(breakdown).hasSize(r.breakdown().size());
        for (int i = 0; i < breakdown.size(); i++) {
          ClientBreakdown b = r.breakdown().get(i);
          Row br = breakdown.get(i);
          assertThat(br.getString(0)).isEqualTo(b.client().id().value());
          assertThat(br.getString(1)).isEqualTo(b.client().country().code());
          assertThat(br.getString(2)).isEqualTo(b.client().currency().getCurrencyCode());
          assertThat(br.getBoolean(3)).isEqualTo(b.growthMarket());
          assertThat(List.of(br.getDecimal(4), br.getDecimal(5), br.getDecimal(6), br.getDecimal(7), br.getDecimal(8)))
              .containsExactly(p(b.activeSourced()), p(b.activeAssisted()), p(b.expiredSold()), p(b.managed()),
                  p(b.total()));
        }
        assertThat(row.getList(7)).isEmpty();
      }
      // the runs are not trivial: some partners have points and some clients are shared
      assertThat(expected.results()).anyMatch(r -> r.points().totalPoints().toHundredths() > 0);
    }
  }

  @Test
  void theFlatOutputsAreTheNestedOnesRowForRow() {
    List<Portfolio> partners = MultiPartnerPortfolios.withSeed(99).sharedPercent(20).generate(9, 5, 25);
    Map<PartnerId, PartnerAccount> accounts = accounts(partners);
    LocalDate asOf = LocalDate.of(2025, 6, 30);
    BatchResult expected = batch(partners, accounts, asOf);
    PointsSparkResult result = PointsSpark.of(RULES, asOf).withProgressMonths(YearMonth.of(2025, 1), YearMonth.of(2025, 6))
        .run(LocalSpark.input(spark, partners, accounts)).persist();
    try {
      assertThat(result.snapshots().columns()).containsExactly(PointsSparkSchema.SNAPSHOTS.fieldNames());
      assertThat(result.tierStatus().columns()).containsExactly(PointsSparkSchema.TIER_STATUS.fieldNames());
      assertThat(result.progress().columns()).containsExactly(PointsSparkSchema.PROGRESS.fieldNames());
      assertThat(result.breakdown().columns()).containsExactly(PointsSparkSchema.BREAKDOWN.fieldNames());
      assertThat(result.errors().columns()).containsExactly(PointsSparkSchema.ERRORS.fieldNames());

      Map<String, Row> snapshots = result.snapshots().collectAsList().stream()
          .collect(Collectors.toMap(r -> r.getString(0), Function.identity()));
      assertThat(snapshots).hasSize(partners.size());
      for (PartnerResult r : expected.results()) {
        Row s = snapshots.get(r.partner().value());
        assertThat(s.getDate(1).toLocalDate()).isEqualTo(asOf);
        assertThat(s.getDecimal(2)).isEqualTo(p(r.points().totalPoints()));
        assertThat(s.getDecimal(6)).isEqualTo(p(r.points().managedPoints()));
      }
      List<Row> progress = result.progress().collectAsList();
      assertThat(progress).hasSize(6 * partners.size());
      List<Row> breakdown = result.breakdown().collectAsList();
      assertThat(breakdown).hasSize(expected.results().stream().mapToInt(r -> r.breakdown().size()).sum());
      Map<String, BigDecimal> managedByClient = new HashMap<>();
      for (Row b : breakdown) {
        managedByClient.merge(b.getString(2), b.getDecimal(9), BigDecimal::add);
      }
      Map<String, BigDecimal> expectedManaged = new HashMap<>();
      expected.results().forEach(r -> r.breakdown().forEach(
          b -> expectedManaged.merge(b.client().id().value(), p(b.managed()), BigDecimal::add)));
      assertThat(managedByClient).isEqualTo(expectedManaged);
      assertThat(result.tierStatus().count()).isEqualTo(partners.size());
      assertThat(result.errors().count()).isZero();
    } finally {
      result.unpersist();
    }
  }
}
