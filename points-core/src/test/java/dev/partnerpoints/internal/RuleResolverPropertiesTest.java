package dev.partnerpoints.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.ImmutableSet;
import dev.partnerpoints.program.RateLock;
import dev.partnerpoints.calculator.AppliedRule;
import dev.partnerpoints.calculator.EstimateRequest;
import dev.partnerpoints.calculator.MoneyEquivalent;
import dev.partnerpoints.calculator.MoneyToPointsRequest;
import dev.partnerpoints.calculator.PointsCalculator;
import dev.partnerpoints.calculator.PointsEstimate;
import dev.partnerpoints.calculator.PointsToMoneyRequest;
import dev.partnerpoints.money.PointValue;
import dev.partnerpoints.money.PointValueTable;
import dev.partnerpoints.money.Points;
import dev.partnerpoints.money.Timeline;
import dev.partnerpoints.program.CountryCode;
import dev.partnerpoints.program.DealType;
import dev.partnerpoints.program.ProgramRules;
import dev.partnerpoints.program.RateEra;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.SplittableRandom;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The fast path ({@link RuleResolver}, {@link ResolvedRule}: long arithmetic) against the
 * straightforward one (the rules' own lookups and {@link PointValue#toPoints} in BigDecimal) on
 * random inputs: the same points, or the same exception, for every input.
 */
class RuleResolverPropertiesTest {

  private static final String[] CURRENCIES = {"USD", "AUD", "CAD", "COP", "EUR", "GBP", "JPY", "SGD", "ZAR", "CHF"};
  private static final String[] COUNTRIES = {"US", "DE", "BR", "IN", "MX", "JP", "KR", "ZA", "SG", "GB"};

  /** Rules with fractional rates, multiplier and point values, three eras, the lock from the second. */
  private static final ProgramRules ODD_RULES = ProgramRules.builtIn()
      .withRateEras(Timeline.<RateEra>builder("point rates")
          .add(LocalDate.of(2022, 7, 18), era("3", "2.5", "0.75", "1.5", false))
          .add(LocalDate.of(2024, 2, 27), era("4.25", "3", "1", "1.5", true))
          .add(LocalDate.of(2025, 3, 1), era("7.125", "3.3", "1.01", "2.25", true))
          .build())
      .withPointValues(PointValueTable.builder()
          .table(LocalDate.of(2022, 1, 1)).value("USD", "100").value("EUR", "87.3").value("GBP", "62.50")
          .value("JPY", "12000").value("COP", "300300.7")
          .table(LocalDate.of(2025, 7, 15)).value("USD", "100").value("EUR", "88").value("GBP", "74.125")
          .value("ZAR", "1768")
          .build());

  /**
   * {@link #ODD_RULES} with the three timelines starting on three different days (rate eras on
   * 2022-07-18, currency tables on 2022-09-01, growth markets on 2022-10-03) and the growth-market
   * list changing on its own day (2023-06-15): each lookup is the first to fail on some dates.
   */
  private static final ProgramRules STAGGERED = ODD_RULES
      .withPointValues(PointValueTable.builder()
          .table(LocalDate.of(2022, 9, 1)).value("USD", "100").value("EUR", "87.3").value("JPY", "12000")
          .table(LocalDate.of(2025, 7, 15)).value("USD", "100").value("EUR", "88").value("GBP", "74.125")
          .build())
      .withGrowthMarkets(Timeline.<ImmutableSet<CountryCode>>builder("growth markets")
          .add(LocalDate.of(2022, 10, 3), ImmutableSet.of(CountryCode.of("BR"), CountryCode.of("IN")))
          .add(LocalDate.of(2023, 6, 15), ImmutableSet.of(CountryCode.of("BR"), CountryCode.of("MX")))
          .build());

  private static RateEra era(String sourced, String assisted, String managed, String multiplier, boolean lock) {
    return RateEra.builder().sourcedRate(new BigDecimal(sourced)).assistedRate(new BigDecimal(assisted))
        .managedRate(new BigDecimal(managed)).growthMultiplier(new BigDecimal(multiplier))
        .locksSourcedRateToFirstSale(lock).build();
  }

  /** One random input, drawn from a seed so that QuickTheories shrinks the seed. */
  private static final class Input {
    final CurrencyUnit currency;
    final CountryCode country;
    final DealType dealType;
    final LocalDate date;
    final LocalDate firstSold;
    final long unscaled;
    final int scale;
    final int sharers;

    private Input(Input in, LocalDate date, CurrencyUnit currency) {
      this.currency = currency;
      this.country = in.country;
      this.dealType = in.dealType;
      this.date = date;
      this.firstSold = date;
      this.unscaled = in.unscaled;
      this.scale = in.scale;
      this.sharers = in.sharers;
    }

    /** This input on another date, first sold on it, in another currency. */
    Input on(LocalDate date, CurrencyUnit currency) {
      return new Input(this, date, currency);
    }

    Input(long seed) {
      SplittableRandom r = new SplittableRandom(seed);
      currency = Monetary.getCurrency(CURRENCIES[r.nextInt(CURRENCIES.length)]);
      country = CountryCode.of(COUNTRIES[r.nextInt(COUNTRIES.length)]);
      dealType = r.nextBoolean() ? DealType.SOURCED : DealType.ASSISTED;
      date = LocalDate.of(2022, 6, 1).plusDays(r.nextInt(2200));
      firstSold = r.nextInt(3) == 0 ? date : date.minusDays(r.nextInt(1500));
      switch (r.nextInt(4)) {
        case 0 -> unscaled = r.nextLong(); // overflows the long path: BigDecimal fallback
        case 1 -> unscaled = r.nextLong(-10_000_000_000L, 10_000_000_000L);
        case 2 -> unscaled = r.nextLong(0, 1_000_000);
        default -> unscaled = r.nextLong(0, 100) * 125 + 5; // near ties
      }
      scale = r.nextInt(8) == 0 ? r.nextInt(-4, 22) : r.nextInt(0, 4);
      switch (r.nextInt(12)) {
        case 0 -> sharers = r.nextInt(-2, 1); // no sharer: an error, on every path
        case 1 -> sharers = r.nextInt(16_380, Integer.MAX_VALUE); // beyond the long path's sharer bound
        case 2, 3 -> sharers = r.nextInt(1, 10_002);
        default -> sharers = r.nextInt(1, 4);
      }
    }

    @Override
    public String toString() {
      return BigDecimal.valueOf(unscaled, scale).toPlainString() + " " + currency + " " + country + " " + dealType
          + " on " + date + " first sold " + firstSold + " sharers " + sharers;
    }
  }

  /** The straightforward computation: the rules' lookups, then BigDecimal; or the exception thrown. */
  private static String expected(ProgramRules rules, Input in, boolean managed) {
    try {
      RateEraLookup lookup = new RateEraLookup(rules, in);
      PointValue value = rules.pointValue(in.currency, in.date);
      BigDecimal multiplier = rules.marketMultiplier(in.country, in.date);
      BigDecimal rate = managed ? lookup.era.managedRate() : RateLock.soldRate(rules, in.dealType, in.date, in.firstSold);
      return value.toPoints(BigDecimal.valueOf(in.unscaled, in.scale), rate.multiply(multiplier),
          managed ? in.sharers : 1).toString();
    } catch (RuntimeException e) {
      return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
  }

  /** The era lookup first, as the calculator does, so that the first failing lookup names the exception. */
  private static final class RateEraLookup {
    final RateEra era;

    RateEraLookup(ProgramRules rules, Input in) {
      era = rules.rateEraOn(in.date);
    }
  }

  private static String fast(ProgramRules rules, RuleResolver resolver, Input in, boolean managed, boolean decimal) {
    try {
      ResolvedRule rate = resolver.resolve(in.currency, in.country, in.dealType, in.date, in.firstSold);
      BigDecimal amount = BigDecimal.valueOf(in.unscaled, in.scale);
      if (decimal) {
        return (managed ? rate.managedPoints(amount, in.sharers) : rate.soldPoints(amount)).toString();
      }
      long hundredths = managed ? rate.managedHundredths(in.unscaled, in.scale, in.sharers)
          : rate.soldHundredths(in.unscaled, in.scale);
      return Points.ofHundredths(hundredths).toString();
    } catch (RuntimeException e) {
      return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
  }

  private static void checkAgainstStraightforward(ProgramRules rules) {
    RuleResolver resolver = RuleResolver.of(rules);
    qt().withExamples(20_000).forAll(longs().all()).checkAssert(seed -> {
      Input in = new Input(seed);
      for (boolean managed : new boolean[] {false, true}) {
        String expected = expected(rules, in, managed);
        assertThat(fast(rules, resolver, in, managed, false)).as("%s (long, managed=%s)", in, managed).isEqualTo(expected);
        assertThat(fast(rules, resolver, in, managed, true)).as("%s (decimal, managed=%s)", in, managed).isEqualTo(expected);
      }
    });
  }

  @Test
  void fastPathEqualsStraightforwardUnderBuiltInRules() {
    checkAgainstStraightforward(ProgramRules.builtIn());
  }

  @Test
  void fastPathEqualsStraightforwardUnderFractionalRules() {
    checkAgainstStraightforward(ODD_RULES);
  }

  @Test
  void appliedRuleAndTotalEqualTheCalculatorEstimate() {
    for (ProgramRules rules : new ProgramRules[] {ProgramRules.builtIn(), ODD_RULES}) {
      PointsCalculator calculator = PointsCalculator.of(rules, Clock.systemUTC());
      RuleResolver resolver = RuleResolver.of(rules);
      qt().withExamples(5_000).forAll(longs().all()).checkAssert(seed -> {
        Input in = new Input(seed);
        long unscaled = Math.floorMod(in.unscaled, 10_000_000_000L);
        int scale = Math.floorMod(in.scale, 4);
        boolean manages = in.sharers % 2 == 1;
        int others = manages ? Math.min(in.sharers - 1, 10_000) : 0;
        String expected;
        String actual;
        try {
          PointsEstimate estimate = calculator.estimate(EstimateRequest.builder()
              .soldMrr(Money.of(BigDecimal.valueOf(unscaled, scale), in.currency)).country(in.country)
              .dealType(in.dealType).alsoManages(manages).otherManagingPartners(others).date(in.date).build());
          expected = estimate.totalPoints().toString();
          ResolvedRule rate = resolver.resolve(in.currency, in.country, in.dealType, in.date);
          assertThat(rate.appliedRule(in.date, manages ? 1 + others : 0)).as("%s", in).isEqualTo(estimate.appliedRule());
        } catch (RuntimeException e) {
          expected = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        try {
          actual = Points.ofHundredths(resolver.estimateHundredths(unscaled, scale, in.currency, in.country,
              in.dealType, manages, others, in.date)).toString();
        } catch (RuntimeException e) {
          actual = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        assertThat(actual).as("%s", in).isEqualTo(expected);
      });
    }
  }

  /**
   * The currency tab the straightforward way: the rules' own lookups (rate era, currency row,
   * growth market, in that order, so that the first failing one names the exception), then {@link
   * PointValue#toPoints} and {@link PointValue#toMoney} at the rates times the market multiplier;
   * the result, or the exception's class and message.
   */
  private static String currencyTabExpected(ProgramRules rules, Input in, boolean toPoints) {
    try {
      RateEra era = rules.rateEraOn(in.date);
      PointValue value = rules.pointValue(in.currency, in.date);
      boolean growth = rules.isGrowthMarket(in.country, in.date);
      BigDecimal multiplier = growth ? era.growthMultiplier() : BigDecimal.ONE;
      BigDecimal soldRate = era.soldRate(in.dealType);
      LocalDate eraFrom = rules.rateEras().effectiveFromOn(in.date);
      AppliedRule.Builder rule = AppliedRule.builder().date(in.date).rateEraFrom(eraFrom).soldRateEraFrom(eraFrom)
          .dealType(in.dealType).soldRate(soldRate).managedRate(era.managedRate()).growthMarket(growth)
          .marketMultiplier(multiplier).pointValue(value);
      BigDecimal soldPer100Usd = soldRate.multiply(multiplier);
      BigDecimal managedPer100Usd = era.managedRate().multiply(multiplier);
      if (toPoints) {
        Money sold = Money.of(tabAmount(in), in.currency);
        Money managed = Money.of(tabAmount(in).add(BigDecimal.ONE), in.currency);
        Points managedPoints = value.toPoints(managed, managedPer100Usd, 1);
        return PointsEstimate.builder().soldPoints(value.toPoints(sold, soldPer100Usd, 1))
            .managedPoints(managedPoints).clientManagedPoints(managedPoints)
            .appliedRule(rule.managingPartners(1).build()).build().toString();
      }
      return MoneyEquivalent.builder()
          .soldMrr(value.toMoney(tabPoints(in), soldPer100Usd))
          .managedMrr(value.toMoney(tabPoints(in).plus(Points.of(1)), managedPer100Usd))
          .appliedRule(rule.managingPartners(1).build()).build().toString();
    } catch (RuntimeException e) {
      return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
  }

  private static BigDecimal tabAmount(Input in) {
    return BigDecimal.valueOf(Math.floorMod(in.unscaled, 10_000_000_000L), Math.floorMod(in.scale, 3));
  }

  private static Points tabPoints(Input in) {
    return Points.ofHundredths(Math.floorMod(in.unscaled, 10_000_000_000L));
  }

  private static String currencyTab(PointsCalculator calculator, Input in, boolean toPoints) {
    try {
      if (toPoints) {
        return calculator.moneyToPoints(MoneyToPointsRequest.builder()
            .soldMrr(Money.of(tabAmount(in), in.currency))
            .managedMrr(Money.of(tabAmount(in).add(BigDecimal.ONE), in.currency))
            .country(in.country).dealType(in.dealType).date(in.date).build()).toString();
      }
      return calculator.pointsToMoney(PointsToMoneyRequest.builder().currency(in.currency)
          .soldPoints(tabPoints(in)).managedPoints(tabPoints(in).plus(Points.of(1)))
          .country(in.country).dealType(in.dealType).date(in.date).build()).toString();
    } catch (RuntimeException e) {
      return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
  }

  @Test
  void theCurrencyTabEqualsTheRulesOwnLookups() {
    for (ProgramRules rules : new ProgramRules[] {ProgramRules.builtIn(), ODD_RULES, STAGGERED}) {
      PointsCalculator calculator = PointsCalculator.of(rules, Clock.systemUTC());
      qt().withExamples(5_000).forAll(longs().all()).checkAssert(seed -> {
        Input in = new Input(seed);
        for (boolean toPoints : new boolean[] {true, false}) {
          assertThat(currencyTab(calculator, in, toPoints)).as("%s (to points: %s)", in, toPoints)
              .isEqualTo(currencyTabExpected(rules, in, toPoints));
        }
      });
    }
  }

  @Test
  void theStaggeredRulesFailOnEachLookupInTurn() {
    PointsCalculator calculator = PointsCalculator.of(STAGGERED, Clock.systemUTC());
    CurrencyUnit eur = Monetary.getCurrency("EUR");
    for (String[] dateAndFailure : new String[][] {
        {"2022-07-17", "point rates"}, {"2022-08-31", "point value"}, {"2022-10-02", "growth markets"}}) {
      LocalDate date = LocalDate.parse(dateAndFailure[0]);
      assertThat(currencyTab(calculator, inputOn(date, eur), true)).as("%s", date)
          .startsWith("DateOutsideProgramException").contains(dateAndFailure[1]);
    }
    assertThat(currencyTab(calculator, inputOn(LocalDate.of(2022, 10, 3), Monetary.getCurrency("GBP")), false))
        .startsWith("UnsupportedCurrencyException").contains("GBP");
    assertThat(currencyTab(calculator, inputOn(LocalDate.of(2022, 10, 3), eur), true)).contains("soldPoints=");
  }

  @Test
  void theRulesChangeFromTheDayEveryRuleIsInForceOn() {
    // the built-in program: everything from 2022-07-18; the five-point era; the second currency table
    assertThat(RuleResolver.of(ProgramRules.builtIn()).ruleChanges()).containsExactly(
        LocalDate.of(2022, 7, 18), LocalDate.of(2024, 2, 27), LocalDate.of(2025, 7, 15));
    // staggered: the growth-market list starts last (2022-10-03), so the earlier era and table
    // dates are not changes; then the list's change, the two later eras and the second table
    assertThat(RuleResolver.of(STAGGERED).ruleChanges()).containsExactly(
        LocalDate.of(2022, 10, 3), LocalDate.of(2023, 6, 15), LocalDate.of(2024, 2, 27), LocalDate.of(2025, 3, 1),
        LocalDate.of(2025, 7, 15));
  }

  /** An input on a date in a currency: a sourced deal in Brazil. */
  private static Input inputOn(LocalDate date, CurrencyUnit currency) {
    for (long seed = 0; ; seed++) {
      Input in = new Input(seed);
      if (in.dealType == DealType.SOURCED && in.country.code().equals("BR")) {
        return in.on(date, currency);
      }
    }
  }

  @Test
  void divideHalfEvenIsBigDecimalsHalfEvenDivision() {
    Gen<Long> anyLong = longs().all().mix(longs().between(-1_000, 1_000), 30)
        .mix(arbitrary().pick(Long.MIN_VALUE, Long.MIN_VALUE + 1, Long.MAX_VALUE, Long.MAX_VALUE - 1), 10);
    Gen<Long> divisor = longs().between(1, Long.MAX_VALUE).mix(longs().between(1, 1_000), 40)
        .mix(arbitrary().pick(2L, Long.MAX_VALUE, Long.MAX_VALUE - 1), 10);
    qt().withExamples(20_000).forAll(anyLong, divisor).checkAssert((n, d) -> {
      // the exact ties: n = (2k + 1) x d / 2 for an even d
      long expected = BigDecimal.valueOf(n).divide(BigDecimal.valueOf(d), 0, RoundingMode.HALF_EVEN)
          .longValueExact();
      assertThat(ResolvedRule.divideHalfEven(n, d)).as("%s / %s", n, d).isEqualTo(expected);
      if (d % 2 == 0 && Math.abs(n) < Long.MAX_VALUE / 4 && d < Long.MAX_VALUE / 4) {
        long tie = (2 * (n % 1_000) + 1) * (d / 2);
        long tieExpected = BigDecimal.valueOf(tie).divide(BigDecimal.valueOf(d), 0,
            RoundingMode.HALF_EVEN).longValueExact();
        assertThat(ResolvedRule.divideHalfEven(tie, d)).as("tie %s / %s", tie, d).isEqualTo(tieExpected);
      }
    });
  }

  @Test
  void roundsHalfEvenBothWays() {
    assertThat(ResolvedRule.divideHalfEven(5, 2)).isEqualTo(2);
    assertThat(ResolvedRule.divideHalfEven(7, 2)).isEqualTo(4);
    assertThat(ResolvedRule.divideHalfEven(-5, 2)).isEqualTo(-2);
    assertThat(ResolvedRule.divideHalfEven(-7, 2)).isEqualTo(-4);
    assertThat(ResolvedRule.divideHalfEven(Long.MAX_VALUE, Long.MAX_VALUE - 1)).isEqualTo(1);
    assertThat(ResolvedRule.divideHalfEven(Long.MIN_VALUE + 1, 3)).isEqualTo((Long.MIN_VALUE + 1) / 3);
  }
}
