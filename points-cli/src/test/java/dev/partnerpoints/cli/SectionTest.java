package dev.partnerpoints.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.partnerpoints.io.LedgerCsv;
import dev.partnerpoints.program.ProgramRules;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The one description of the dashboard's sections is what the text, the JSON and the export read. */
class SectionTest {

  private static final String[] SHOWCASE = {"dashboard", "--ledger", Cli.SHOWCASE_LEDGER, "--as-of", "2025-12-31",
      "--from", "2025-07-01", "--to", "2025-12-31"};

  @ParameterizedTest
  @EnumSource(Section.class)
  void everySectionIsInTheTextInOrder(Section section) {
    String text = Cli.run(SHOWCASE).out();
    DashboardReport report = showcaseReport();
    StringWriter alone = new StringWriter();
    section.printText(new PrintWriter(alone, true), report);

    assertThat(alone.toString()).startsWith(System.lineSeparator()).hasSizeGreaterThan(10);
    assertThat(text).contains(alone.toString());
    if (section.ordinal() > 0) {
      StringWriter previous = new StringWriter();
      Section.values()[section.ordinal() - 1].printText(new PrintWriter(previous, true), report);
      assertThat(text.indexOf(alone.toString())).isGreaterThan(text.indexOf(previous.toString()));
    }
  }

  @Test
  void theJsonHasOneFieldPerSectionAfterTheHeader() {
    JsonNode json = Cli.run(withJson()).json();
    List<String> fields = new ArrayList<>();
    json.fieldNames().forEachRemaining(fields::add);

    List<String> expected = new ArrayList<>(List.of("partner", "date", "from", "to"));
    for (Section section : Section.values()) {
      if (!expected.contains(section.jsonField())) {
        expected.add(section.jsonField());
      }
    }
    assertThat(fields).containsExactlyElementsOf(expected);
  }

  @Test
  void everyFigureBelongsToOneSectionUnderAUniqueName() {
    Set<String> names = new HashSet<>();
    for (Section section : Section.values()) {
      for (Figure figure : section.figures()) {
        assertThat(names.add(figure.name())).as("figure %s named once", figure.name()).isTrue();
        assertThat(Figure.named(figure.name())).contains(figure);
      }
    }
    assertThat(Figure.all()).hasSize(names.size()).hasSize(18);
    assertThat(Figure.named("no-such-figure")).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Section.class)
  void everyFigureOfASectionExportsRowsKeyedByItsColumns(Section section) {
    for (Figure figure : section.figures()) {
      JsonNode json = Cli.run("export", "--ledger", Cli.SHOWCASE_LEDGER, "--figure", figure.name(), "--format",
          "json", "--as-of", "2025-12-31", "--from", "2025-07-01", "--to", "2025-12-31").json();
      List<String> columns = new ArrayList<>();
      json.get("columns").forEach(c -> columns.add(c.asText()));
      assertThat(columns).as(figure.name()).containsExactlyElementsOf(figure.columns());
      if (!figure.name().equals("renewals")) {
        // the showcase has no renewal records: ExportCommandTest exports renewals of another ledger
        assertThat(json.get("rows")).as("%s has rows on the showcase", figure.name()).isNotEmpty();
      }
      for (JsonNode row : json.get("rows")) {
        List<String> keys = new ArrayList<>();
        row.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).as(figure.name()).containsExactlyElementsOf(columns);
      }
    }
  }

  static DashboardReport showcaseReport() {
    LedgerCsv.LedgerFile file = LedgerCsv.read(Path.of(Cli.SHOWCASE_LEDGER), ProgramRules.builtIn());
    return DashboardReport.build(file.ledger(), file.dashboard(), new RangeOptions.DashboardDates(
        LocalDate.of(2025, 12, 31), LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 31)));
  }

  private static String[] withJson() {
    List<String> args = new ArrayList<>(List.of(SHOWCASE));
    args.add("--json");
    return args.toArray(new String[0]);
  }
}
