package dev.partnerpoints.cli;

import dev.partnerpoints.ledger.DataGap;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The {@code --strict} option of the commands that show a dashboard, and what they do with the
 * inputs' data gaps ({@code DashboardBuilder.dataGaps}): each gap is one line on the error writer,
 * {@code points <command>: warning: <message>}, and the command prints its result and exits with 0;
 * under {@code --strict} each is {@code points <command>: error: <message>}, nothing is printed on
 * the output and the command exits with {@value Errors#BAD_INPUT}.
 */
final class DataGapOption {

  @Option(names = "--strict",
      description = "Treat data gaps (input that makes a figure zero without saying so, such as a client with deals "
          + "but no MRR) as errors: print them and exit with status 2 instead of printing the result. Without it "
          + "they are warnings on stderr and the exit status stays 0.")
  boolean strict;

  /**
   * Prints the gaps on the command's error writer.
   *
   * @return whether the command must stop with {@link Errors#BAD_INPUT}: under {@code --strict}
   *     when there is a gap
   */
  boolean stop(CommandSpec spec, List<DataGap> gaps) {
    if (gaps.isEmpty()) {
      return false;
    }
    PrintWriter err = spec.commandLine().getErr();
    String command = spec.qualifiedName();
    for (DataGap gap : gaps) {
      err.println(command + (strict ? ": error: " : ": warning: ") + gap.message());
    }
    if (strict) {
      err.println(command + ": " + gaps.size() + (gaps.size() == 1 ? " data gap" : " data gaps")
          + " (--strict makes them errors; without it they are warnings)");
    }
    err.flush();
    return strict;
  }
}
