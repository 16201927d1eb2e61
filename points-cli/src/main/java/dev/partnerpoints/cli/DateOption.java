package dev.partnerpoints.cli;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The {@code --date} option: the date whose rules apply, today by default. */
final class DateOption {

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      converter = Converters.IsoDate.class,
      description = "The date whose program rules apply (default: today, UTC).")
  @Nullable LocalDate date;

  /** Returns the date given, or today on the context's clock. */
  LocalDate resolve(CliContext context) {
    return context.dateOrToday(date);
  }
}
