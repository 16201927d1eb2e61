package dev.partnerpoints.contracts;

import static dev.partnerpoints.contracts.Samples.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.reflect.ClassPath;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.partnerpoints.calculator.AppliedRule;
import dev.partnerpoints.calculator.EstimateRequest;
import dev.partnerpoints.calculator.MoneyEquivalent;
import dev.partnerpoints.calculator.MoneyToPointsRequest;
import dev.partnerpoints.calculator.PointsCalculator;
import dev.partnerpoints.calculator.PointsEstimate;
import dev.partnerpoints.calculator.PointsToMoneyRequest;
import dev.partnerpoints.commission.AccrualStatus;
import dev.partnerpoints.commission.ClientRevenue;
import dev.partnerpoints.commission.CommissionCalculator;
import dev.partnerpoints.commission.CommissionMonth;
import dev.partnerpoints.commission.CommissionPayment;
import dev.partnerpoints.commission.CommissionRules;
import dev.partnerpoints.commission.CommissionSchedule;
import dev.partnerpoints.commission.CommissionStatement;
import dev.partnerpoints.commission.PartnerLevel;
import dev.partnerpoints.commission.PartnerLevels;
import dev.partnerpoints.commission.RevenueSeries;
import dev.partnerpoints.dashboard.DashboardBuilder;
import dev.partnerpoints.dashboard.DashboardOptions;
import dev.partnerpoints.dashboard.PartnerDashboard;
import dev.partnerpoints.dashboard.ProgramProgress;
import dev.partnerpoints.io.LedgerCsv;
import dev.partnerpoints.ledger.BreakdownFilter;
import dev.partnerpoints.ledger.Client;
import dev.partnerpoints.ledger.ClientBreakdown;
import dev.partnerpoints.ledger.ClientId;
import dev.partnerpoints.ledger.ClientMrr;
import dev.partnerpoints.ledger.ClientPoints;
import dev.partnerpoints.ledger.DataGap;
import dev.partnerpoints.ledger.Deal;
import dev.partnerpoints.ledger.DealId;
import dev.partnerpoints.ledger.DealKind;
import dev.partnerpoints.ledger.ManagedInterval;
import dev.partnerpoints.ledger.ManagementPeriod;
import dev.partnerpoints.ledger.MonthExpiry;
import dev.partnerpoints.ledger.MonthPoints;
import dev.partnerpoints.ledger.PartnerId;
import dev.partnerpoints.ledger.PointChanges;
import dev.partnerpoints.ledger.PointLedger;
import dev.partnerpoints.ledger.PointsFigure;
import dev.partnerpoints.ledger.PointsSnapshot;
import dev.partnerpoints.ledger.ProductLine;
import dev.partnerpoints.ledger.Reduction;
import dev.partnerpoints.ledger.SoldEntry;
import dev.partnerpoints.ledger.Subscription;
import dev.partnerpoints.metrics.ClientRetentionRow;
import dev.partnerpoints.metrics.DealsFigure;
import dev.partnerpoints.metrics.MonthRetention;
import dev.partnerpoints.metrics.RetentionFigure;
import dev.partnerpoints.metrics.RetentionMethod;
import dev.partnerpoints.metrics.SharedSales;
import dev.partnerpoints.metrics.SourcedDealRow;
import dev.partnerpoints.metrics.SourcedMrrFigure;
import dev.partnerpoints.metrics.SourcedMrrMethod;
import dev.partnerpoints.money.PointValue;
import dev.partnerpoints.money.PointValueTable;
import dev.partnerpoints.money.Points;
import dev.partnerpoints.money.Timeline;
import dev.partnerpoints.program.CountryCode;
import dev.partnerpoints.program.ProgramRules;
import dev.partnerpoints.program.RateEra;
import dev.partnerpoints.program.Tier;
import dev.partnerpoints.program.TierRequirements;
import dev.partnerpoints.program.TierSchedule;
import dev.partnerpoints.program.UnknownCountryException;
import dev.partnerpoints.renewal.Renewal;
import dev.partnerpoints.renewal.UpcomingRenewal;
import dev.partnerpoints.renewal.UpcomingRenewals;
import dev.partnerpoints.segment.Segment;
import dev.partnerpoints.tier.Certification;
import dev.partnerpoints.tier.CreditedTier;
import dev.partnerpoints.tier.KeepTierOutlook;
import dev.partnerpoints.tier.MrrToClose;
import dev.partnerpoints.tier.PartnerAccount;
import dev.partnerpoints.tier.RequirementGap;
import dev.partnerpoints.tier.TierChange;
import dev.partnerpoints.tier.TierEvaluator;
import dev.partnerpoints.tier.TierProgress;
import dev.partnerpoints.tier.TierStatus;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.net.URL;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearQuarter;

/**
 * The value-type contract (see {@link ValueContracts}) for every public value type of points-core,
 * null rejection by the public services, and every invalid combination a builder must reject with
 * a message that names the value.
 */
class ValueTypeContractsTest {

  private static final PointChanges CHANGES_A = LEDGER.changes(LocalDate.of(2025, 8, 1), LocalDate.of(2025, 10, 31));
  private static final PointChanges CHANGES_B = LEDGER.changes(LocalDate.of(2025, 11, 1), LocalDate.of(2026, 9, 30));
  private static final TierProgress PROGRESS_A = EVALUATOR.progressTowards(Tier.GOLD, D1);
  private static final TierProgress PROGRESS_B = EVALUATOR.progressTowards(Tier.PLATINUM, D2);
  private static final CommissionStatement COMMISSION_A = DASHBOARD_A.commission();
  private static final CommissionStatement COMMISSION_B = DASHBOARD_B.commission();
  /** d-1 on c-us, 2025-08 to 2028-08, rows up to 2025-12. */
  private static final CommissionSchedule COMMISSION_SCHEDULE_A = COMMISSION_A.schedules().get(0);
  /** d-1 in 2025-09: USD 1200 of revenue accrue USD 240, paid on 2025-11-14. */
  private static final CommissionMonth ACCRUED_MONTH = COMMISSION_SCHEDULE_A.months().get(1);
  /** Q4 2025 in USD, paid on 2026-02-14: d-1 in October, November and December. */
  private static final CommissionPayment PAYMENT_Q4_USD = COMMISSION_A.upcomingPayments().get(1);
  /** 2025-11: c-br and c-us, neither cancelled. */
  private static final MonthRetention NOVEMBER = DASHBOARD_A.progress().retention().months().get(10);
  /** c-us in 2025-11: USD 1200 at the start and at the end. */
  private static final ClientRetentionRow RETAINED_ROW = NOVEMBER.rows().get(1);
  /** 2025-12 as if c-br had cancelled in it. */
  private static final MonthRetention DECEMBER_WITH_CHURN = MonthRetention.builder().month(YearMonth.of(2025, 12))
      .addRows(CANCELLED_ROW, DASHBOARD_A.progress().retention().months().get(11).rows().get(1)).build();

