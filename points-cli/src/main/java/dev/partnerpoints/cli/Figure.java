package dev.partnerpoints.cli;

import com.google.common.collect.ImmutableList;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One figure {@code points export} writes: the unsummarised rows behind a figure of a dashboard
 * {@link Section}, in the figure's stable order. Each row is a record of the figure's row type,
 * whose components are the columns. Names are stable; new figures may be added.
 *
 * @param name the name on the command line, such as {@code new-sold}
 * @param description what the rows are, for the help
 * @param rowType the record type of a row
 * @param rows the rows of a dashboard report
 */
record Figure(String name, String description, Class<? extends Record> rowType,
    Function<DashboardReport, ? extends List<? extends Record>> rows) {

  Figure {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(rowType, "rowType");
    Objects.requireNonNull(rows, "rows");
  }

  static <R extends Record> Figure of(String name, String description, Class<R> rowType,
      Function<DashboardReport, List<R>> rows) {
    return new Figure(name, description, rowType, rows);
  }

  /** The column names: the row type's components, in order. */
  List<String> columns() {
    return Arrays.stream(rowType.getRecordComponents()).map(RecordComponent::getName)
        .collect(ImmutableList.toImmutableList());
  }

  /** The rows of a report. */
  List<? extends Record> rowsOf(DashboardReport report) {
    return rows.apply(report);
  }

  /** Every figure of every section, in section order. */
  static List<Figure> all() {
    return Arrays.stream(Section.values()).flatMap(s -> s.figures().stream())
        .collect(ImmutableList.toImmutableList());
  }

  /** Every name, comma-separated, in section order. */
  static String names() {
    return all().stream().map(Figure::name).collect(Collectors.joining(", "));
  }

  /** Looks a figure up by its command-line name. */
  static Optional<Figure> named(String name) {
    return all().stream().filter(f -> f.name.equals(name)).findFirst();
  }

  @Override
  public String toString() {
    return name;
  }
}
