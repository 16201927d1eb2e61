package dev.partnerpoints.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * What every subcommand has: the shared context, the {@code --json} switch, the {@code --rules FILE}
 * option and the writers.
 * A subcommand computes its result with the library and prints it either as aligned tables or as
 * one JSON object.
 */
abstract class BaseCommand implements Callable<Integer> {

  final CliContext context;

  @Spec
  CommandSpec spec;

  @Option(names = "--json", description = "Print one JSON object instead of tables.")
  boolean json;

  @Option(names = "--rules", paramLabel = "FILE", order = 100,
      description = CliContext.RULES_OPTION_HELP)
  void rulesFile(Path file) {
    context.useRulesFile(file);
  }

  BaseCommand(CliContext context) {
    this.context = Objects.requireNonNull(context, "context");
  }

  /** The writer for results. */
  final PrintWriter out() {
    return spec.commandLine().getOut();
  }

  /** Prints a value as one JSON document, the command's whole output ({@link Json}'s mapper). */
  final void print(Object value) {
    Json.print(out(), value);
  }

  /** Returns an exception for input that the options' types alone could not reject. */
  final ParameterException badInput(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
