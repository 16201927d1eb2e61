package dev.partnerpoints.jackson;

import dev.partnerpoints.calculator.EstimateRequest;
import dev.partnerpoints.calculator.MoneyToPointsRequest;
import dev.partnerpoints.calculator.PointsCalculator;
import dev.partnerpoints.calculator.PointsToMoneyRequest;
import dev.partnerpoints.commission.ClientRevenue;
import dev.partnerpoints.commission.PartnerLevels;
import dev.partnerpoints.commission.RevenueSeries;
import dev.partnerpoints.dashboard.DashboardBuilder;
import dev.partnerpoints.dashboard.PartnerDashboard;
import dev.partnerpoints.ledger.BreakdownFilter;
import dev.partnerpoints.ledger.ClientId;
import dev.partnerpoints.ledger.DataGap;
import dev.partnerpoints.ledger.DataGapKind;
import dev.partnerpoints.ledger.DealId;
import dev.partnerpoints.ledger.PointLedger;
import dev.partnerpoints.ledger.ProductLine;
import dev.partnerpoints.money.Points;
import dev.partnerpoints.program.CountryCode;
import dev.partnerpoints.program.DealType;
import dev.partnerpoints.program.ProgramRules;
import dev.partnerpoints.program.Tier;
import dev.partnerpoints.renewal.Renewal;
import dev.partnerpoints.testkit.PartnerFixture;
import dev.partnerpoints.testkit.PartnerFixtures;
import dev.partnerpoints.testkit.RandomPortfolios;
import dev.partnerpoints.tier.Certification;
import dev.partnerpoints.tier.PartnerAccount;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.money.Monetary;
import org.javamoney.moneta.Money;

/** Instances of the library's value types, from the showcase partner and the calculator. */
final class Samples {

  /** Value types that are configuration or inputs of builders, not data a service exchanges. */
  static final Set<String> NOT_OUTPUT = Set.of(
      // a computed index over its inputs (clients, deals, periods, MRR), which are covered: rebuild it from them
      "PointLedger",
      // the program rules and dashboard configuration: code and rule tables, not exchanged data
      "ProgramRules", "RateEra", "TierSchedule", "TierRequirements", "PointValueTable", "Timeline",
      "DashboardOptions", "CommissionRules");

  private Samples() {}

  static EstimateRequest estimateRequest() {
    return EstimateRequest.builder().soldMrr(Money.of(1000, "EUR")).country(CountryCode.of("BR"))
        .dealType(DealType.SOURCED).alsoManages(true).otherManagingPartners(1).date(LocalDate.of(2025, 8, 1))
        .build();
  }

  static PointsToMoneyRequest pointsToMoneyRequest() {
    return PointsToMoneyRequest.builder().soldPoints(Points.of(50)).managedPoints(Points.of(10))
        .currency(Monetary.getCurrency("EUR")).country(CountryCode.of("BR")).dealType(DealType.SOURCED)
        .date(LocalDate.of(2025, 8, 1)).build();
  }

  static MoneyToPointsRequest moneyToPointsRequest() {
    return MoneyToPointsRequest.builder().soldMrr(Money.of(1000, "EUR")).managedMrr(Money.of(500, "EUR"))
        .country(CountryCode.of("DE")).date(LocalDate.of(2025, 8, 1)).build();
  }

  /** The roots: the showcase's dashboard, its ledger's answers, the calculator's requests and results. */
  static List<Object> roots() {
    PartnerFixture showcase = PartnerFixtures.showcase();
    PointLedger ledger = showcase.ledger();
    LocalDate date = PartnerFixtures.AS_OF;
    PartnerDashboard dashboard = DashboardBuilder.of(ledger, showcase.account()).build(date);
    ClientId acme = ClientId.of("acme");
    Renewal renewal = Renewal.builder().clientId(acme).renewalDate(date.plusDays(30))
        .addProducts(ProductLine.of("Marketing Hub")).currentMrr(Money.of(2500, "USD"))
        .renewalMrr(Money.of(2750, "USD")).lastActiveEmployee("Ana Souza").build();
    RevenueSeries revenue = RevenueSeries.of(List.of(ClientRevenue.of(acme, YearMonth.of(2025, 9), Money.of(2500, "USD"))));
    PartnerAccount account = PartnerAccount.builder().addCertifications(Certification.of(LocalDate.of(2024, 1, 1),
            Optional.of(LocalDate.of(2026, 1, 1))))
        .putMedianToolUsage(LocalDate.of(2024, 1, 1), new BigDecimal("3.5")).build();
    PartnerDashboard withInputs = DashboardBuilder.of(ledger, account)
        .partnerLevels(PartnerLevels.convertedToProviderOn(LocalDate.of(2025, 11, 1)))
        .revenue(revenue).addRenewal(renewal).build(date);
    PointsCalculator calculator = PointsCalculator.of(ProgramRules.builtIn(), Clock.systemUTC());
    List<Object> roots = new ArrayList<>();
    roots.add(dashboard);
    roots.add(withInputs);
    roots.add(renewal);
    roots.add(revenue);
    roots.add(account);
    roots.add(PartnerLevels.convertedToProviderOn(LocalDate.of(2025, 11, 1)));
    roots.add(dashboard.commission().toSegment("earning commission"));
    roots.add(BreakdownFilter.all());
    roots.add(DataGap.of(DataGapKind.MANAGED_WITHOUT_MRR, ledger.clients().firstKey(), date,
        Optional.of(date.plusMonths(1)), Optional.of(DealId.of("d1")), "a data gap"));
    roots.add(showcase.evaluator().mrrToReach(Tier.DIAMOND, date, Monetary.getCurrency("EUR")));
    roots.add(RandomPortfolios.withSeed(7).portfolio(20, 40).clientMrr());
    roots.add(ledger.pointsOn(date));
    roots.add(ledger.changes(date.minusMonths(3), date));
    roots.add(ledger.breakdown(date, BreakdownFilter.all()));
    roots.add(ledger.progress(YearMonth.of(2025, 1), YearMonth.of(2025, 9)));
    roots.add(ledger.upcomingExpiries(date, 6));
    roots.add(ledger.clients());
    roots.add(ledger.deals());
    roots.add(ledger.managementPeriods());
    roots.add(ledger.clientMrrHistory());
    roots.add(showcase.evaluator().statusOn(date));
    roots.add(estimateRequest());
    roots.add(calculator.estimate(estimateRequest()));
    roots.add(pointsToMoneyRequest());
    roots.add(calculator.pointsToMoney(pointsToMoneyRequest()));
    roots.add(moneyToPointsRequest());
    roots.add(calculator.moneyToPoints(moneyToPointsRequest()));
    return roots;
  }

  static Map<Class<?>, Object> all() {
    return Graph.samples(roots().toArray());
  }
}