  /** One value type with its two samples. */
  private record Case<T>(Class<T> type, T a, T b) {}

  private static final List<Case<?>> CASES = List.of(
      // program
      new Case<>(RateEra.class, RATE_ERA_A, RATE_ERA_B),
      new Case<>(TierRequirements.class, REQUIREMENTS_A, REQUIREMENTS_B),
      new Case<>(TierSchedule.class, SCHEDULE_A, SCHEDULE_B),
      new Case<>(ProgramRules.class, RULES, RULES_B),
      // calculator
      new Case<>(EstimateRequest.class, ESTIMATE_A, ESTIMATE_B),
      new Case<>(PointsEstimate.class, POINTS_ESTIMATE_A, POINTS_ESTIMATE_B),
      new Case<>(AppliedRule.class, APPLIED_RULE_A, APPLIED_RULE_B),
      new Case<>(MoneyToPointsRequest.class, MONEY_TO_POINTS_A, MONEY_TO_POINTS_B),
      new Case<>(PointsToMoneyRequest.class, POINTS_TO_MONEY_A, POINTS_TO_MONEY_B),
      new Case<>(MoneyEquivalent.class, MONEY_EQUIVALENT_A, MONEY_EQUIVALENT_B),
      // ledger
      new Case<>(Subscription.class, SUBSCRIPTION_A, SUBSCRIPTION_B),
      new Case<>(Client.class, CLIENT_A, CLIENT_B),
      new Case<>(Deal.class, DEAL_A, DEAL_B),
      new Case<>(ManagementPeriod.class, PERIOD_A, PERIOD_B),
      new Case<>(ClientMrr.class, MRR_A, MRR_B),
      new Case<>(SoldEntry.class, SOLD_ENTRY_A, SOLD_ENTRY_B),
      new Case<>(Reduction.class, SOLD_ENTRY_A.reductions().get(0),
          Reduction.of(LocalDate.of(2026, 2, 1), Points.of(3), DealId.of("d-other"))),
      new Case<>(ManagedInterval.class, INTERVAL_A, INTERVAL_B),
      new Case<>(DataGap.class, DATA_GAP_A, DATA_GAP_B),
      new Case<>(BreakdownFilter.class, FILTER_A, FILTER_B),
      new Case<>(PointsSnapshot.class, LEDGER.pointsOn(D1), LEDGER.pointsOn(D2)),
      new Case<>(PointChanges.class, CHANGES_A, CHANGES_B),
      new Case<>(PointsFigure.class, CHANGES_A.newSold(), CHANGES_B.lostSold()),
      new Case<>(ClientPoints.class, CHANGES_A.newSold().rows().get(0), ClientPoints.of(CLIENT_B.id(), Points.of(7))),
      new Case<>(ClientBreakdown.class, LEDGER.breakdown(D2, FILTER_A).get(0), LEDGER.breakdown(D1, FILTER_A).get(1)),
      new Case<>(MonthPoints.class, LEDGER.progress(YearMonth.of(2025, 8), YearMonth.of(2025, 12)).get(0),
          LEDGER.progress(YearMonth.of(2025, 8), YearMonth.of(2025, 12)).get(4)),
      new Case<>(MonthExpiry.class, LEDGER.upcomingExpiries(D1, 24).get(0),
          MonthExpiry.of(YearMonth.of(2030, 1), CHANGES_B.lostSold())),
      // tier
      new Case<>(Certification.class, CERTIFICATION_A, CERTIFICATION_B),
      new Case<>(PartnerAccount.class, ACCOUNT_A, ACCOUNT_B),
      new Case<>(TierChange.class, TIER_CHANGE_A, TIER_CHANGE_B),
      new Case<>(TierStatus.class, EVALUATOR.statusOn(D1), EVALUATOR.statusOn(D2)),
      new Case<>(TierProgress.class, PROGRESS_A, PROGRESS_B),
      new Case<>(RequirementGap.class, PROGRESS_A.total(), PROGRESS_B.soldMinimum()),
      new Case<>(MrrToClose.class, EVALUATOR.mrrToReach(Tier.GOLD, D1, USD).get(0),
          EVALUATOR.mrrToReach(Tier.PLATINUM, D2, EUR).get(3)),
      new Case<>(CreditedTier.class, EVALUATOR.creditedTierOn(D1), CreditedTier.builder().date(D2).tier(Tier.GOLD)
          .since(TIER_CHANGE_A.date()).addHistory(TIER_CHANGE_A).build()),
      new Case<>(KeepTierOutlook.class, EVALUATOR.pointsToKeep(D1), KeepTierOutlook.builder().date(D2)
          .tier(Tier.GOLD).nextRecalibration(LocalDate.of(2026, 7, 15)).addGaps(PROGRESS_B.total()).build()),
      // dashboard inputs
      new Case<>(Renewal.class, RENEWAL_A, RENEWAL_B),
      new Case<>(ClientRevenue.class, REVENUE_A, REVENUE_B),
      new Case<>(RevenueSeries.class, REVENUE_SERIES_A, REVENUE_SERIES_B),
      new Case<>(CommissionRules.class, CommissionRules.builtIn(), COMMISSION_RULES_B),
      new Case<>(PartnerLevels.class, PartnerLevels.alwaysPartner(), LEVELS_B),
      new Case<>(DashboardOptions.class, DashboardOptions.defaults(), OPTIONS_B),
      new Case<>(Segment.class, DASHBOARD_A.renewals().toSegment("renewing next quarter"),
          COMMISSION_B.toSegment("earning commission")),
      // dashboard
      new Case<>(PartnerDashboard.class, DASHBOARD_A, DASHBOARD_B),
      new Case<>(ProgramProgress.class, DASHBOARD_A.progress(), DASHBOARD_B.progress()),
      new Case<>(SourcedMrrFigure.class, DASHBOARD_A.progress().sourcedMrr(), DASHBOARD_B.progress().sourcedMrr()),
      new Case<>(SourcedDealRow.class, DASHBOARD_A.progress().sourcedMrr().rows().get(0), SOURCED_ROW_EUR),
      new Case<>(RetentionFigure.class, DASHBOARD_A.progress().retention(), DASHBOARD_B.progress().retention()),
      new Case<>(MonthRetention.class, NOVEMBER, DECEMBER_WITH_CHURN),
      new Case<>(ClientRetentionRow.class, RETAINED_ROW, CANCELLED_ROW),
      new Case<>(CommissionStatement.class, COMMISSION_A, COMMISSION_B),
      new Case<>(CommissionSchedule.class, COMMISSION_SCHEDULE_A, COMMISSION_B.schedules().get(1)),
      new Case<>(CommissionMonth.class, ACCRUED_MONTH, COMMISSION_B.schedules().get(1).months().get(0)),
      new Case<>(CommissionPayment.class, PAYMENT_Q4_USD, COMMISSION_ON_REVENUE.payments().get(1)),
      new Case<>(UpcomingRenewals.class, DASHBOARD_A.renewals(), DASHBOARD_B.renewals()),
      new Case<>(UpcomingRenewal.class, DASHBOARD_A.renewals().rows().get(0), DASHBOARD_B.renewals().rows().get(0)),
      new Case<>(SharedSales.class, DASHBOARD_A.sharedSales(), DASHBOARD_B.sharedSales()),
      new Case<>(DealsFigure.class, DASHBOARD_A.sharedSales().vendorCreated(),
          DealsFigure.builder().addRows(DEAL_A, DEAL_ME_B).build()));

