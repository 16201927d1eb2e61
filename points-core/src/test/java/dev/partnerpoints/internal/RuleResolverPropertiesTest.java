package dev.partnerpoints.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.partnerpoints.calculator.EstimateRequest;
import dev.partnerpoints.calculator.PointsCalculator;
import dev.partnerpoints.calculator.PointsEstimate;
import dev.partnerpoints.money.PointValue;
import dev.partnerpoints.money.PointValueTable;
import dev.partnerpoints.money.Points;
import dev.partnerpoints.money.Timeline;
import dev.partnerpoints.program.CountryCode;
import dev.partnerpoints.program.DealType;
import dev.partnerpoints.program.ProgramRules;
import dev.partnerpoints.program.RateEra;
import java.math.BigDecimal;
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
      BigDecimal rate = managed ? lookup.era.managedRate() : rules.soldRate(in.dealType, in.date, in.firstSold);
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

  @Test
  void divideHalfEvenIsBigDecimalsHalfEvenDivision() {
    Gen<Long> anyLong = longs().all().mix(longs().between(-1_000, 1_000), 30)
        .mix(arbitrary().pick(Long.MIN_VALUE, Long.MIN_VALUE + 1, Long.MAX_VALUE, Long.MAX_VALUE - 1), 10);
    Gen<Long> divisor = longs().between(1, Long.MAX_VALUE).mix(longs().between(1, 1_000), 40)
        .mix(arbitrary().pick(2L, Long.MAX_VALUE, Long.MAX_VALUE - 1), 10);
    qt().withExamples(20_000).forAll(anyLong, divisor).checkAssert((n, d) -> {
      // the exact ties: n = (2k + 1) x d / 2 for an even d
      long expected = java.math.BigDecimal.valueOf(n).divide(java.math.BigDecimal.valueOf(d), 0, java.math.RoundingMode.HALF_EVEN)
          .longValueExact();
      assertThat(ResolvedRule.divideHalfEven(n, d)).as("%s / %s", n, d).isEqualTo(expected);
      if (d % 2 == 0 && Math.abs(n) < Long.MAX_VALUE / 4 && d < Long.MAX_VALUE / 4) {
        long tie = (2 * (n % 1_000) + 1) * (d / 2);
        long tieExpected = java.math.BigDecimal.valueOf(tie).divide(java.math.BigDecimal.valueOf(d), 0,
            java.math.RoundingMode.HALF_EVEN).longValueExact();
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
