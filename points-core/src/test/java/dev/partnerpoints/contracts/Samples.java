package dev.partnerpoints.contracts;

import com.google.common.collect.ImmutableSet;
import dev.partnerpoints.calculator.AppliedRule;
import dev.partnerpoints.calculator.EstimateRequest;
import dev.partnerpoints.calculator.MoneyEquivalent;
import dev.partnerpoints.calculator.MoneyToPointsRequest;
import dev.partnerpoints.calculator.PointsCalculator;
import dev.partnerpoints.calculator.PointsEstimate;
import dev.partnerpoints.calculator.PointsToMoneyRequest;
import dev.partnerpoints.commission.ClientRevenue;
import dev.partnerpoints.commission.CommissionCalculator;
import dev.partnerpoints.commission.CommissionRules;
import dev.partnerpoints.commission.PartnerLevels;
import dev.partnerpoints.commission.RevenueSeries;
import dev.partnerpoints.dashboard.DashboardBuilder;
import dev.partnerpoints.dashboard.DashboardOptions;
import dev.partnerpoints.dashboard.PartnerDashboard;
import dev.partnerpoints.ledger.BreakdownFilter;
import dev.partnerpoints.ledger.Client;
import dev.partnerpoints.ledger.ClientBreakdown;
import dev.partnerpoints.ledger.ClientId;
import dev.partnerpoints.ledger.ClientMrr;
import dev.partnerpoints.ledger.DataGap;
import dev.partnerpoints.ledger.DataGapKind;
import dev.partnerpoints.ledger.Deal;
import dev.partnerpoints.ledger.DealId;
import dev.partnerpoints.ledger.DealKind;
import dev.partnerpoints.ledger.Edition;
import dev.partnerpoints.ledger.ManagedInterval;
import dev.partnerpoints.ledger.ManagementPeriod;
import dev.partnerpoints.ledger.MarketType;
import dev.partnerpoints.ledger.PartnerId;
import dev.partnerpoints.ledger.PointLedger;
import dev.partnerpoints.ledger.ProductLine;
import dev.partnerpoints.ledger.SoldEntry;
import dev.partnerpoints.ledger.Subscription;
import dev.partnerpoints.metrics.ClientRetentionRow;
import dev.partnerpoints.metrics.RetentionMethod;
import dev.partnerpoints.metrics.SourcedDealRow;
import dev.partnerpoints.metrics.SourcedMrrMethod;
import dev.partnerpoints.money.PointValueTable;
import dev.partnerpoints.money.Points;
import dev.partnerpoints.money.Timeline;
import dev.partnerpoints.program.CountryCode;
import dev.partnerpoints.program.DealType;
import dev.partnerpoints.program.ProgramRules;
import dev.partnerpoints.program.RateEra;
import dev.partnerpoints.program.SoldMinimumBasis;
import dev.partnerpoints.program.Tier;
import dev.partnerpoints.program.TierRequirements;
import dev.partnerpoints.program.TierSchedule;
import dev.partnerpoints.renewal.Renewal;
import dev.partnerpoints.tier.Certification;
import dev.partnerpoints.tier.PartnerAccount;
import dev.partnerpoints.tier.TierChange;
import dev.partnerpoints.tier.TierChangeReason;
import dev.partnerpoints.tier.TierEvaluator;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.javamoney.moneta.Money;

/**
 * Two valid instances of every public value type of points-core, mostly taken from real results of
 * the calculator, a small ledger and its tier evaluator on two dates, so that they differ in as many
 * attributes as the domain allows.
 */
final class Samples {

  static final ProgramRules RULES = ProgramRules.builtIn();
  static final PointsCalculator CALCULATOR =
      PointsCalculator.of(RULES, Clock.fixed(LocalDate.of(2025, 8, 1).atStartOfDay().toInstant(ZoneOffset.UTC),
          ZoneOffset.UTC));
  static final CurrencyUnit USD = Monetary.getCurrency("USD");
  static final CurrencyUnit EUR = Monetary.getCurrency("EUR");
  static final PartnerId ME = PartnerId.of("partner-me");
  static final PartnerId OTHER = PartnerId.of("partner-other");
  static final ProductLine MARKETING = ProductLine.of("Marketing Hub");
  static final ProductLine SALES = ProductLine.of("Sales Hub");

