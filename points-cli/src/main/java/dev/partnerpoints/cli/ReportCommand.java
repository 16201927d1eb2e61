package dev.partnerpoints.cli;

import dev.partnerpoints.io.LedgerCsv;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code points report}: the dashboard of a ledger file as one self-contained HTML page ({@link
 * HtmlReport}), written whole or not at all.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
        "Write the partner dashboard of a ledger file as one self-contained HTML page (inline CSS and SVG "
            + "charts; nothing fetched from the network; reads on a phone and prints): credited tier and tier "
            + "performance, a progress bar per requirement of the next tier with the gap, the latest 12 months "
            + "of sold and managed points with the tier thresholds, the points expiring in the coming months, "
            + "the points per client, past and upcoming commission payments and the rules in force. The "
            + "figures are those of 'points dashboard --json'.",
        "The file is written to a temporary file beside it and moved into place: it is never half written."})
final class ReportCommand implements Callable<Integer> {

  private final CliContext context;

  @Spec
  CommandSpec spec;

  @Mixin
  LedgerInput ledger;

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = Converters.IsoDate.class,
      description = "The date of the dashboard (default: today, UTC).")
  LocalDate asOf;

  @Mixin
  DataGapOption gaps;

  @Mixin
  RangeOptions range;

  @Option(names = "--output", required = true, paramLabel = "FILE",
      description = "The HTML file to write (replaced if it exists); its folder must exist.")
  Path output;

  @Option(names = "--rules", paramLabel = "FILE", order = 100,
      description = CliContext.RULES_OPTION_HELP)
  void rulesFile(Path file) {
    context.useRulesFile(file);
  }

  ReportCommand(CliContext context) {
    this.context = Objects.requireNonNull(context, "context");
  }

  @Override
  public Integer call() {
    RangeOptions.DashboardDates dates = range.resolve(context.dateOrToday(asOf), spec);
    checkWritable(spec, "--output", output);
    LedgerCsv.LedgerFile file = ledger.read(context, spec);
    DashboardReport report = DashboardReport.build(file.ledger(), file.dashboard(), dates);
    if (gaps.stop(spec, file.dashboard().dataGaps(dates.date()))) {
      return Errors.BAD_INPUT;
    }
    write(spec, "--output", output, HtmlReport.render(report, "Ledger " + ledger.name()));
    return 0;
  }

  /**
   * Rejects an output path whose folder is missing or is no folder, or that is a folder itself,
   * before any work is done.
   *
   * @throws ParameterException naming the option, the path and what is wrong
   */
  static void checkWritable(CommandSpec spec, String option, Path path) {
    Path folder = path.toAbsolutePath().getParent();
    if (Files.isDirectory(path)) {
      throw new ParameterException(spec.commandLine(), option + " '" + path + "' is a folder; name the HTML file "
          + "to write");
    }
    if (folder == null || !Files.isDirectory(folder)) {
      throw new ParameterException(spec.commandLine(), option + " '" + path + "': folder '"
          + (folder == null ? path : folder) + "' " + (folder != null && Files.exists(folder)
              ? "is not a folder" : "does not exist") + "; create it first");
    }
  }

  /**
   * Writes the page atomically and says where on the output writer.
   *
   * @throws ParameterException if the file cannot be written (no permission, say); nothing is left behind
   */
  static void write(CommandSpec spec, String option, Path path, String html) {
    checkWritable(spec, option, path);
    try {
      AtomicFile.writeText(path, out -> out.print(html));
    } catch (IOException e) {
      throw new ParameterException(spec.commandLine(), option + " '" + path + "' cannot be written ("
          + reason(e, path) + "); nothing was written");
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println("Wrote " + path);
    out.flush();
  }

  /** Why a file could not be written, in words, naming the folder rather than the temporary file. */
  private static String reason(IOException e, Path path) {
    Path folder = path.toAbsolutePath().getParent();
    if (e instanceof AccessDeniedException) {
      return "no permission to write in folder '" + folder + "'";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason() + " in folder '" + folder + "'";
    }
    return e.toString();
  }
}
