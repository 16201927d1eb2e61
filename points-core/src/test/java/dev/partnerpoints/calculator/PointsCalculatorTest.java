package dev.partnerpoints.calculator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerpoints.money.DateOutsideProgramException;
import dev.partnerpoints.money.Points;
import dev.partnerpoints.money.UnsupportedCurrencyException;
import dev.partnerpoints.program.CountryCode;
import dev.partnerpoints.program.DealType;
import dev.partnerpoints.program.ProgramRules;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import javax.money.UnknownCurrencyException;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The calculator against hand-computed examples of docs/rules.md sections 2-7. Every expected value is
 * worked out in a comment: {@code points = MRR / (local amount worth 100 USD) x rate x multiplier},
 * rounded once to hundredths, HALF_EVEN.
 */
class PointsCalculatorTest {

  /** The calculator's clock says 2025-08-01 (second currency table, 5-point sourced era). */
  private static final Clock CLOCK = Clock.fixed(
      LocalDate.of(2025, 8, 1).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);

  private final PointsCalculator calculator = PointsCalculator.of(ProgramRules.builtIn(), CLOCK);

  private static EstimateRequest.Builder sale(String amount, String currency, String country, String date) {
    return EstimateRequest.builder()
        .soldMrr(Money.of(new BigDecimal(amount), currency))
        .country(CountryCode.of(country))
        .date(LocalDate.parse(date));
  }

  private static Points p(String points) {
    return Points.parse(points);
  }

  // --- the documented example -------------------------------------------------------------------

  @Test
  void theDocumentedExample() {
    PointsEstimate estimate = calculator.estimate(sale("1000", "EUR", "BR", "2025-08-01")
        .dealType(DealType.SOURCED).alsoManages(true).build());
    // sold: 1000 EUR / 88 x 5 x 2 = 113.6363.. -> 113.64
    assertThat(estimate.soldPoints()).isEqualTo(p("113.64"));
    // managed: 1000 EUR / 88 x 1 x 2 = 22.7272.. -> 22.73
    assertThat(estimate.managedPoints()).isEqualTo(p("22.73"));
    assertThat(estimate.clientManagedPoints()).isEqualTo(p("22.73"));
    // total: 113.64 + 22.73 = 136.37
    assertThat(estimate.totalPoints()).isEqualTo(p("136.37"));

    AppliedRule rule = estimate.appliedRule();
    assertThat(rule.date()).isEqualTo(LocalDate.of(2025, 8, 1));
    assertThat(rule.rateEraFrom()).isEqualTo(LocalDate.of(2024, 2, 27));
    assertThat(rule.soldRateEraFrom()).isEqualTo(LocalDate.of(2024, 2, 27));
    assertThat(rule.dealType()).isEqualTo(DealType.SOURCED);
    assertThat(rule.soldRate()).isEqualByComparingTo("5");
    assertThat(rule.managedRate()).isEqualByComparingTo("1");
    assertThat(rule.growthMarket()).isTrue();
    assertThat(rule.marketMultiplier()).isEqualByComparingTo("2");
    assertThat(rule.pointValue().currency().getCurrencyCode()).isEqualTo("EUR");
    assertThat(rule.pointValue().localAmountPer100Usd()).isEqualByComparingTo("88");
    assertThat(rule.pointValue().effectiveFrom()).isEqualTo(LocalDate.of(2025, 7, 15));
    assertThat(rule.managingPartners()).isEqualTo(1);
  }

  // --- both currency tables, every row ----------------------------------------------------------

