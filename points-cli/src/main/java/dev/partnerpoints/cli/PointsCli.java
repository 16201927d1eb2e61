package dev.partnerpoints.cli;

import dev.partnerpoints.program.ProgramRules;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;

/**
 * The {@code points} command line: the dashboard's points calculator, its currency tab, the tier
 * schedule and the partner dashboard (of a ledger file or of the built-in showcase partner), over the
 * built-in program rules.
 *
 * <p>{@link #main(String[])} runs with the system clock in UTC. Tests and embedders call {@link
 * #commandLine(Clock)} with a fixed clock, set the output and error writers, and call {@code
 * execute(args)}: it returns 0 on success, 2 for bad input (one message on the error writer, no
 * stack trace) and 1 for an internal error.
 */
public final class PointsCli {

  private PointsCli() {}

  /**
   * Runs the command line and exits with its status.
   *
   * @param args the command-line arguments, not null
   */
  public static void main(String[] args) {
    // Moneta logs its configuration at INFO through java.util.logging on stderr; an application's
    // stderr is for its own messages. Warnings and errors still show.
    Logger.getLogger("").setLevel(Level.WARNING);
    CommandLine commandLine = commandLine(Clock.systemUTC());
    int status = commandLine.execute(args);
    commandLine.getOut().flush();
    commandLine.getErr().flush();
    System.exit(status);
  }

  /**
   * Creates the {@code points} command with its subcommands, error handling and settings.
   *
   * @param clock the clock that gives "today" to commands run without {@code --date} or {@code
   *     --as-of}, not null
   * @return a new command line, never null; set its output and error writers before executing
   */
  public static CommandLine commandLine(Clock clock) {
    CliContext context = new CliContext(ProgramRules.builtIn(), Objects.requireNonNull(clock, "clock"));
    CommandLine commandLine = new CommandLine(new PointsCommand());
    for (Object subcommand : subcommands(context)) {
      commandLine.addSubcommand(subcommand);
    }
    commandLine.addSubcommand("help", new CommandLine.HelpCommand());
    // Settings after the subcommands: picocli applies them to the hierarchy as it is at the call.
    commandLine.setParameterExceptionHandler(Errors::handleParameterException);
    commandLine.setExecutionExceptionHandler(Errors::handleExecutionException);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    return commandLine;
  }

  /**
   * The subcommands, in the order help lists them. Each is a {@link java.util.concurrent.Callable}
   * over the library (or a command line around one) that gets what it shares with the others (rules,
   * clock) from the context.
   */
  private static List<Object> subcommands(CliContext context) {
    return List.of(
        new DemoCommand(context),
        new DashboardCommand(context),
        new ReportCommand(context),
        new BatchCommand(context),
        ExportCommand.commandLine(context),
        new CalculateCommand(context),
        new ConvertCommand(context),
        new TiersCommand(context),
        new RulesCommand(context));
  }
}
