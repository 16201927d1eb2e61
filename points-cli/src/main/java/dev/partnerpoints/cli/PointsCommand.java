package dev.partnerpoints.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top-level {@code points} command: it only dispatches to a subcommand. */
@Command(
    name = "points",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    synopsisSubcommandLabel = "COMMAND",
    description = {
        "Partner program tier points from the command line: the partner dashboard of a ledger file (or of the "
            + "built-in showcase partner: 'points demo'), the dashboard as an HTML page with charts ('points "
            + "report'), exports of the rows behind its figures, the points calculator, its currency tab, the tier "
            + "schedule and the program rules, with the built-in program rules or those of a rules file (--rules "
            + "FILE on every command).",
        "Bad input exits with status 2; run 'points COMMAND --help' for a command's options."},
    commandListHeading = "%nCommands:%n",
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
        "0:success",
        "1:internal error (a bug: please report it with the stack trace)",
        "2:bad input: an unknown option, currency, country or figure, a malformed date or number, a negative "
            + "amount, a range that ends before it starts, a missing ledger file or one with a bad row, a missing or "
            + "invalid rules file"})
final class PointsCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "missing command; choose one of: "
        + String.join(", ", spec.subcommands().keySet()));
  }
}
