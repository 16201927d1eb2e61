package dev.partnerpoints.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A plain-text table with aligned columns: each column is as wide as its widest cell, columns are
 * two spaces apart, text is left-aligned and numbers right-aligned, and lines carry no trailing
 * spaces.
 *
 * <pre>{@code
 * TextTable.of(Align.LEFT, Align.RIGHT).header("", "Points").row("Sold", "113.64").printTo(out);
 * }</pre>
 */
final class TextTable {

  /** How a column's cells are aligned. */
  enum Align {
    LEFT,
    RIGHT
  }

  private final List<Align> aligns;
  private final List<String[]> rows = new ArrayList<>();
  private String indent = "";

  private TextTable(List<Align> aligns) {
    this.aligns = aligns;
  }

  static TextTable of(Align... aligns) {
    return new TextTable(List.of(aligns));
  }

  /** Indents every line by the given number of spaces. */
  TextTable indent(int spaces) {
    indent = " ".repeat(spaces);
    return this;
  }

  /** Adds the header row; its cells align as their columns do. */
  TextTable header(String... cells) {
    return row(cells);
  }

  TextTable row(String... cells) {
    if (cells.length != aligns.size()) {
      throw new IllegalArgumentException("a row of this table needs " + aligns.size() + " cells, but had "
          + cells.length + ": " + Arrays.toString(cells));
    }
    rows.add(cells.clone());
    return this;
  }

  void printTo(PrintWriter out) {
    int[] widths = new int[aligns.size()];
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder(indent);
      for (int i = 0; i < row.length; i++) {
        if (i > 0) {
          line.append("  ");
        }
        String pad = " ".repeat(widths[i] - row[i].length());
        line.append(aligns.get(i) == Align.RIGHT ? pad + row[i] : row[i] + pad);
      }
      out.println(line.toString().stripTrailing());
    }
  }
}
