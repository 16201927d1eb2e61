package dev.partnerpoints.dashboard;

import static dev.partnerpoints.dashboard.Fixtures.MARKETING;
import static dev.partnerpoints.dashboard.Fixtures.P;
import static dev.partnerpoints.dashboard.Fixtures.client;
import static dev.partnerpoints.dashboard.Fixtures.d;
import static dev.partnerpoints.dashboard.Fixtures.deal;
import static dev.partnerpoints.dashboard.Fixtures.id;
import static dev.partnerpoints.dashboard.Fixtures.manages;
import static dev.partnerpoints.dashboard.Fixtures.money;
import static dev.partnerpoints.dashboard.Fixtures.mrr;
import static dev.partnerpoints.dashboard.Fixtures.sourcedNew;
import static dev.partnerpoints.dashboard.Fixtures.ym;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerpoints.commission.CommissionRule;
import dev.partnerpoints.commission.CommissionRules;
import dev.partnerpoints.commission.CommissionSchedule;
import dev.partnerpoints.commission.PartnerLevels;
import dev.partnerpoints.commission.RevenueSeries;
import dev.partnerpoints.ledger.ClientPoints;
import dev.partnerpoints.ledger.DealId;
import dev.partnerpoints.ledger.DealKind;
import dev.partnerpoints.ledger.DealStatus;
import dev.partnerpoints.ledger.MonthExpiry;
import dev.partnerpoints.ledger.PointLedger;
import dev.partnerpoints.ledger.PointsFigure;
import dev.partnerpoints.metrics.RetentionFigure;
import dev.partnerpoints.metrics.RetentionMethod;
import dev.partnerpoints.money.Points;
import dev.partnerpoints.program.DealType;
import dev.partnerpoints.program.ProgramRules;
import dev.partnerpoints.program.Tier;
import dev.partnerpoints.renewal.Renewal;
import dev.partnerpoints.renewal.UpcomingRenewal;
import dev.partnerpoints.segment.Segment;
import dev.partnerpoints.tier.PartnerAccount;
import dev.partnerpoints.tier.RequirementKind;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The whole dashboard over a small Gold partner, by hand (built-in rules, 2025-07-15 schedule). */
class PartnerDashboardTest {

  // us1: sourced new client, 2000 USD on 2025-08-01 -> 2000 / 100 x 5 = 100.00 sourced points
  // us2: managed from 2025-01-01 at 6000 USD MRR -> 6000 / 100 x 1 = 60.00 managed points
  // a vendor-created open deal on us2, created 2025-09-10, expected to close 2025-12-01
  private final PointLedger ledger = PointLedger.builder(ProgramRules.builtIn(), P)
      .addClient(client("us1", "US", "USD", 3))
      .addClient(client("us2", "US", "USD", 4))
      .addDeal(sourcedNew("s1", "us1", "2025-08-01", "2000", "USD"))
      .addDeal(deal("v1", "us2", "2025-12-01", DealKind.CROSS_SELL, DealType.ASSISTED, "700", "USD")
          .withStatus(DealStatus.OPEN).withCreatedOn(d("2025-09-10")))
      .addClientMrr(mrr("us1", "2025-08-01", "2000", "USD"))
      .addClientMrr(mrr("us2", "2025-01-01", "6000", "USD"))
      .addManagementPeriod(manages("us2", "2025-01-01", Optional.empty()))
      .build();

  private final Renewal renewal = Renewal.builder().clientId(id("us1")).renewalDate(d("2025-10-15"))
      .addProducts(MARKETING).currentMrr(money("2000", "USD")).renewalMrr(money("2200", "USD"))
      .renewalManager("Rui").build();

  private DashboardBuilder builder() {
    return DashboardBuilder.of(ledger, PartnerAccount.alwaysCertified()).addRenewal(renewal);
  }

