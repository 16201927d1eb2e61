package dev.partnerpoints.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Unsummarised rows with named columns, written as CSV or as JSON. A cell is text, a number
 * ({@link BigDecimal} or {@link Long}), a boolean, or {@link #NONE} for no value.
 *
 * <p>CSV (RFC 4180): a header row with the column names, then one line per row; a field with a
 * comma, quote or line break is quoted, its quotes doubled; numbers are plain decimals, never in
 * exponent form; {@link #NONE} is an empty field. JSON: each row is an object keyed by column name,
 * numbers as JSON numbers.
 */
final class Table {

  private final List<String> columns;
  private final List<Object[]> rows = new ArrayList<>();

  private Table(List<String> columns) {
    this.columns = columns;
  }

  /** A missing value: an empty CSV field, a JSON {@code null}. */
  static final Object NONE = Missing.VALUE;

  private enum Missing {
    VALUE
  }

  /** The optional's value, or {@link #NONE}. */
  static Object orNone(Optional<?> value) {
    return value.isPresent() ? value.get() : NONE;
  }

  static Table of(String... columns) {
    return new Table(List.of(columns));
  }

  List<String> columns() {
    return columns;
  }

  /** The rows, each with one cell per column. */
  List<Object[]> rows() {
    return Collections.unmodifiableList(rows);
  }

  Table row(Object... cells) {
    if (cells.length != columns.size()) {
      throw new IllegalStateException("a row needs " + columns.size() + " cells " + columns + ", but had "
          + cells.length + ": " + Arrays.toString(cells));
    }
    for (Object cell : cells) {
      Objects.requireNonNull(cell, "cell (use Table.NONE for no value)");
      if (cell != NONE && !(cell instanceof String || cell instanceof BigDecimal || cell instanceof Long
          || cell instanceof Boolean)) {
        throw new IllegalStateException("unsupported cell type " + cell.getClass().getName() + ": " + cell);
      }
    }
    rows.add(cells.clone());
    return this;
  }

  void printCsv(PrintWriter out) {
    out.println(csvLine(columns.toArray()));
    for (Object[] row : rows) {
      out.println(csvLine(row));
    }
    out.flush();
  }

  private static String csvLine(Object[] cells) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        line.append(',');
      }
      line.append(csvField(cells[i]));
    }
    return line.toString();
  }

  private static String csvField(Object cell) {
    if (cell == NONE) {
      return "";
    }
    String text = cell instanceof BigDecimal decimal ? decimal.toPlainString() : cell.toString();
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      return "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }

  /** The rows as a JSON array of objects keyed by column name. */
  ArrayNode toJson() {
    ArrayNode array = Json.array();
    for (Object[] row : rows) {
      ObjectNode object = array.addObject();
      for (int i = 0; i < row.length; i++) {
        Object cell = row[i];
        String column = columns.get(i);
        if (cell == NONE) {
          object.putNull(column);
        } else if (cell instanceof BigDecimal decimal) {
          object.put(column, decimal);
        } else if (cell instanceof Long number) {
          object.put(column, number);
        } else if (cell instanceof Boolean flag) {
          object.put(column, flag);
        } else {
          object.put(column, Objects.toString(cell));
        }
      }
    }
    return array;
  }
}