  @ParameterizedTest(name = "{1} {0} on {2} (US, not growth): sourced {3}, assisted {4}, managed {5}")
  @CsvSource({
      // first table, on its last day 2025-07-14 (rates 5/3/1 since 2024-02-27)
      "USD, 1000,    2025-07-14, 50.00, 30.00, 10.00", // 1000/100 x 5 = 50; x 3 = 30; x 1 = 10
      "AUD, 1000,    2025-07-14, 47.62, 28.57, 9.52",  // 1000/105 x 5 = 47.619..; x 3 = 28.571..; x 1 = 9.5238..
      "CAD, 1000,    2025-07-14, 38.46, 23.08, 7.69",  // 1000/130 x 5 = 38.4615..; x 3 = 23.0769..; 7.6923..
      "COP, 1000000, 2025-07-14, 16.65, 9.99,  3.33",  // 1000000/300300 x 5 = 16.65001..; x 3 = 9.99000..; 3.33000..
      "EUR, 1000,    2025-07-14, 66.67, 40.00, 13.33", // 1000/75 x 5 = 66.666..; x 3 = 40; x 1 = 13.333..
      "GBP, 1000,    2025-07-14, 80.00, 48.00, 16.00", // 1000/62.50 x 5 = 80; x 3 = 48; x 1 = 16
      "JPY, 100000,  2025-07-14, 41.67, 25.00, 8.33",  // 100000/12000 x 5 = 41.666..; x 3 = 25; x 1 = 8.333..
      "SGD, 1000,    2025-07-14, 35.71, 21.43, 7.14",  // 1000/140 x 5 = 35.7142..; x 3 = 21.4285..; 7.1428..
      "ZAR, 10000,   2025-07-14, 32.36, 19.42, 6.47",  // 10000/1545 x 5 = 32.3624..; x 3 = 19.4174..; 6.4724..
      // second table, on its first day 2025-07-15
      "USD, 1000,    2025-07-15, 50.00, 30.00, 10.00", // 1000/100 x 5 = 50; x 3 = 30; x 1 = 10
      "AUD, 1000,    2025-07-15, 32.47, 19.48, 6.49",  // 1000/154 x 5 = 32.4675..; x 3 = 19.4805..; 6.4935..
      "CAD, 1000,    2025-07-15, 38.46, 23.08, 7.69",  // 1000/130 (unchanged)
      "COP, 1000000, 2025-07-15, 12.25, 7.35,  2.45",  // 1000000/408000 x 5 = 12.2549..; x 3 = 7.3529..; 2.4509..
      "EUR, 1000,    2025-07-15, 56.82, 34.09, 11.36", // 1000/88 x 5 = 56.8181..; x 3 = 34.0909..; 11.3636..
      "GBP, 1000,    2025-07-15, 67.57, 40.54, 13.51", // 1000/74 x 5 = 67.5675..; x 3 = 40.5405..; 13.5135..
      "JPY, 100000,  2025-07-15, 34.72, 20.83, 6.94",  // 100000/14400 x 5 = 34.7222..; x 3 = 20.8333..; 6.9444..
      "SGD, 1000,    2025-07-15, 38.76, 23.26, 7.75",  // 1000/129 x 5 = 38.7596..; x 3 = 23.2558..; 7.7519..
      "ZAR, 10000,   2025-07-15, 28.28, 16.97, 5.66",  // 10000/1768 x 5 = 28.2805..; x 3 = 16.9683..; 5.6561..
  })
  void everyCurrencyOfBothTables(String currency, String amount, String date, String sourced, String assisted,
      String managed) {
    PointsEstimate sourcedEstimate = calculator.estimate(sale(amount, currency, "US", date)
        .dealType(DealType.SOURCED).alsoManages(true).build());
    PointsEstimate assistedEstimate = calculator.estimate(sale(amount, currency, "US", date)
        .dealType(DealType.ASSISTED).alsoManages(true).build());
    assertThat(sourcedEstimate.soldPoints()).isEqualTo(p(sourced));
    assertThat(sourcedEstimate.managedPoints()).isEqualTo(p(managed));
    assertThat(sourcedEstimate.totalPoints()).isEqualTo(p(sourced).plus(p(managed)));
    assertThat(assistedEstimate.soldPoints()).isEqualTo(p(assisted));
    assertThat(assistedEstimate.managedPoints()).isEqualTo(p(managed));
    assertThat(sourcedEstimate.appliedRule().pointValue().effectiveFrom())
        .isEqualTo(date.equals("2025-07-14") ? LocalDate.of(2022, 7, 18) : LocalDate.of(2025, 7, 15));
  }

  // --- both rate eras and their boundaries ------------------------------------------------------

  @ParameterizedTest(name = "1000 USD, US, on {0}: sourced {1}, assisted {2}, managed {3}")
  @CsvSource({
      // 1000 USD = 10 x 100 USD, so points = 10 x rate
      "2022-07-18, 30.00, 30.00, 10.00", // first day of the program: 3/3/1
      "2023-09-30, 30.00, 30.00, 10.00",
      "2024-02-26, 30.00, 30.00, 10.00", // the day before the 5-point era
      "2024-02-27, 50.00, 30.00, 10.00", // the day of the change: 5/3/1
      "2025-07-14, 50.00, 30.00, 10.00",
      "2025-07-15, 50.00, 30.00, 10.00",
      "2026-01-14, 50.00, 30.00, 10.00",
      "2026-01-15, 50.00, 30.00, 10.00",
  })
  void rateErasNonGrowth(String date, String sourced, String assisted, String managed) {
    assertThat(calculator.estimate(sale("1000", "USD", "US", date).dealType(DealType.SOURCED).build()).soldPoints())
        .isEqualTo(p(sourced));
    PointsEstimate assisted3 = calculator.estimate(sale("1000", "USD", "US", date)
        .dealType(DealType.ASSISTED).alsoManages(true).build());
    assertThat(assisted3.soldPoints()).isEqualTo(p(assisted));
    assertThat(assisted3.managedPoints()).isEqualTo(p(managed));
  }

