package dev.partnerpoints.cli;

import java.time.LocalDate;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The inclusive date range {@code --from .. --to} of the dashboard's range-based sections (tier
 * point changes, shared sales). Both or neither: the range defaults as {@code
 * DashboardBuilder.build(date)} does, from the first day of the as-of month to the as-of date.
 */
final class RangeOptions {

  @Option(
      names = "--from",
      paramLabel = "YYYY-MM-DD",
      converter = Converters.IsoDate.class,
      description = "First day of the range of tier point changes and shared sales, with --to "
          + "(default range: the first day of the --as-of month to --as-of).")
  LocalDate from;

  @Option(
      names = "--to",
      paramLabel = "YYYY-MM-DD",
      converter = Converters.IsoDate.class,
      description = "Last day of the range, inclusive; on or after --from.")
  LocalDate to;

  /**
   * Resolves the dates: the as-of date and the range given or its default.
   *
   * @param asOf the as-of date, not null
   * @param spec the command, for error messages
   * @return the dates, never null
   * @throws ParameterException if only one end is given or the range ends before it starts
   */
  DashboardDates resolve(LocalDate asOf, CommandSpec spec) {
    if (from == null && to == null) {
      return new DashboardDates(asOf, asOf.withDayOfMonth(1), asOf);
    }
    if (from == null || to == null) {
      String given = from != null ? "--from " + from : "--to " + to;
      throw new ParameterException(spec.commandLine(), given + " needs " + (from != null ? "--to" : "--from")
          + ": give both ends of the range, or neither for the first day of the --as-of month to --as-of");
    }
    if (to.isBefore(from)) {
      throw new ParameterException(spec.commandLine(), "--from " + from + " is after --to " + to
          + "; the range's last day must be on or after its first");
    }
    return new DashboardDates(asOf, from, to);
  }

  /**
   * The dates of a dashboard.
   *
   * @param date the as-of date
   * @param from the first day of the range
   * @param to the last day of the range
   */
  record DashboardDates(LocalDate date, LocalDate from, LocalDate to) {}
}
