package dev.partnerpoints.cli;

import dev.partnerpoints.money.Points;
import dev.partnerpoints.program.CountryCode;
import dev.partnerpoints.program.DealType;
import dev.partnerpoints.program.UnknownCountryException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Option converters. Each rejects a value with a message that quotes it and says what is allowed;
 * picocli prefixes the option's name, and the error handler turns it into exit status 2.
 */
final class Converters {

  private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
  private static final Pattern WHOLE = Pattern.compile("[+-]?\\d+");

  private Converters() {}

  /** A plain decimal number, 0 or more, such as {@code 1000} or {@code 1250.50}. */
  static final class NonNegativeDecimal implements ITypeConverter<BigDecimal> {
    @Override
    public BigDecimal convert(String value) {
      if (!DECIMAL.matcher(value).matches()) {
        throw new TypeConversionException("'" + value + "' is not a decimal number such as 1000 or 1250.50");
      }
      BigDecimal number = new BigDecimal(value);
      if (number.signum() < 0) {
        throw new TypeConversionException("'" + value + "' is negative; it must be 0 or more");
      }
      return number;
    }
  }

  /** A whole number, 0 or more. */
  static final class NonNegativeCount implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      if (!WHOLE.matcher(value).matches()) {
        throw new TypeConversionException("'" + value + "' is not a whole number such as 0 or 2");
      }
      int count;
      try {
        count = Integer.parseInt(value);
      } catch (NumberFormatException e) {
        throw new TypeConversionException("'" + value + "' is too large");
      }
      if (count < 0) {
        throw new TypeConversionException("'" + value + "' is negative; it must be 0 or more");
      }
      return count;
    }
  }

  /** Points with at most two decimal places, 0 or more, such as {@code 50} or {@code 12.5}. */
  static final class NonNegativePoints implements ITypeConverter<Points> {
    @Override
    public Points convert(String value) {
      Points points;
      try {
        points = Points.parse(value);
      } catch (IllegalArgumentException | ArithmeticException e) {
        throw new TypeConversionException(
            "'" + value + "' is not a number of points with at most 2 decimal places, such as 50 or 12.5");
      }
      if (points.isNegative()) {
        throw new TypeConversionException("'" + value + "' is negative; it must be 0 or more");
      }
      return points;
    }
  }

  /** An ISO date, {@code YYYY-MM-DD}. */
  static final class IsoDate implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        throw new TypeConversionException("'" + value + "' is not a date in the form YYYY-MM-DD, such as 2025-08-01");
      }
    }
  }

  /**
   * An ISO 4217 currency code in upper case, as the library reads it (ledger and rules files): a
   * code in lower case is rejected, naming the upper-case form. Whether the program has a point
   * value for it is checked against the table in force on the command's date.
   */
  static final class Currency implements ITypeConverter<CurrencyUnit> {
    @Override
    public CurrencyUnit convert(String value) {
      try {
        return Monetary.getCurrency(value);
      } catch (MonetaryException e) {
        throw new TypeConversionException("'" + value
            + "' is not an ISO 4217 currency code (three upper-case letters such as EUR or USD)"
            + didYouMean(value, upper -> Monetary.isCurrencyAvailable(upper)));
      }
    }
  }

  /**
   * An ISO 3166-1 alpha-2 country code in upper case, validated by {@link CountryCode#of} exactly as
   * the library does: a code in lower case is rejected, naming the upper-case form.
   */
  static final class Country implements ITypeConverter<CountryCode> {
    @Override
    public CountryCode convert(String value) {
      try {
        return CountryCode.of(value);
      } catch (UnknownCountryException e) {
        throw new TypeConversionException(e.getMessage() + didYouMean(value, upper -> {
          try {
            CountryCode.of(upper);
            return true;
          } catch (UnknownCountryException notEither) {
            return false;
          }
        }));
      }
    }
  }

  /** {@code "; did you mean BR?"} when the value in upper case is a valid code, else nothing. */
  private static String didYouMean(String value, Predicate<String> valid) {
    String upper = value.toUpperCase(Locale.ROOT);
    return !upper.equals(value) && valid.test(upper) ? "; did you mean " + upper + "?" : "";
  }

  /** {@code sourced} or {@code assisted}, in any case. */
  static final class Deal implements ITypeConverter<DealType> {
    @Override
    public DealType convert(String value) {
      for (DealType type : DealType.values()) {
        if (type.name().equalsIgnoreCase(value)) {
          return type;
        }
      }
      throw new TypeConversionException("'" + value + "' is not a deal type; use sourced or assisted");
    }
  }
}
