package dev.partnerpoints.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns failures into exit statuses. Bad input, whether picocli rejects it while parsing or the
 * library rejects it while computing (an {@link IllegalArgumentException}, such as an unsupported
 * currency or a date before the program), prints one line on the error writer and exits with
 * {@value #BAD_INPUT}, without a stack trace. Anything else is a bug: status 1 with its stack trace.
 */
final class Errors {

  /** The exit status for bad input (picocli's usage status). */
  static final int BAD_INPUT = ExitCode.USAGE;

  private static final Pattern NUMBER = Pattern.compile("-[0-9.].*");

  private Errors() {}

  static int handleParameterException(ParameterException ex, String[] args) {
    CommandLine commandLine = ex.getCommandLine();
    String command = commandLine.getCommandSpec().qualifiedName();
    report(commandLine.getErr(), command, message(ex, List.of(args)) + " (see '" + command + " --help')");
    return BAD_INPUT;
  }

  static int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
    String command = commandLine.getCommandSpec().qualifiedName();
    PrintWriter err = commandLine.getErr();
    if (ex instanceof IllegalArgumentException || ex instanceof ArithmeticException) {
      report(err, command, ex.getMessage() != null ? ex.getMessage() : "invalid input");
      return BAD_INPUT;
    }
    err.println(command + ": internal error, please report it: " + ex);
    ex.printStackTrace(err);
    err.flush();
    return ExitCode.SOFTWARE;
  }

  private static String message(ParameterException ex, List<String> args) {
    if (ex instanceof MissingParameterException) {
      // picocli checks required options before unknown ones, but a mistyped option name is the
      // likelier cause: "--amout 1000" should not read as "missing --amount".
      Optional<String> unknown = firstUnknownOption(ex.getCommandLine().getCommandSpec(), args);
      if (unknown.isPresent()) {
        return message(new UnmatchedArgumentException(ex.getCommandLine(), List.of(unknown.get())), args);
      }
    }
    if (ex instanceof UnmatchedArgumentException unmatched) {
      CommandLine commandLine = ex.getCommandLine();
      List<String> values = unmatched.getUnmatched();
      String message = String.valueOf(ex.getMessage());
      if (unmatched.isUnknownOption() && !values.isEmpty()) {
        // picocli lists the arguments after the unknown option too: name only the option.
        message = "unknown option '" + values.get(0) + "'";
      } else if (!values.isEmpty() && !commandLine.getSubcommands().isEmpty()) {
        message = "unknown command '" + values.get(0) + "'; commands: "
            + String.join(", ", commandLine.getSubcommands().keySet());
      } else if (!values.isEmpty()) {
        message = "unexpected argument" + (values.size() > 1 ? "s " : " ") + quoted(values);
      }
      List<String> suggestions = unmatched.getSuggestions();
      if (!suggestions.isEmpty()) {
        message += "; did you mean " + String.join(" or ", suggestions) + "?";
      }
      return message;
    }
    String message = String.valueOf(ex.getMessage());
    // picocli starts some messages (argument groups) with "Error: "; the command name leads ours.
    return message.startsWith("Error: ") ? message.substring("Error: ".length()) : message;
  }

  /** The first argument of the command that looks like an option but is none of its options. */
  private static Optional<String> firstUnknownOption(CommandSpec spec, List<String> args) {
    int start = spec.parent() == null ? 0 : args.indexOf(spec.name()) + 1;
    for (String arg : args.subList(Math.max(0, start), args.size())) {
      if (arg.equals("--")) {
        break;
      }
      String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
      if (name.startsWith("-") && !NUMBER.matcher(name).matches() && spec.findOption(name) == null) {
        return Optional.of(name);
      }
    }
    return Optional.empty();
  }

  private static String quoted(List<String> values) {
    return "'" + String.join("', '", values) + "'";
  }

  private static void report(PrintWriter err, String command, String message) {
    err.println(command + ": " + message);
    err.flush();
  }
}
