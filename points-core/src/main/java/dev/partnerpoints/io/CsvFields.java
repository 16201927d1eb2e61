package dev.partnerpoints.io;

import dev.partnerpoints.internal.Hashes;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The field syntax of {@link LedgerCsv}, checked by hand on the characters of the text instead of
 * by regular expressions on strings (a ledger file has millions of fields), and the values many
 * records repeat, made once per read: the dates, and the client ids, partner ids, product lines and
 * names of deal records. Not thread-safe: one per parse.
 */
final class CsvFields {

  /** The most digits on either side of a decimal point (a plain decimal's unscaled value fits). */
  private static final int MAX_DIGITS = 18;
  /** Dates of these years are cached in an array indexed by year, month and day; others in a map. */
  private static final int FIRST_CACHED_YEAR = 1900;
  private static final int CACHED_YEARS = 300;

  private final LocalDate[] recentDates = new LocalDate[CACHED_YEARS * 12 * 31];
  private final Map<Integer, LocalDate> otherDates = new HashMap<>();
  private final Map<Object, Table> values = new HashMap<>();

  /** {@link #isoDate(char[], int, int)} of a whole string. */
  @Nullable LocalDate isoDate(String text) {
    return isoDate(text.toCharArray(), 0, text.length());
  }

  /**
   * Returns the date of an ISO text of exactly the form {@code YYYY-MM-DD} (four-digit years only),
   * the same object for the same date within this read.
   *
   * @param chars the text
   * @param from where the date starts
   * @param to where it ends, exclusive (nothing is stripped)
   * @return the date, or null when the text is not of that form
   * @throws java.time.DateTimeException if it is of that form but no such day exists
   */
  @Nullable LocalDate isoDate(char[] chars, int from, int to) {
    if (to - from != 10 || chars[from + 4] != '-' || chars[from + 7] != '-') {
      return null;
    }
    int year = digits(chars, from, from + 4);
    int month = digits(chars, from + 5, from + 7);
    int day = digits(chars, from + 8, from + 10);
    if (year < 0 || month < 0 || day < 0) {
      return null;
    }
    int slot = (year - FIRST_CACHED_YEAR) * 372 + (month - 1) * 31 + (day - 1);
    boolean cacheable = year >= FIRST_CACHED_YEAR && year < FIRST_CACHED_YEAR + CACHED_YEARS
        && month >= 1 && month <= 12 && day >= 1 && day <= 31;
    LocalDate date = cacheable ? recentDates[slot] : otherDates.get(year * 10_000 + month * 100 + day);
    if (date == null) {
      date = LocalDate.of(year, month, day); // throws for a day that does not exist
      if (cacheable) {
        recentDates[slot] = date;
      } else {
        otherDates.put(year * 10_000 + month * 100 + day, date);
      }
    }
    return date;
  }

  /** The value of the ASCII digits from {@code from} to {@code to}, or -1 if any is not a digit. */
  private static int digits(char[] chars, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = chars[i];
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /** {@link #isPlainDecimal(char[], int, int)} of a whole string. */
  static boolean isPlainDecimal(String text) {
    return isPlainDecimal(text.toCharArray(), 0, text.length());
  }

  /**
   * Whether a text is a plain decimal: an optional sign, 1 to 18 ASCII digits, and optionally a
   * point followed by 1 to 18 digits (no exponent, no grouping).
   *
   * @param chars the text
   * @param from where the number starts
   * @param to where it ends, exclusive (nothing is stripped)
   * @return true if it is
   */
  static boolean isPlainDecimal(char[] chars, int from, int to) {
    int i = from;
    if (i < to && (chars[i] == '+' || chars[i] == '-')) {
      i++;
    }
    int integer = digitRun(chars, i, to);
    if (integer < 1 || integer > MAX_DIGITS) {
      return false;
    }
    i += integer;
    if (i == to) {
      return true;
    }
    if (chars[i] != '.') {
      return false;
    }
    int fraction = digitRun(chars, i + 1, to);
    return fraction >= 1 && fraction <= MAX_DIGITS && i + 1 + fraction == to;
  }

  /** The number of ASCII digits from {@code from} on. */
  private static int digitRun(char[] chars, int from, int to) {
    int i = from;
    while (i < to && chars[i] >= '0' && chars[i] <= '9') {
      i++;
    }
    return i - from;
  }

  /** {@link #value(Object, char[], int, int, Function)} of a whole string. */
  <T> T value(Object kind, String text, Function<String, T> factory) {
    return value(kind, text.toCharArray(), 0, text.length(), factory);
  }

  /**
   * Returns the value made from a text by a factory (an id or a name), the same object for the same
   * kind and text within this read; the text becomes a string only the first time. A factory that
   * throws caches nothing.
   *
   * @param kind keeps kinds apart (such as the value's class): the same text of another kind is
   *     another value
   * @param chars the text as the record gives it
   * @param from where it starts
   * @param to where it ends, exclusive
   * @param factory makes the value, validating the text
   * @return the value, never null
   */
  @SuppressWarnings("unchecked") // a kind's table holds only what its factories made
  <T> T value(Object kind, char[] chars, int from, int to, Function<String, T> factory) {
    Table table = values.computeIfAbsent(kind, k -> new Table());
    int hash = Table.hash(chars, from, to);
    Object cached = table.get(hash, chars, from, to);
    if (cached == null) {
      T made = factory.apply(new String(chars, from, to - from));
      table.put(hash, Arrays.copyOfRange(chars, from, to), made);
      return made;
    }
    return (T) cached;
  }

  /**
   * Values by the characters of their text: an open-addressing table (linear probing, at most half
   * full) that finds a value without making a string of the text. Each slot keeps its key's hash,
   * so a probe compares characters only when the hashes agree (ids that differ only in their last
   * characters have neighbouring hashes, which would otherwise make long runs of full comparisons).
   */
  private static final class Table {
    private char[][] keys = new char[64][];
    private int[] hashes = new int[64];
    private Object[] values = new Object[64];
    private int size;

    /** The text's hash (as {@link String#hashCode} would give). */
    static int hash(char[] chars, int from, int to) {
      int h = 0;
      for (int i = from; i < to; i++) {
        h = 31 * h + chars[i];
      }
      return h;
    }

    /** The first slot to probe. */
    private static int slot(int hash, int mask) {
      return Hashes.mix(hash) & mask;
    }

    @Nullable Object get(int hash, char[] chars, int from, int to) {
      int mask = keys.length - 1;
      for (int i = slot(hash, mask); ; i = (i + 1) & mask) {
        char[] key = keys[i];
        if (key == null) {
          return null;
        }
        if (hashes[i] == hash && Arrays.equals(key, 0, key.length, chars, from, to)) {
          return values[i];
        }
      }
    }

    void put(int hash, char[] key, Object value) {
      if (2 * (size + 1) > keys.length) {
        char[][] oldKeys = keys;
        int[] oldHashes = hashes;
        Object[] oldValues = values;
        keys = new char[oldKeys.length * 2][];
        hashes = new int[oldKeys.length * 2];
        values = new Object[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
          if (oldKeys[i] != null) {
            insert(oldHashes[i], oldKeys[i], oldValues[i]);
          }
        }
      }
      insert(hash, key, value);
    }

    private void insert(int hash, char[] key, Object value) {
      int mask = keys.length - 1;
      int i = slot(hash, mask);
      while (keys[i] != null) {
        i = (i + 1) & mask;
      }
      keys[i] = key;
      hashes[i] = hash;
      values[i] = value;
      size++;
    }
  }
}
