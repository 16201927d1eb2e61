package dev.partnerpoints.cli;

import dev.partnerpoints.io.LedgerCsv;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code points export}: the unsummarised rows behind one dashboard figure, as CSV with a header
 * row or as one JSON object, in the figure's stable order; on the standard output, or with {@code
 * --output FILE} in a file written all or nothing ({@link AtomicFile}).
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
        "Write the unsummarised rows behind one figure of the partner dashboard of a ledger file, in a stable "
            + "order: CSV with a header row, or one JSON object whose rows are objects with decimal numbers."})
final class ExportCommand implements Callable<Integer> {

  /** The output formats. */
  enum Format {
    CSV,
    JSON
  }

  private final CliContext context;

  @Spec
  CommandSpec spec;

  @Mixin
  LedgerInput ledger;

  @Option(names = "--figure", required = true, paramLabel = "NAME", converter = FigureConverter.class,
      completionCandidates = FigureNames.class,
      description = "The figure to export, one of: ${COMPLETION-CANDIDATES} (see Figures below).")
  Figure figure;

  @Option(names = "--format", required = true, paramLabel = "csv|json", converter = FormatConverter.class,
      description = "csv (a header row, then one line per row) or json (one object).")
  Format format;

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = Converters.IsoDate.class,
      description = "The date of the dashboard (default: today, UTC).")
  LocalDate asOf;

  @Mixin
  RangeOptions range;

  @Mixin
  DataGapOption gaps;

  @Option(names = "--rules", paramLabel = "FILE", order = 100,
      description = CliContext.RULES_OPTION_HELP)
  void rulesFile(Path file) {
    context.useRulesFile(file);
  }

  @Option(names = "--output", paramLabel = "FILE",
      description = "Write the export to FILE instead of the standard output. The file is replaced only when the "
          + "export is complete: on an error an existing file is left as it was.")
  @Nullable Path output;

  ExportCommand(CliContext context) {
    this.context = Objects.requireNonNull(context, "context");
  }

  /** The command with the figures and what each holds listed in its help. */
  static CommandLine commandLine(CliContext context) {
    CommandLine commandLine = new CommandLine(new ExportCommand(context));
    int width = 0;
    for (Figure f : Figure.all()) {
      width = Math.max(width, f.name().length());
    }
    List<String> footer = new ArrayList<>();
    for (Figure f : Figure.all()) {
      footer.add("  " + f.name() + " ".repeat(width - f.name().length() + 2) + f.description());
    }
    commandLine.getCommandSpec().usageMessage()
        .footerHeading("%nFigures:%n")
        .footer(footer.toArray(new String[0]));
    return commandLine;
  }

  @Override
  public Integer call() {
    RangeOptions.DashboardDates dates = range.resolve(context.dateOrToday(asOf), spec);
    LedgerCsv.LedgerFile file = ledger.read(context, spec);
    // only the sections the figure reads are computed, before the data gaps are reported as before
    DashboardReport report = DashboardReport.lazy(file.ledger(), file.dashboard(), dates);
    List<? extends Record> rows = figure.rowsOf(report);
    if (gaps.stop(spec, file.dashboard().dataGaps(dates.date()))) {
      return Errors.BAD_INPUT;
    }
    Path target = output;
    if (target == null) {
      print(spec.commandLine().getOut(), rows, report, dates);
    } else {
      AtomicFile.writeText(spec, "--output", target, out -> print(out, rows, report, dates));
    }
    return 0;
  }

  private void print(PrintWriter out, List<? extends Record> rows, DashboardReport report,
      RangeOptions.DashboardDates dates) {
    if (format == Format.CSV) {
      Csv.print(out, figure.columns(), rows);
    } else {
      Json.print(out, new Document(figure.name(), report.partner(), dates.date(), dates.from(), dates.to(),
          figure.columns(), rows));
    }
  }

  /**
   * The JSON object of an export, written by {@link Json}'s mapper.
   *
   * @param figure the figure's name
   * @param partner the partner's id
   * @param date the dashboard's date
   * @param from the first day of the range
   * @param to the last day of the range
   * @param columns the names of the rows' fields, in order
   * @param rows the rows, each an object keyed by column name
   */
  record Document(String figure, String partner, LocalDate date, LocalDate from, LocalDate to,
      List<String> columns, List<? extends Record> rows) {}

  /** The figure names, for the help. */
  static final class FigureNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      List<String> names = new ArrayList<>();
      for (Figure f : Figure.all()) {
        names.add(f.name());
      }
      return names.iterator();
    }
  }

  /** A figure name, exactly as listed. */
  static final class FigureConverter implements ITypeConverter<Figure> {
    @Override
    public Figure convert(String value) {
      return Figure.named(value).orElseThrow(() -> new TypeConversionException(
          "'" + value + "' is not a figure; figures: " + Figure.names()));
    }
  }

  /** {@code csv} or {@code json}, in any case. */
  static final class FormatConverter implements ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      for (Format f : Format.values()) {
        if (f.name().equalsIgnoreCase(value)) {
          return f;
        }
      }
      throw new TypeConversionException("'" + value + "' is not an export format; use csv or json");
    }
  }
}
