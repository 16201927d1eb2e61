package dev.partnerpoints.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.partnerpoints.calculator.EstimateRequest;
import dev.partnerpoints.calculator.MoneyToPointsRequest;
import dev.partnerpoints.calculator.PointsCalculator;
import dev.partnerpoints.calculator.PointsEstimate;
import dev.partnerpoints.dashboard.DashboardBuilder;
import dev.partnerpoints.dashboard.PartnerDashboard;
import dev.partnerpoints.ledger.Client;
import dev.partnerpoints.ledger.ClientMrr;
import dev.partnerpoints.ledger.Deal;
import dev.partnerpoints.ledger.ManagementPeriod;
import dev.partnerpoints.ledger.PartnerId;
import dev.partnerpoints.ledger.PointLedger;
import dev.partnerpoints.program.CountryCode;
import dev.partnerpoints.program.DealType;
import dev.partnerpoints.program.ProgramRules;
import dev.partnerpoints.testkit.Portfolio;
import dev.partnerpoints.testkit.RandomPortfolios;
import dev.partnerpoints.tier.PartnerAccount;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The testkit's random portfolios, their ledgers' answers, their dashboards and estimates round-trip equal. */
class RoundTripPropertiesTest {

  private static final int DAYS = (int) ChronoUnit.DAYS.between(RandomPortfolios.DEFAULT_FROM, RandomPortfolios.DEFAULT_TO);
  private static final String[] COUNTRIES = {"US", "BR", "DE", "GB", "JP", "CO", "ZA", "SG", "AU", "CA", "MX"};
  private static final PointsCalculator CALCULATOR = PointsCalculator.of(ProgramRules.builtIn(), Clock.systemUTC());

  private static <T> T read(String json, TypeReference<T> type) {
    try {
      return RoundTrip.MAPPER.readValue(json, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void portfoliosTheirLedgersAnswersAndDashboardsRoundTrip() {
    qt().withExamples(8).forAll(RandomPortfolios.portfolios(6, 30), integers().between(0, DAYS))
        .checkAssert((portfolio, offset) -> {
          LocalDate date = RandomPortfolios.DEFAULT_FROM.plusDays(offset);
          PointLedger ledger = portfolio.ledger();
          PartnerDashboard dashboard = DashboardBuilder.of(ledger, PartnerAccount.alwaysCertified()).build(date);
          RoundTrip.assertAllRoundTrip(dashboard, ledger.pointsOn(date), ledger.changes(date.minusDays(45), date),
              portfolio.clients(), portfolio.deals(), portfolio.managementPeriods(), portfolio.clientMrr());
        });
  }

  @Test
  void aLedgerRebuiltFromInputsReadBackGivesTheSameDashboard() {
    qt().withExamples(12).forAll(RandomPortfolios.portfolios(6, 40), integers().between(0, DAYS))
        .checkAssert((portfolio, offset) -> {
          LocalDate date = RandomPortfolios.DEFAULT_FROM.plusDays(offset);
          PointLedger back = rebuilt(portfolio);
          assertThat(back.deals()).isEqualTo(portfolio.ledger().deals());
          PartnerDashboard expected = DashboardBuilder.of(portfolio.ledger(), PartnerAccount.alwaysCertified()).build(date);
          PartnerDashboard actual = DashboardBuilder.of(back, PartnerAccount.alwaysCertified()).build(date);
          assertThat(actual).isEqualTo(expected);
          assertThat(RoundTrip.read(RoundTrip.write(expected), PartnerDashboard.class)).isEqualTo(actual);
        });
  }

  private static PointLedger rebuilt(Portfolio portfolio) {
    List<Client> clients = read(RoundTrip.write(portfolio.clients()), new TypeReference<>() {});
    List<Deal> deals = read(RoundTrip.write(portfolio.deals()), new TypeReference<>() {});
    List<ManagementPeriod> periods = read(RoundTrip.write(portfolio.managementPeriods()), new TypeReference<>() {});
    List<ClientMrr> mrr = read(RoundTrip.write(portfolio.clientMrr()), new TypeReference<>() {});
    PartnerId partner = RoundTrip.read(RoundTrip.write(portfolio.partner()), PartnerId.class);
    return PointLedger.builder(ProgramRules.builtIn(), partner).addClients(clients).addDeals(deals)
        .addManagementPeriods(periods).addClientMrr(mrr).build();
  }

  @Test
  void estimatesAndTheirRequestsRoundTrip() {
    qt().withExamples(200).forAll(RandomPortfolios.amounts(), integers().between(0, COUNTRIES.length - 1),
            integers().between(0, 7), integers().between(0, DAYS))
        .checkAssert((amount, country, dealAndPartners, offset) -> {
          boolean sourced = dealAndPartners % 2 == 0;
          int others = dealAndPartners / 2;
          EstimateRequest request = EstimateRequest.builder().soldMrr(amount)
              .country(CountryCode.of(COUNTRIES[country])).dealType(sourced ? DealType.SOURCED : DealType.ASSISTED)
              .alsoManages(others > 0).otherManagingPartners(Math.max(0, others - 1))
              .date(RandomPortfolios.DEFAULT_FROM.plusDays(offset)).build();
          PointsEstimate estimate = CALCULATOR.estimate(request);
          RoundTrip.assertAllRoundTrip(request, estimate);
          MoneyToPointsRequest toPoints = MoneyToPointsRequest.builder().soldMrr(amount).managedMrr(amount)
              .country(request.country()).date(request.date()).build();
          RoundTrip.assertAllRoundTrip(toPoints, CALCULATOR.moneyToPoints(toPoints));
        });
  }
}
