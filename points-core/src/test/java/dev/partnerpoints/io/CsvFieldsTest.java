package dev.partnerpoints.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.partnerpoints.ledger.ClientId;
import dev.partnerpoints.ledger.PartnerId;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The hand-written field checks of the ledger format agree with the written-down syntax, here as
 * the regular expressions the reader used before: {@code [+-]?\d{1,18}(\.\d{1,18})?} for a plain
 * decimal and {@code \d{4}-\d{2}-\d{2}} then {@link LocalDate#parse} for a date.
 */
class CsvFieldsTest {

  private static final Pattern PLAIN_DECIMAL = Pattern.compile("[+-]?[0-9]{1,18}(\\.[0-9]{1,18})?");
  private static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  /** Characters that make up decimals and dates, and a few that must be refused. */
  private static final String ALPHABET = "0123456789+-.e ,x\u0661";

  private static String text(List<Integer> picks) {
    return picks.stream().map(i -> String.valueOf(ALPHABET.charAt(i))).collect(Collectors.joining());
  }

  @Test
  void plainDecimalsAreExactlyTheWrittenSyntax() {
    qt().withExamples(20_000)
        .forAll(lists().of(integers().between(0, ALPHABET.length() - 1)).ofSizeBetween(0, 40))
        .checkAssert(picks -> {
          String text = text(picks);
          assertThat(CsvFields.isPlainDecimal(text)).as("'%s'", text).isEqualTo(PLAIN_DECIMAL.matcher(text).matches());
        });
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-12.50", "+7", "123456789012345678", "1.123456789012345678", "-0.0"})
  void plainDecimalsAccepted(String text) {
    assertThat(CsvFields.isPlainDecimal(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-", "+", ".5", "5.", "1e3", "1,000", "1234567890123456789", "1.1234567890123456789",
      "--1", "\u0661", "1 000"})
  void notPlainDecimals(String text) {
    assertThat(CsvFields.isPlainDecimal(text)).isFalse();
  }

  @Test
  void datesAreExactlyTheWrittenSyntaxAndRealDays() {
    qt().withExamples(5_000)
        .forAll(integers().between(0, 9999), integers().between(0, 99), integers().between(0, 99))
        .checkAssert((y, m, d) -> {
          String text = String.format("%04d-%02d-%02d", y, m, d);
          CsvFields fields = new CsvFields();
          LocalDate expected;
          try {
            expected = LocalDate.parse(text);
          } catch (DateTimeParseException e) {
            assertThatThrownBy(() -> fields.isoDate(text)).as(text).isInstanceOf(DateTimeException.class);
            return;
          }
          assertThat(fields.isoDate(text)).as(text).isEqualTo(expected);
        });
  }

  @ParameterizedTest
  @ValueSource(strings = {"2025-1-01", "2025-01-1", "25-01-01", "2025/01/01", "+2025-01-01", "2025-01-011",
      "2025-0a-01", "\u0662025-01-01", "", "2025-01-01 "})
  void notDatesOfTheForm(String text) {
    assertThat(ISO_DATE.matcher(text).matches()).isFalse();
    assertThat(new CsvFields().isoDate(text)).isNull();
  }

  @Test
  void theSameDateAndValueAreOneObjectWithinARead() {
    CsvFields fields = new CsvFields();
    assertThat(fields.isoDate("2025-03-01")).isSameAs(fields.isoDate("2025-03-01"));
    ClientId acme = fields.value(ClientId.class, "acme", ClientId::of);
    assertThat(fields.value(ClientId.class, "acme", ClientId::of)).isSameAs(acme).isEqualTo(ClientId.of("acme"));
    // kinds are kept apart: the same text as a partner id is a partner id
    assertThat(fields.value(PartnerId.class, "acme", PartnerId::of)).isEqualTo(PartnerId.of("acme"));
  }

  @Test
  void aValueTheFactoryRefusesIsNotCached() {
    CsvFields fields = new CsvFields();
    assertThatThrownBy(() -> fields.value(ClientId.class, " ", ClientId::of)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> fields.value(ClientId.class, " ", ClientId::of)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void manyValuesAndTextsOfOneHashEachFindTheirOwnValue() {
    CsvFields fields = new CsvFields();
    // "Aa" and "BB" (and their concatenations) share a String hash: only their characters tell them apart
    List<String> texts = new ArrayList<>(List.of("Aa", "BB", "AaAa", "AaBB", "BBAa", "BBBB"));
    for (int i = 0; i < 20_000; i++) { // many resizes; ids that differ in their last characters only
      texts.add(String.format("client-%05d", i));
    }
    Map<String, ClientId> first = new HashMap<>();
    for (String text : texts) {
      first.put(text, fields.value(ClientId.class, text.toCharArray(), 0, text.length(), ClientId::of));
    }
    for (String text : texts) {
      char[] padded = ("|" + text + "|").toCharArray();
      ClientId again = fields.value(ClientId.class, padded, 1, 1 + text.length(), t -> {
        throw new AssertionError("made twice: " + t);
      });
      assertThat(again).isSameAs(first.get(text));
      assertThat(again.value()).isEqualTo(text);
    }
  }
}