  @Test
  void programProgressByHand() {
    ProgramProgress progress = builder().progress(d("2025-09-30"));

    // total 160.00 >= 129, sourced 100.00 >= 63, managed 60.00 >= 60, certified, median tool usage
    // (3 + 4) / 2 = 3.5 >= 3: Gold, credited since the sourced deal closed
    assertThat(progress.performanceTier()).contains(Tier.GOLD);
    assertThat(progress.tier()).contains(Tier.GOLD);
    assertThat(progress.creditedTier().since()).contains(d("2025-08-01"));
    assertThat(progress.totalPoints().rows())
        .containsExactly(ClientPoints.of(id("us1"), Points.of(100)), ClientPoints.of(id("us2"), Points.of(60)));
    assertThat(progress.totalPoints().total()).isEqualTo(Points.of(160));
    // next tier Platinum: 329 - 160 = 169.00 total; sourced 113 - 100 = 13; managed 200 - 60 = 140
    assertThat(progress.nextTier().get().tier()).isEqualTo(Tier.PLATINUM);
    assertThat(progress.pointsToNextTier()).contains(Points.of(169));
    assertThat(progress.nextTier().get().soldMinimum().missing()).isEqualTo(Points.of(13));
    assertThat(progress.nextTier().get().managedMinimum().get().missing()).isEqualTo(Points.of(140));
    // sourced MRR 2000.00 USD; dollar value 12 x 2000.00 = 24000.00
    assertThat(progress.sourcedMrrUsd()).isEqualTo(money("2000.00", "USD"));
    assertThat(progress.sourcedDollarValueUsd()).isEqualTo(money("24000.00", "USD"));
    // C$R: us2 is managed from 2025-01 and never cancels: 1 in each of 2025-01..09; 2024-10..12 have
    // no managed MRR and are left out; mean 1 = 100.00%
    assertThat(progress.retention().averagePercent()).contains(new BigDecimal("100.00"));
    assertThat(progress.clients()).containsExactly(id("us1"), id("us2"));
  }

  @Test
  void untieredPartnerAimsAtTheLowestTier() {
    ProgramProgress progress = builder().progress(d("2025-07-31"));
    // before the deal: 60.00 managed only
    assertThat(progress.tier()).isEmpty();
    assertThat(progress.performanceTier()).isEmpty();
    assertThat(progress.nextTier().get().tier()).isEqualTo(Tier.GOLD);
    // 129 - 60 = 69.00
    assertThat(progress.pointsToNextTier()).contains(Points.of(69));
    assertThat(progress.nextTier().get().unmet()).containsExactly(RequirementKind.TOTAL_POINTS,
        RequirementKind.SOLD_MINIMUM);
  }

  @Test
  void theDashboardGathersEverySection() {
    PartnerDashboard dashboard = builder().build(d("2025-09-30"), d("2025-09-01"), d("2025-09-30"));

    assertThat(dashboard.progress()).isEqualTo(builder().progress(d("2025-09-30")));
    assertThat(dashboard.tierStatus().performanceTier()).contains(Tier.GOLD);
    assertThat(dashboard.keepTier().tier()).contains(Tier.GOLD);
    assertThat(dashboard.keepTier().nextRecalibration()).isEqualTo(d("2026-01-15"));
    // nothing changed in September: 100.00 sold and 60.00 managed before and after
    assertThat(dashboard.pointChanges().soldBefore()).isEqualTo(Points.of(100));
    assertThat(dashboard.pointChanges().newSold().rows()).isEmpty();
    assertThat(dashboard.breakdown()).extracting(b -> b.client().id().value()).containsExactly("us1", "us2");
    // six months from September; s1 expires on 2026-08-01, outside them
    assertThat(dashboard.upcomingExpiries()).hasSize(6);
    assertThat(dashboard.upcomingExpiries()).allMatch(e -> e.expiring().rows().isEmpty());
    // shared sales: the open vendor deal created 2025-09-10
    assertThat(dashboard.sharedSales().vendorCreated().count()).isEqualTo(1);
    assertThat(dashboard.sharedSales().openShared().rows().get(0).id()).isEqualTo(DealId.of("v1"));
    assertThat(dashboard.sharedSales().closedVendor().count()).isZero();
    // commission with revenue derived from month-end MRR (us1: 2000 in 2025-08 and 2025-09):
    // 20% x 2000 = 400.00 a month; Q3 2025 = 800.00, paid 2025-09-30 + 45 = 2025-11-14
    assertThat(dashboard.commission().schedules()).extracting(s -> s.dealId().value()).containsExactly("s1");
    assertThat(dashboard.commission().pastPayments()).isEmpty();
    assertThat(dashboard.commission().upcomingPayments()).hasSize(1);
    assertThat(dashboard.commission().upcomingPayments().get(0).paymentDate()).isEqualTo(d("2025-11-14"));
    assertThat(dashboard.commission().upcomingTotals()).isEqualTo(Map.of("USD", money("800.00", "USD")));
    // renewal of us1 on 2025-10-15: 15 days; MRR change 2200 - 2000 = +200
    assertThat(dashboard.renewals().rows()).extracting(UpcomingRenewal::daysToRenewal).containsExactly(15L);
    assertThat(dashboard.renewals().mrrChangeByCurrency()).isEqualTo(Map.of("USD", money("200", "USD")));
    assertThat(dashboard.clients()).containsExactly(id("us1"), id("us2"));
    // a segment from one figure filters another
    Segment renewing = dashboard.renewals().toSegment("renewing");
    assertThat(ledger.breakdown(d("2025-09-30"), renewing.toFilter())).extracting(b -> b.client().id().value())
        .containsExactly("us1");
  }