  /** Every parameter type of the public API gets a valid default, so only the null under test fails. */
  static NullPointerTester nulls() {
    NullPointerTester nulls = new NullPointerTester()
        .setDefault(LocalDate.class, D1)
        .setDefault(YearMonth.class, FIRST_MONTH)
        .setDefault(CurrencyUnit.class, USD)
        .setDefault(MonetaryAmount.class, Money.of(1, USD))
        .setDefault(Money.class, Money.of(1, USD))
        .setDefault(BigDecimal.class, BigDecimal.ONE)
        .setDefault(Points.class, Points.of(1))
        .setDefault(CountryCode.class, CountryCode.of("US"))
        .setDefault(ClientId.class, CLIENT_A.id())
        .setDefault(PartnerId.class, ME)
        .setDefault(DealId.class, DEAL_A.id())
        .setDefault(ProductLine.class, MARKETING)
        .setDefault(PointValue.class, RULES.pointValue(USD, D1))
        .setDefault(PointValueTable.class, PointValueTable.builtIn())
        .setDefault(Timeline.class, RULES.rateEras())
        .setDefault(Clock.class, Clock.systemUTC())
        .setDefault(Period.class, Period.ofDays(90))
        .setDefault(SourcedMrrMethod.class, SourcedMrrMethod.builtIn())
        .setDefault(RetentionMethod.class, RetentionMethod.builtIn())
        .setDefault(PointLedger.class, LEDGER);
    for (Case<?> c : CASES) {
      register(nulls, c);
    }
    return nulls;
  }

  /**
   * A record result: equal exactly when its components are (a copy through the canonical
   * constructor equals it, the other case does not), toString names the type, and the constructor
   * rejects every null.
   */
  private static <T> void checkRecord(Case<T> c, NullPointerTester nulls) {
    try {
      RecordComponent[] components = c.type().getRecordComponents();
      Class<?>[] types = new Class<?>[components.length];
      Object[] values = new Object[components.length];
      for (int i = 0; i < components.length; i++) {
        types[i] = components[i].getType();
        values[i] = components[i].getAccessor().invoke(c.a());
      }
      Object copy = c.type().getDeclaredConstructor(types).newInstance(values);
      new EqualsTester().addEqualityGroup(c.a(), copy).addEqualityGroup(c.b()).testEquals();
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(c.type() + " has no canonical constructor", e);
    }
    assertThat(c.a().toString()).startsWith(c.type().getSimpleName() + "[");
    nulls.testAllPublicConstructors(c.type());
  }

  private static <T> void register(NullPointerTester nulls, Case<T> c) {
    nulls.setDefault(c.type(), c.a());
  }

  @TestFactory
  Stream<DynamicTest> everyValueTypeKeepsTheContract() {
    NullPointerTester nulls = nulls();
    return CASES.stream().map(c -> DynamicTest.dynamicTest(c.type().getSimpleName(), () -> check(c, nulls)));
  }

  private static <T> void check(Case<T> c, NullPointerTester nulls) {
    if (c.type().isRecord()) {
      checkRecord(c, nulls);
      return;
    }
    ValueContracts.Report report = ValueContracts.check(c.type(), c.a(), c.b(), nulls);
    assertThat(report.varied())
        .as("%s: attributes changed one at a time (rejected as invalid alone: %s)", c.type().getSimpleName(),
            report.rejectedCopies())
        .isNotEmpty();
  }

  /**
   * Every type Immutables generates in points-core (a public {@code Foo} extending its {@code FooDef})
   * has a case above: a value type added later fails here until it gets one.
   */
  @Test
  void everyGeneratedTypeOfTheModuleHasACase() throws IOException {
    Set<Class<?>> covered = new HashSet<>();
    CASES.forEach(c -> covered.add(c.type()));
    URL mainClasses = PointLedger.class.getProtectionDomain().getCodeSource().getLocation();
    List<String> generated = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (ClassPath.ClassInfo info : ClassPath.from(getClass().getClassLoader())
        .getTopLevelClassesRecursive("dev.partnerpoints")) {
      Class<?> type = info.load();
      Class<?> parent = type.getSuperclass();
      if (parent != null && parent.getName().equals(type.getName() + "Def")
          && type.getProtectionDomain().getCodeSource().getLocation().equals(mainClasses)) {
        generated.add(type.getSimpleName());
        if (!covered.contains(type)) {
          missing.add(type.getName());
        }
      }
    }
    assertThat(generated).as("generated value types found").hasSizeGreaterThanOrEqualTo(56)
        .contains("PartnerDashboard", "CommissionMonth", "Segment");
    assertThat(missing).as("value types without a contract case").isEmpty();
  }

