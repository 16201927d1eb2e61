package dev.partnerpoints.cli;

import dev.partnerpoints.calculator.PointsCalculator;
import dev.partnerpoints.program.ProgramRules;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the subcommands share: the program rules and the clock that gives "today".
 *
 * @param rules the program rules, not null
 * @param clock the clock, not null
 */
record CliContext(ProgramRules rules, Clock clock) {

  CliContext {
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(clock, "clock");
  }

  /** Returns a calculator over the rules and clock. */
  PointsCalculator calculator() {
    return PointsCalculator.of(rules, clock);
  }

  /** Returns the given date, or today on the clock when none was given. */
  LocalDate dateOrToday(@Nullable LocalDate date) {
    return date != null ? date : LocalDate.now(clock);
  }
}
