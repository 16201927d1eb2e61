package dev.partnerpoints.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One row of the point-value table: money to points and back, with the once-only roundings. */
class PointValueTest {

  private static final LocalDate FROM = LocalDate.of(2025, 7, 15);
  private static final CurrencyUnit EUR = Monetary.getCurrency("EUR");

  private static PointValue row(String currency, String localPer100Usd) {
    return PointValue.of(Monetary.getCurrency(currency), new BigDecimal(localPer100Usd), FROM);
  }

  @ParameterizedTest(name = "{1} {0} at {3} points per 100 USD / {4} partners = {5}")
  @CsvSource({
      // 1000 EUR / 88 x 10 = 113.6363.. -> 113.64
      "EUR, 1000,   88,    10, 1, 113.64",
      // 1000 EUR / 88 x 1 / 3 = 3.7878.. -> 3.79
      "EUR, 1000,   88,    1,  3, 3.79",
      // a downgrade: -1000 / 88 x 10 = -113.6363.. -> -113.64
      "EUR, -1000,  88,    10, 1, -113.64",
      // HALF_EVEN ties: 0.10 USD / 100 x 5 = 0.005 -> 0.00; 0.30 / 100 x 5 = 0.015 -> 0.02
      "USD, 0.10,   100,   5,  1, 0.00",
      "USD, 0.30,   100,   5,  1, 0.02",
      // 2.50 USD / 100 x 1 = 0.025 -> 0.02 (HALF_UP would give 0.03)
      "USD, 2.50,   100,   1,  1, 0.02",
      // 100000 JPY / 14400 x 3 = 20.8333.. -> 20.83
      "JPY, 100000, 14400, 3,  1, 20.83",
      // 1000 GBP / 62.50 x 5 = 80
      "GBP, 1000,   62.50, 5,  1, 80.00",
      // a zero rate earns nothing
      "GBP, 1000,   62.50, 0,  1, 0.00",
  })
  void moneyToPointsRoundsOnceHalfEven(String currency, String amount, String localPer100Usd, String rate,
      int sharers, String expected) {
    PointValue row = row(currency, localPer100Usd);
    Points viaMoney = row.toPoints(Money.of(new BigDecimal(amount), currency), new BigDecimal(rate), sharers);
    Points viaDecimal = row.toPoints(new BigDecimal(amount), new BigDecimal(rate), sharers);
    assertThat(viaMoney).isEqualTo(Points.parse(expected));
    assertThat(viaDecimal).isEqualTo(Points.parse(expected));
  }

  @ParameterizedTest(name = "{1} points at {3} per 100 USD = {4} {0}")
  @CsvSource({
      // 113.64 x 88 / 10 = 1000.032 -> 1000.03 EUR
      "EUR, 113.64, 88,    10, 1000.03",
      // 22.73 x 88 / 2 = 1000.12 EUR
      "EUR, 22.73,  88,    2,  1000.12",
      // 0.01 x 14400 / 5 = 28.8 -> 29 JPY (no minor unit)
      "JPY, 0.01,   14400, 5,  29",
      // 1 x 12000 / 5 = 2400 JPY
      "JPY, 1,      12000, 5,  2400",
      // HALF_EVEN ties: 0.01 x 62.50 / 5 = 0.125 -> 0.12; 0.03 x 62.50 / 5 = 0.375 -> 0.38
      "GBP, 0.01,   62.50, 5,  0.12",
      "GBP, 0.03,   62.50, 5,  0.38",
      // 1 x 100 / 3 = 33.333.. -> 33.33 USD
      "USD, 1,      100,   3,  33.33",
      // 0.01 managed point at 1 per 100 USD = 1 USD
      "USD, 0.01,   100,   1,  1.00",
  })
  void pointsToMoneyRoundsOnceToTheCurrencysFractionDigits(String currency, String points, String localPer100Usd,
      String rate, String expected) {
    MonetaryAmount money = row(currency, localPer100Usd).toMoney(Points.parse(points), new BigDecimal(rate));
    assertThat(money.getCurrency().getCurrencyCode()).isEqualTo(currency);
    assertThat(money.getNumber().numberValue(BigDecimal.class)).isEqualByComparingTo(expected);
  }

