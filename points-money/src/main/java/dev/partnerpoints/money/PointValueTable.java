package dev.partnerpoints.money;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.UnknownCurrencyException;
import org.jspecify.annotations.Nullable;

/**
 * The program's currency point values: per currency, the local amount that earns the same points
 * as 100 USD, in effective-dated tables. The values are program data and deliberately not market
 * exchange rates, so that currency swings do not move tiers.
 *
 * <p>Each table is complete: a lookup uses the table in force on the date (the latest table whose
 * effective date is on or before it) and never mixes rows of two tables. A currency missing from
 * that table is an {@link UnsupportedCurrencyException}; there is no fallback to market rates.
 *
 * <pre>{@code
 * PointValueTable table = PointValueTable.builtIn();
 * table.pointValue("EUR", LocalDate.of(2025, 7, 14)).localAmountPer100Usd(); // 75
 * table.pointValue("EUR", LocalDate.of(2025, 7, 15)).localAmountPer100Usd(); // 88
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PointValueTable {

  private static final PointValueTable BUILT_IN = builder()
      .table(LocalDate.of(2022, 7, 18))
          .value("USD", "100").value("AUD", "105").value("CAD", "130").value("COP", "300300")
          .value("EUR", "75").value("GBP", "62.50").value("JPY", "12000").value("SGD", "140")
          .value("ZAR", "1545")
      .table(LocalDate.of(2025, 7, 15))
          .value("USD", "100").value("AUD", "154").value("CAD", "130").value("COP", "408000")
          .value("EUR", "88").value("GBP", "74.00").value("JPY", "14400").value("SGD", "129")
          .value("ZAR", "1768")
      .build();

  private final Timeline<ImmutableMap<String, PointValue>> tables;

  private PointValueTable(Timeline<ImmutableMap<String, PointValue>> tables) {
    this.tables = tables;
  }

  /**
   * Returns the program's published tables: the one in force from 2022-07-18 and the one in force
   * from 2025-07-15 (USD, AUD, CAD, COP, EUR, GBP, JPY, SGD, ZAR).
   *
   * @return the built-in table, never null
   */
  public static PointValueTable builtIn() {
    return BUILT_IN;
  }

  /**
   * Starts a builder for a caller's own tables.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the point value of a currency on a date.
   *
   * @param currency the currency, not null
   * @param date the date whose table applies, not null
   * @return the row, never null
   * @throws UnsupportedCurrencyException if the table in force has no row for the currency
   * @throws DateOutsideProgramException if the date is before the first table
   */
  public PointValue pointValue(CurrencyUnit currency, LocalDate date) {
    return pointValue(Objects.requireNonNull(currency, "currency").getCurrencyCode(), date);
  }

  /**
   * Returns the point value of a currency, by ISO 4217 code, on a date.
   *
   * @param currencyCode the currency code, such as {@code "EUR"}, not null
   * @param date the date whose table applies, not null
   * @return the row, never null
   * @throws UnsupportedCurrencyException if the table in force has no row for the currency
   * @throws DateOutsideProgramException if the date is before the first table
   */
  public PointValue pointValue(String currencyCode, LocalDate date) {
    Objects.requireNonNull(currencyCode, "currencyCode");
    ImmutableMap<String, PointValue> table = tables.valueOn(Objects.requireNonNull(date, "date"));
    PointValue value = table.get(currencyCode);
    if (value == null) {
      throw new UnsupportedCurrencyException(currencyCode, date, table.keySet());
    }
    return value;
  }

  /**
   * Returns the codes of the currencies that have a point value on a date, sorted.
   *
   * @param date the date, not null
   * @return the codes, never null
   * @throws DateOutsideProgramException if the date is before the first table
   */
  public ImmutableSortedSet<String> supportedCurrencyCodes(LocalDate date) {
    return ImmutableSortedSet.copyOf(tables.valueOn(date).keySet());
  }

  /**
   * Returns every table by its effective date, each keyed by currency code.
   *
   * @return the tables, never null
   */
  public Timeline<ImmutableMap<String, PointValue>> tables() {
    return tables;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof PointValueTable other && other.tables.equals(tables);
  }

  @Override
  public int hashCode() {
    return tables.hashCode();
  }

  @Override
  public String toString() {
    return "PointValueTable" + tables.entries();
  }

  /** Builds a {@link PointValueTable}, table by table. Not thread-safe. */
  public static final class Builder {
    private final Map<LocalDate, Map<String, PointValue>> tables = new LinkedHashMap<>();
    private @Nullable LocalDate current;

    private Builder() {}

    /**
     * Starts a new table in force from a date; the following {@link #value} calls fill it.
     *
     * @param effectiveFrom the first date the table is in force, not null
     * @return this builder
     * @throws IllegalArgumentException if a table with that date was already started
     */
    public Builder table(LocalDate effectiveFrom) {
      Objects.requireNonNull(effectiveFrom, "effectiveFrom");
      if (tables.containsKey(effectiveFrom)) {
        throw new IllegalArgumentException("a point value table effective " + effectiveFrom + " was already added");
      }
      tables.put(effectiveFrom, new LinkedHashMap<>());
      current = effectiveFrom;
      return this;
    }

    /**
     * Adds a row to the current table.
     *
     * @param currencyCode an ISO 4217 currency code known to JSR-354, not null
     * @param localAmountPer100Usd the local amount worth 100 USD in points, as a plain decimal, positive
     * @return this builder
     * @throws IllegalStateException if no table was started
     * @throws IllegalArgumentException if the code is unknown, repeated in the table, or the amount
     *     is not a positive decimal
     */
    public Builder value(String currencyCode, String localAmountPer100Usd) {
      Objects.requireNonNull(currencyCode, "currencyCode");
      Objects.requireNonNull(localAmountPer100Usd, "localAmountPer100Usd");
      BigDecimal amount;
      try {
        amount = new BigDecimal(localAmountPer100Usd);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("point value '" + localAmountPer100Usd + "' of " + currencyCode
            + " is not a decimal number", e);
      }
      return value(currencyCode, amount);
    }

    /**
     * Adds a row to the current table.
     *
     * @param currencyCode an ISO 4217 currency code known to JSR-354, not null
     * @param localAmountPer100Usd the local amount worth 100 USD in points, positive, not null
     * @return this builder
     * @throws IllegalStateException if no table was started
     * @throws IllegalArgumentException if the code is unknown, repeated in the table, or the amount
     *     is not positive
     */
    public Builder value(String currencyCode, BigDecimal localAmountPer100Usd) {
      Objects.requireNonNull(currencyCode, "currencyCode");
      Objects.requireNonNull(localAmountPer100Usd, "localAmountPer100Usd");
      LocalDate from = current;
      if (from == null) {
        throw new IllegalStateException("call table(effectiveFrom) before adding the value of " + currencyCode);
      }
      CurrencyUnit unit;
      try {
        unit = Monetary.getCurrency(currencyCode);
      } catch (UnknownCurrencyException e) {
        throw new IllegalArgumentException("currency code '" + currencyCode + "' is not a known ISO 4217 currency", e);
      }
      // table(from) put the rows of the current table
      Map<String, PointValue> table = Objects.requireNonNull(tables.get(from));
      if (table.containsKey(currencyCode)) {
        throw new IllegalArgumentException("currency " + currencyCode + " appears twice in the table effective " + from);
      }
      table.put(currencyCode, PointValue.of(unit, localAmountPer100Usd, from));
      return this;
    }

    /**
     * Builds the tables.
     *
     * @return the table, never null
     * @throws IllegalArgumentException if no table was added or a table is empty
     */
    public PointValueTable build() {
      Timeline.Builder<ImmutableMap<String, PointValue>> timeline = Timeline.builder("point value table");
      tables.forEach((from, rows) -> {
        if (rows.isEmpty()) {
          throw new IllegalArgumentException("the point value table effective " + from + " has no currencies");
        }
        timeline.add(from, ImmutableMap.copyOf(rows));
      });
      return new PointValueTable(timeline.build());
    }
  }
}