  @Test
  void buildersWithRequiredAttributesMissingNameThem() {
    Set<Class<?>> allOptional = Set.of(BreakdownFilter.class, PartnerAccount.class, TierSchedule.class,
        PointsFigure.class, CommissionRules.class, DashboardOptions.class, PartnerLevels.class, RevenueSeries.class,
        DealsFigure.class);
    for (Case<?> c : CASES) {
      if (allOptional.contains(c.type()) || c.type().isRecord()) {
        continue;
      }
      Throwable failure = ValueContracts.emptyBuilderFailure(c.type());
      assertThat(failure).as(c.type().getSimpleName()).isInstanceOf(IllegalStateException.class)
          .hasMessageStartingWith("Cannot build " + c.type().getSimpleName() + ", some of required attributes are not set [");
    }
    // the message lists the missing attributes by their accessor names
    assertThat(ValueContracts.emptyBuilderFailure(Deal.class)).hasMessageContainingAll("id", "clientId", "closeDate",
        "kind", "dealType", "productLine", "mrrChange");
    assertThat(ValueContracts.emptyBuilderFailure(Client.class)).hasMessageContainingAll("id", "country", "currency");
    assertThat(BreakdownFilter.builder().build()).isEqualTo(FILTER_A);
    assertThat(PartnerAccount.builder().build().certifications()).isEmpty();
    assertThat(PointsFigure.builder().build().total()).isEqualTo(Points.zero());
    assertThatThrownBy(() -> TierSchedule.builder().build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a tier schedule needs at least one tier, but had none");
    CommissionRules rules = CommissionRules.builder().build();
    assertThat(rules.shareRate()).isEqualByComparingTo("0.20");
    assertThat(rules.paymentDateOf(YearMonth.of(2025, 2))).isEqualTo(LocalDate.of(2025, 5, 15));
    assertThat(List.of(rules.clientShareMonths(), rules.providerMonths(), rules.netUpsellMonths()))
        .containsExactly(36, 12, 36);
    DashboardOptions options = DashboardOptions.builder().build();
    assertThat(options.renewalHorizon()).isEqualTo(Period.ofDays(90));
    assertThat(options.expiryMonths()).isEqualTo(6);
    assertThat(options.sourcedMrrMethod()).isEqualTo(SourcedMrrMethod.trailingMonths(12, 12));
    assertThat(options.retentionMethod()).isEqualTo(RetentionMethod.lastCompleteMonths(12));
    assertThat(PartnerLevels.builder().build().levelOn(D2)).isEqualTo(PartnerLevel.PARTNER);
    assertThat(RevenueSeries.builder().build().lastMonth()).isEmpty();
    assertThat(DealsFigure.builder().build().count()).isZero();
  }

  @Test
  void identifiersAndCountryCodesAreValues() {
    new EqualsTester()
        .addEqualityGroup(ClientId.of("c-1"), ClientId.of("c-1"))
        .addEqualityGroup(ClientId.of("c-2"))
        .addEqualityGroup(PartnerId.of("c-1"), PartnerId.of("c-1"))
        .addEqualityGroup(DealId.of("c-1"), DealId.of("c-1"))
        .addEqualityGroup(ProductLine.of("c-1"))
        .addEqualityGroup(CountryCode.of("BR"), CountryCode.of("BR"))
        .addEqualityGroup(CountryCode.of("US"))
        .testEquals();
    assertThat(ClientId.of("c-1")).hasToString("c-1");
    assertThat(DealId.of("d-1")).hasToString("d-1");
    assertThat(DealId.of("d-10")).isLessThan(DealId.of("d-9"));   // exact text order, as deals tie-break
    assertThat(CountryCode.of("BR")).hasToString("BR");
    NullPointerTester nulls = nulls();
    for (Class<?> type : List.of(ClientId.class, PartnerId.class, DealId.class, ProductLine.class, CountryCode.class)) {
      nulls.testAllPublicStaticMethods(type);
    }
    nulls.testAllPublicInstanceMethods(ClientId.of("c-1"));
    nulls.testAllPublicInstanceMethods(CountryCode.of("BR"));
  }

  @Test
  void servicesRejectNull() {
    NullPointerTester nulls = nulls();
    nulls.testAllPublicStaticMethods(PointsCalculator.class);
    nulls.testAllPublicInstanceMethods(CALCULATOR);
    nulls.testAllPublicStaticMethods(PointLedger.class);
    nulls.testAllPublicInstanceMethods(LEDGER);
    nulls.testAllPublicInstanceMethods(PointLedger.builder(RULES, ME));
    nulls.testAllPublicStaticMethods(TierEvaluator.class);
    nulls.testAllPublicInstanceMethods(EVALUATOR);
    nulls.setDefault(LedgerCsv.LedgerFile.class, LedgerCsv.LedgerFile.of(LEDGER, PartnerAccount.alwaysCertified(),
        PartnerLevels.alwaysPartner(), Optional.empty(), List.of()));
    nulls.testAllPublicStaticMethods(LedgerCsv.class);
    nulls.testAllPublicStaticMethods(ProgramRules.class);
    nulls.testAllPublicStaticMethods(DashboardBuilder.class);
    nulls.testAllPublicInstanceMethods(DashboardBuilder.of(LEDGER, ACCOUNT_A));
    nulls.testAllPublicStaticMethods(CommissionCalculator.class);
    nulls.testAllPublicInstanceMethods(COMMISSION_ON_REVENUE);
    nulls.testAllPublicStaticMethods(SourcedMrrMethod.class);
    nulls.testAllPublicStaticMethods(RetentionMethod.class);
  }

  // ---- every invalid combination is rejected with a message naming the value ----

  private static void rejects(ThrowingCallable build, String... inMessage) {
    assertThatThrownBy(build).isInstanceOf(IllegalArgumentException.class).message().contains(inMessage);
  }

  @Test
  void estimateRequests() {
    EstimateRequest.Builder ok = EstimateRequest.builder().from(ESTIMATE_A);
    rejects(() -> EstimateRequest.builder().from(ESTIMATE_A).soldMrr(Money.of(-1, "EUR")).build(),
        "sold value must not be negative", "EUR -1");
    rejects(() -> ESTIMATE_A.withSoldMrr(Money.of(new BigDecimal("1E+13").add(BigDecimal.ONE), "EUR")),
        "sold value must be at most 10000000000000 EUR", "EUR 10000000000001");
    rejects(() -> ESTIMATE_A.withOtherManagingPartners(-1), "other managing partners", "but was -1");
    rejects(() -> ESTIMATE_A.withOtherManagingPartners(100_000), "other managing partners", "but was 100000");
    rejects(() -> ok.productLineFirstSold(D1.plusDays(1)).build(),
        "product line first sold on 2025-08-02 is after the deal date 2025-08-01");
  }

  @Test
  void moneyToPointsRequests() {
    rejects(() -> MONEY_TO_POINTS_A.withSoldMrr(Money.of(-5, "EUR")), "sold value must not be negative", "EUR -5");
    rejects(() -> MONEY_TO_POINTS_A.withManagedMrr(Money.of(-2, "EUR")), "managed value must not be negative",
        "EUR -2");
    rejects(() -> MONEY_TO_POINTS_A.withManagedMrr(Money.of(3, "USD")), "managed value USD 3",
        "must be in the sold value's currency EUR");
  }

  @Test
  void moneyEquivalents() {
    rejects(() -> MONEY_EQUIVALENT_A.withManagedMrr(Money.of(3, "USD")), "managed value USD 3",
        "must be in the sold value's currency EUR");
  }

  @Test
  void pointsToMoneyRequests() {
    rejects(() -> POINTS_TO_MONEY_A.withSoldPoints(Points.of(-1)), "must not be negative", "sold -1.00");
    rejects(() -> POINTS_TO_MONEY_A.withManagedPoints(Points.parse("-0.01")), "must not be negative",
        "managed -0.01");
  }

  @Test
  void clients() {
    rejects(() -> CLIENT_A.withCurrency(EUR), "subscription Marketing Hub of client c-us is in USD",
        "the client pays in EUR");
    rejects(() -> CLIENT_A.withSubscriptions(SUBSCRIPTION_A, SUBSCRIPTION_A.withEdition(
        dev.partnerpoints.ledger.Edition.STARTER)), "client c-us has two subscriptions to product line Marketing Hub");
    rejects(() -> CLIENT_A.withToolUsage(new BigDecimal("-0.5")), "tool usage of client c-us", "-0.5");
    rejects(() -> ClientId.of(" "), "must not be blank");
    rejects(() -> PartnerId.of(""), "must not be blank");
    rejects(() -> DealId.of(" "), "deal id must not be blank, but was ' '");
    rejects(() -> ProductLine.of("\t"), "must not be blank");
    assertThatThrownBy(() -> CountryCode.of("XX")).isInstanceOf(UnknownCountryException.class).hasMessageContaining("XX");
    assertThatThrownBy(() -> CountryCode.of("br")).isInstanceOf(UnknownCountryException.class).hasMessageContaining("br");
  }

  @Test
  void dataGaps() {
    rejects(() -> DATA_GAP_A.withUntil(DATA_GAP_A.start()), "data gap of c-us ends on 2025-08-01",
        "not after its start 2025-08-01");
    rejects(() -> DATA_GAP_A.withMessage(" "), "data gap of c-us from 2025-08-01 has a blank message");
  }

  @Test
  void subscriptionsAndMrr() {
    rejects(() -> Subscription.of(MARKETING, dev.partnerpoints.ledger.Edition.STARTER, Money.of(-1, USD)),
        "subscription MRR of Marketing Hub must not be negative", "USD -1");
    rejects(() -> ClientMrr.of(CLIENT_A.id(), D1, Money.of(-10, USD)),
        "MRR of client c-us from 2025-08-01 must not be negative", "USD -10");
  }

  @Test
  void deals() {
    rejects(() -> DEAL_A.withId(DealId.of(" ")), "deal id must not be blank");
    rejects(() -> DEAL_A.withMrrChange(Money.of(-1, USD)), "deal d-1 of kind NEW_CLIENT must have a positive or zero",
        "USD -1");
    rejects(() -> DOWNGRADE.withMrrChange(Money.of(1, USD)), "deal d-3 of kind DOWNGRADE must have a negative or zero",
        "USD 1");
    rejects(() -> DEAL_A.withKind(DealKind.CANCELLATION), "deal d-1 of kind CANCELLATION must have a negative");
    rejects(() -> DEAL_A.withPartner(Optional.empty()), "deal d-1 of kind NEW_CLIENT must name the partner");
    rejects(() -> DEAL_A.withProductLineFirstSold(LocalDate.of(2025, 8, 2)),
        "deal d-1: product line first sold on 2025-08-02 is after its close date 2025-08-01");
  }

  @Test
  void managementPeriodsAndCertifications() {
    rejects(() -> PERIOD_A.withUntil(PERIOD_A.from()),
        "management of client c-us by partner-me ends on 2025-08-01, which must be after its start 2025-08-01");
    rejects(() -> PERIOD_A.withUntil(PERIOD_A.from().minusDays(1)), "ends on 2025-07-31");
    rejects(() -> Certification.of(D1, Optional.of(D1)),
        "certification valid until 2025-08-01 must end after it starts on 2025-08-01");
  }

  @Test
  void halfOpenDateRanges() {
    // PERIOD_B: 2025-01-01 until 2026-01-01; PERIOD_A open-ended from 2025-08-01
    assertThat(PERIOD_B.dates()).isEqualTo(LocalDateRange.of(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1)));
    assertThat(PERIOD_B.covers(LocalDate.of(2025, 12, 31))).isTrue();
    assertThat(PERIOD_B.covers(LocalDate.of(2026, 1, 1))).isFalse();
    assertThat(PERIOD_A.dates()).isEqualTo(LocalDateRange.ofUnboundedEnd(D1));
    assertThat(PERIOD_A.covers(D1.minusDays(1))).isFalse();
    assertThat(PERIOD_A.covers(LocalDate.of(2099, 1, 1))).isTrue();
    assertThat(PERIOD_A.dates().overlaps(PERIOD_B.dates())).isTrue();
    // the range is made once and is not an attribute: equality and the copy methods ignore it
    assertThat(PERIOD_B.dates()).isSameAs(PERIOD_B.dates());
    assertThat(PERIOD_B.withPartner(ME).withPartner(PERIOD_B.partner())).isEqualTo(PERIOD_B);
    assertThat(PERIOD_B.withUntil(LocalDate.of(2025, 2, 1)).dates().getEnd()).isEqualTo(LocalDate.of(2025, 2, 1));

    assertThat(CERTIFICATION_A.dates().isUnboundedEnd()).isTrue();
    Certification year = Certification.of(D1, Optional.of(D1.plusYears(1)));
    assertThat(year.dates()).isEqualTo(LocalDateRange.of(D1, D1.plusYears(1)));
    assertThat(year.isValidOn(D1.plusYears(1).minusDays(1))).isTrue();
    assertThat(year.isValidOn(D1.plusYears(1))).isFalse();

    assertThat(INTERVAL_A.dates().getStart()).isEqualTo(INTERVAL_A.from());
    assertThat(INTERVAL_A.dates().isUnboundedEnd()).isEqualTo(INTERVAL_A.until().isEmpty());
    rejects(() -> INTERVAL_A.withUntil(INTERVAL_A.from()), "managed span of client c-us ends on " + INTERVAL_A.from()
        + ", which must be after its start " + INTERVAL_A.from());

    assertThat(DATA_GAP_A.dates()).isEqualTo(LocalDateRange.ofUnboundedEnd(D1));
    assertThat(DATA_GAP_A.withUntil(D1.plusDays(3)).dates().lengthInDays()).isEqualTo(3);

    LocalDate close = SOLD_ENTRY_A.activeFrom();
    assertThat(SOLD_ENTRY_A.activeDates()).isEqualTo(LocalDateRange.of(close, SOLD_ENTRY_A.expiresOn()));
    assertThat(SOLD_ENTRY_A.isActiveOn(SOLD_ENTRY_A.lastActiveDay())).isTrue();
    assertThat(SOLD_ENTRY_A.isExpiredOn(SOLD_ENTRY_A.lastActiveDay())).isFalse();
    assertThat(SOLD_ENTRY_A.isActiveOn(SOLD_ENTRY_A.expiresOn())).isFalse();
    assertThat(SOLD_ENTRY_A.isExpiredOn(SOLD_ENTRY_A.expiresOn())).isTrue();
    assertThat(SOLD_ENTRY_A.isExpiredOn(close.minusDays(1))).isFalse();
    rejects(() -> SOLD_ENTRY_A.withExpiresOn(close), "sold entry of deal " + SOLD_ENTRY_A.deal().id() + " expires on "
        + close + ", which must be after its first active day " + close);
  }