  @Test
  void theDashboardsClientsAreThoseBehindEverySection() {
    // "gone" was managed in 2023 only: on 2025-09-30 it is in the points breakdown (a managed span
    // started before the date) with zero points, and in no other section
    PointLedger withGone = ledger.toBuilder()
        .addClient(client("gone", "US", "USD"))
        .addClientMrr(mrr("gone", "2023-01-01", "1000", "USD"))
        .addManagementPeriod(manages("gone", "2023-01-01", Optional.of("2024-01-01")))
        .build();
    PartnerDashboard dashboard = DashboardBuilder.of(withGone, PartnerAccount.alwaysCertified()).build(d("2025-09-30"));

    assertThat(dashboard.breakdown()).extracting(b -> b.client().id().value()).containsExactly("gone", "us1", "us2");
    assertThat(dashboard.progress().clients()).containsExactly(id("us1"), id("us2"));
    assertThat(dashboard.clients()).containsExactly(id("gone"), id("us1"), id("us2"));

    // the same holds for a dashboard assembled by hand: a client whose points expire in a coming month
    PartnerDashboard assembled = dashboard.withUpcomingExpiries(MonthExpiry.of(ym("2025-10"),
        PointsFigure.builder().addRows(ClientPoints.of(id("late"), Points.of(5))).build()));
    assertThat(assembled.clients()).containsExactly(id("gone"), id("late"), id("us1"), id("us2"));
  }

  @Test
  void explicitRevenueLevelsAndOptionsReplaceTheDefaults() {
    PartnerDashboard dashboard = builder()
        .partnerLevels(PartnerLevels.alwaysProvider())
        .revenue(RevenueSeries.of(Fixtures.monthly("us1", "2025-08", "2026-12", "1000", "USD")))
        .options(DashboardOptions.defaults().withRenewalHorizon(Period.ofDays(15)).withExpiryMonths(12)
            .withRetentionMethod((l, date) -> RetentionFigure.builder().date(date).build())
            .withCommissionRules(CommissionRules.builtIn().withShareRate(new BigDecimal("0.10"))))
        .build(d("2025-09-30"));

    assertThat(dashboard.from()).isEqualTo(d("2025-09-01"));
    assertThat(dashboard.to()).isEqualTo(d("2025-09-30"));
    // Provider: 12 months 2025-08 .. 2026-07 at 10% x 1000 = 100.00 -> 1200.00 in all
    CommissionSchedule s1 = dashboard.commission().schedules().get(0);
    assertThat(s1.rule()).isEqualTo(CommissionRule.PROVIDER_SHARE);
    assertThat(s1.total()).isEqualTo(money("1200.00", "USD"));
    // 2025-10-15 is 15 days away: outside a 15-day horizon
    assertThat(dashboard.renewals().rows()).isEmpty();
    // 2026-08-01 falls in the 12th month from 2025-09
    assertThat(dashboard.upcomingExpiries().get(11).month()).isEqualTo(ym("2026-08"));
    assertThat(dashboard.upcomingExpiries().get(11).expiring().total()).isEqualTo(Points.of(100));
    assertThat(dashboard.progress().retention().average()).isEmpty();
  }