  static final LocalDate D1 = LocalDate.of(2025, 8, 1);
  static final LocalDate D2 = LocalDate.of(2026, 3, 10);

  // program
  static final RateEra RATE_ERA_A = RateEra.builder()
      .sourcedRate(BigDecimal.valueOf(5)).assistedRate(BigDecimal.valueOf(3)).managedRate(BigDecimal.ONE).build();
  static final RateEra RATE_ERA_B = RateEra.builder()
      .sourcedRate(BigDecimal.valueOf(6)).assistedRate(BigDecimal.valueOf(4)).managedRate(BigDecimal.valueOf(2))
      .growthMultiplier(BigDecimal.valueOf(3)).locksSourcedRateToFirstSale(true).build();
  static final TierRequirements REQUIREMENTS_A = TierRequirements.builder()
      .totalPoints(Points.of(129)).soldMinimum(Points.of(20)).soldMinimumBasis(SoldMinimumBasis.SOLD)
      .build();
  static final TierRequirements REQUIREMENTS_B = TierRequirements.builder()
      .totalPoints(Points.of(329)).soldMinimum(Points.of(60)).soldMinimumBasis(SoldMinimumBasis.SOURCED)
      .managedMinimum(Points.of(200)).build();
  static final TierSchedule SCHEDULE_A = TierSchedule.builder().putRequirements(Tier.GOLD, REQUIREMENTS_A).build();
  static final TierSchedule SCHEDULE_B = TierSchedule.builder()
      .putRequirements(Tier.PLATINUM, REQUIREMENTS_B).certificationRequired(false)
      .minimumMedianToolUsage(BigDecimal.valueOf(2)).build();
  static final ProgramRules RULES_B = ProgramRules.builder()
      .name("another program")
      .rateEras(Timeline.of("rate eras", LocalDate.of(2020, 1, 1), RATE_ERA_B))
      .growthMarkets(Timeline.of("growth markets", LocalDate.of(2020, 1, 1), ImmutableSet.of(CountryCode.of("IN"))))
      .pointValues(PointValueTable.builder().table(LocalDate.of(2020, 1, 1)).value("USD", "100").build())
      .tierSchedules(Timeline.of("tier schedules", LocalDate.of(2020, 1, 1), SCHEDULE_B))
      .soldPointsActiveMonths(6)
      .noDealIncreasesStopEarningOn(LocalDate.of(2021, 1, 1))
      .build();

  // calculator
  static final EstimateRequest ESTIMATE_A = EstimateRequest.builder()
      .soldMrr(Money.of(1000, EUR)).country(CountryCode.of("BR")).date(D1).build();
  static final EstimateRequest ESTIMATE_B = EstimateRequest.builder()
      .soldMrr(Money.of(500, USD)).country(CountryCode.of("DE")).dealType(DealType.ASSISTED)
      .alsoManages(true).otherManagingPartners(2).date(LocalDate.of(2024, 5, 1))
      .productLineFirstSold(LocalDate.of(2023, 1, 1)).build();
  static final PointsEstimate POINTS_ESTIMATE_A = CALCULATOR.estimate(ESTIMATE_A);
  static final PointsEstimate POINTS_ESTIMATE_B = CALCULATOR.estimate(ESTIMATE_B);
  static final AppliedRule APPLIED_RULE_A = POINTS_ESTIMATE_A.appliedRule();
  static final AppliedRule APPLIED_RULE_B = POINTS_ESTIMATE_B.appliedRule();
  static final MoneyToPointsRequest MONEY_TO_POINTS_A = MoneyToPointsRequest.builder()
      .soldMrr(Money.of(1000, EUR)).country(CountryCode.of("DE")).date(D1).build();
  static final MoneyToPointsRequest MONEY_TO_POINTS_B = MoneyToPointsRequest.builder()
      .soldMrr(Money.of(200, USD)).managedMrr(Money.of(300, USD)).country(CountryCode.of("BR"))
      .dealType(DealType.ASSISTED).build();
  static final PointsToMoneyRequest POINTS_TO_MONEY_A = PointsToMoneyRequest.builder()
      .soldPoints(Points.of(50)).managedPoints(Points.of(10)).currency(EUR).country(CountryCode.of("BR"))
      .date(D1).build();
  static final PointsToMoneyRequest POINTS_TO_MONEY_B = PointsToMoneyRequest.builder()
      .soldPoints(Points.of(5)).currency(USD).country(CountryCode.of("US")).dealType(DealType.ASSISTED).build();
  static final MoneyEquivalent MONEY_EQUIVALENT_A = CALCULATOR.pointsToMoney(POINTS_TO_MONEY_A);
  static final MoneyEquivalent MONEY_EQUIVALENT_B = CALCULATOR.pointsToMoney(POINTS_TO_MONEY_B);