  @Test
  void programRules() {
    rejects(() -> RULES.withSoldPointsActiveMonths(0), "sold points must stay active at least 1 month", "say 0");
    rejects(() -> RATE_ERA_A.withSourcedRate(new BigDecimal("-1")), "sourced rate must not be negative, but was -1");
    rejects(() -> RATE_ERA_A.withAssistedRate(new BigDecimal("-0.5")), "assisted rate must not be negative",
        "-0.5");
    rejects(() -> RATE_ERA_A.withManagedRate(new BigDecimal("-2")), "managed rate must not be negative", "-2");
    rejects(() -> RATE_ERA_A.withGrowthMultiplier(new BigDecimal("0.5")),
        "growth multiplier must be at least 1, but was 0.5");
    rejects(() -> REQUIREMENTS_A.withTotalPoints(Points.of(-1)), "tier requirements must not be negative",
        "total -1.00");
    rejects(() -> REQUIREMENTS_A.withSoldMinimum(Points.of(-2)), "sold minimum -2.00");
    rejects(() -> REQUIREMENTS_A.withManagedMinimum(Points.of(-3)), "managed minimum -3.00");
    rejects(() -> SCHEDULE_A.withMinimumMedianToolUsage(new BigDecimal("-1")),
        "minimum median tool usage must not be negative, but was -1");
    rejects(() -> SCHEDULE_A.requirementsOf(Tier.ELITE), "tier ELITE is not defined in this schedule", "GOLD");
  }

