package dev.partnerpoints.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The built-in currency point values, docs/rules.md section 4. */
class PointValueTableTest {

  private static final LocalDate FIRST_TABLE = LocalDate.of(2022, 7, 18);
  private static final LocalDate SECOND_TABLE = LocalDate.of(2025, 7, 15);
  private static final String SUPPORTED = "AUD, CAD, COP, EUR, GBP, JPY, SGD, USD, ZAR";

  private final PointValueTable table = PointValueTable.builtIn();

  @ParameterizedTest(name = "{0} on {1}: {2} per 100 USD (table of {3})")
  @CsvSource({
      // docs/rules.md section 4, column "From 2022-07-18": first day, a day in the middle, last day
      "USD, 2022-07-18, 100,    2022-07-18",
      "AUD, 2022-07-18, 105,    2022-07-18",
      "CAD, 2022-07-18, 130,    2022-07-18",
      "COP, 2022-07-18, 300300, 2022-07-18",
      "EUR, 2022-07-18, 75,     2022-07-18",
      "GBP, 2022-07-18, 62.50,  2022-07-18",
      "JPY, 2022-07-18, 12000,  2022-07-18",
      "SGD, 2022-07-18, 140,    2022-07-18",
      "ZAR, 2022-07-18, 1545,   2022-07-18",
      "EUR, 2024-02-27, 75,     2022-07-18",
      "USD, 2025-07-14, 100,    2022-07-18",
      "AUD, 2025-07-14, 105,    2022-07-18",
      "CAD, 2025-07-14, 130,    2022-07-18",
      "COP, 2025-07-14, 300300, 2022-07-18",
      "EUR, 2025-07-14, 75,     2022-07-18",
      "GBP, 2025-07-14, 62.50,  2022-07-18",
      "JPY, 2025-07-14, 12000,  2022-07-18",
      "SGD, 2025-07-14, 140,    2022-07-18",
      "ZAR, 2025-07-14, 1545,   2022-07-18",
      // column "From 2025-07-15": first day and much later
      "USD, 2025-07-15, 100,    2025-07-15",
      "AUD, 2025-07-15, 154,    2025-07-15",
      "CAD, 2025-07-15, 130,    2025-07-15",
      "COP, 2025-07-15, 408000, 2025-07-15",
      "EUR, 2025-07-15, 88,     2025-07-15",
      "GBP, 2025-07-15, 74.00,  2025-07-15",
      "JPY, 2025-07-15, 14400,  2025-07-15",
      "SGD, 2025-07-15, 129,    2025-07-15",
      "ZAR, 2025-07-15, 1768,   2025-07-15",
      "USD, 2030-01-01, 100,    2025-07-15",
      "AUD, 2030-01-01, 154,    2025-07-15",
      "CAD, 2030-01-01, 130,    2025-07-15",
      "COP, 2030-01-01, 408000, 2025-07-15",
      "EUR, 2030-01-01, 88,     2025-07-15",
      "GBP, 2030-01-01, 74.00,  2025-07-15",
      "JPY, 2030-01-01, 14400,  2025-07-15",
      "SGD, 2030-01-01, 129,    2025-07-15",
      "ZAR, 2030-01-01, 1768,   2025-07-15",
  })
  void everyCurrencyRowOfBothTables(String currency, LocalDate date, BigDecimal localPer100Usd, LocalDate effectiveFrom) {
    PointValue value = table.pointValue(currency, date);
    assertThat(value.currency().getCurrencyCode()).isEqualTo(currency);
    assertThat(value.localAmountPer100Usd()).isEqualByComparingTo(localPer100Usd);
    assertThat(value.effectiveFrom()).isEqualTo(effectiveFrom);
    assertThat(table.pointValue(Monetary.getCurrency(currency), date)).isEqualTo(value);
  }

  @Test
  void bothTablesSupportTheSameNineCurrencies() {
    assertThat(String.join(", ", table.supportedCurrencyCodes(FIRST_TABLE))).isEqualTo(SUPPORTED);
    assertThat(String.join(", ", table.supportedCurrencyCodes(SECOND_TABLE))).isEqualTo(SUPPORTED);
    assertThat(table.tables().entries().keySet()).containsExactly(FIRST_TABLE, SECOND_TABLE);
  }

  @Test
  void theTableChangesOnTheDayOf2025_07_15() {
    // EUR: 75 on the day before, 88 on the day of the change
    assertThat(table.pointValue("EUR", LocalDate.of(2025, 7, 14)).localAmountPer100Usd()).isEqualByComparingTo("75");
    assertThat(table.pointValue("EUR", LocalDate.of(2025, 7, 15)).localAmountPer100Usd()).isEqualByComparingTo("88");
  }

