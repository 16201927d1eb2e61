package dev.partnerpoints.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.EnumFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.partnerpoints.jackson.PartnerPointsModule;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What {@code --json} and {@code export --format json} print is the library's values as its
 * Jackson module writes them, and reads back through the module (a service's own mapper, enum
 * values in any case) to values equal to the library's. The dashboard's JSON leaves out only the
 * rows {@code points export} writes (see {@link Json}).
 */
class JsonReadBackTest {

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .addModule(new PartnerPointsModule())
      .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
      .enable(EnumFeature.WRITE_ENUMS_TO_LOWERCASE)
      // decimals of a tree keep their scale (74.00 stays 74.00), as an exact reader needs
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
      .build();

  /** Per section field, the fields the dashboard's JSON leaves out (paths below the section; * is any element). */
  private static final Map<String, List<String>> LEFT_OUT = Map.of(
      "progress", List.of("sourcedMrr/rows", "retention/months"),
      "tierStatus", List.of("points/activeEntries", "points/expiredEntries"),
      "breakdown", List.of("*/soldHistory", "*/managedHistory"),
      "commission", List.of("pastPayments/*/rows", "upcomingPayments/*/rows"));

  private static JsonNode showcaseJson() throws IOException {
    return MAPPER.readTree(Cli.run("dashboard", "--ledger", Cli.SHOWCASE_LEDGER, "--as-of", "2025-12-31",
        "--from", "2025-07-01", "--to", "2025-12-31", "--json").out());
  }

  @Test
  void sectionsWithNothingLeftOutReadBackToTheSectionsValue() throws IOException {
    DashboardReport report = SectionTest.showcaseReport();
    JsonNode json = showcaseJson();

    int read = 0;
    for (Section section : Section.values()) {
      if (!LEFT_OUT.containsKey(section.jsonField()) && !section.jsonField().equals("commission")) {
        Object value = section.json(report);
        assertThat(MAPPER.readerFor(jsonType(value)).<Object>readValue(json.get(section.jsonField())))
            .as(section.name()).isEqualTo(value);
        read++;
      }
    }
    assertThat(read).isEqualTo(6);
  }

  @Test
  void everySectionIsTheModulesJsonOfItsValueLessTheRowsExportWrites() throws IOException {
    DashboardReport report = SectionTest.showcaseReport();
    JsonNode json = showcaseJson();

    for (Section section : Section.values()) {
      // written and parsed again, as the command's output is: the same node types for the same numbers
      JsonNode expected = MAPPER.readTree(MAPPER.writeValueAsString(section.json(report)));
      for (String path : LEFT_OUT.getOrDefault(section.jsonField(), List.of())) {
        remove(expected, path.split("/"), 0);
      }
      if (section == Section.COMMISSION) {
        // the schedules as their number; each payment names its clients
        ObjectNode commission = (ObjectNode) expected;
        commission.set("schedules", IntNode.valueOf(report.commission().schedules().size()));
        for (String payments : List.of("pastPayments", "upcomingPayments")) {
          for (int i = 0; i < commission.get(payments).size(); i++) {
            ((ObjectNode) commission.get(payments).get(i)).set("clients", MAPPER.valueToTree(
                (payments.equals("pastPayments") ? report.commission().pastPayments()
                    : report.commission().upcomingPayments()).get(i).clients()));
          }
        }
      }
      assertThat(GoldenOutputTest.firstDifference("/" + section.jsonField(), expected,
          json.get(section.jsonField()))).as(section.name()).isEmpty();
    }
    assertThat(json.at("/commission/schedules").asInt()).isEqualTo(7);
    assertThat(json.at("/tierStatus/points/soldPoints").decimalValue()).isEqualByComparingTo("362.68");
  }

  @Test
  void everyExportedRowReadsBackToTheFiguresRow() throws IOException {
    DashboardReport report = SectionTest.showcaseReport();
    for (Figure figure : Figure.all()) {
      JsonNode json = MAPPER.readTree(Cli.run("export", "--ledger", Cli.SHOWCASE_LEDGER, "--figure", figure.name(),
          "--format", "json", "--as-of", "2025-12-31", "--from", "2025-07-01", "--to", "2025-12-31").out());
      List<Object> rows = new ArrayList<>();
      for (JsonNode row : json.get("rows")) {
        rows.add(MAPPER.treeToValue(row, figure.rowType()));
      }
      assertThat(rows).as(figure.name()).isEqualTo(figure.rowsOf(report));
    }
  }

  private static void remove(JsonNode node, String[] path, int at) {
    if (node == null || node.isNull()) {
      return;
    }
    if (at == path.length - 1) {
      ((ObjectNode) node).remove(path[at]);
    } else if (path[at].equals("*")) {
      node.forEach(element -> remove(element, path, at + 1));
    } else {
      remove(node.get(path[at]), path, at + 1);
    }
  }

  /** The declared type of a section's value: lists of library values need their element type. */
  private static JavaType jsonType(Object value) {
    if (value instanceof List<?> list) {
      return MAPPER.getTypeFactory().constructCollectionType(List.class,
          list.isEmpty() ? Object.class : list.get(0).getClass());
    }
    return MAPPER.constructType(value.getClass());
  }
}