  @Test
  void pointChangesMustAddUp() {
    assertThatThrownBy(() -> CHANGES_A.withSoldAtEnd(CHANGES_A.soldAtEnd().plus(Points.of(1))))
        .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("tier point changes do not add up");
  }

  @Test
  void dashboardOptionsAndCommissionRules() {
    CommissionRules rules = CommissionRules.builtIn();
    rejects(() -> rules.withShareRate(new BigDecimal("-0.01")),
        "commission share rate must be between 0 and 1, but was -0.01");
    rejects(() -> rules.withShareRate(new BigDecimal("1.01")), "between 0 and 1, but was 1.01");
    assertThat(rules.withShareRate(BigDecimal.ZERO).shareRate()).isZero();
    assertThat(rules.withShareRate(BigDecimal.ONE).shareRate()).isEqualTo(BigDecimal.ONE);
    rejects(() -> rules.withClientShareMonths(0),
        "commission months must be at least 1, but were client share 0, provider 12, net upsell 36");
    rejects(() -> rules.withProviderMonths(0), "commission months must be at least 1", "provider 0");
    rejects(() -> rules.withNetUpsellMonths(0), "commission months must be at least 1", "net upsell 0");
    rejects(() -> rules.withPaymentDelayDays(-1), "payment delay must not be negative, but was -1 days");
    assertThat(rules.withPaymentDelayDays(0).paymentDateOf(YearMonth.of(2025, 11))).isEqualTo(YEAR_END);
    rejects(() -> OPTIONS_B.withRenewalHorizon(Period.ofDays(-1)), "renewal horizon must not be negative, but was P-1D");
    rejects(() -> OPTIONS_B.withExpiryMonths(0), "expiry months must be at least 1, but was 0");
    assertThat(OPTIONS_B.withRenewalHorizon(Period.ZERO).renewalHorizon()).isEqualTo(Period.ZERO);
    rejects(() -> PartnerLevels.alwaysProvider().withProviderFrom(D1),
        "a partner that starts as a Provider cannot convert to Provider on 2025-08-01");
    rejects(() -> SourcedMrrMethod.trailingMonths(0, 12),
        "sourced MRR window and dollar-value months must be at least 1, but were 0 and 12");
    rejects(() -> SourcedMrrMethod.trailingMonths(12, 0), "but were 12 and 0");
    rejects(() -> RetentionMethod.lastCompleteMonths(0), "C$R months must be at least 1, but was 0");
  }

  @Test
  void revenueAndRenewals() {
    rejects(() -> ClientRevenue.of(CLIENT_A.id(), YearMonth.of(2025, 11), Money.of(-3, USD)),
        "net revenue of client c-us in 2025-11 must not be negative, but was USD -3");
    rejects(() -> RevenueSeries.of(List.of(REVENUE_A, REVENUE_A.withNetRevenue(Money.of(900, USD)))),
        "client c-us has two revenue entries for 2025-11");
    rejects(() -> RevenueSeries.of(List.of(REVENUE_A, ClientRevenue.of(CLIENT_A.id(), YearMonth.of(2025, 12),
        Money.of(900, EUR)))), "revenue of client c-us in 2025-12 is in EUR but its other revenue is in USD");
    rejects(() -> RevenueSeries.fromMonthEndMrr(LEDGER, YearMonth.of(2026, 1), YearMonth.of(2025, 12)),
        "revenue months end in 2025-12, before their start 2026-01");
    rejects(() -> RENEWAL_A.withCurrentMrr(Money.of(-1, USD)), "renewal of client c-us on 2026-01-20 must have MRR "
        + "not below zero, but has current USD -1 and at renewal USD 1500");
    rejects(() -> RENEWAL_A.withRenewalMrr(Money.of(-5, USD)), "renewal of client c-us", "at renewal USD -5");
    rejects(() -> RENEWAL_A.withRenewalMrr(Money.of(1500, EUR)), "amount EUR 1500 is in EUR but USD is required");
    assertThat(RENEWAL_A.withRenewalMrr(Money.of(0, USD)).mrrChange()).isEqualTo(Money.of(-1200, USD));
  }