  // ledger inputs
  static final Subscription SUBSCRIPTION_A = Subscription.of(MARKETING, Edition.PROFESSIONAL, Money.of(1000, USD));
  static final Subscription SUBSCRIPTION_B = Subscription.of(SALES, Edition.STARTER, Money.of(80, EUR));
  static final Client CLIENT_A = Client.builder().id(ClientId.of("c-us")).country(CountryCode.of("US"))
      .currency(USD).addSubscriptions(SUBSCRIPTION_A).toolUsage(BigDecimal.valueOf(3)).build();
  static final Client CLIENT_B = Client.builder().id(ClientId.of("c-br")).name("Brazil Ltda")
      .country(CountryCode.of("BR")).currency(EUR).addSubscriptions(SUBSCRIPTION_B).build();
  static final Deal DEAL_A = Deal.builder().id(DealId.of("d-1")).clientId(CLIENT_A.id()).closeDate(LocalDate.of(2025, 8, 1))
      .kind(DealKind.NEW_CLIENT).dealType(DealType.SOURCED).productLine(MARKETING)
      .mrrChange(Money.of(1000, USD)).partner(ME).build();
  static final Deal DEAL_B = Deal.builder().id(DealId.of("d-2")).clientId(CLIENT_B.id()).closeDate(LocalDate.of(2025, 9, 15))
      .kind(DealKind.UPSELL).dealType(DealType.ASSISTED).productLine(SALES)
      .mrrChange(Money.of(80, EUR)).partner(OTHER).productLineFirstSold(LocalDate.of(2023, 3, 1)).build();
  static final Deal DOWNGRADE = Deal.builder().id(DealId.of("d-3")).clientId(CLIENT_A.id())
      .closeDate(LocalDate.of(2025, 12, 1)).kind(DealKind.DOWNGRADE).dealType(DealType.SOURCED)
      .productLine(MARKETING).mrrChange(Money.of(-200, USD)).build();
  static final Deal DEAL_ME_B = DEAL_B.withId(DealId.of("d-4")).withPartner(ME).withCloseDate(LocalDate.of(2025, 10, 1));
  static final ManagementPeriod PERIOD_A = ManagementPeriod.builder().clientId(CLIENT_A.id()).partner(ME)
      .from(LocalDate.of(2025, 8, 1)).build();
  static final ManagementPeriod PERIOD_B = ManagementPeriod.builder().clientId(CLIENT_B.id()).partner(OTHER)
      .from(LocalDate.of(2025, 1, 1)).until(LocalDate.of(2026, 1, 1)).build();
  static final ManagementPeriod PERIOD_ME_B = PERIOD_B.withPartner(ME);
  static final ClientMrr MRR_A = ClientMrr.of(CLIENT_A.id(), LocalDate.of(2025, 9, 1), Money.of(1200, USD));
  static final ClientMrr MRR_B = ClientMrr.of(CLIENT_B.id(), LocalDate.of(2025, 11, 1), Money.of(90, EUR));

