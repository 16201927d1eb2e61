package dev.partnerpoints.io;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.util.OptionalInt;

/** The CSV layer of {@link LedgerCsv}: Jackson's CSV parser as the ledger format uses it. */
final class CsvText {

  /**
   * RFC 4180 through Jackson's CSV parser: comment lines ({@code #} first, after optional spaces)
   * and blank lines skipped, spaces and tabs around fields outside quotes trimmed, line breaks
   * allowed inside quoted fields; the reader is not closed.
   */
  static final CsvFactory FACTORY = CsvFactory.builder()
      .enable(CsvParser.Feature.ALLOW_COMMENTS)
      .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
      .enable(CsvParser.Feature.TRIM_SPACES)
      .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
      .build();

  static final String CONTROL_CHARACTER = "a control character where text belongs; a ledger file holds no control "
      + "characters but tabs and line breaks";

  private CsvText() {}

  /**
   * Finds the first control character other than tab and line breaks (the parser would trim one
   * silently from the ends of a field, and no field of a ledger holds one).
   *
   * @return its 1-based line, or empty when the text has none
   */
  static OptionalInt lineOfControlCharacter(String text) {
    int line = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
        line++;
      } else if ((c < ' ' && c != '\t' && c != '\r') || c == '\u007F') {
        return OptionalInt.of(line);
      }
    }
    return OptionalInt.empty();
  }

  /** A CSV syntax error in the format's words. */
  static String syntaxError(JacksonException e) {
    String message = String.valueOf(e.getOriginalMessage());
    if (message.contains("Expected column separator")) {
      return "text after the closing quote of a field; enclose the whole field in double quotes and write a "
          + "quote inside it twice";
    }
    if (message.contains("Missing closing quote")) {
      return "a quoted field is not closed: its opening double quote has no closing one before the end of the file";
    }
    return "is not valid CSV: " + message;
  }
}