  @Test
  void dashboardRangesAndSegments() {
    rejects(() -> DASHBOARD_A.withTo(LocalDate.of(2025, 9, 30)),
        "dashboard range ends on 2025-09-30, before its start 2025-10-01");
    rejects(() -> DASHBOARD_A.sharedSales().withTo(LocalDate.of(2025, 9, 30)),
        "date range ends on 2025-09-30, before its start 2025-10-01");
    rejects(() -> SharedSales.from(LEDGER, D2, D1), "date range ends on 2025-08-01, before its start 2026-03-10");
    assertThat(DASHBOARD_A.withTo(DASHBOARD_A.from()).to()).isEqualTo(LocalDate.of(2025, 10, 1));
    rejects(() -> Segment.of(" ", List.of(CLIENT_A.id())), "segment name must not be blank, but was ' '");
    rejects(() -> DASHBOARD_A.toSegment(""), "segment name must not be blank, but was ''");
    rejects(() -> DASHBOARD_A.progress().sourcedMrr().withWindowMonths(0),
        "sourced MRR window and dollar-value months must be at least 1, but were 0 and 12");
    rejects(() -> DASHBOARD_A.progress().sourcedMrr().withDollarValueMonths(0), "but were 12 and 0");
    rejects(() -> SOURCED_ROW_EUR.withMrrUsd(Money.of(80, EUR)), "amount EUR 80 is in EUR but USD is required");
    rejects(() -> SOURCED_ROW_EUR.withDollarValueUsd(Money.of(960, EUR)), "amount EUR 960 is in EUR but USD is required");
  }

  @Test
  void commissionSchedulesAndStatements() {
    CommissionSchedule schedule = COMMISSION_SCHEDULE_A; // d-1 from 2025-08 until 2028-08, rows 2025-08 to 2025-12
    YearMonth first = schedule.firstMonth();
    Optional<YearMonth> end = schedule.endMonth();
    rejects(() -> schedule(schedule, first, Optional.of(YearMonth.of(2025, 8)), schedule.months()),
        "commission schedule of deal d-1 ends in 2025-08, which must be after its first month 2025-08");
    rejects(() -> schedule(schedule, first, Optional.of(YearMonth.of(2025, 7)), schedule.months()), "ends in 2025-07");
    // the calculator's compact rows and the same rows as a plain list are checked alike
    for (List<CommissionMonth> rows : List.of(schedule.months(), new ArrayList<>(schedule.months()))) {
      rejects(() -> schedule(schedule, first, Optional.of(YearMonth.of(2025, 12)), rows),
          "commission schedule of deal d-1 covers 2025-08 until 2025-12 but has a row for deal d-1 in 2025-12");
      rejects(() -> schedule(schedule, YearMonth.of(2025, 9), end, rows), "covers 2025-09 until 2028-08",
          "has a row for deal d-1 in 2025-08");
      rejects(() -> schedule(schedule, YearMonth.of(2025, 9), Optional.empty(), rows),
          "covers 2025-09 until open end", "in 2025-08");
      assertThat(schedule(schedule, first, Optional.of(YearMonth.of(2026, 1)), rows).lastMonth())
          .hasValue(YearMonth.of(2025, 12));
    }
    rejects(() -> schedule(schedule, first, end, List.of(ACCRUED_MONTH.withDealId(DealId.of("d-9")))),
        "covers 2025-08 until 2028-08", "has a row for deal d-9 in 2025-09");
    // the compact rows of a USD deal under a deal of the same id in EUR, or of another client
    Deal euros = schedule.deal().withMrrChange(Money.of(schedule.deal().mrrChange().getNumber(), EUR));
    rejects(() -> new CommissionSchedule(euros, schedule.level(), schedule.rule(), schedule.basis(), first, end,
        schedule.managedOnlyFrom(), schedule.shortenedByConversionOn(), schedule.months()),
        "is in USD but EUR is required here");
    Deal otherClient = schedule.deal().withClientId(ClientId.of("someone-else"));
    rejects(() -> new CommissionSchedule(otherClient, schedule.level(), schedule.rule(), schedule.basis(), first,
        end, schedule.managedOnlyFrom(), schedule.shortenedByConversionOn(), schedule.months()),
        "has a row for deal d-1 in 2025-08");
    CommissionSchedule copied = schedule(schedule, first, end, new ArrayList<>(schedule.months()));
    assertThat(copied).isEqualTo(schedule).hasSameHashCodeAs(schedule);
    assertThat(copied.total()).isEqualTo(schedule.total());
    assertThat(schedule.dates()).isEqualTo(LocalDateRange.of(LocalDate.of(2025, 8, 1), LocalDate.of(2028, 8, 1)));
    assertThat(schedule.covers(YearMonth.of(2028, 7))).isTrue();
    assertThat(schedule.covers(YearMonth.of(2028, 8))).isFalse();
    assertThat(schedule.covers(YearMonth.of(2025, 7))).isFalse();
    assertThat(schedule(schedule, first, Optional.empty(), schedule.months()).dates().isUnboundedEnd()).isTrue();
    // past payments: 2025-11-14; upcoming: 2026-02-14
    rejects(() -> COMMISSION_A.withDate(LocalDate.of(2025, 11, 13)),
        "past payment on 2025-11-14 is after the statement date 2025-11-13");
    rejects(() -> COMMISSION_A.withDate(LocalDate.of(2026, 2, 14)),
        "upcoming payment on 2026-02-14 must be after the statement date 2026-02-14");
    assertThat(COMMISSION_A.withDate(LocalDate.of(2025, 11, 14)).pastPayments()).hasSize(1);
  }

  private static CommissionSchedule schedule(CommissionSchedule s, YearMonth first, Optional<YearMonth> end,
      List<CommissionMonth> months) {
    return new CommissionSchedule(s.deal(), s.level(), s.rule(), s.basis(), first, end, s.managedOnlyFrom(),
        s.shortenedByConversionOn(), months);
  }

  @Test
  void retentionRows() {
    rejects(() -> RETAINED_ROW.withMrrAtStartUsd(Money.of(1200, EUR)), "amount EUR 1200 is in EUR but USD is required");
    rejects(() -> RETAINED_ROW.withMrrAtStart(Money.of(0, USD)),
        "MRR at the start of the month of client c-us must be positive to count in the C$R, but was USD 0");
    rejects(() -> RETAINED_ROW.withMrrAtStart(Money.of(-1, USD)), "client c-us must be positive", "but was USD -1");
    rejects(() -> RETAINED_ROW.withMrrAtEnd(Money.of(-1, USD)),
        "MRR at the end of the month of client c-us must not be negative, but was USD -1");
    rejects(() -> RETAINED_ROW.withMrrAtEnd(Money.of(0, EUR)), "amount EUR 0 is in EUR but USD is required");
    assertThat(RETAINED_ROW.withMrrAtEnd(Money.of(0, USD)).cancelled()).isTrue();
  }

