package dev.partnerpoints.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.partnerpoints.program.RateLock;
import dev.partnerpoints.money.PointValue;
import dev.partnerpoints.money.PointValueTable;
import dev.partnerpoints.money.Points;
import dev.partnerpoints.money.Timeline;
import dev.partnerpoints.money.UnsupportedCurrencyException;
import dev.partnerpoints.program.CountryCode;
import dev.partnerpoints.program.DealType;
import dev.partnerpoints.program.ProgramRules;
import dev.partnerpoints.program.RateEra;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.function.Supplier;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.javamoney.moneta.CurrencyUnitBuilder;
import org.javamoney.moneta.spi.ConfigurableCurrencyUnitProvider;
import org.junit.jupiter.api.Test;

/**
 * The resolver's edges: codes that look like a supported code to careless arithmetic, tables of
 * every ISO currency and of non-ISO codes, the rate lock on era boundaries, and amounts or point
 * values that do not fit the long arithmetic (the answer is then the exact BigDecimal one).
 */
class RuleResolverEdgeTest {

  private static final LocalDate FROM = LocalDate.of(2022, 1, 1);
  private static final CountryCode US = CountryCode.of("US");
  private static final LocalDate AUG_2025 = LocalDate.of(2025, 8, 1);

  private static RateEra era(String sourced, String assisted, String managed, boolean lock) {
    return RateEra.builder().sourcedRate(new BigDecimal(sourced)).assistedRate(new BigDecimal(assisted))
        .managedRate(new BigDecimal(managed)).growthMultiplier(new BigDecimal("2")).locksSourcedRateToFirstSale(lock)
        .build();
  }

  /** Three eras, every one locking the sourced rate to the first sale, with a distinct rate each. */
  private static final ProgramRules LOCKING = ProgramRules.builtIn()
      .withRateEras(Timeline.<RateEra>builder("point rates")
          .add(LocalDate.of(2022, 7, 18), era("3", "2", "1", true))
          .add(LocalDate.of(2024, 2, 27), era("5", "4", "1", true))
          .add(LocalDate.of(2025, 3, 1), era("7", "6", "1", true))
          .build());

  /** The row of every ISO currency the JDK and Moneta know, far more than the letter table's 126. */
  private static ProgramRules everyIsoCurrency() {
    TreeSet<String> codes = new TreeSet<>();
    for (CurrencyUnit unit : Monetary.getCurrencies()) {
      if (unit.getCurrencyCode().matches("[A-Z]{3}")) {
        codes.add(unit.getCurrencyCode());
      }
    }
    PointValueTable.Builder table = PointValueTable.builder().table(FROM);
    int i = 0;
    for (String code : codes) {
      table.value(code, BigDecimal.valueOf(100 + i++));
    }
    return ProgramRules.builtIn().withPointValues(table.build());
  }