  static final PointLedger LEDGER = PointLedger.builder(RULES, ME)
      .addClient(CLIENT_A).addClient(CLIENT_B)
      .addDeal(DEAL_A).addDeal(DEAL_ME_B).addDeal(DOWNGRADE)
      .addManagementPeriod(PERIOD_A).addManagementPeriod(PERIOD_B).addManagementPeriod(PERIOD_ME_B)
      .addClientMrr(MRR_A).addClientMrr(MRR_B)
      .build();

  // ledger results
  static final SoldEntry SOLD_ENTRY_A = LEDGER.soldEntries().get(0);
  static final SoldEntry SOLD_ENTRY_B = LEDGER.soldEntries().get(1);
  static final ManagedInterval INTERVAL_A = LEDGER.managedIntervals().get(CLIENT_A.id()).get(0);
  static final ManagedInterval INTERVAL_B = LEDGER.managedIntervals().get(CLIENT_B.id()).get(0);
  static final DataGap DATA_GAP_A = DataGap.of(DataGapKind.CLIENT_WITHOUT_MRR, CLIENT_A.id(), D1,
      Optional.empty(), Optional.empty(), "client c-us has deals but no MRR");
  static final DataGap DATA_GAP_B = DataGap.of(DataGapKind.DEAL_AFTER_CANCELLATION, CLIENT_B.id(), D2,
      Optional.of(D2.plusDays(1)), Optional.of(DealId.of("d9")), "deal d9 after a cancellation");
  static final BreakdownFilter FILTER_A = BreakdownFilter.builder().build();
  static final BreakdownFilter FILTER_B =
      BreakdownFilter.builder().dealType(DealType.SOURCED).marketType(MarketType.GROWTH).build();

  // tier
  static final Certification CERTIFICATION_A = Certification.of(LocalDate.of(2024, 1, 1), Optional.empty());
  static final Certification CERTIFICATION_B =
      Certification.of(LocalDate.of(2025, 2, 1), Optional.of(LocalDate.of(2027, 2, 1)));
  static final PartnerAccount ACCOUNT_A = PartnerAccount.builder().addCertifications(CERTIFICATION_A)
      .putMedianToolUsage(LocalDate.of(2025, 1, 1), BigDecimal.valueOf(3)).build();
  static final PartnerAccount ACCOUNT_B = PartnerAccount.builder().addCertifications(CERTIFICATION_B).build();
  static final TierEvaluator EVALUATOR = TierEvaluator.of(LEDGER, ACCOUNT_A);
  static final TierChange TIER_CHANGE_A = TierChange.builder().date(LocalDate.of(2025, 8, 1))
      .to(Tier.GOLD).reason(TierChangeReason.TIER_UP).build();
  static final TierChange TIER_CHANGE_B = TierChange.builder().date(LocalDate.of(2026, 1, 15))
      .from(Tier.PLATINUM).to(Tier.GOLD).reason(TierChangeReason.RECALIBRATION).build();