  @ParameterizedTest(name = "1000 USD, BR, on {0}: sourced {1}, assisted {2}, managed {3}")
  @CsvSource({
      // 1000 USD = 10 x 100 USD, growth market: points = 10 x rate x 2
      "2022-07-18, 60.00, 60.00, 20.00",
      "2024-02-26, 60.00, 60.00, 20.00",
      "2024-02-27, 100.00, 60.00, 20.00",
      "2026-01-15, 100.00, 60.00, 20.00",
  })
  void rateErasGrowth(String date, String sourced, String assisted, String managed) {
    assertThat(calculator.estimate(sale("1000", "USD", "BR", date).dealType(DealType.SOURCED).build()).soldPoints())
        .isEqualTo(p(sourced));
    PointsEstimate assisted3 = calculator.estimate(sale("1000", "USD", "BR", date)
        .dealType(DealType.ASSISTED).alsoManages(true).build());
    assertThat(assisted3.soldPoints()).isEqualTo(p(assisted));
    assertThat(assisted3.managedPoints()).isEqualTo(p(managed));
  }

  @Test
  void theDayBeforeTheFirstEraIsOutsideTheProgram() {
    assertThatThrownBy(() -> calculator.estimate(sale("1000", "USD", "US", "2022-07-17").build()))
        .isInstanceOf(DateOutsideProgramException.class)
        .hasMessageContaining("2022-07-17");
    assertThatThrownBy(() -> calculator.moneyToPoints(MoneyToPointsRequest.builder()
        .soldMrr(Money.of(1000, "USD")).country(CountryCode.of("US")).date(LocalDate.of(2022, 7, 17)).build()))
        .isInstanceOf(DateOutsideProgramException.class)
        .hasMessageContaining("2022-07-17");
    assertThatThrownBy(() -> calculator.pointsToMoney(PointsToMoneyRequest.builder().soldPoints(Points.of(1))
        .currency(Monetary.getCurrency("USD")).country(CountryCode.of("US")).date(LocalDate.of(2022, 7, 17)).build()))
        .isInstanceOf(DateOutsideProgramException.class)
        .hasMessageContaining("2022-07-17");
  }

  @Test
  void theCurrencyTableChangesOn2025_07_15() {
    // 1000 EUR x 5: on 2025-07-14 / 75 = 66.666.. -> 66.67; on 2025-07-15 / 88 = 56.8181.. -> 56.82
    assertThat(calculator.estimate(sale("1000", "EUR", "DE", "2025-07-14").build()).soldPoints()).isEqualTo(p("66.67"));
    assertThat(calculator.estimate(sale("1000", "EUR", "DE", "2025-07-15").build()).soldPoints()).isEqualTo(p("56.82"));
  }

  @Test
  void aRequestWithoutADateUsesTheClock() {
    PointsEstimate estimate = calculator.estimate(EstimateRequest.builder()
        .soldMrr(Money.of(1000, "EUR")).country(CountryCode.of("DE")).build());
    // clock 2025-08-01, sourced by default: 1000 / 88 x 5 = 56.8181.. -> 56.82; not managed by default
    assertThat(estimate.soldPoints()).isEqualTo(p("56.82"));
    assertThat(estimate.managedPoints()).isEqualTo(Points.zero());
    assertThat(estimate.appliedRule().date()).isEqualTo(LocalDate.of(2025, 8, 1));
    assertThat(estimate.appliedRule().managingPartners()).isZero();
  }

