package dev.partnerpoints.calculator;

import static dev.partnerpoints.calculator.DomainOracle.exactHundredths;
import static dev.partnerpoints.calculator.DomainOracle.multiplier;
import static dev.partnerpoints.calculator.DomainOracle.pointValue;
import static dev.partnerpoints.calculator.DomainOracle.roundHalfEven;
import static dev.partnerpoints.calculator.DomainOracle.roundedHundredths;
import static dev.partnerpoints.calculator.DomainOracle.soldRate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.partnerpoints.money.Points;
import dev.partnerpoints.program.CountryCode;
import dev.partnerpoints.program.DealType;
import dev.partnerpoints.program.ProgramRules;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties of the calculator, checked with QuickTheories against {@link DomainOracle}, an
 * independent restatement of docs/rules.md sections 2-7 with exact rational arithmetic.
 */
class PointsCalculatorPropertiesTest {

  private static final Clock CLOCK = Clock.fixed(
      LocalDate.of(2025, 8, 1).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
  private static final BigDecimal MAX_AMOUNT = BigDecimal.TEN.pow(13);

  private final PointsCalculator calculator = PointsCalculator.of(ProgramRules.builtIn(), CLOCK);

  /** The calculator tab's inputs. */
  record Sale(String currency, BigDecimal amount, LocalDate date, String country, DealType dealType,
      boolean alsoManages, int otherPartners, Optional<LocalDate> lineFirstSold) {

    EstimateRequest request() {
      return EstimateRequest.builder()
          .soldMrr(Money.of(amount, currency))
          .country(CountryCode.of(country))
          .dealType(dealType)
          .alsoManages(alsoManages)
          .otherManagingPartners(otherPartners)
          .date(date)
          .productLineFirstSold(lineFirstSold)
          .build();
    }

    Sale withAmount(BigDecimal other) {
      return new Sale(currency, other, date, country, dealType, alsoManages, otherPartners, lineFirstSold);
    }

    Sale withCountry(String other) {
      return new Sale(currency, amount, date, other, dealType, alsoManages, otherPartners, lineFirstSold);
    }
  }

  // --- generators -------------------------------------------------------------------------------

  private static Gen<String> currencies() {
    return arbitrary().pick(DomainOracle.CURRENCIES);
  }

  /** Dates from the program start to the end of 2028: every era, weighted towards the boundaries. */
  private static Gen<LocalDate> dates() {
    Gen<LocalDate> any = integers().between(0, 2358).map(DomainOracle.LAUNCH::plusDays);
    Gen<LocalDate> boundaries = arbitrary().pick(List.of(
        LocalDate.of(2022, 7, 18), LocalDate.of(2024, 2, 26), LocalDate.of(2024, 2, 27),
        LocalDate.of(2025, 7, 14), LocalDate.of(2025, 7, 15), LocalDate.of(2026, 1, 14), LocalDate.of(2026, 1, 15)));
    return any.mix(boundaries, 30);
  }

  private static Gen<String> countries() {
    List<String> all = new ArrayList<>(DomainOracle.GROWTH_LIST);
    all.addAll(DomainOracle.NON_GROWTH_LIST);
    return arbitrary().pick(all);
  }

  /** A count of minor units: mostly small amounts (where rounding matters), also very large ones. */
  private static Gen<Long> minorUnits() {
    return longs().between(0, 100_000).mix(longs().between(0, 1_000_000_000_000_000L), 40);
  }

  /** An amount in major units of the currency, with its fraction digits, at most 10^13. */
  private static BigDecimal amount(String currency, long minorUnits) {
    int digits = Monetary.getCurrency(currency).getDefaultFractionDigits();
    long cap = MAX_AMOUNT.movePointRight(digits).longValueExact();
    return BigDecimal.valueOf(minorUnits % (cap + 1), digits);
  }

  private static Gen<Sale> sales() {
    Gen<Object[]> first = currencies().zip(minorUnits(), dates(), countries(), arbitrary().enumValues(DealType.class),
        (currency, units, date, country, type) -> new Object[] {currency, amount(currency, units), date, country, type});
    Gen<Integer> others = integers().between(0, 20).mix(integers().between(0, 10_000), 20);
    Gen<Optional<Integer>> daysBack = integers().between(0, 2000).toOptionals(40);
    return first.zip(booleans().all(), others, daysBack, (f, manages, o, back) -> {
      LocalDate date = (LocalDate) f[2];
      return new Sale((String) f[0], (BigDecimal) f[1], date, (String) f[3], (DealType) f[4], manages, manages ? o : 0,
          back.map(date::minusDays));
    });
  }

  // --- the oracle itself ------------------------------------------------------------------------

  @Test
  void theOracleRoundsHalfEven() {
    assertThat(roundHalfEven(BigInteger.valueOf(5), BigInteger.TWO)).isEqualTo(2);   // 2.5 -> 2
    assertThat(roundHalfEven(BigInteger.valueOf(7), BigInteger.TWO)).isEqualTo(4);   // 3.5 -> 4
    assertThat(roundHalfEven(BigInteger.ONE, BigInteger.valueOf(3))).isEqualTo(0);   // 0.33 -> 0
    assertThat(roundHalfEven(BigInteger.TWO, BigInteger.valueOf(3))).isEqualTo(1);   // 0.67 -> 1
    // 1000 EUR / 88 x 5 x 2 = 113.6363.. -> 11364 hundredths
    assertThat(roundedHundredths(exactHundredths(new BigDecimal("1000"), new BigDecimal("88"), 10, 1)))
        .isEqualTo(11364);
    // 1000 GBP / 62.50 x 5 = 80 -> 8000 hundredths; 0.10 USD / 100 x 5 = 0.005 -> 0
    assertThat(roundedHundredths(exactHundredths(new BigDecimal("1000"), new BigDecimal("62.50"), 5, 1)))
        .isEqualTo(8000);
    assertThat(roundedHundredths(exactHundredths(new BigDecimal("0.10"), new BigDecimal("100"), 5, 1))).isZero();
    assertThat(roundedHundredths(exactHundredths(new BigDecimal("1E+3"), new BigDecimal("1E+2"), 5, 1)))
        .isEqualTo(5000);
  }

  // --- exact fraction, rounded once -------------------------------------------------------------

  @Test
  void everyFigureIsTheExactFractionRoundedOnceHalfEven() {
    qt().forAll(sales()).checkAssert(sale -> {
      PointsEstimate estimate = calculator.estimate(sale.request());
      BigDecimal value = pointValue(sale.currency(), sale.date());
      int multiplier = multiplier(sale.country());
      int rate = soldRate(sale.dealType(), sale.date(), sale.lineFirstSold());
      long sold = roundedHundredths(exactHundredths(sale.amount(), value, (long) rate * multiplier, 1));
      assertThat(estimate.soldPoints().toHundredths()).as("sold points of %s", sale).isEqualTo(sold);
      if (sale.alsoManages()) {
        long client = roundedHundredths(exactHundredths(sale.amount(), value, multiplier, 1));
        long share = roundedHundredths(exactHundredths(sale.amount(), value, multiplier, 1L + sale.otherPartners()));
        assertThat(estimate.clientManagedPoints().toHundredths()).as("client managed of %s", sale).isEqualTo(client);
        assertThat(estimate.managedPoints().toHundredths()).as("managed share of %s", sale).isEqualTo(share);
      } else {
        assertThat(estimate.managedPoints()).isEqualTo(Points.zero());
      }
      assertThat(estimate.totalPoints()).isEqualTo(estimate.soldPoints().plus(estimate.managedPoints()));
    });
  }

  @Test
  void aGrowthMarketGivesExactlyTwiceThePointsBeforeRounding() {
    qt().forAll(sales(), arbitrary().pick(DomainOracle.GROWTH_LIST), arbitrary().pick(DomainOracle.NON_GROWTH_LIST))
        .checkAssert((sale, growth, other) -> {
          PointsEstimate inGrowth = calculator.estimate(sale.withCountry(growth).request());
          PointsEstimate elsewhere = calculator.estimate(sale.withCountry(other).request());
          BigDecimal value = pointValue(sale.currency(), sale.date());
          int rate = soldRate(sale.dealType(), sale.date(), sale.lineFirstSold());
          BigInteger[] sold = exactHundredths(sale.amount(), value, rate, 1);
          BigInteger[] managedShare = exactHundredths(sale.amount(), value, 1, 1L + sale.otherPartners());
          // non-growth: round(exact); growth: round(2 x exact)
          assertThat(elsewhere.soldPoints().toHundredths()).isEqualTo(roundHalfEven(sold[0], sold[1]));
          assertThat(inGrowth.soldPoints().toHundredths())
              .isEqualTo(roundHalfEven(sold[0].shiftLeft(1), sold[1]));
          if (sale.alsoManages()) {
            assertThat(elsewhere.managedPoints().toHundredths())
                .isEqualTo(roundHalfEven(managedShare[0], managedShare[1]));
            assertThat(inGrowth.managedPoints().toHundredths())
                .isEqualTo(roundHalfEven(managedShare[0].shiftLeft(1), managedShare[1]));
          }
          assertThat(inGrowth.appliedRule().growthMarket()).isTrue();
          assertThat(elsewhere.appliedRule().growthMarket()).isFalse();
        });
  }

  // --- monotonicity -----------------------------------------------------------------------------

  @Test
  void moreMoneyNeverGivesFewerPoints() {
    qt().forAll(sales(), minorUnits(), minorUnits()).checkAssert((sale, x, y) -> {
      BigDecimal a = amount(sale.currency(), x);
      BigDecimal b = amount(sale.currency(), y);
      BigDecimal less = a.min(b);
      BigDecimal more = a.max(b);
      PointsEstimate small = calculator.estimate(sale.withAmount(less).request());
      PointsEstimate large = calculator.estimate(sale.withAmount(more).request());
      assertThat(large.soldPoints()).isGreaterThanOrEqualTo(small.soldPoints());
      assertThat(large.managedPoints()).isGreaterThanOrEqualTo(small.managedPoints());
      assertThat(large.clientManagedPoints()).isGreaterThanOrEqualTo(small.clientManagedPoints());
      assertThat(large.totalPoints()).isGreaterThanOrEqualTo(small.totalPoints());
    });
  }

  @Test
  void moreMoneyNeverGivesFewerPointsOneMinorUnitApart() {
    qt().forAll(sales()).checkAssert(sale -> {
      BigDecimal next = sale.amount().add(BigDecimal.ONE.movePointLeft(sale.amount().scale()));
      if (next.compareTo(MAX_AMOUNT) > 0) {
        return;
      }
      PointsEstimate small = calculator.estimate(sale.request());
      PointsEstimate large = calculator.estimate(sale.withAmount(next).request());
      assertThat(large.totalPoints()).isGreaterThanOrEqualTo(small.totalPoints());
      assertThat(large.soldPoints()).isGreaterThanOrEqualTo(small.soldPoints());
      assertThat(large.managedPoints()).isGreaterThanOrEqualTo(small.managedPoints());
    });
  }

  // --- the managed split ------------------------------------------------------------------------

  @Test
  void splitSharesAddUpExactlyAndDifferByAtMostOneHundredth() {
    qt().forAll(sales()).checkAssert(sale -> {
      Sale managed = new Sale(sale.currency(), sale.amount(), sale.date(), sale.country(), sale.dealType(), true,
          sale.otherPartners(), sale.lineFirstSold());
      PointsEstimate estimate = calculator.estimate(managed.request());
      Points client = estimate.clientManagedPoints();
      List<Points> shares = client.allocate(1 + sale.otherPartners());
      assertThat(shares).hasSize(1 + sale.otherPartners());
      assertThat(Points.total(shares)).isEqualTo(client);
      long min = shares.stream().mapToLong(Points::toHundredths).min().orElseThrow();
      long max = shares.stream().mapToLong(Points::toHundredths).max().orElseThrow();
      assertThat(max - min).isLessThanOrEqualTo(1);
      // the calculator's single-partner estimate is within a hundredth of every allocated share
      assertThat(Math.abs(estimate.managedPoints().toHundredths() - min)).isLessThanOrEqualTo(1);
      assertThat(Math.abs(estimate.managedPoints().toHundredths() - max)).isLessThanOrEqualTo(1);
    });
  }

  // --- round trips through the currency tab -----------------------------------------------------

  @Test
  void pointsToMoneyToPointsReturnsTheSamePoints() {
    qt().forAll(sales(), longs().between(0, 1_000_000_000L), longs().between(0, 1_000_000_000L))
        .checkAssert((sale, soldHundredths, managedHundredths) -> {
          Points sold = Points.ofHundredths(soldHundredths);
          Points managed = Points.ofHundredths(managedHundredths);
          MoneyEquivalent money = calculator.pointsToMoney(PointsToMoneyRequest.builder()
              .soldPoints(sold).managedPoints(managed)
              .currency(Monetary.getCurrency(sale.currency())).country(CountryCode.of(sale.country()))
              .dealType(sale.dealType()).date(sale.date()).build());
          PointsEstimate back = calculator.moneyToPoints(MoneyToPointsRequest.builder()
              .soldMrr(money.soldMrr()).managedMrr(money.managedMrr())
              .country(CountryCode.of(sale.country())).dealType(sale.dealType()).date(sale.date()).build());
          assertThat(back.soldPoints()).as("sold %s via %s", sold, money.soldMrr()).isEqualTo(sold);
          assertThat(back.managedPoints()).as("managed %s via %s", managed, money.managedMrr()).isEqualTo(managed);
        });
  }

  /**
   * Money to points to money returns the amount within the money value of half a hundredth of a
   * point plus half a minor unit (so, within the "half a hundredth of a point plus one minor
   * unit"). Not within one minor unit: points are rounded to hundredths, and 0.01 managed point is
   * worth 1 USD (see {@code PointsCalculatorTest.moneyToPointsToMoneyIsNotWithinOneMinorUnit}).
   */
  @Test
  void moneyToPointsToMoneyReturnsTheAmountWithinHalfAHundredthOfAPoint() {
    qt().forAll(sales(), minorUnits()).checkAssert((sale, managedUnits) -> {
      BigDecimal soldAmount = sale.amount();
      BigDecimal managedAmount = amount(sale.currency(), managedUnits);
      PointsEstimate points = calculator.moneyToPoints(MoneyToPointsRequest.builder()
          .soldMrr(Money.of(soldAmount, sale.currency())).managedMrr(Money.of(managedAmount, sale.currency()))
          .country(CountryCode.of(sale.country())).dealType(sale.dealType()).date(sale.date()).build());
      MoneyEquivalent back = calculator.pointsToMoney(PointsToMoneyRequest.builder()
          .soldPoints(points.soldPoints()).managedPoints(points.managedPoints())
          .currency(Monetary.getCurrency(sale.currency())).country(CountryCode.of(sale.country()))
          .dealType(sale.dealType()).date(sale.date()).build());
      BigDecimal value = pointValue(sale.currency(), sale.date());
      int multiplier = multiplier(sale.country());
      // the currency tab values at the date's own rate (no product-line lock)
      int soldRate = soldRate(sale.dealType(), sale.date(), Optional.empty()) * multiplier;
      BigDecimal halfMinorUnit = new BigDecimal("0.5")
          .movePointLeft(Monetary.getCurrency(sale.currency()).getDefaultFractionDigits());
      assertWithin(back.soldMrr(), soldAmount, value, soldRate, halfMinorUnit);
      assertWithin(back.managedMrr(), managedAmount, value, multiplier, halfMinorUnit);
    });
  }

  /** |actual - expected| <= 0.005 x pointValue / rate + halfMinorUnit, multiplied out by rate. */
  private static void assertWithin(MonetaryAmount actual, BigDecimal expected, BigDecimal pointValue, int rate,
      BigDecimal halfMinorUnit) {
    BigDecimal error = actual.getNumber().numberValue(BigDecimal.class).subtract(expected).abs();
    BigDecimal bound = new BigDecimal("0.005").multiply(pointValue).add(halfMinorUnit.multiply(BigDecimal.valueOf(rate)));
    assertThat(error.multiply(BigDecimal.valueOf(rate)))
        .as("%s back for %s at %s per 100 USD, rate %s", actual, expected, pointValue, rate)
        .isLessThanOrEqualTo(bound);
  }
}