  @Test
  void toProgramUsdIsExactWhereItTerminates() {
    // 88 EUR x 100 / 88 = 100 USD; 44 EUR -> 50 USD; 1 EUR -> 100 / 88 = 1.1363.. (34 digits)
    assertThat(row("EUR", "88").toProgramUsd(new BigDecimal("88"))).isEqualByComparingTo("100");
    assertThat(row("EUR", "88").toProgramUsd(new BigDecimal("44"))).isEqualByComparingTo("50");
    assertThat(row("EUR", "88").toProgramUsd(BigDecimal.ONE))
        .isEqualByComparingTo("1.136363636363636363636363636363636");
    // 62.50 GBP -> 100 USD exactly
    assertThat(row("GBP", "62.50").toProgramUsd(new BigDecimal("62.50"))).isEqualByComparingTo("100");
  }

  @Test
  void pointsToMoneyToPointsIsTheIdentityForTheBuiltInTables() {
    List<PointValue> rows = PointValueTable.builtIn().tables().entries().values().stream()
        .flatMap(t -> t.values().stream()).collect(Collectors.toList());
    // every rate a built-in era gives per 100 USD: 1, 3, 5 and, in growth markets, 2, 6, 10
    qt().forAll(arbitrary().pick(rows), arbitrary().pick("1", "2", "3", "5", "6", "10"),
            longs().between(0, 1_000_000_000L))
        .checkAssert((row, rate, hundredths) -> {
          Points points = Points.ofHundredths(hundredths);
          MonetaryAmount money = row.toMoney(points, new BigDecimal(rate));
          assertThat(row.toPoints(money, new BigDecimal(rate), 1)).isEqualTo(points);
        });
  }

  @Test
  void sharedPointsAreTheExactShareRoundedOnce() {
    // 1000 EUR / 88 x 1 / n, rounded once: n = 2 -> 5.6818.. -> 5.68; n = 7 -> 1.6233.. -> 1.62
    assertThat(row("EUR", "88").toPoints(new BigDecimal("1000"), BigDecimal.ONE, 2)).isEqualTo(Points.parse("5.68"));
    assertThat(row("EUR", "88").toPoints(new BigDecimal("1000"), BigDecimal.ONE, 7)).isEqualTo(Points.parse("1.62"));
    qt().forAll(longs().between(0, 10_000_000_000L), integers().between(1, 10_000))
        .checkAssert((cents, sharers) -> {
          BigDecimal amount = BigDecimal.valueOf(cents, 2);
          Points share = row("EUR", "88").toPoints(amount, BigDecimal.ONE, sharers);
          // |share - exact| <= 0.005, checked without division: |share x 88 x n - amount| <= 0.005 x 88 x n
          BigDecimal error = share.toBigDecimal().multiply(BigDecimal.valueOf(88L * sharers)).subtract(amount).abs();
          assertThat(error).isLessThanOrEqualTo(new BigDecimal("0.005").multiply(BigDecimal.valueOf(88L * sharers)));
        });
  }

  @Test
  void badInputIsRejectedNamingTheValue() {
    PointValue eur = row("EUR", "88");
    assertThatThrownBy(() -> PointValue.of(EUR, BigDecimal.ZERO, FROM))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("EUR").hasMessageContaining("0");
    assertThatThrownBy(() -> PointValue.of(EUR, new BigDecimal("-88"), FROM))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-88");
    assertThatThrownBy(() -> eur.toPoints(BigDecimal.TEN, new BigDecimal("-1"), 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
    assertThatThrownBy(() -> eur.toPoints(BigDecimal.TEN, BigDecimal.ONE, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("but was 0");
    assertThatThrownBy(() -> eur.toPoints(Money.of(10, "USD"), BigDecimal.ONE, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("USD").hasMessageContaining("EUR");
    assertThatThrownBy(() -> eur.toMoney(Points.of(1), BigDecimal.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0");
    assertThatThrownBy(() -> eur.toMoney(Points.of(1), new BigDecimal("-5")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-5");
  }

  @Test
  void nullsAreRejectedByName() {
    PointValue eur = row("EUR", "88");
    assertThatThrownBy(() -> PointValue.of(null, BigDecimal.ONE, FROM))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("currency");
    assertThatThrownBy(() -> PointValue.of(EUR, null, FROM))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("localAmountPer100Usd");
    assertThatThrownBy(() -> PointValue.of(EUR, BigDecimal.ONE, null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("effectiveFrom");
    assertThatThrownBy(() -> eur.toPoints((MonetaryAmount) null, BigDecimal.ONE, 1))
        .isInstanceOf(NullPointerException.class).hasMessage("amount");
    assertThatThrownBy(() -> eur.toPoints(BigDecimal.ONE, null, 1))
        .isInstanceOf(NullPointerException.class).hasMessage("pointsPer100Usd");
    assertThatThrownBy(() -> eur.toMoney(null, BigDecimal.ONE))
        .isInstanceOf(NullPointerException.class).hasMessage("points");
  }
}