  @Test
  void commissionMonths() {
    MonetaryAmount zero = Money.of(0, USD);
    rejects(() -> ACCRUED_MONTH.withStatus(AccrualStatus.NO_REVENUE), "commission month 2025-09 of deal d-1 has status "
        + "NO_REVENUE and must accrue nothing, but its basis is USD 1200 and its amount USD 240");
    rejects(() -> CommissionMonth.builder().from(ACCRUED_MONTH).status(AccrualStatus.NOT_MANAGED).amount(zero).build(),
        "has status NOT_MANAGED", "its basis is USD 1200 and its amount USD 0");
    rejects(() -> CommissionMonth.builder().from(ACCRUED_MONTH).status(AccrualStatus.NO_REVENUE).basis(zero).build(),
        "has status NO_REVENUE", "its basis is USD 0 and its amount USD 240");
    rejects(() -> ACCRUED_MONTH.withCoveredBy(DealId.of("d-0")), "commission month 2025-09 of deal d-1 must name the covering deal "
        + "exactly when its status is COVERED, but has status ACCRUES and covering deal d-0");
    CommissionMonth.Builder covered =
        CommissionMonth.builder().from(ACCRUED_MONTH).status(AccrualStatus.COVERED).basis(zero).amount(zero);
    rejects(covered::build, "has status COVERED and covering deal none");
    assertThat(covered.coveredBy(DealId.of("d-0")).build().coveredBy()).hasValue(DealId.of("d-0"));
    rejects(() -> ACCRUED_MONTH.withRevenue(Money.of(1200, EUR)), "amount USD 1200 is in USD but EUR is required");
    rejects(() -> ACCRUED_MONTH.withBasis(Money.of(1200, EUR)), "amount EUR 1200 is in EUR but USD is required");
    rejects(() -> ACCRUED_MONTH.withAmount(Money.of(240, EUR)), "amount EUR 240 is in EUR but USD is required");
    rejects(() -> ACCRUED_MONTH.withRevenue(Money.of(-1, USD)), "commission month 2025-09 of deal d-1 must not have "
        + "negative money, but has revenue USD -1, basis USD 1200 and amount USD 240");
    rejects(() -> ACCRUED_MONTH.withBasis(Money.of(-1200, USD)), "must not have negative money", "basis USD -1200");
    rejects(() -> ACCRUED_MONTH.withAmount(Money.of(-240, USD)), "must not have negative money", "amount USD -240");
    rejects(() -> ACCRUED_MONTH.withPaymentDate(LocalDate.of(2025, 9, 29)), "commission month 2025-09 of deal d-1 is "
        + "paid on 2025-09-29, before its quarter's last day 2025-09-30; it must be paid on or after it");
    assertThat(ACCRUED_MONTH.withPaymentDate(LocalDate.of(2025, 9, 30)).paymentDate())
        .isEqualTo(LocalDate.of(2025, 9, 30));
    assertThat(ACCRUED_MONTH.withRevenue(zero).revenue()).isEqualTo(zero);
  }

  @Test
  void commissionPayments() {
    rejects(() -> PAYMENT_Q4_USD.withQuarterStart(YearMonth.of(2025, 11)), "payment for the quarter from 2025-11 must "
        + "name the quarter's first month (January, April, July or October), not 2025-11");
    rejects(() -> PAYMENT_Q4_USD.withQuarterStart(YearMonth.of(2025, 7)), "payment for the quarter from 2025-07 on "
        + "2026-02-14 may hold only accrued months of that quarter paid on that date, but holds CommissionMonth{dealId=d-1");
    rejects(() -> PAYMENT_Q4_USD.withPaymentDate(LocalDate.of(2026, 2, 15)), "quarter from 2025-10 on 2026-02-15 may hold",
        "paymentDate=2026-02-14");
    CommissionMonth october = PAYMENT_Q4_USD.rows().get(0);
    rejects(() -> PAYMENT_Q4_USD.withRows(CommissionMonth.builder().from(october).status(AccrualStatus.NO_REVENUE)
        .basis(Money.of(0, USD)).amount(Money.of(0, USD)).build()), "may hold only accrued months", "status=NO_REVENUE");
    rejects(() -> PAYMENT_Q4_USD.withCurrency(EUR), "amount USD 240 is in USD but EUR is required");
    CommissionPayment empty = PAYMENT_Q4_USD.withRows(List.of());
    rejects(() -> empty.withPaymentDate(LocalDate.of(2025, 12, 30)), "payment for the quarter from 2025-10 on "
        + "2025-12-30 is before the quarter's last day 2025-12-31; it must be paid on or after it");
    assertThat(empty.withPaymentDate(LocalDate.of(2025, 12, 31)).amount()).isEqualTo(Money.of(0, USD));
    assertThat(PAYMENT_Q4_USD.quarter()).isEqualTo(YearQuarter.of(2025, 4));
    assertThat(PAYMENT_Q4_USD.quarterEnd()).isEqualTo(LocalDate.of(2025, 12, 31));
    assertThat(CommissionRules.quarterStartOf(YearMonth.of(2025, 12))).isEqualTo(YearMonth.of(2025, 10));
    assertThat(CommissionRules.quarterStartOf(YearMonth.of(2026, 1))).isEqualTo(YearMonth.of(2026, 1));
    assertThat(CommissionRules.builtIn().paymentDateOf(YearMonth.of(2026, 3))).isEqualTo(LocalDate.of(2026, 5, 15));
  }

  @Test
  void upcomingRenewals() {
    UpcomingRenewals renewals = DASHBOARD_A.renewals(); // on 2025-12-31 until 2026-03-31: c-us on 2026-01-20
    rejects(() -> renewals.withRows(List.of()).withHorizonEnd(LocalDate.of(2025, 12, 30)), "upcoming renewals on "
        + "2025-12-31 have their horizon end on 2025-12-30, before their date; it must be on or after it");
    rejects(() -> renewals.withDate(LocalDate.of(2026, 1, 21)), "upcoming renewals on 2026-01-21 until 2026-03-31 may "
        + "hold only renewals on or after the date and before the horizon end, but hold client c-us's renewal on "
        + "2026-01-20");
    rejects(() -> renewals.withHorizonEnd(LocalDate.of(2026, 1, 20)), "until 2026-01-20",
        "client c-us's renewal on 2026-01-20");
    assertThat(renewals.withDate(LocalDate.of(2026, 1, 20)).rows()).isEqualTo(renewals.rows());
    assertThat(renewals.withRows(List.of()).withHorizonEnd(renewals.date()).rows()).isEmpty();
    rejects(() -> renewals.rows().get(0).withDaysToRenewal(-1),
        "days to renewal of client c-us must not be negative, but was -1");
    rejects(() -> UpcomingRenewals.from(LEDGER, List.of(RENEWAL_A), YEAR_END, Period.ofDays(-1)),
        "renewal horizon must not be negative, but was P-1D");
  }

  @Test
  void copiesShareNothingMutable() {
    ImmutableList<Subscription> subscriptions = CLIENT_A.subscriptions();
    assertThat(CLIENT_A.withName("renamed").subscriptions()).isSameAs(subscriptions);
    assertThat(CLIENT_A.withName(CLIENT_A.name())).isSameAs(CLIENT_A);
  }
}
