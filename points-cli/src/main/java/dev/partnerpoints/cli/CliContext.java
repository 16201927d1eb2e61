package dev.partnerpoints.cli;

import dev.partnerpoints.calculator.PointsCalculator;
import dev.partnerpoints.io.ProgramRulesFile;
import dev.partnerpoints.program.ProgramRules;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the subcommands share: the program rules and the clock that gives "today". The rules are
 * the built-in ones unless a command was given {@code --rules FILE}; the file is read once, when a
 * command first asks for the rules. One context serves one execution of the command line.
 */
final class CliContext {

  /** The help text of every command's {@code --rules FILE} option, written once. */
  static final String RULES_OPTION_HELP = "The program rules to use: a rules file (JSON, see docs/rules-file.md; "
      + "'points rules --format json' prints the built-in ones in that format). Default: the built-in rules.";


  private final ProgramRules defaultRules;
  private final Clock clock;
  private @Nullable Path rulesFile;
  private @Nullable ProgramRules fileRules;

  CliContext(ProgramRules rules, Clock clock) {
    this.defaultRules = Objects.requireNonNull(rules, "rules");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Uses the rules of a file instead of the default ones (the {@code --rules} option). */
  void useRulesFile(Path file) {
    rulesFile = Objects.requireNonNull(file, "file");
    fileRules = null;
  }

  /** The rules file given with {@code --rules}, if any. */
  Optional<Path> rulesFile() {
    return Optional.ofNullable(rulesFile);
  }

  /**
   * Returns the rules in force: those of the {@code --rules} file, read on first use, or the
   * default ones.
   *
   * @throws dev.partnerpoints.io.RulesFileException if the file is missing or not a valid rules file
   */
  ProgramRules rules() {
    Path file = rulesFile;
    if (file == null) {
      return defaultRules;
    }
    ProgramRules rules = fileRules;
    if (rules == null) {
      rules = ProgramRulesFile.read(file);
      fileRules = rules;
    }
    return rules;
  }

  /** The clock that gives "today". */
  Clock clock() {
    return clock;
  }

  /** Returns a calculator over the rules and clock. */
  PointsCalculator calculator() {
    return PointsCalculator.of(rules(), clock);
  }

  /** Returns the given date, or today on the clock when none was given. */
  LocalDate dateOrToday(@Nullable LocalDate date) {
    return date != null ? date : LocalDate.now(clock);
  }
}
