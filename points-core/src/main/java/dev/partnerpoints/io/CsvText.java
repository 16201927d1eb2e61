package dev.partnerpoints.io;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * The CSV layer of {@link LedgerCsv}: the whole text of a file, walked record by record by hand.
 *
 * <p>RFC 4180 as the format describes it: a line whose first character other than spaces is
 * {@code #} is a comment, and blank lines are skipped (between records only spaces count as blank:
 * a line of a tab is a record of one empty field); spaces and tabs around a field outside quotes
 * are not part of it; a field that starts with a double quote runs to the next quote not doubled,
 * may hold separators and line breaks, and a doubled quote inside stands for one; after its
 * closing quote only spaces, tabs, a separator or the end of the line may follow. {@code \n},
 * {@code \r\n} and a lone {@code \r} each end a line. These are the rules of Jackson's CSV parser with
 * comments, blank-line skipping and trimming enabled, which read the format before this class
 * (a test holds the two to the same records on random text).
 *
 * <p>A record's fields stay ranges of the text until asked for: {@link #text} makes a {@code
 * String}, and the reader looks dates, amounts, names and ids up straight from {@link #chars}.
 * One per read; not thread-safe.
 */
final class CsvText {

  static final String CONTROL_CHARACTER = "a control character where text belongs; a ledger file holds no control "
      + "characters but tabs and line breaks";
  static final String TEXT_AFTER_QUOTE = "text after the closing quote of a field; enclose the whole field in double "
      + "quotes and write a quote inside it twice";
  static final String UNCLOSED_QUOTE = "a quoted field is not closed: its opening double quote has no closing one "
      + "before the end of the file";

  /** The longest text one read holds: the largest array the JVM allocates. */
  private static final int MAX_CHARS = Integer.MAX_VALUE - 8;
  /** The characters read at a time from a reader of unknown length (1 MB). */
  private static final int CHUNK = 1 << 19;

  private final char[] text;
  private final int length;
  private int pos;
  private int line = 1;
  private int recordLine;
  private int count;
  private int[] starts = new int[16];
  private int[] ends = new int[16];
  /** A quoted field's value, else null (the field is its range of the text). */
  private @Nullable String[] quoted = new String[16];

  private CsvText(char[] text, int length) {
    this.text = text;
    this.length = length;
  }

  /** A text already in memory (tests). */
  static CsvText of(String text) {
    return new CsvText(text.toCharArray(), text.length());
  }

  /**
   * Reads a reader to its end into one array.
   *
   * @param sizeHint the expected number of characters (such as the file's size in bytes), or 0 when
   *     unknown: the text is then read in chunks and copied once into an array of its length
   * @throws IOException if the reader fails or the text is longer than one array holds
   */
  static CsvText read(Reader reader, long sizeHint) throws IOException {
    if (sizeHint <= 0) {
      return readInChunks(reader);
    }
    char[] buffer = new char[(int) Math.min(MAX_CHARS, sizeHint + 1)];
    int length = 0;
    while (true) {
      if (length == buffer.length) { // the hint was short
        buffer = Arrays.copyOf(buffer, (int) Math.min(MAX_CHARS, 2L * length));
        if (length == buffer.length) {
          throw tooLong();
        }
      }
      int read = reader.read(buffer, length, buffer.length - length);
      if (read < 0) {
        return new CsvText(buffer, length);
      }
      length += read;
    }
  }

  private static CsvText readInChunks(Reader reader) throws IOException {
    List<char[]> full = new ArrayList<>();
    char[] chunk = new char[CHUNK];
    int used = 0;
    while (true) {
      int read = reader.read(chunk, used, CHUNK - used);
      if (read < 0) {
        break;
      }
      used += read;
      if (used == CHUNK) {
        if ((long) (full.size() + 1) * CHUNK > MAX_CHARS) {
          throw tooLong();
        }
        full.add(chunk);
        chunk = new char[CHUNK];
        used = 0;
      }
    }
    char[] text = new char[full.size() * CHUNK + used];
    for (int i = 0; i < full.size(); i++) {
      System.arraycopy(full.get(i), 0, text, i * CHUNK, CHUNK);
    }
    System.arraycopy(chunk, 0, text, full.size() * CHUNK, used);
    return new CsvText(text, text.length);
  }

  private static IOException tooLong() {
    return new IOException("the text is longer than " + MAX_CHARS + " characters, the most one read holds");
  }

  /**
   * Finds the first control character other than tab and line breaks (trimming would drop one
   * silently from the ends of a field, and no field of a ledger holds one).
   *
   * @return its 1-based line, or empty when the text has none
   */
  OptionalInt lineOfControlCharacter() {
    int at = 1;
    for (int i = 0; i < length; i++) {
      char c = text[i];
      if (c < ' ' || c == '\u007F') {
        if (c == '\n' || (c == '\r' && (i + 1 == length || text[i + 1] != '\n'))) {
          at++;
        } else if (c != '\t' && c != '\r') {
          return OptionalInt.of(at);
        }
      }
    }
    return OptionalInt.empty();
  }

  /**
   * Moves to the next record, skipping blank and comment lines.
   *
   * @return false at the end of the text
   * @throws SyntaxError if the record breaks the quoting rules (the record's line is {@link #line})
   */
  boolean next() {
    while (pos < length) {
      char c = text[pos];
      if (c == ' ') {
        pos++;
      } else if (c == '\n' || c == '\r') {
        lineBreak();
      } else if (c == '#') {
        while (pos < length && text[pos] != '\n' && text[pos] != '\r') {
          pos++;
        }
        if (pos < length) {
          lineBreak();
        }
      } else {
        break;
      }
    }
    if (pos >= length) {
      return false;
    }
    recordLine = line;
    count = 0;
    while (true) {
      skipSpace();
      if (pos >= length) {
        add(pos, pos, null);
        return true;
      }
      char c = text[pos];
      if (c == '"') {
        add(pos, pos, quotedValue());
        skipSpace();
        if (pos >= length) {
          return true;
        }
        c = text[pos];
        if (c != ',' && c != '\n' && c != '\r') {
          throw new SyntaxError(TEXT_AFTER_QUOTE);
        }
      } else {
        int start = pos;
        while (c != ',' && c != '\n' && c != '\r' && ++pos < length) {
          c = text[pos];
        }
        int end = pos;
        while (end > start && text[end - 1] <= ' ') {
          end--;
        }
        add(start, end, null);
        if (pos >= length) {
          return true;
        }
      }
      if (c == ',') {
        pos++;
      } else {
        lineBreak();
        return true;
      }
    }
  }

  /** Skips spaces and tabs (the only characters below a space but line breaks that get here). */
  private void skipSpace() {
    while (pos < length && text[pos] <= ' ' && text[pos] != '\n' && text[pos] != '\r') {
      pos++;
    }
  }

  /** Steps over the line break at {@link #pos}: {@code \n}, {@code \r\n} or {@code \r}. */
  private void lineBreak() {
    if (text[pos++] == '\r' && pos < length && text[pos] == '\n') {
      pos++;
    }
    line++;
  }

  /** Reads the quoted field that starts at {@link #pos}; leaves {@link #pos} after its closing quote. */
  private String quotedValue() {
    int start = ++pos;
    StringBuilder unescaped = null;
    while (true) {
      if (pos >= length) {
        throw new SyntaxError(UNCLOSED_QUOTE);
      }
      char c = text[pos];
      if (c == '"') {
        if (pos + 1 < length && text[pos + 1] == '"') {
          if (unescaped == null) {
            unescaped = new StringBuilder();
          }
          unescaped.append(text, start, pos + 1 - start);
          pos += 2;
          start = pos;
          continue;
        }
        String tail = new String(text, start, pos - start);
        pos++;
        return unescaped == null ? tail : unescaped.append(tail).toString();
      }
      if (c == '\n' || c == '\r') {
        lineBreak();
      } else {
        pos++;
      }
    }
  }

  private void add(int start, int end, @Nullable String value) {
    if (count == starts.length) {
      starts = Arrays.copyOf(starts, count * 2);
      ends = Arrays.copyOf(ends, count * 2);
      quoted = Arrays.copyOf(quoted, count * 2);
    }
    starts[count] = start;
    ends[count] = end;
    quoted[count] = value;
    count++;
  }

  /** The number of characters of the whole text. */
  int length() {
    return length;
  }

  /** The 1-based line where the current record starts. */
  int line() {
    return recordLine;
  }

  /** The number of fields of the current record. */
  int size() {
    return count;
  }

  /** A field's value. */
  String text(int field) {
    String value = quoted[field];
    return value != null ? value : new String(text, starts[field], ends[field] - starts[field]);
  }

  /** Whether a field was quoted (its value is then only {@link #text}, not a range of {@link #chars}). */
  boolean isQuoted(int field) {
    return quoted[field] != null;
  }

  /** Whether a field is empty or white space only (as {@link String#isBlank}). */
  boolean isBlank(int field) {
    String value = quoted[field];
    if (value != null) {
      return value.isBlank();
    }
    for (int i = starts[field]; i < ends[field]; i++) {
      if (!Character.isWhitespace(text[i])) {
        return false;
      }
    }
    return true;
  }

  /** The whole text; an unquoted field is {@code chars()[start(f)..end(f))}. */
  char[] chars() {
    return text;
  }

  int start(int field) {
    return starts[field];
  }

  int end(int field) {
    return ends[field];
  }

  /** A break of the quoting rules, in the format's words. */
  static final class SyntaxError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String reason;

    SyntaxError(String reason) {
      super(reason, null, false, false);
      this.reason = reason;
    }

    /** What is wrong, in the format's words. */
    String reason() {
      return reason;
    }
  }
}