  // dashboard inputs
  static final Renewal RENEWAL_A = Renewal.builder().clientId(CLIENT_A.id()).renewalDate(LocalDate.of(2026, 1, 20))
      .addProducts(MARKETING).currentMrr(Money.of(1200, USD)).renewalMrr(Money.of(1500, USD))
      .lastActiveEmployee("Dana Reyes").build();
  static final Renewal RENEWAL_B = Renewal.builder().clientId(CLIENT_B.id()).renewalDate(LocalDate.of(2026, 4, 1))
      .addProducts(SALES).currentMrr(Money.of(90, EUR)).renewalMrr(Money.of(60, EUR))
      .renewalManager("Lucas Prado").build();
  /** What c-us paid in November 2025, net of a credit. */
  static final ClientRevenue REVENUE_A = ClientRevenue.of(CLIENT_A.id(), YearMonth.of(2025, 11), Money.of(1150, USD));
  static final ClientRevenue REVENUE_B =
      ClientRevenue.of(CLIENT_B.id(), YearMonth.of(2025, 12), Money.of(new BigDecimal("87.50"), EUR));
  static final RevenueSeries REVENUE_SERIES_A = RevenueSeries.of(List.of(REVENUE_A, REVENUE_B));
  /** Actual revenue up to the dashboard's month, then a forecast at the month-end MRR. */
  static final RevenueSeries REVENUE_SERIES_B =
      RevenueSeries.fromMonthEndMrr(LEDGER, YearMonth.of(2025, 8), YearMonth.of(2026, 6));
  static final CommissionRules COMMISSION_RULES_B = CommissionRules.builder().shareRate(new BigDecimal("0.15"))
      .clientShareMonths(24).netUpsellFrom(LocalDate.of(2026, 1, 1)).netUpsellMonths(24).paymentDelayDays(30)
      .build();
  static final PartnerLevels LEVELS_B = PartnerLevels.convertedToProviderOn(LocalDate.of(2026, 1, 1));
  static final DashboardOptions OPTIONS_B = DashboardOptions.builder()
      .sourcedMrrMethod(SourcedMrrMethod.trailingMonths(6, 6)).retentionMethod(RetentionMethod.lastCompleteMonths(6))
      .commissionRules(COMMISSION_RULES_B).renewalHorizon(Period.ofDays(30)).expiryMonths(3).build();

  // dashboard results: the year-end dashboard over the last quarter with the defaults, and one for the
  // quarter to date in March of a partner that converted to Provider, with other options and a
  // revenue forecast
  static final LocalDate YEAR_END = LocalDate.of(2025, 12, 31);
  static final PartnerDashboard DASHBOARD_A = DashboardBuilder.of(LEDGER, ACCOUNT_A)
      .addRenewal(RENEWAL_A).addRenewal(RENEWAL_B)
      .build(YEAR_END, LocalDate.of(2025, 10, 1), YEAR_END);
  static final PartnerDashboard DASHBOARD_B = DashboardBuilder.of(LEDGER, ACCOUNT_B)
      .options(OPTIONS_B).partnerLevels(LEVELS_B).revenue(REVENUE_SERIES_B)
      .addRenewal(RENEWAL_A).addRenewal(RENEWAL_B)
      .build(D2, LocalDate.of(2026, 1, 1), D2);
  /** The commission on the revenue actually reported for c-us and c-br (one month each). */
  static final CommissionCalculator COMMISSION_ON_REVENUE =
      CommissionCalculator.of(LEDGER, PartnerLevels.alwaysPartner(), REVENUE_SERIES_A, CommissionRules.builtIn());
  /** A sourced cross-sell in euros of another partner, for a sourced-MRR row in another currency. */
  static final Deal SOURCED_EUR = Deal.builder().id(DealId.of("d-5")).clientId(CLIENT_B.id()).closeDate(LocalDate.of(2025, 9, 15))
      .kind(DealKind.CROSS_SELL).dealType(DealType.SOURCED).productLine(MARKETING).mrrChange(Money.of(80, EUR))
      .partner(OTHER).build();
  static final SourcedDealRow SOURCED_ROW_EUR = SourcedMrrMethod.builtIn()
      .measure(PointLedger.builder(RULES, OTHER).addClient(CLIENT_B).addDeal(SOURCED_EUR).build(), D2).rows().get(0);
  /** c-br, managed from 2025-01 until 2026-01, as if it had cancelled in December. */
  static final ClientRetentionRow CANCELLED_ROW = ClientRetentionRow.builder().clientId(CLIENT_B.id())
      .mrrAtStart(Money.of(90, EUR))
      .mrrAtStartUsd(Money.of(RULES.pointValue(EUR, LocalDate.of(2025, 12, 1)).toProgramUsd(BigDecimal.valueOf(90)),
          USD))
      .mrrAtEnd(Money.of(0, EUR)).build();

  static final YearMonth FIRST_MONTH = YearMonth.of(2025, 8);

  private Samples() {}
}