  /**
   * Codes whose characters, read as base-26 digits from 'A', have the same value as the code but
   * with a digit out of A-Z: e.g. V9D for USD (V = 21 and '9' = -8: 21 x 676 - 8 x 26 + 3).
   */
  private static List<String> aliases(String code) {
    int[] d = {code.charAt(0) - 'A', code.charAt(1) - 'A', code.charAt(2) - 'A'};
    List<String> result = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      for (int sign : new int[] {1, -1}) {
        int[] a = d.clone();
        a[i] += sign;
        a[i + 1] -= 26 * sign;
        result.add(new String(new char[] {(char) ('A' + a[0]), (char) ('A' + a[1]), (char) ('A' + a[2])}));
      }
    }
    return result;
  }

  private static void assertOwnRowsAndNoAliases(ProgramRules rules, LocalDate date) {
    RuleResolver resolver = RuleResolver.of(rules);
    List<String> wrong = new ArrayList<>();
    int aliasesTried = 0;
    for (String code : rules.pointValues().supportedCurrencyCodes(date)) {
      ResolvedRule rate = resolver.resolve(Monetary.getCurrency(code), US, DealType.SOURCED, date);
      if (!rate.pointValue().equals(rules.pointValue(Monetary.getCurrency(code), date))) {
        wrong.add(code + " found " + rate.pointValue());
      }
      for (String alias : aliases(code)) {
        aliasesTried++;
        CurrencyUnit unit = CurrencyUnitBuilder.of(alias, "alias").build();
        try {
          wrong.add(alias + " (an alias of " + code + ") found " + resolver.resolve(unit, US, DealType.SOURCED, date));
        } catch (UnsupportedCurrencyException e) {
          assertThat(e).hasMessageContaining(alias);
        }
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(aliasesTried).isGreaterThan(20);
  }

  @Test
  void oneRulesObjectIsCompiledOnceAndAnotherObjectGetsItsOwnResolver() {
    ProgramRules rules = ProgramRules.builtIn();
    ProgramRules copy = ProgramRules.builder().from(rules).build();

    RuleResolver first = RuleResolver.of(rules);

    assertThat(RuleResolver.of(rules)).isSameAs(first);
    assertThat(copy).isNotSameAs(rules);
    assertThat(RuleResolver.of(copy)).isNotSameAs(first);
    assertThat(RuleResolver.of(copy).rules()).isSameAs(copy);
  }

  @Test
  void codesWithTheSameBase26ValueAsASupportedCodeFindNoRow() {
    assertThat(aliases("USD")).contains("V9D", "UT*");
    assertThat(aliases("CAD")).contains("B[D");
    assertOwnRowsAndNoAliases(ProgramRules.builtIn(), AUG_2025);
    assertOwnRowsAndNoAliases(everyIsoCurrency(), AUG_2025);
  }

  @Test
  void aTableOfEveryIsoCurrencyFindsEachRowAndConvertsWithIt() {
    ProgramRules rules = everyIsoCurrency();
    assertThat(rules.pointValues().supportedCurrencyCodes(FROM)).hasSizeGreaterThan(128);
    RuleResolver resolver = RuleResolver.of(rules);
    LocalDate date = LocalDate.of(2025, 1, 2);
    for (String code : rules.pointValues().supportedCurrencyCodes(date)) {
      CurrencyUnit unit = Monetary.getCurrency(code);
      PointValue value = rules.pointValue(unit, date);
      long expected = value.toPoints(new BigDecimal("1234.56"), RateLock.soldRate(rules, DealType.ASSISTED, date, date), 1)
          .toHundredths();
      assertThat(resolver.estimateHundredths(123_456, 2, unit, US, DealType.ASSISTED, false, 0, date))
          .as(code).isEqualTo(expected);
    }
  }

  @Test
  void currenciesRegisteredUnderOtherCodeFormsFindTheirRows() {
    List<String> codes = List.of("USDC", "X9", "A1B", "Z");
    try {
      for (String code : codes) {
        CurrencyUnitBuilder.of(code, "test").setDefaultFractionDigits(2).build(true);
      }
      ProgramRules rules = ProgramRules.builtIn().withPointValues(PointValueTable.builder().table(FROM)
          .value("USD", "100").value("USDC", "100.5").value("X9", "3").value("A1B", "7000").value("Z", "0.25")
          .build());
      RuleResolver resolver = RuleResolver.of(rules);
      for (String code : List.of("USD", "USDC", "X9", "A1B", "Z")) {
        CurrencyUnit unit = Monetary.getCurrency(code);
        assertThat(resolver.resolve(unit, US, DealType.SOURCED, AUG_2025).pointValue())
            .isEqualTo(rules.pointValue(unit, AUG_2025));
      }
      for (String other : List.of("usdc", "USD ", "AAA", "X8", "EUR")) {
        CurrencyUnit unit = CurrencyUnitBuilder.of(other, "other").build();
        assertThatThrownBy(() -> resolver.resolve(unit, US, DealType.SOURCED, AUG_2025))
            .isInstanceOf(UnsupportedCurrencyException.class).hasMessageContaining(other);
      }
    } finally {
      codes.forEach(ConfigurableCurrencyUnitProvider::removeCurrencyUnit);
    }
  }

  @Test
  void aFirstSaleAfterTheCloseDateIsRejected() {
    RuleResolver resolver = RuleResolver.of(ProgramRules.builtIn());
    assertThatThrownBy(() -> resolver.resolve(Monetary.getCurrency("USD"), US, DealType.SOURCED, AUG_2025,
        AUG_2025.plusDays(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("product line first sold on 2025-08-02 is after the deal's close date 2025-08-01; it must be on"
            + " or before it");
  }

  @Test
  void theRateLockTakesTheEraInForceOnTheFirstSaleDay() {
    RuleResolver resolver = RuleResolver.of(LOCKING);
    CurrencyUnit usd = Monetary.getCurrency("USD");
    LocalDate close = LocalDate.of(2025, 6, 1);
    // first sold: before every era, on the first era's first day, the day before the second era, on the
    // second era's first day, the day before the third, on its first day, and on the close date
    List<LocalDate> firstSales = List.of(LocalDate.of(2020, 1, 1), LocalDate.of(2022, 7, 18), LocalDate.of(2024, 2, 26),
        LocalDate.of(2024, 2, 27), LocalDate.of(2025, 2, 28), LocalDate.of(2025, 3, 1), LocalDate.of(2025, 6, 1));
    List<String> expected = List.of("3", "3", "3", "5", "5", "7", "7");
    for (int i = 0; i < firstSales.size(); i++) {
      LocalDate first = firstSales.get(i);
      ResolvedRule rate = resolver.resolve(usd, US, DealType.SOURCED, close, first);
      assertThat(rate.soldPer100Usd()).as("first sold %s", first).isEqualByComparingTo(expected.get(i));
      assertThat(RateLock.soldRate(LOCKING, DealType.SOURCED, close, first)).as("first sold %s", first)
          .isEqualByComparingTo(expected.get(i));
    }
    // a sale in the second era, first sold before every era: the first era's rate
    assertThat(resolver.resolve(usd, US, DealType.SOURCED, LocalDate.of(2024, 3, 1), LocalDate.of(2021, 1, 1))
        .soldPer100Usd()).isEqualByComparingTo("3");
    // the first era itself: nothing earlier to lock to
    assertThat(resolver.resolve(usd, US, DealType.SOURCED, LocalDate.of(2023, 3, 1), LocalDate.of(2021, 1, 1))
        .soldPer100Usd()).isEqualByComparingTo("3");
  }

  @Test
  void aBadPartnerCountWithAZeroAmountNamesThePartnerCount() {
    RuleResolver resolver = RuleResolver.of(ProgramRules.builtIn());
    assertThatThrownBy(() -> resolver.estimateHundredths(0, 2, Monetary.getCurrency("USD"), US, DealType.SOURCED,
        true, -1, AUG_2025))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("number of other managing partners must be between 0 and 10000, but was -1");
  }

  @Test
  void decimalsBeyondALongAreConvertedExactly() {
    ProgramRules rules = ProgramRules.builtIn();
    ResolvedRule rate = RuleResolver.of(rules).resolve(Monetary.getCurrency("EUR"), CountryCode.of("BR"),
        DealType.SOURCED, AUG_2025);
    PointValue value = rules.pointValue(Monetary.getCurrency("EUR"), AUG_2025);
    for (String amount : List.of("1.00000000000000000001", "123456789.0123456789012345", "-98765432.10987654321",
        "0.0000000000000000000000125", "88.000000000000000000000", "12345678901234567.8", "1234567890123456.78",
        "99999999999999999999")) {
      BigDecimal a = new BigDecimal(amount);
      for (int sharers : new int[] {1, 3, 70_000}) {
        assertThat(outcome(() -> rate.managedPoints(a, sharers))).as("%s / %s", amount, sharers)
            .isEqualTo(outcome(() -> value.toPoints(a, rate.managedPer100Usd(), sharers)));
      }
      assertThat(outcome(() -> rate.soldPoints(a))).as(amount)
          .isEqualTo(outcome(() -> value.toPoints(a, rate.soldPer100Usd(), 1)));
    }
  }

  private static String outcome(Supplier<Points> points) {
    try {
      return points.get().toString();
    } catch (RuntimeException e) {
      return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
  }

  /**
   * Point values whose fraction (hundredths per unit) barely fits, or does not fit, in longs: the
   * resolver's answers are still PointValue.toPoints's, for any amount, scale and sharers.
   */
  @Test
  void pointValuesTooPreciseForTheLongPathStillConvertExactly() {
    // CHF: 17 significant digits (denominator near the long path's bound); SGD: 23 (does not fit);
    // AUD: 10^-20 (numerator does not fit)
    ProgramRules rules = ProgramRules.builtIn().withPointValues(PointValueTable.builder().table(FROM)
        .value("USD", "100").value("CHF", "0.91234567890123457").value("SGD", "1.2345678901234567890123")
        .value("AUD", "0.00000000000000000001").value("JPY", "15000.000000000000001").build());
    RuleResolver resolver = RuleResolver.of(rules);
    String[] codes = {"USD", "CHF", "SGD", "AUD", "JPY"};
    qt().withExamples(5_000).forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom r = new SplittableRandom(seed);
      CurrencyUnit unit = Monetary.getCurrency(codes[r.nextInt(codes.length)]);
      CountryCode country = CountryCode.of(r.nextBoolean() ? "US" : "BR");
      DealType type = r.nextBoolean() ? DealType.SOURCED : DealType.ASSISTED;
      long unscaled = switch (r.nextInt(3)) {
        case 0 -> r.nextLong();
        case 1 -> r.nextLong(-1_000_000_000L, 1_000_000_000L);
        default -> r.nextLong(0, 1_000);
      };
      int scale = r.nextInt(-2, 20);
      int sharers = r.nextInt(4) == 0 ? r.nextInt(16_000, 17_000) : r.nextInt(1, 4);
      ResolvedRule rate = resolver.resolve(unit, country, type, AUG_2025);
      PointValue value = rules.pointValue(unit, AUG_2025);
      BigDecimal amount = BigDecimal.valueOf(unscaled, scale);
      String in = amount.toPlainString() + " " + unit + " " + country + " " + type + " sharers " + sharers;
      assertThat(outcome(() -> Points.ofHundredths(rate.soldHundredths(unscaled, scale)))).as(in)
          .isEqualTo(outcome(() -> value.toPoints(amount, rate.soldPer100Usd(), 1)));
      assertThat(outcome(() -> Points.ofHundredths(rate.managedHundredths(unscaled, scale, sharers)))).as(in)
          .isEqualTo(outcome(() -> value.toPoints(amount, rate.managedPer100Usd(), sharers)));
      assertThat(outcome(() -> rate.managedPoints(amount, sharers))).as(in)
          .isEqualTo(outcome(() -> value.toPoints(amount, rate.managedPer100Usd(), sharers)));
    });
  }
}
