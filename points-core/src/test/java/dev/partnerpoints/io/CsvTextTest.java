package dev.partnerpoints.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The hand-written CSV layer reads every text as Jackson's CSV parser did with comments, blank-line
 * skipping and trimming enabled (the reader before it): the same records, fields and record lines,
 * and the same two syntax errors.
 */
class CsvTextTest {

  /** Jackson's CSV parser as the reader used it. */
  private static final CsvFactory JACKSON = CsvFactory.builder()
      .enable(CsvParser.Feature.ALLOW_COMMENTS)
      .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
      .enable(CsvParser.Feature.TRIM_SPACES)
      .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
      .build();

  /** The characters that matter to the syntax, and two that do not. */
  private static final String ALPHABET = "ab,\" \t\n\r#";

  /** A record as both read it: its line and fields, or the syntax error that stopped the read. */
  private static List<String> jackson(String text) {
    List<String> records = new ArrayList<>();
    try (CsvParser csv = JACKSON.createParser(text)) {
      List<String> row = new ArrayList<>();
      int line = 0;
      JsonToken token;
      while ((token = csv.nextToken()) != null) {
        if (token == JsonToken.START_ARRAY) {
          row.clear();
          line = csv.currentLocation().getLineNr();
        } else if (token == JsonToken.END_ARRAY) {
          records.add(line + ":" + row);
        } else {
          String value = csv.getText();
          row.add(value == null ? "" : value);
        }
      }
    } catch (JacksonException e) {
      String message = String.valueOf(e.getOriginalMessage());
      records.add(message.contains("Expected column separator") ? CsvText.TEXT_AFTER_QUOTE
          : message.contains("Missing closing quote") ? CsvText.UNCLOSED_QUOTE : "other: " + message);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return records;
  }

  private static List<String> handWritten(String text) {
    List<String> records = new ArrayList<>();
    CsvText csv = CsvText.of(text);
    try {
      while (csv.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 0; i < csv.size(); i++) {
          row.add(csv.text(i));
        }
        records.add(csv.line() + ":" + row);
      }
    } catch (CsvText.SyntaxError e) {
      records.add(e.reason());
    }
    return records;
  }

  @Test
  void readsEveryTextAsJacksonDid() {
    qt().withExamples(30_000)
        .forAll(lists().of(integers().between(0, ALPHABET.length() - 1)).ofSizeBetween(0, 30))
        .checkAssert(picks -> {
          String text = picks.stream().map(i -> String.valueOf(ALPHABET.charAt(i))).collect(Collectors.joining());
          assertThat(handWritten(text)).as("%s", text.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t"))
              .isEqualTo(jackson(text));
        });
  }

  @Test
  void recordsFieldsAndLines() {
    assertThat(handWritten("a,b\nc")).containsExactly("1:[a, b]", "2:[c]");
    assertThat(handWritten(" a , b \n\n# note\n  c,\"x,\"\"y\"\"\nz\" , d\r\ne"))
        .containsExactly("1:[a, b]", "4:[c, x,\"y\"\nz, d]", "6:[e]");
    assertThat(handWritten("a,\r\r b,")).containsExactly("1:[a, ]", "3:[b, ]");
    assertThat(handWritten("\t\n")).containsExactly("1:[]");
  }

  @Test
  void quotingErrorsAreNamed() {
    assertThat(handWritten("a,\"b\"c")).containsExactly(CsvText.TEXT_AFTER_QUOTE);
    assertThat(handWritten("a\n\"b,\nc")).containsExactly("1:[a]", CsvText.UNCLOSED_QUOTE);
  }

  @ParameterizedTest(name = "size hint {0}")
  @ValueSource(longs = {0, 10, 1_200_001, 5_000_000})
  void readsAReaderOfAnyLengthWhole(long sizeHint) throws IOException {
    String text = "x,".repeat(600_000) + "y"; // longer than a chunk of an unknown length (2^19 characters)
    Reader slow = new StringReader(text) {
      @Override
      public int read(char[] buffer, int offset, int length) throws IOException {
        return super.read(buffer, offset, Math.min(length, 1_000)); // a few characters at a time
      }
    };
    CsvText csv = CsvText.read(slow, sizeHint);
    assertThat(csv.length()).isEqualTo(text.length());
    assertThat(csv.next()).isTrue();
    assertThat(csv.size()).isEqualTo(600_001);
    assertThat(csv.text(599_999)).isEqualTo("x");
    assertThat(csv.text(600_000)).isEqualTo("y");
    assertThat(csv.next()).isFalse();
  }

  @Test
  void aControlCharacterIsFoundWithItsLine() {
    assertThat(CsvText.of("a\r\nb\rc\n\"d\u0001\"").lineOfControlCharacter()).hasValue(4);
    assertThat(CsvText.of("a\tb\r\n\u007F").lineOfControlCharacter()).hasValue(2);
    assertThat(CsvText.of("a\tb\r\n").lineOfControlCharacter()).isEmpty();
  }

  @Test
  void aFieldIsBlankAsAStringIs() {
    CsvText csv = CsvText.of("\u2003,\"  \",x,\"\"");
    assertThat(csv.next()).isTrue();
    assertThat(csv.isBlank(0)).isTrue();
    assertThat(csv.isBlank(1)).isTrue();
    assertThat(csv.isBlank(2)).isFalse();
    assertThat(csv.isBlank(3)).isTrue();
    assertThat(csv.size()).isEqualTo(4);
  }
}
