package dev.partnerpoints.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.List;

/**
 * Rows of records as CSV (RFC 4180): a header row with the column names, then one line per row. Each
 * cell is the value {@link Json}'s mapper writes for the component (the library's Jackson module),
 * so CSV and JSON show the same text: numbers as plain decimals, never in exponent form; dates ISO;
 * enum values lower case; no value ({@code null}) is an empty field. A field with a comma, quote or
 * line break is quoted, its quotes doubled.
 */
final class Csv {

  private Csv() {}

  static void print(PrintWriter out, List<String> columns, List<? extends Record> rows) {
    out.println(line(columns));
    for (Record row : rows) {
      JsonNode node = Json.tree(row);
      out.println(line(columns.stream().map(c -> text(node.get(c))).toList()));
    }
    out.flush();
  }

  private static String text(JsonNode cell) {
    if (cell == null || cell.isNull()) {
      return "";
    }
    if (cell.isContainerNode()) {
      throw new IllegalStateException("a CSV cell must be a single value, but was " + cell);
    }
    return cell.isNumber() ? cell.decimalValue().toPlainString() : cell.asText();
  }

  private static String line(List<String> cells) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        line.append(',');
      }
      line.append(field(cells.get(i)));
    }
    return line.toString();
  }

  private static String field(String text) {
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      return "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }
}
