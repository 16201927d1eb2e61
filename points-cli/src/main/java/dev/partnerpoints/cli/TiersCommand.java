package dev.partnerpoints.cli;

import dev.partnerpoints.money.Points;
import dev.partnerpoints.money.Timeline;
import dev.partnerpoints.program.ProgramRules;
import dev.partnerpoints.program.SoldMinimumBasis;
import dev.partnerpoints.program.Tier;
import dev.partnerpoints.program.TierRequirements;
import dev.partnerpoints.program.TierSchedule;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code points tiers}: the tier schedule in force on a date. */
@Command(
    name = "tiers",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
        "Show the tier schedule in force on a date: each tier's total points, its sold minimum (sourced "
            + "points only from 2025-07-15) and managed minimum (none from 2026-01-15), and the "
            + "certification and median tool usage every tier requires.",
        "The built-in thresholds are illustrative (the program publishes them only as images); give "
            + "--rules FILE for real ones. The output says which ones it shows."})
final class TiersCommand extends BaseCommand {

  @Mixin
  DateOption date;

  TiersCommand(CliContext context) {
    super(context);
  }

  @Override
  public Integer call() {
    LocalDate on = date.resolve(context);
    Timeline<TierSchedule> schedules = context.rules().tierSchedules();
    TierSchedule schedule = schedules.valueOn(on);
    LocalDate from = schedules.effectiveFromOn(on);
    Optional<LocalDate> next = schedules.nextChangeAfter(on);
    boolean illustrative = schedules.equals(ProgramRules.builtIn().tierSchedules());
    if (json) {
      print(toJson(on, from, next, schedule, illustrative));
    } else {
      printText(out(), on, from, next, schedule);
      out().println();
      out().println(illustrative
          ? "The thresholds are the built-in, illustrative ones (the program publishes them only as images);"
              + " give --rules FILE for real ones."
          : "The thresholds are those of the rules file " + context.rulesFile().map(Path::toString).orElse("given")
              + ".");
    }
    return 0;
  }

  /** The JSON object of {@code --json}, written by {@link Json}'s mapper. */
  record ScheduleJson(LocalDate date, LocalDate scheduleFrom, Optional<LocalDate> nextScheduleFrom,
      List<TierJson> tiers, boolean illustrative) {}

  /** One tier's requirements in {@link ScheduleJson}. */
  record TierJson(Tier tier, Points totalPoints, Points soldMinimum, SoldMinimumBasis soldMinimumBasis,
      Optional<Points> managedMinimum, boolean certificationRequired, BigDecimal minimumMedianToolUsage) {}

  private static ScheduleJson toJson(LocalDate on, LocalDate from, Optional<LocalDate> next, TierSchedule schedule,
      boolean illustrative) {
    List<TierJson> tiers = new ArrayList<>();
    for (Map.Entry<Tier, TierRequirements> entry : schedule.requirements().entrySet()) {
      TierRequirements requirements = entry.getValue();
      tiers.add(new TierJson(entry.getKey(), requirements.totalPoints(), requirements.soldMinimum(),
          requirements.soldMinimumBasis(), requirements.managedMinimum(), schedule.certificationRequired(),
          schedule.minimumMedianToolUsage()));
    }
    return new ScheduleJson(on, from, next, tiers, illustrative);
  }

  private static void printText(PrintWriter out, LocalDate on, LocalDate from, Optional<LocalDate> next,
      TierSchedule schedule) {
    out.println("Tier schedule on " + on + " (in force from " + from
        + next.map(d -> "; next change on " + d).orElse("") + ")");
    out.println();
    TextTable table = TextTable.of(TextTable.Align.LEFT, TextTable.Align.RIGHT, TextTable.Align.RIGHT,
            TextTable.Align.LEFT, TextTable.Align.RIGHT, TextTable.Align.LEFT, TextTable.Align.LEFT)
        .header("Tier", "Total", "Sold minimum", "Counted", "Managed minimum", "Certification",
            "Median tool usage");
    String certification = schedule.certificationRequired() ? "required" : "not required";
    String toolUsage = "at least " + Text.plain(schedule.minimumMedianToolUsage());
    for (Map.Entry<Tier, TierRequirements> entry : schedule.requirements().entrySet()) {
      TierRequirements requirements = entry.getValue();
      table.row(title(entry.getKey()),
          requirements.totalPoints().toString(),
          requirements.soldMinimum().toString(),
          basis(requirements.soldMinimumBasis()),
          requirements.managedMinimum().map(Points::toString).orElse("none"),
          certification,
          toolUsage);
    }
    table.printTo(out);
  }

  private static String title(Tier tier) {
    String name = Json.name(tier);
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  private static String basis(SoldMinimumBasis basis) {
    return basis == SoldMinimumBasis.SOURCED ? "sourced only" : "sourced + assisted";
  }
}
