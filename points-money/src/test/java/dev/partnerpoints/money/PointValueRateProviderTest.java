package dev.partnerpoints.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import javax.money.MonetaryAmount;
import javax.money.convert.ConversionQuery;
import javax.money.convert.ConversionQueryBuilder;
import javax.money.convert.CurrencyConversion;
import javax.money.convert.CurrencyConversionException;
import javax.money.convert.ExchangeRate;
import javax.money.convert.RateType;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PointValueRateProviderTest {

  private static final String SUPPORTED = "AUD, CAD, COP, EUR, GBP, JPY, SGD, USD, ZAR";

  /** A clock on 2025-07-14, the last day of the first currency table. */
  private static final Clock CLOCK = Clock.fixed(
      LocalDate.of(2025, 7, 14).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);

  private final PointValueRateProvider provider = new PointValueRateProvider(PointValueTable.builtIn(), CLOCK);

  private static ConversionQuery query(String base, String term, LocalDate date) {
    return ConversionQueryBuilder.of().setBaseCurrency(base).setTermCurrency(term).set(LocalDate.class, date).build();
  }

  @ParameterizedTest(name = "{0} -> {1} on {2}: {3}")
  @CsvSource({
      // factor = term's local amount per 100 USD / base's
      "USD, EUR, 2025-07-15, 0.88",   // 88 / 100
      "USD, EUR, 2025-07-14, 0.75",   // 75 / 100
      "USD, GBP, 2025-07-14, 0.625",  // 62.50 / 100
      "USD, GBP, 2025-07-15, 0.74",   // 74.00 / 100
      "EUR, GBP, 2025-07-15, 0.8409090909090909090909090909090909", // 74 / 88 = 0.84090.. (34 digits)
      "USD, JPY, 2025-07-15, 144",    // 14400 / 100
      "JPY, USD, 2025-07-14, 0.008333333333333333333333333333333333", // 100 / 12000 = 0.00833.. (34 digits)
      "AUD, USD, 2022-07-18, 0.9523809523809523809523809523809524", // 100 / 105 = 0.95238.. (34 digits)
      "COP, ZAR, 2025-07-15, 0.004333333333333333333333333333333333", // 1768 / 408000 = 0.004333..
      "ZAR, COP, 2022-07-18, 194.3689320388349514563106796116505", // 300300 / 1545 = 194.36893..
      "SGD, CAD, 2025-07-15, 1.007751937984496124031007751937984", // 130 / 129 = 1.00775..
      "EUR, EUR, 2025-07-15, 1",
  })
  void factorsAreRatiosOfPointValues(String base, String term, LocalDate date, String factor) {
    ExchangeRate rate = provider.getExchangeRate(query(base, term, date));
    assertThat(rate.getBaseCurrency().getCurrencyCode()).isEqualTo(base);
    assertThat(rate.getCurrency().getCurrencyCode()).isEqualTo(term);
    assertThat(rate.getFactor().numberValue(BigDecimal.class)).isEqualByComparingTo(factor);
    assertThat(rate.getExchangeRateChain()).containsExactly(rate);
  }

  @Test
  void theContextCarriesTheDateAskedForAndTheEffectiveDateOfTheTable() {
    ExchangeRate late = provider.getExchangeRate(query("USD", "EUR", LocalDate.of(2025, 12, 1)));
    assertThat(late.getContext().get(LocalDate.class)).isEqualTo(LocalDate.of(2025, 12, 1));
    assertThat(late.getContext().get(PointValueRateProvider.EFFECTIVE_FROM, LocalDate.class))
        .isEqualTo(LocalDate.of(2025, 7, 15));
    assertThat(late.getContext().getProviderName()).isEqualTo(PointValueRateProvider.PROVIDER_NAME);
    assertThat(late.getContext().getRateType()).isEqualTo(RateType.HISTORIC);

    ExchangeRate early = provider.getExchangeRate(query("USD", "EUR", LocalDate.of(2025, 7, 14)));
    assertThat(early.getContext().get(LocalDate.class)).isEqualTo(LocalDate.of(2025, 7, 14));
    assertThat(early.getContext().get("effectiveFrom", LocalDate.class)).isEqualTo(LocalDate.of(2022, 7, 18));
  }

  @Test
  void aQueryWithoutADateUsesTheClock() {
    ExchangeRate rate = provider.getExchangeRate(
        ConversionQueryBuilder.of().setBaseCurrency("USD").setTermCurrency("EUR").build());
    // the clock says 2025-07-14: 75 / 100
    assertThat(rate.getFactor().numberValue(BigDecimal.class)).isEqualByComparingTo("0.75");
    assertThat(rate.getContext().get(LocalDate.class)).isEqualTo(LocalDate.of(2025, 7, 14));
  }

  @Test
  void anUnsupportedCurrencyNamesItAndListsTheSupportedOnes() {
    ConversionQuery toBrl = query("USD", "BRL", LocalDate.of(2025, 7, 15));
    assertThatThrownBy(() -> provider.getExchangeRate(toBrl))
        .isInstanceOf(CurrencyConversionException.class)
        .hasMessageContaining("BRL")
        .hasMessageContaining(SUPPORTED)
        .hasCauseInstanceOf(UnsupportedCurrencyException.class);
    ConversionQuery fromChf = query("CHF", "USD", LocalDate.of(2025, 7, 15));
    assertThatThrownBy(() -> provider.getExchangeRate(fromChf))
        .isInstanceOf(CurrencyConversionException.class)
        .hasMessageContaining("CHF")
        .hasMessageContaining(SUPPORTED);
    assertThat(provider.isAvailable(toBrl)).isFalse();
    assertThat(provider.isAvailable(query("USD", "EUR", LocalDate.of(2025, 7, 15)))).isTrue();
  }

  @Test
  void aDateBeforeTheFirstTableIsAConversionError() {
    ConversionQuery tooEarly = query("USD", "EUR", LocalDate.of(2022, 7, 17));
    assertThatThrownBy(() -> provider.getExchangeRate(tooEarly))
        .isInstanceOf(CurrencyConversionException.class)
        .hasMessageContaining("2022-07-17")
        .hasCauseInstanceOf(DateOutsideProgramException.class);
    assertThat(provider.isAvailable(tooEarly)).isFalse();
    assertThat(provider.isAvailable(query("USD", "EUR", LocalDate.of(2022, 7, 18)))).isTrue();
  }

  @Test
  void theCurrencyConversionOfAQueryConvertsMoneyOnTheQuerysDate() {
    CurrencyConversion toEurLate = provider.getCurrencyConversion(
        ConversionQueryBuilder.of().setTermCurrency("EUR").set(LocalDate.class, LocalDate.of(2025, 7, 15)).build());
    CurrencyConversion toEurEarly = provider.getCurrencyConversion(
        ConversionQueryBuilder.of().setTermCurrency("EUR").set(LocalDate.class, LocalDate.of(2025, 7, 14)).build());
    // 100 USD x 0.88 = 88 EUR; 250 USD x 0.88 = 220 EUR; 100 USD x 0.75 = 75 EUR
    assertMoney(Money.of(100, "USD").with(toEurLate), "88", "EUR");
    assertMoney(Money.of(250, "USD").with(toEurLate), "220", "EUR");
    assertMoney(toEurEarly.apply(Money.of(100, "USD")), "75", "EUR");
    // 88 EUR x 100 / 88 = 100 USD (factor 1.1363.. to 34 digits, so round once, ourselves)
    CurrencyConversion toUsd = provider.getCurrencyConversion(
        ConversionQueryBuilder.of().setTermCurrency("USD").set(LocalDate.class, LocalDate.of(2025, 7, 15)).build());
    MonetaryAmount usd = Money.of(88, "EUR").with(toUsd);
    assertThat(usd.getCurrency().getCurrencyCode()).isEqualTo("USD");
    assertThat(usd.getNumber().numberValue(BigDecimal.class).setScale(2, RoundingMode.HALF_EVEN))
        .isEqualByComparingTo("100.00");
    // the conversion keeps points: 74 GBP and 14400 JPY both earn what 100 USD earn from 2025-07-15
    CurrencyConversion toJpy = provider.getCurrencyConversion(
        ConversionQueryBuilder.of().setTermCurrency("JPY").set(LocalDate.class, LocalDate.of(2025, 7, 15)).build());
    assertThat(Money.of(74, "GBP").with(toJpy).getNumber().numberValue(BigDecimal.class)
        .round(new MathContext(20, RoundingMode.HALF_EVEN))).isEqualByComparingTo("14400");
  }

  @Test
  void nullsAreRejectedByName() {
    assertThatThrownBy(() -> new PointValueRateProvider(null, CLOCK))
        .isInstanceOf(NullPointerException.class).hasMessage("table");
    assertThatThrownBy(() -> new PointValueRateProvider(PointValueTable.builtIn(), null))
        .isInstanceOf(NullPointerException.class).hasMessage("clock");
    assertThatThrownBy(() -> provider.getExchangeRate((ConversionQuery) null))
        .isInstanceOf(NullPointerException.class);
  }

  private static void assertMoney(MonetaryAmount actual, String number, String currency) {
    assertThat(actual.getCurrency().getCurrencyCode()).isEqualTo(currency);
    assertThat(actual.getNumber().numberValue(BigDecimal.class)).isEqualByComparingTo(number);
  }
}