  @Test
  void aDateBeforeTheFirstTableIsOutsideTheProgram() {
    assertThatThrownBy(() -> table.pointValue("USD", LocalDate.of(2022, 7, 17)))
        .isInstanceOfSatisfying(DateOutsideProgramException.class, e -> {
          assertThat(e.date()).isEqualTo(LocalDate.of(2022, 7, 17));
          assertThat(e.firstEffectiveDate()).isEqualTo(FIRST_TABLE);
          assertThat(e.what()).isEqualTo("point value table");
        })
        .hasMessageContaining("2022-07-17")
        .hasMessageContaining("2022-07-18");
    assertThatThrownBy(() -> table.supportedCurrencyCodes(LocalDate.of(2022, 7, 17)))
        .isInstanceOf(DateOutsideProgramException.class)
        .hasMessageContaining("2022-07-17");
  }

  @Test
  void aCurrencyOutsideTheTableNamesItAndListsTheSupportedOnes() {
    assertThatThrownBy(() -> table.pointValue("BRL", SECOND_TABLE))
        .isInstanceOfSatisfying(UnsupportedCurrencyException.class, e -> {
          assertThat(e.currencyCode()).isEqualTo("BRL");
          assertThat(e.date()).isEqualTo(SECOND_TABLE);
          assertThat(String.join(", ", e.supportedCurrencyCodes())).isEqualTo(SUPPORTED);
        })
        .hasMessageContaining("BRL")
        .hasMessageContaining(SUPPORTED);
    assertThatThrownBy(() -> table.pointValue(Monetary.getCurrency("CHF"), FIRST_TABLE))
        .isInstanceOf(UnsupportedCurrencyException.class)
        .hasMessageContaining("CHF")
        .hasMessageContaining(SUPPORTED);
    // not even an ISO code: still no fallback, same error
    assertThatThrownBy(() -> table.pointValue("XYZ", SECOND_TABLE))
        .isInstanceOf(UnsupportedCurrencyException.class)
        .hasMessageContaining("XYZ");
  }

  @Test
  void nullsAreRejectedByName() {
    assertThatThrownBy(() -> table.pointValue((String) null, SECOND_TABLE))
        .isInstanceOf(NullPointerException.class).hasMessage("currencyCode");
    assertThatThrownBy(() -> table.pointValue((CurrencyUnit) null, SECOND_TABLE))
        .isInstanceOf(NullPointerException.class).hasMessage("currency");
    assertThatThrownBy(() -> table.pointValue("EUR", null))
        .isInstanceOf(NullPointerException.class).hasMessage("date");
  }

  // --- a caller's own table --------------------------------------------------------------------

  @Test
  void aCallersOwnTableIsUsedInsteadOfTheBuiltInOne() {
    PointValueTable mine = PointValueTable.builder()
        .table(LocalDate.of(2020, 1, 1)).value("USD", "100").value("BRL", "500")
        .table(LocalDate.of(2021, 1, 1)).value("BRL", new BigDecimal("550"))
        .build();
    assertThat(mine.pointValue("BRL", LocalDate.of(2020, 12, 31)).localAmountPer100Usd()).isEqualByComparingTo("500");
    assertThat(mine.pointValue("BRL", LocalDate.of(2021, 1, 1)).localAmountPer100Usd()).isEqualByComparingTo("550");
    // tables never mix: USD is not in the 2021 table
    assertThatThrownBy(() -> mine.pointValue("USD", LocalDate.of(2021, 1, 1)))
        .isInstanceOf(UnsupportedCurrencyException.class)
        .hasMessageContaining("USD")
        .hasMessageContaining("supported currencies: BRL");
    assertThat(mine).isNotEqualTo(table);
  }

  @Test
  void theBuilderRejectsBadRowsNamingTheValue() {
    assertThatThrownBy(() -> PointValueTable.builder().table(FIRST_TABLE).value("XYZ", "100"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("XYZ");
    assertThatThrownBy(() -> PointValueTable.builder().table(FIRST_TABLE).value("EUR", "-75"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("EUR").hasMessageContaining("-75");
    assertThatThrownBy(() -> PointValueTable.builder().table(FIRST_TABLE).value("EUR", "0"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("EUR").hasMessageContaining("0");
    assertThatThrownBy(() -> PointValueTable.builder().table(FIRST_TABLE).value("EUR", "seventy"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("seventy");
    assertThatThrownBy(() -> PointValueTable.builder().table(FIRST_TABLE).value("EUR", "75").value("EUR", "76"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("EUR");
    assertThatThrownBy(() -> PointValueTable.builder().value("EUR", "75"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("EUR");
    assertThatThrownBy(() -> PointValueTable.builder().table(FIRST_TABLE).table(FIRST_TABLE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2022-07-18");
    assertThatThrownBy(() -> PointValueTable.builder().table(FIRST_TABLE).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2022-07-18");
    assertThatThrownBy(() -> PointValueTable.builder().build())
        .isInstanceOf(IllegalArgumentException.class);
  }
}
