package dev.partnerpoints.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import javax.money.convert.ConversionQuery;
import javax.money.convert.ConversionQueryBuilder;
import javax.money.convert.ExchangeRate;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/**
 * The value-type contract of every public value type of points-money: equals and hashCode
 * ({@link EqualsTester}), toString, null rejection by every factory, copy method and builder
 * method ({@link NullPointerTester}), and builders that reject every invalid combination with a
 * message naming the value.
 */
class ValueContractsTest {

  private static final CurrencyUnit EUR = Monetary.getCurrency("EUR");
  private static final CurrencyUnit USD = Monetary.getCurrency("USD");
  private static final LocalDate JUL_15 = LocalDate.of(2025, 7, 15);
  private static final Clock CLOCK = Clock.fixed(JUL_15.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

  private static NullPointerTester nulls() {
    return new NullPointerTester()
        .setDefault(LocalDate.class, JUL_15)
        .setDefault(CurrencyUnit.class, EUR)
        .setDefault(MonetaryAmount.class, Money.of(1, EUR))
        .setDefault(BigDecimal.class, BigDecimal.ONE)
        .setDefault(Points.class, Points.of(1))
        .setDefault(String.class, "EUR")
        .setDefault(CharSequence.class, "1.00")
        .setDefault(PointValueTable.class, PointValueTable.builtIn())
        .setDefault(Clock.class, CLOCK)
        .setDefault(ConversionQuery.class, query("USD", "EUR", JUL_15));
  }

  private static ConversionQuery query(String base, String term, LocalDate date) {
    return ConversionQueryBuilder.of().setBaseCurrency(base).setTermCurrency(term).set(LocalDate.class, date).build();
  }

  // ---- Points ----

  @Test
  void pointsAreEqualExactlyWhenTheirHundredthsAre() {
    new EqualsTester()
        .addEqualityGroup(Points.of(1), Points.ofHundredths(100), Points.parse("1.00"), Points.parse("1"),
            Points.of(new BigDecimal("1.0")), Points.total(Points.parse("0.40"), Points.parse("0.60")))
        .addEqualityGroup(Points.zero(), Points.of(0), Points.parse("-0.00"), Points.ofHundredths(0))
        .addEqualityGroup(Points.ofHundredths(-1), Points.parse("-0.01"))
        .addEqualityGroup(Points.ofHundredths(101))
        .testEquals();
  }

  @Test
  void pointsHashCodesTellValuesApart() {
    Set<Integer> hashes = new HashSet<>();
    for (long h = 0; h < 100; h++) {
      hashes.add(Points.ofHundredths(h).hashCode());
    }
    assertThat(hashes).hasSize(100);
  }

  @Test
  void pointsCompareAtTheBoundary() {
    Points one = Points.of(1);
    Points alsoOne = Points.parse("1.00");
    assertThat(one.isGreaterThan(alsoOne)).isFalse();
    assertThat(one.isLessThan(alsoOne)).isFalse();
    assertThat(Points.parse("1.01").isLessThan(one)).isFalse();
    assertThat(Points.zero().isNegative()).isFalse();
    assertThat(Points.parse("0.01").isNegative()).isFalse();
    // equal values: the first argument, as documented
    assertThat(Points.max(one, alsoOne)).isSameAs(one);
    assertThat(Points.min(one, alsoOne)).isSameAs(one);
    assertThat(Points.max(alsoOne, one)).isSameAs(alsoOne);
    assertThat(Points.min(alsoOne, one)).isSameAs(alsoOne);
    Points zero = Points.ofHundredths(0);
    assertThat(zero.atLeastZero()).isSameAs(zero);
    assertThat(Points.parse("0.01").atLeastZero()).isEqualTo(Points.parse("0.01"));
    assertThat(Points.parse("-0.01").atLeastZero()).isEqualTo(Points.zero());
  }

  @Test
  void pointsRejectNull() {
    NullPointerTester nulls = nulls();
    nulls.testAllPublicStaticMethods(Points.class);
    nulls.testAllPublicInstanceMethods(Points.of(1));
  }

  // ---- PointValue ----

  private static final PointValue EUR_88 = PointValue.of(EUR, new BigDecimal("88"), JUL_15);

  @Test
  void pointValuesAreEqualExactlyWhenEveryAttributeIs() {
    new EqualsTester()
        .addEqualityGroup(EUR_88, PointValue.copyOf(EUR_88), PointValue.builder().from(EUR_88).build(),
            PointValue.builder().currency(EUR).localAmountPer100Usd(new BigDecimal("88")).effectiveFrom(JUL_15).build())
        .addEqualityGroup(EUR_88.withCurrency(USD))
        .addEqualityGroup(EUR_88.withLocalAmountPer100Usd(new BigDecimal("92")))
        .addEqualityGroup(EUR_88.withLocalAmountPer100Usd(new BigDecimal("88.0")))
        .addEqualityGroup(EUR_88.withEffectiveFrom(JUL_15.minusDays(1)))
        .testEquals();
    assertThat(EUR_88.withCurrency(EUR)).isSameAs(EUR_88);
    assertThat(EUR_88).hasToString("PointValue{currency=EUR, localAmountPer100Usd=88, effectiveFrom=2025-07-15}");
  }

  @Test
  void pointValuesRejectNullAndInvalidCombinations() {
    NullPointerTester nulls = nulls();
    nulls.testAllPublicStaticMethods(PointValue.class);
    nulls.testAllPublicInstanceMethods(EUR_88);
    nulls.testAllPublicInstanceMethods(PointValue.builder());
    assertThatThrownBy(() -> EUR_88.withLocalAmountPer100Usd(BigDecimal.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("point value of EUR must be positive, but was 0");
    assertThatThrownBy(() -> PointValue.of(USD, new BigDecimal("-1.5"), JUL_15))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("point value of USD must be positive, but was -1.5");
    assertThatThrownBy(() -> PointValue.builder().currency(EUR).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Cannot build PointValue, some of required attributes are not set [localAmountPer100Usd, effectiveFrom]");
  }

  // ---- Timeline ----

  @Test
  void timelinesAreEqualExactlyWhenNameAndEntriesAre() {
    Timeline<String> a = Timeline.of("tables", JUL_15, "x");
    new EqualsTester()
        .addEqualityGroup(a, Timeline.builder("tables").add(JUL_15, "x").build(), Timeline.of("tables", JUL_15, "x"))
        .addEqualityGroup(Timeline.of("eras", JUL_15, "x"))
        .addEqualityGroup(Timeline.of("tables", JUL_15.plusDays(1), "x"))
        .addEqualityGroup(Timeline.of("tables", JUL_15, "y"))
        .addEqualityGroup(Timeline.builder("tables").add(JUL_15, "x").add(JUL_15.plusDays(1), "y").build())
        .testEquals();
    assertThat(a).hasToString("tables{2025-07-15=x}");
    assertThat(a.name()).isEqualTo("tables");
    assertThat(Timeline.of("a", JUL_15, "x").hashCode()).isNotEqualTo(Timeline.of("b", JUL_15, "x").hashCode());
  }

  @Test
  void timelinesRejectNullAndInvalidCombinations() {
    NullPointerTester nulls = nulls();
    nulls.testAllPublicStaticMethods(Timeline.class);
    nulls.testAllPublicInstanceMethods(Timeline.of("tables", JUL_15, "x"));
    nulls.testAllPublicInstanceMethods(Timeline.builder("tables"));
    assertThatThrownBy(() -> Timeline.builder("rate eras").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rate eras needs at least one effective-dated value, but had none");
    assertThatThrownBy(() -> Timeline.builder("rate eras").add(JUL_15, "a").add(JUL_15, "b").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("rate eras has two values with the same effective date: ")
        .hasMessageContaining("2025-07-15");
  }

  // ---- PointValueTable ----

  @Test
  void pointValueTablesAreEqualExactlyWhenTheirTablesAre() {
    PointValueTable small = PointValueTable.builder().table(JUL_15).value("EUR", "88").build();
    new EqualsTester()
        .addEqualityGroup(PointValueTable.builtIn(), PointValueTable.builtIn())
        .addEqualityGroup(small, PointValueTable.builder().table(JUL_15).value("EUR", new BigDecimal("88")).build())
        .addEqualityGroup(PointValueTable.builder().table(JUL_15).value("EUR", "89").build())
        .addEqualityGroup(PointValueTable.builder().table(JUL_15.plusDays(1)).value("EUR", "88").build())
        .testEquals();
    assertThat(small).hasToString("PointValueTable{2025-07-15={EUR=" + small.pointValue(EUR, JUL_15) + "}}");
  }

  @Test
  void pointValueTablesRejectNullAndInvalidCombinations() {
    NullPointerTester nulls = nulls();
    nulls.testAllPublicStaticMethods(PointValueTable.class);
    nulls.testAllPublicInstanceMethods(PointValueTable.builtIn());
    nulls.testAllPublicInstanceMethods(PointValueTable.builder().table(JUL_15));
    assertThatThrownBy(() -> PointValueTable.builder().value("EUR", "88"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("call table(effectiveFrom) before adding the value of EUR");
    assertThatThrownBy(() -> PointValueTable.builder().table(JUL_15).value("XYZ", "88"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("currency code 'XYZ' is not a known ISO 4217 currency");
    assertThatThrownBy(() -> PointValueTable.builder().table(JUL_15).value("EUR", "88").value("EUR", "90"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("currency EUR appears twice in the table effective 2025-07-15");
    assertThatThrownBy(() -> PointValueTable.builder().table(JUL_15).value("EUR", "eighty"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("point value 'eighty' of EUR is not a decimal number");
    assertThatThrownBy(() -> PointValueTable.builder().table(JUL_15).value("EUR", "0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("point value of EUR must be positive, but was 0");
    assertThatThrownBy(() -> PointValueTable.builder().table(JUL_15).table(JUL_15))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a point value table effective 2025-07-15 was already added");
    assertThatThrownBy(() -> PointValueTable.builder().table(JUL_15).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the point value table effective 2025-07-15 has no currencies");
    assertThatThrownBy(() -> PointValueTable.builder().build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("point value table needs at least one effective-dated value, but had none");
  }

  // ---- PointValueRateProvider and its rates ----

  @Test
  void ratesAreEqualExactlyWhenCurrenciesFactorAndContextAre() {
    PointValueRateProvider provider = new PointValueRateProvider(PointValueTable.builtIn(), CLOCK);
    ExchangeRate rate = provider.getExchangeRate(query("USD", "EUR", JUL_15));
    new EqualsTester()
        .addEqualityGroup(rate, provider.getExchangeRate(query("USD", "EUR", JUL_15)),
            new PointValueRateProvider(PointValueTable.builtIn(), CLOCK).getExchangeRate(query("USD", "EUR", JUL_15)))
        .addEqualityGroup(provider.getExchangeRate(query("USD", "EUR", JUL_15.plusDays(1)))) // another date asked
        .addEqualityGroup(provider.getExchangeRate(query("USD", "GBP", JUL_15)))
        .addEqualityGroup(provider.getExchangeRate(query("EUR", "USD", JUL_15)))
        .addEqualityGroup(provider.getExchangeRate(query("USD", "EUR", JUL_15.minusDays(1)))) // the earlier table
        .testEquals();
    assertThat(rate.toString()).startsWith("ExchangeRate[USD->EUR 0.88, ");
    assertThat(provider.toString()).startsWith(PointValueRateProvider.PROVIDER_NAME + "[PointValueTable{");
  }

  @Test
  void theRateProviderRejectsNull() {
    NullPointerTester nulls = nulls();
    nulls.testAllPublicConstructors(PointValueRateProvider.class);
    nulls.testAllPublicInstanceMethods(new PointValueRateProvider(PointValueTable.builtIn(), CLOCK));
  }

  @Test
  void exceptionsRejectNull() {
    NullPointerTester nulls = nulls();
    nulls.testAllPublicConstructors(UnsupportedCurrencyException.class);
    nulls.testAllPublicConstructors(DateOutsideProgramException.class);
  }
}
