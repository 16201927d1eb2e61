package dev.partnerpoints.io;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The field syntax of {@link LedgerCsv}, checked by hand instead of by regular expressions (a ledger
 * file has millions of fields), and the values many records repeat, made once per read: the dates,
 * and the client ids, partner ids and product lines of deal records. Not thread-safe: one per parse.
 */
final class CsvFields {

  /** The most digits on either side of a decimal point (a plain decimal's unscaled value fits). */
  private static final int MAX_DIGITS = 18;

  private final Map<Integer, LocalDate> dates = new HashMap<>();
  private final Map<Class<?>, Map<String, Object>> values = new HashMap<>();

  /**
   * Returns the date of an ISO text of exactly the form {@code YYYY-MM-DD} (four-digit years only),
   * the same object for the same date within this read.
   *
   * @param text the stripped text
   * @return the date, or null when the text is not of that form
   * @throws java.time.DateTimeException if it is of that form but no such day exists
   */
  @Nullable LocalDate isoDate(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 7);
    int day = digits(text, 8, 10);
    if (year < 0 || month < 0 || day < 0) {
      return null;
    }
    int key = year * 10_000 + month * 100 + day;
    LocalDate date = dates.get(key);
    if (date == null) {
      date = LocalDate.of(year, month, day); // throws for a day that does not exist
      dates.put(key, date);
    }
    return date;
  }

  /** The value of the ASCII digits from {@code from} to {@code to}, or -1 if any is not a digit. */
  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /**
   * Whether a text is a plain decimal: an optional sign, 1 to 18 ASCII digits, and optionally a
   * point followed by 1 to 18 digits (no exponent, no grouping).
   *
   * @param text the stripped text
   * @return true if it is
   */
  static boolean isPlainDecimal(String text) {
    int i = 0;
    int n = text.length();
    if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
      i++;
    }
    int integer = digitRun(text, i);
    if (integer < 1 || integer > MAX_DIGITS) {
      return false;
    }
    i += integer;
    if (i == n) {
      return true;
    }
    if (text.charAt(i) != '.') {
      return false;
    }
    int fraction = digitRun(text, i + 1);
    return fraction >= 1 && fraction <= MAX_DIGITS && i + 1 + fraction == n;
  }

  /** The number of ASCII digits from {@code from} on. */
  private static int digitRun(String text, int from) {
    int i = from;
    while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
    }
    return i - from;
  }

  /**
   * Returns the value made from a text by a factory (an id or a name), the same object for the same
   * kind and text within this read. A factory that throws caches nothing.
   *
   * @param kind the value's class, which keeps kinds apart
   * @param text the text as the record gives it
   * @param factory makes the value, validating the text
   * @return the value, never null
   */
  <T> T value(Class<T> kind, String text, Function<String, T> factory) {
    Map<String, Object> ofKind = values.computeIfAbsent(kind, k -> new HashMap<>());
    Object cached = ofKind.get(text);
    if (cached == null) {
      T made = factory.apply(text);
      ofKind.put(text, made);
      return made;
    }
    return kind.cast(cached);
  }
}