  // --- growth markets ---------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"IN",
      "AR", "BO", "BR", "CL", "CO", "CR", "CU", "DO", "EC", "GT", "HN", "MX", "NI", "PA", "PE", "PR", "PY", "SV",
      "UY", "VE",
      "CN", "KR", "MN",
      "BD", "BN", "HK", "ID", "KH", "LA", "LK", "MM", "MV", "MY", "NP", "PH", "PK", "SG", "TH", "TL", "TW", "VN"})
  void everyGrowthMarketDoublesThePoints(String country) {
    PointsEstimate estimate = calculator.estimate(sale("1000", "USD", country, "2025-08-01")
        .dealType(DealType.SOURCED).alsoManages(true).build());
    // 1000 / 100 x 5 x 2 = 100; managed 1000 / 100 x 1 x 2 = 20
    assertThat(estimate.soldPoints()).isEqualTo(p("100.00"));
    assertThat(estimate.managedPoints()).isEqualTo(p("20.00"));
    assertThat(estimate.totalPoints()).isEqualTo(p("120.00"));
    assertThat(estimate.appliedRule().growthMarket()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"US", "DE", "GB", "JP", "FR", "CA", "AU", "ZA", "ES", "NZ"})
  void otherMarketsDoNot(String country) {
    PointsEstimate estimate = calculator.estimate(sale("1000", "USD", country, "2025-08-01")
        .dealType(DealType.SOURCED).alsoManages(true).build());
    // 1000 / 100 x 5 = 50; managed 1000 / 100 x 1 = 10
    assertThat(estimate.soldPoints()).isEqualTo(p("50.00"));
    assertThat(estimate.managedPoints()).isEqualTo(p("10.00"));
    assertThat(estimate.appliedRule().growthMarket()).isFalse();
    assertThat(estimate.appliedRule().marketMultiplier()).isEqualByComparingTo("1");
  }

  @Test
  void growthDoublesBeforeRoundingNotAfter() {
    // 1 EUR / 88 x 5 = 0.0568.. -> 0.06, doubled after rounding would be 0.12;
    // 1 EUR / 88 x 5 x 2 = 0.1136.. -> 0.11
    assertThat(calculator.estimate(sale("1", "EUR", "DE", "2025-08-01").build()).soldPoints()).isEqualTo(p("0.06"));
    assertThat(calculator.estimate(sale("1", "EUR", "MX", "2025-08-01").build()).soldPoints()).isEqualTo(p("0.11"));
  }

  // --- rounding ---------------------------------------------------------------------------------

  @ParameterizedTest(name = "{0} USD: sourced {1}, managed {2}")
  @CsvSource({
      // sourced x 5 / 100 and managed x 1 / 100, exact ties go to the even hundredth
      "0.10, 0.00, 0.00", // 0.005 -> 0.00; 0.001 -> 0.00
      "0.30, 0.02, 0.00", // 0.015 -> 0.02; 0.003 -> 0.00
      "0.50, 0.02, 0.00", // 0.025 -> 0.02; 0.005 -> 0.00
      "1.50, 0.08, 0.02", // 0.075 -> 0.08; 0.015 -> 0.02
      "2.50, 0.12, 0.02", // 0.125 -> 0.12; 0.025 -> 0.02
      "0.00, 0.00, 0.00",
  })
  void roundingIsHalfEvenOnce(String usd, String sourced, String managed) {
    PointsEstimate estimate = calculator.estimate(sale(usd, "USD", "US", "2025-08-01").alsoManages(true).build());
    assertThat(estimate.soldPoints()).isEqualTo(p(sourced));
    assertThat(estimate.managedPoints()).isEqualTo(p(managed));
  }

  // --- the managed split ------------------------------------------------------------------------

  @ParameterizedTest(name = "1000 EUR, DE, 1 + {0} partners: share {1}")
  @CsvSource({
      // client managed = 1000 / 88 = 11.3636..; share = 11.3636.. / (1 + others), rounded once
      "0,     11.36", // 11.3636.. -> 11.36
      "1,     5.68",  // 5.6818.. -> 5.68
      "2,     3.79",  // 3.7878.. -> 3.79
      "3,     2.84",  // 2.8409.. -> 2.84
      "10,    1.03",  // 1.0330.. -> 1.03
      "10000, 0.00",  // 0.00113.. -> 0.00
  })
  void managedPointsAreSplitOnePlusOthersWays(int others, String share) {
    PointsEstimate estimate = calculator.estimate(sale("1000", "EUR", "DE", "2025-08-01")
        .alsoManages(true).otherManagingPartners(others).build());
    assertThat(estimate.managedPoints()).isEqualTo(p(share));
    assertThat(estimate.clientManagedPoints()).isEqualTo(p("11.36"));
    // sold points are not split: 1000 / 88 x 5 = 56.8181.. -> 56.82
    assertThat(estimate.soldPoints()).isEqualTo(p("56.82"));
    assertThat(estimate.totalPoints()).isEqualTo(p("56.82").plus(p(share)));
    assertThat(estimate.appliedRule().managingPartners()).isEqualTo(1 + others);
  }

  @Test
  void theShareIsTheExactShareRoundedOnceNotTheRoundedTotalDividedAgain() {
    // client managed: 1 GBP / 74 x 1 x 2 (MX) = 0.027027.. -> 0.03
    // this partner's share, 1 + 1 partners: 0.027027.. / 2 = 0.013513.. -> 0.01
    // (dividing the rounded 0.03 again would give 0.015 -> 0.02)
    PointsEstimate estimate = calculator.estimate(sale("1", "GBP", "MX", "2025-08-01")
        .alsoManages(true).otherManagingPartners(1).build());
    assertThat(estimate.clientManagedPoints()).isEqualTo(p("0.03"));
    assertThat(estimate.managedPoints()).isEqualTo(p("0.01"));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 10_000})
  void otherPartnersWithoutAlsoManagingAreRejectedNamingTheCountAndTheRule(int others) {
    assertThatThrownBy(() -> sale("1000", "EUR", "DE", "2025-08-01").alsoManages(false)
        .otherManagingPartners(others).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("number of other managing partners was " + others)
        .hasMessageContaining("alsoManages is false")
        .hasMessageContaining("only of a client this partner also manages");
  }

  @Test
  void noOtherPartnersWithoutAlsoManagingEarnsSoldPointsOnly() {
    PointsEstimate estimate = calculator.estimate(sale("1000", "EUR", "DE", "2025-08-01")
        .alsoManages(false).otherManagingPartners(0).build());
    assertThat(estimate.managedPoints()).isEqualTo(Points.zero());
    assertThat(estimate.clientManagedPoints()).isEqualTo(Points.zero());
    assertThat(estimate.totalPoints()).isEqualTo(p("56.82"));
    assertThat(estimate.appliedRule().managingPartners()).isZero();
  }

  // --- the product-line rate lock ---------------------------------------------------------------

  @ParameterizedTest(name = "{0} upsell on {1}, line first sold {2}: sold {3}")
  @CsvSource({
      // 1000 USD = 10 x 100 USD, US
      "SOURCED,  2025-08-01, 2024-02-26, 30.00, 2022-07-18", // line sold before 2024-02-27: 10 x 3
      "SOURCED,  2025-08-01, 2023-01-10, 30.00, 2022-07-18",
      "SOURCED,  2025-08-01, 2021-05-05, 30.00, 2022-07-18", // before the program: first era's 3
      "SOURCED,  2025-08-01, 2024-02-27, 50.00, 2024-02-27", // line sold on the change day: 10 x 5
      "SOURCED,  2024-02-27, 2024-02-26, 30.00, 2022-07-18", // upsell on the change day of an older line
      "SOURCED,  2024-02-26, 2023-01-10, 30.00, 2022-07-18", // before the change the rate is 3 anyway
      "ASSISTED, 2025-08-01, 2023-01-10, 30.00, 2024-02-27", // assisted is unaffected: 10 x 3
      "ASSISTED, 2025-08-01, 2024-02-27, 30.00, 2024-02-27",
  })
  void upsellsKeepTheSourcedRateOfTheirProductLine(DealType type, String date, LocalDate firstSold, String sold,
      LocalDate soldRateEraFrom) {
    PointsEstimate estimate = calculator.estimate(sale("1000", "USD", "US", date)
        .dealType(type).productLineFirstSold(firstSold).alsoManages(true).build());
    assertThat(estimate.soldPoints()).isEqualTo(p(sold));
    // managed points are not locked: 10 x 1
    assertThat(estimate.managedPoints()).isEqualTo(p("10.00"));
    assertThat(estimate.appliedRule().soldRateEraFrom()).isEqualTo(soldRateEraFrom);
    assertThat(estimate.appliedRule().rateEraFrom()).isEqualTo(LocalDate.parse(date).isBefore(LocalDate.of(2024, 2, 27))
        ? LocalDate.of(2022, 7, 18) : LocalDate.of(2024, 2, 27));
  }

  @Test
  void theRateLockAppliesInGrowthMarketsToo() {
    // 1000 EUR / 88 x 3 x 2 = 68.1818.. -> 68.18 (instead of x 5 x 2 = 113.64)
    PointsEstimate estimate = calculator.estimate(sale("1000", "EUR", "BR", "2025-08-01")
        .productLineFirstSold(LocalDate.of(2023, 3, 1)).build());
    assertThat(estimate.soldPoints()).isEqualTo(p("68.18"));
    assertThat(estimate.appliedRule().soldRate()).isEqualByComparingTo("3");
  }

  @Test
  void aFirstSaleAfterTheDealIsRejected() {
    assertThatThrownBy(() -> sale("1000", "USD", "US", "2025-08-01").productLineFirstSold(LocalDate.of(2025, 8, 2)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2025-08-02");
    // without a date, checked against the clock (2025-08-01)
    EstimateRequest undated = EstimateRequest.builder().soldMrr(Money.of(1000, "USD")).country(CountryCode.of("US"))
        .productLineFirstSold(LocalDate.of(2025, 8, 2)).build();
    assertThatThrownBy(() -> calculator.estimate(undated))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2025-08-02")
        .hasMessageContaining("2025-08-01");
  }

  // --- currency tab -----------------------------------------------------------------------------

  @Test
  void moneyToPoints() {
    PointsEstimate estimate = calculator.moneyToPoints(MoneyToPointsRequest.builder()
        .soldMrr(Money.of(1000, "EUR")).managedMrr(Money.of(500, "EUR"))
        .country(CountryCode.of("MX")).dealType(DealType.SOURCED).date(LocalDate.of(2025, 7, 14)).build());
    // sold 1000 / 75 x 5 x 2 = 133.333.. -> 133.33; managed 500 / 75 x 1 x 2 = 13.333.. -> 13.33
    assertThat(estimate.soldPoints()).isEqualTo(p("133.33"));
    assertThat(estimate.managedPoints()).isEqualTo(p("13.33"));
    assertThat(estimate.clientManagedPoints()).isEqualTo(p("13.33"));
    assertThat(estimate.totalPoints()).isEqualTo(p("146.66"));
    assertThat(estimate.appliedRule().managingPartners()).isEqualTo(1);

    PointsEstimate assisted = calculator.moneyToPoints(MoneyToPointsRequest.builder()
        .soldMrr(Money.of(100000, "JPY")).country(CountryCode.of("JP")).dealType(DealType.ASSISTED)
        .date(LocalDate.of(2023, 1, 1)).build());
    // 100000 / 12000 x 3 = 25; no managed value -> 0
    assertThat(assisted.soldPoints()).isEqualTo(p("25.00"));
    assertThat(assisted.managedPoints()).isEqualTo(Points.zero());
    assertThat(assisted.appliedRule().managingPartners()).isZero();
  }

  @Test
  void pointsToMoney() {
    MoneyEquivalent eur = calculator.pointsToMoney(PointsToMoneyRequest.builder()
        .soldPoints(p("113.64")).managedPoints(p("22.73"))
        .currency(Monetary.getCurrency("EUR")).country(CountryCode.of("BR")).date(LocalDate.of(2025, 8, 1)).build());
    // sold 113.64 x 88 / (5 x 2) = 1000.032 -> 1000.03 EUR; managed 22.73 x 88 / (1 x 2) = 1000.12 EUR
    assertMoney(eur.soldMrr(), "1000.03", "EUR");
    assertMoney(eur.managedMrr(), "1000.12", "EUR");
    assertMoney(eur.totalMrr(), "2000.15", "EUR");

    MoneyEquivalent jpy = calculator.pointsToMoney(PointsToMoneyRequest.builder()
        .soldPoints(p("0.01")).managedPoints(p("1"))
        .currency(Monetary.getCurrency("JPY")).country(CountryCode.of("JP")).date(LocalDate.of(2025, 8, 1)).build());
    // sold 0.01 x 14400 / 5 = 28.8 -> 29 JPY; managed 1 x 14400 / 1 = 14400 JPY
    assertMoney(jpy.soldMrr(), "29", "JPY");
    assertMoney(jpy.managedMrr(), "14400", "JPY");

    MoneyEquivalent gbp = calculator.pointsToMoney(PointsToMoneyRequest.builder()
        .soldPoints(p("0.01")).managedPoints(p("0.03")).dealType(DealType.ASSISTED)
        .currency(Monetary.getCurrency("GBP")).country(CountryCode.of("GB")).date(LocalDate.of(2023, 1, 1)).build());
    // sold 0.01 x 62.50 / 3 = 0.2083.. -> 0.21 GBP; managed 0.03 x 62.50 / 1 = 1.875 -> 1.88 (HALF_EVEN: 8 even)
    assertMoney(gbp.soldMrr(), "0.21", "GBP");
    assertMoney(gbp.managedMrr(), "1.88", "GBP");

    MoneyEquivalent usdTie = calculator.pointsToMoney(PointsToMoneyRequest.builder()
        .soldPoints(p("0.01")).currency(Monetary.getCurrency("GBP")).country(CountryCode.of("GB"))
        .date(LocalDate.of(2025, 7, 14)).build());
    // 0.01 x 62.50 / 5 = 0.125 -> 0.12 (HALF_EVEN); no managed points -> 0
    assertMoney(usdTie.soldMrr(), "0.12", "GBP");
    assertMoney(usdTie.managedMrr(), "0", "GBP");
  }

  @Test
  void moneyToPointsToMoneyIsNotWithinOneMinorUnit() {
    // The honest bound (see PointsCalculatorPropertiesTest): 1.49 USD managed, US, is
    // 1.49 / 100 x 1 = 0.0149 -> 0.01 points, which is worth 0.01 x 100 / 1 = 1.00 USD: 0.49 USD off.
    PointsEstimate points = calculator.moneyToPoints(MoneyToPointsRequest.builder()
        .soldMrr(Money.of(0, "USD")).managedMrr(Money.of(new BigDecimal("1.49"), "USD"))
        .country(CountryCode.of("US")).date(LocalDate.of(2025, 8, 1)).build());
    assertThat(points.managedPoints()).isEqualTo(p("0.01"));
    MoneyEquivalent back = calculator.pointsToMoney(PointsToMoneyRequest.builder()
        .managedPoints(points.managedPoints()).currency(Monetary.getCurrency("USD")).country(CountryCode.of("US"))
        .date(LocalDate.of(2025, 8, 1)).build());
    assertMoney(back.managedMrr(), "1.00", "USD");
  }

  // --- bad input --------------------------------------------------------------------------------

  @Test
  void nullsAreRejectedNamingTheParameter() {
    assertThatThrownBy(() -> PointsCalculator.of(null, CLOCK)).isInstanceOf(NullPointerException.class).hasMessage("rules");
    assertThatThrownBy(() -> PointsCalculator.of(ProgramRules.builtIn(), null))
        .isInstanceOf(NullPointerException.class).hasMessage("clock");
    assertThatThrownBy(() -> calculator.estimate(null)).isInstanceOf(NullPointerException.class).hasMessage("request");
    assertThatThrownBy(() -> calculator.moneyToPoints(null)).isInstanceOf(NullPointerException.class).hasMessage("request");
    assertThatThrownBy(() -> calculator.pointsToMoney(null)).isInstanceOf(NullPointerException.class).hasMessage("request");
    assertThatThrownBy(() -> EstimateRequest.builder().soldMrr(null))
        .isInstanceOf(NullPointerException.class).hasMessage("soldMrr");
    assertThatThrownBy(() -> EstimateRequest.builder().country(null))
        .isInstanceOf(NullPointerException.class).hasMessage("country");
    assertThatThrownBy(() -> EstimateRequest.builder().dealType(null))
        .isInstanceOf(NullPointerException.class).hasMessage("dealType");
    assertThatThrownBy(() -> EstimateRequest.builder().date((LocalDate) null))
        .isInstanceOf(NullPointerException.class).hasMessage("date");
    assertThatThrownBy(() -> MoneyToPointsRequest.builder().managedMrr((MonetaryAmount) null))
        .isInstanceOf(NullPointerException.class).hasMessage("managedMrr");
    assertThatThrownBy(() -> PointsToMoneyRequest.builder().currency(null))
        .isInstanceOf(NullPointerException.class).hasMessage("currency");
    assertThatThrownBy(() -> PointsToMoneyRequest.builder().soldPoints(null))
        .isInstanceOf(NullPointerException.class).hasMessage("soldPoints");
    assertThatThrownBy(() -> CountryCode.of(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("country");
  }

  @Test
  void missingRequiredInputsAreNamed() {
    assertThatThrownBy(() -> EstimateRequest.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("soldMrr")
        .hasMessageContaining("country");
  }

  @ParameterizedTest
  @ValueSource(strings = {"-1", "-0.01", "-1000000"})
  void aNegativeAmountIsRejectedNamingIt(String amount) {
    assertThatThrownBy(() -> sale(amount, "EUR", "DE", "2025-08-01").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sold value")
        .hasMessageContaining(amount);
    assertThatThrownBy(() -> MoneyToPointsRequest.builder().soldMrr(Money.of(new BigDecimal(amount), "EUR"))
        .country(CountryCode.of("DE")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sold value")
        .hasMessageContaining(amount);
    assertThatThrownBy(() -> MoneyToPointsRequest.builder().soldMrr(Money.of(1, "EUR"))
        .managedMrr(Money.of(new BigDecimal(amount), "EUR")).country(CountryCode.of("DE")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("managed value")
        .hasMessageContaining(amount);
  }

  @Test
  void negativePointsAreRejectedNamingThem() {
    assertThatThrownBy(() -> PointsToMoneyRequest.builder().soldPoints(p("-0.01"))
        .currency(Monetary.getCurrency("EUR")).country(CountryCode.of("DE")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-0.01");
  }

  @Test
  void anAmountAboveTheMaximumIsRejectedNamingIt() {
    assertThatThrownBy(() -> sale("10000000000001", "EUR", "DE", "2025-08-01").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("10000000000001");
    // 10^13 itself is accepted: 10^13 / 88 x 5 = 568181818181.8181.. -> 568181818181.82
    assertThat(calculator.estimate(sale("10000000000000", "EUR", "DE", "2025-08-01").build()).soldPoints())
        .isEqualTo(p("568181818181.82"));
  }

  @Test
  void aManagedValueInAnotherCurrencyIsRejectedNamingIt() {
    assertThatThrownBy(() -> MoneyToPointsRequest.builder().soldMrr(Money.of(1, "EUR"))
        .managedMrr(Money.of(1, "USD")).country(CountryCode.of("DE")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("USD")
        .hasMessageContaining("EUR");
  }

  @Test
  void aCurrencyThatIsNotIsoIsRejectedNamingIt() {
    assertThatThrownBy(() -> Money.of(1000, "XYZ"))
        .isInstanceOf(UnknownCurrencyException.class)
        .hasMessageContaining("XYZ");
    assertThatThrownBy(() -> Monetary.getCurrency("XYZ"))
        .isInstanceOf(UnknownCurrencyException.class)
        .hasMessageContaining("XYZ");
  }

  @Test
  void aCurrencyOutsideTheTableIsRejectedNamingItAndTheSupportedOnes() {
    String supported = "AUD, CAD, COP, EUR, GBP, JPY, SGD, USD, ZAR";
    assertThatThrownBy(() -> calculator.estimate(sale("1000", "BRL", "BR", "2025-08-01").build()))
        .isInstanceOfSatisfying(UnsupportedCurrencyException.class, e -> assertThat(e.currencyCode()).isEqualTo("BRL"))
        .hasMessageContaining("BRL")
        .hasMessageContaining(supported);
    assertThatThrownBy(() -> calculator.moneyToPoints(MoneyToPointsRequest.builder().soldMrr(Money.of(1, "CHF"))
        .country(CountryCode.of("DE")).date(LocalDate.of(2023, 1, 1)).build()))
        .isInstanceOf(UnsupportedCurrencyException.class)
        .hasMessageContaining("CHF")
        .hasMessageContaining(supported);
    assertThatThrownBy(() -> calculator.pointsToMoney(PointsToMoneyRequest.builder().soldPoints(Points.of(1))
        .currency(Monetary.getCurrency("BRL")).country(CountryCode.of("BR")).date(LocalDate.of(2025, 8, 1)).build()))
        .isInstanceOf(UnsupportedCurrencyException.class)
        .hasMessageContaining("BRL")
        .hasMessageContaining(supported);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ZZ", "br", "BRA", ""})
  void anUnknownOrMalformedCountryIsRejectedNamingIt(String country) {
    assertThatThrownBy(() -> sale("1000", "EUR", country, "2025-08-01"))
        .isInstanceOf(dev.partnerpoints.program.UnknownCountryException.class)
        .hasMessageContaining("'" + country + "'");
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, -2, Integer.MIN_VALUE})
  void aNegativeNumberOfOtherPartnersIsRejectedNamingIt(int others) {
    assertThatThrownBy(() -> sale("1000", "EUR", "DE", "2025-08-01").alsoManages(true).otherManagingPartners(others).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("other managing partners")
        .hasMessageContaining("but was " + others);
  }

  @Test
  void tooManyOtherPartnersAreRejectedNamingTheCount() {
    assertThatThrownBy(() -> sale("1000", "EUR", "DE", "2025-08-01").alsoManages(true).otherManagingPartners(10_001).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("10001");
  }

  private static void assertMoney(MonetaryAmount actual, String number, String currency) {
    assertThat(actual.getCurrency().getCurrencyCode()).isEqualTo(currency);
    assertThat(actual.getNumber().numberValue(BigDecimal.class)).isEqualByComparingTo(number);
  }
}
