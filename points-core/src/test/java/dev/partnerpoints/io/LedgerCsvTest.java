package dev.partnerpoints.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.partnerpoints.ledger.PointsSnapshot;
import dev.partnerpoints.money.Points;
import dev.partnerpoints.program.ProgramRules;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LedgerCsvTest {

  private static final String SAMPLE = String.join("\n",
      "# partner-points ledger v1",
      "partner,partner-1",
      "client,acme,\"Acme, Ltda\",BR,EUR,3.5",
      "client,bolt,Bolt Inc,US,USD,2",
      "subscription,bolt,Sales Hub,PROFESSIONAL,500",
      "deal,d1,acme,2025-08-01,NEW_CLIENT,SOURCED,Marketing Hub,1000",
      "deal,d2,bolt,2025-08-01,NEW_CLIENT,ASSISTED,Sales Hub,500",
      "deal,d3,bolt,2025-09-01,DOWNGRADE,ASSISTED,Sales Hub,-100",
      "manage,bolt,partner-1,2025-08-01",
      "manage,bolt,partner-2,2025-08-01,2025-10-01",
      "",
      "certification,2024-01-01",
      "tool-usage,2025-01-01,3.2");

  private static LedgerCsv.LedgerFile read(String text) {
    return LedgerCsv.read(new StringReader(text), "test.csv", ProgramRules.builtIn());
  }

  @Test
  void readsEveryRecordType() {
    LedgerCsv.LedgerFile file = read(SAMPLE);
    assertThat(file.ledger().partner().value()).isEqualTo("partner-1");
    assertThat(file.ledger().clients()).hasSize(2);
    assertThat(file.ledger().clients().values().iterator().next().name()).isEqualTo("Acme, Ltda");
    PointsSnapshot sep = file.ledger().pointsOn(LocalDate.of(2025, 9, 15));
    // acme: 1000 EUR / 88 x 5 x 2 (Brazil) = 113.6363.. -> 113.64 sourced
    assertThat(sep.sourcedPoints()).isEqualTo(Points.parse("113.64"));
    // bolt: 500 USD / 100 x 3 = 15.00 assisted, less the downgrade 100 / 100 x 3 = 3.00 -> 12.00
    assertThat(sep.assistedPoints()).isEqualTo(Points.parse("12.00"));
    // bolt managed: 500 / 100 x 1 = 5.00 shared by partner-1 and partner-2 -> 2.50
    assertThat(sep.managedPoints()).isEqualTo(Points.parse("2.50"));
    assertThat(file.ledger().managedOn(LocalDate.of(2025, 10, 1))).isEqualTo(Points.parse("5.00"));
    assertThat(file.account().isCertifiedOn(LocalDate.of(2025, 1, 1))).isTrue();
    assertThat(file.account().medianToolUsageOn(LocalDate.of(2025, 6, 1))).contains(new BigDecimal("3.2"));
  }

  @Test
  void readsAFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("ledger.csv");
    Files.writeString(file, SAMPLE);
    assertThat(LedgerCsv.read(file, ProgramRules.builtIn()).ledger().soldEntries()).hasSize(2);
  }

  @Test
  void missingFileIsALedgerFileException(@TempDir Path dir) {
    assertThatThrownBy(() -> LedgerCsv.read(dir.resolve("nope.csv"), ProgramRules.builtIn()))
        .isInstanceOf(LedgerFileException.class).hasMessageContaining("nope.csv").hasMessageContaining("cannot be read");
  }

  @Test
  void aFileThatIsNotUtf8IsNamedByItsFileName(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("latin.csv");
    Files.write(file, new byte[] {'p', 'a', 'r', 't', 'n', 'e', 'r', ',', (byte) 0xFF, '\n'});
    assertThatThrownBy(() -> LedgerCsv.read(file, ProgramRules.builtIn()))
        .isInstanceOf(LedgerFileException.class)
        .hasMessageStartingWith("latin.csv: cannot be read")
        .satisfies(e -> assertThat(((LedgerFileException) e).source()).isEqualTo("latin.csv"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "deal,d9,acme,2025-13-01,NEW_CLIENT,SOURCED,Marketing Hub,10|3|'2025-13-01' is not an ISO date",
      "deal,d9,acme,2025-08-01,GIFT,SOURCED,Marketing Hub,10|3|deal kind 'GIFT'",
      "deal,d9,acme,2025-08-01,NEW_CLIENT,SOURCED,Marketing Hub,ten|3|MRR change 'ten' is not a plain decimal",
      "deal,d9,nobody,2025-08-01,NEW_CLIENT,SOURCED,Marketing Hub,10|3|client 'nobody' is not defined",
      "deal,d9,acme,2025-08-01,NEW_CLIENT,SOURCED,Marketing Hub,-10|3|must have a positive or zero MRR change",
      "client,zed,Zed,ZZ,USD|3|country code 'ZZ'",
      "client,zed,Zed,US,XYZ|3|currency 'XYZ'",
      // codes in lower case are rejected, as CountryCode.of, the rules file and the command line do
      "client,zed,Zed,br,USD|3|country code 'br' is not an ISO 3166-1 alpha-2 country code (two upper-case",
      "client,zed,Zed,US,usd|3|currency 'usd' is not an ISO 4217 currency code (upper case, such as EUR)",
      "client,acme,Again,US,USD|3|client 'acme' is defined twice (first on line 2)",
      "manage,acme,partner-1,2025-08-01,2025-07-01|3|must be after its start 2025-08-01",
      "invoice,1,2|3|unknown record type 'invoice'",
      "partner,partner-2|3|a second 'partner' record (partner-2)",
      "mrr,acme,2025-08-01|3|takes 3",
      "client,\"bad\"x,Zed,US,USD|3|text after the closing quote",
      "client,\"open,Zed,US,USD|3|not closed",
  })
  void badRecordsNameTheLineAndValue(String record, int line, String message) {
    String text = "partner,partner-1\nclient,acme,Acme,BR,EUR\n" + record + "\n";
    assertThatThrownBy(() -> read(text))
        .isInstanceOf(LedgerFileException.class)
        .hasMessageContaining("test.csv line " + line + ": ")
        .hasMessageContaining(message)
        .satisfies(e -> assertThat(((LedgerFileException) e).line()).hasValue(line));
  }

  @Test
  void aFileWithoutPartnerIsRejected() {
    assertThatThrownBy(() -> read("client,acme,Acme,BR,EUR\n"))
        .isInstanceOf(LedgerFileException.class).hasMessageContaining("no 'partner,<id>' record");
  }

  @Test
  void currencyWithoutPointValueIsRejectedWhenValued() {
    String text = "partner,p\nclient,c,C,BR,BRL\ndeal,d,c,2025-08-01,NEW_CLIENT,SOURCED,Sales Hub,10\n";
    assertThatThrownBy(() -> read(text)).isInstanceOf(LedgerFileException.class).hasMessageContaining("BRL");
  }

  @Test
  void randomTextNeverEscapesAsAnotherException() {
    List<String> fragments = List.of("partner", "client", "deal", "manage", "mrr", "subscription", "certification",
        "tool-usage", "acme", "p", "2025-08-01", "2025-02-30", "NEW_CLIENT", "DOWNGRADE", "SOURCED", "BR", "EUR",
        "ZZ", "10", "-5", "1e9", "\"", "\"\"", "", " ", "Marketing Hub", "PROFESSIONAL", "99999999999999999999");
    qt().withExamples(500).forAll(lists().of(lists().of(integers().between(0, fragments.size() - 1))
        .ofSizeBetween(1, 10)).ofSizeBetween(0, 8)).checkAssert(lines -> {
          StringBuilder text = new StringBuilder();
          for (List<Integer> line : lines) {
            for (int i = 0; i < line.size(); i++) {
              text.append(i == 0 ? "" : ",").append(fragments.get(line.get(i)));
            }
            text.append('\n');
          }
          try {
            read(text.toString());
          } catch (LedgerFileException expected) {
            assertThat(expected.getMessage()).startsWith("test.csv");
          }
        });
  }

  @Test
  void arbitraryCharactersNeverEscapeAsAnotherException() {
    qt().withExamples(300).forAll(strings().allPossible().ofLengthBetween(0, 200)).checkAssert(text -> {
      try {
        read("partner,p\n" + text);
      } catch (LedgerFileException expected) {
        assertThat(expected.getMessage()).startsWith("test.csv");
      }
    });
  }
}