  @Test
  void buildOnAClock() {
    Clock clock = Clock.fixed(d("2025-09-30").atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    assertThat(builder().build(clock)).isEqualTo(builder().build(d("2025-09-30")));
  }

  @Test
  void badRangeIsRejected() {
    assertThatThrownBy(() -> builder().build(d("2025-09-30"), d("2025-09-30"), d("2025-09-01")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("dashboard range ends on 2025-09-01, before its start 2025-09-30; the end must be on or after the start");
    assertThatThrownBy(() -> DashboardOptions.defaults().withExpiryMonths(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expiry months must be at least 1, but was 0");
  }

  /** Options whose retention method counts its calls (the retention is part of the progress section). */
  private static DashboardOptions countingRetention(AtomicInteger calls) {
    return DashboardOptions.defaults().withRetentionMethod((l, date) -> {
      calls.incrementAndGet();
      return RetentionMethod.builtIn().measure(l, date);
    });
  }

  @Test
  void sectionsAreComputedWhenFirstAskedForAndOnce() {
    AtomicInteger retention = new AtomicInteger();
    DashboardSections sections = builder().options(countingRetention(retention))
        .sections(d("2025-09-30"), d("2025-09-01"), d("2025-09-30"));
    sections.commission();
    sections.renewals();
    sections.sharedSales();
    sections.tierStatus();
    assertThat(retention).as("progress not asked for: its retention not measured").hasValue(0);

    ProgramProgress progress = sections.progress();
    assertThat(sections.progress()).isSameAs(progress);
    assertThat(retention).hasValue(1);

    PartnerDashboard whole = builder().options(countingRetention(new AtomicInteger()))
        .build(d("2025-09-30"), d("2025-09-01"), d("2025-09-30"));
    assertThat(sections.toDashboard()).isEqualTo(whole);
    assertThat(retention).as("the dashboard reuses the progress already computed").hasValue(1);
    assertThat(sections.date()).isEqualTo(d("2025-09-30"));
    assertThat(sections.from()).isEqualTo(d("2025-09-01"));
    assertThat(sections.to()).isEqualTo(d("2025-09-30"));
  }

  @Test
  void sectionsAskedForFromManyThreadsAreComputedOnce() throws Exception {
    AtomicInteger retention = new AtomicInteger();
    DashboardSections sections = builder().options(countingRetention(retention))
        .sections(d("2025-09-30"), d("2025-09-01"), d("2025-09-30"));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<ProgramProgress>> results = new ArrayList<>();
      for (int i = 0; i < 32; i++) {
        results.add(pool.submit(sections::progress));
      }
      for (Future<ProgramProgress> r : results) {
        assertThat(r.get()).isSameAs(results.get(0).get());
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(retention).hasValue(1);
  }

  @Test
  void sectionsReadTheInputsAsTheyWereWhenMade() {
    DashboardBuilder builder = builder();
    DashboardSections before = builder.sections(d("2025-09-30"), d("2025-09-01"), d("2025-09-30"));
    builder.addRenewal(Renewal.builder().clientId(id("us1")).renewalDate(d("2025-10-20")).addProducts(MARKETING)
        .currentMrr(money("2000", "USD")).renewalMrr(money("2100", "USD")).build());

    assertThat(before.renewals().rows()).hasSize(1);
    assertThat(builder.renewals(d("2025-09-30")).rows()).hasSize(2);
  }

  @Test
  void sectionsRejectARangeThatEndsBeforeItStarts() {
    assertThatThrownBy(() -> builder().sections(d("2025-09-30"), d("2025-09-02"), d("2025-09-01")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("dashboard range ends on 2025-09-01, before its start 2025-09-02; the end must be on or after "
            + "the start");
  }
}
