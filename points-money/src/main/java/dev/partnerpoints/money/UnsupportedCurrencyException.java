package dev.partnerpoints.money;

import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * Thrown when a currency has no point value in the table in force: the program never falls back
 * to market exchange rates. The exception carries the currency, the date and the currencies that
 * are supported on that date.
 */
public final class UnsupportedCurrencyException extends PointsException {
  private static final long serialVersionUID = 1L;

  private final String currencyCode;
  private final LocalDate date;
  private final ImmutableSortedSet<String> supportedCurrencyCodes;

  /**
   * Creates the exception.
   *
   * @param currencyCode the unsupported currency code, not null
   * @param date the date of the lookup, not null
   * @param supportedCurrencyCodes the codes supported on that date, not null
   */
  public UnsupportedCurrencyException(
      String currencyCode, LocalDate date, Set<String> supportedCurrencyCodes) {
    super("currency " + currencyCode + " has no point value on " + date
        + "; supported currencies: " + String.join(", ", ImmutableSortedSet.copyOf(supportedCurrencyCodes)));
    this.currencyCode = Objects.requireNonNull(currencyCode, "currencyCode");
    this.date = Objects.requireNonNull(date, "date");
    this.supportedCurrencyCodes = ImmutableSortedSet.copyOf(supportedCurrencyCodes);
  }

  /**
   * Returns the unsupported currency code.
   *
   * @return the code, never null
   */
  public String currencyCode() {
    return currencyCode;
  }

  /**
   * Returns the date of the failed lookup.
   *
   * @return the date, never null
   */
  public LocalDate date() {
    return date;
  }

  /**
   * Returns the currency codes supported on that date, sorted.
   *
   * @return the codes, never null
   */
  public ImmutableSortedSet<String> supportedCurrencyCodes() {
    return supportedCurrencyCodes;
  }
}
