package dev.partnerpoints.cli;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.partnerpoints.io.ProgramRulesFile;
import dev.partnerpoints.money.PointValue;
import dev.partnerpoints.money.Points;
import dev.partnerpoints.program.CountryCode;
import dev.partnerpoints.program.ProgramRules;
import dev.partnerpoints.program.RateEra;
import dev.partnerpoints.program.SoldMinimumBasis;
import dev.partnerpoints.program.Tier;
import dev.partnerpoints.program.TierRequirements;
import dev.partnerpoints.program.TierSchedule;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code points rules}: the program rules in force, as text or as a rules file. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
        "Show the program rules in force: the built-in ones, or those of the --rules file. Text lists every "
            + "rate era, growth-market list, currency point-value table and tier schedule; --format json prints "
            + "them as a rules file (docs/rules-file.md) to edit and give back with --rules.",
        "The built-in tier thresholds are illustrative: the program publishes them only as images."})
final class RulesCommand extends BaseCommand {

  /** The output formats. */
  enum Format {
    TEXT,
    JSON
  }

  @Option(names = "--format", paramLabel = "text|json",
      description = "text (default: aligned tables) or json (the rules file format; the same as --json).")
  @Nullable Format format;

  RulesCommand(CliContext context) {
    super(context);
  }

  @Override
  public Integer call() {
    ProgramRules rules = context.rules();
    if (json || format == Format.JSON) {
      out().print(ProgramRulesFile.toJson(rules));
      out().flush();
    } else {
      printText(out(), rules, context.rulesFile().map(f -> "from " + f).orElse("built in"));
    }
    return 0;
  }

  private static void printText(PrintWriter out, ProgramRules rules, String origin) {
    out.println("Program rules: " + rules.name() + " (" + origin + ")");
    out.println();
    out.println("Point rates (points per 100 USD of MRR)");
    TextTable rates = TextTable.of(TextTable.Align.LEFT, TextTable.Align.RIGHT, TextTable.Align.RIGHT,
            TextTable.Align.RIGHT, TextTable.Align.RIGHT, TextTable.Align.LEFT)
        .indent(2)
        .header("From", "Sourced", "Assisted", "Managed", "Growth market", "Product-line rate lock");
    for (Map.Entry<LocalDate, RateEra> e : rules.rateEras().entries().entrySet()) {
      RateEra era = e.getValue();
      rates.row(e.getKey().toString(), Text.plain(era.sourcedRate()), Text.plain(era.assistedRate()),
          Text.plain(era.managedRate()), "x" + Text.plain(era.growthMultiplier()),
          era.locksSourcedRateToFirstSale() ? "yes" : "no");
    }
    rates.printTo(out);
    out.println();
    out.println("Growth markets (client countries)");
    for (Map.Entry<LocalDate, ImmutableSet<CountryCode>> e : rules.growthMarkets().entries().entrySet()) {
      out.println("  From " + e.getKey() + " (" + e.getValue().size() + "): "
          + new TreeSet<>(e.getValue()).stream().map(CountryCode::code).collect(Collectors.joining(" ")));
    }
    out.println();
    printPointValues(out, rules);
    out.println();
    for (Map.Entry<LocalDate, TierSchedule> e : rules.tierSchedules().entries().entrySet()) {
      TierSchedule schedule = e.getValue();
      out.println("Tier schedule from " + e.getKey() + " (certification "
          + (schedule.certificationRequired() ? "required" : "not required") + "; median tool usage at least "
          + Text.plain(schedule.minimumMedianToolUsage()) + ")");
      TextTable tiers = TextTable.of(TextTable.Align.LEFT, TextTable.Align.RIGHT, TextTable.Align.RIGHT,
              TextTable.Align.LEFT, TextTable.Align.RIGHT)
          .indent(2)
          .header("Tier", "Total", "Sold minimum", "Counted", "Managed minimum");
      for (Map.Entry<Tier, TierRequirements> t : schedule.requirements().entrySet()) {
        TierRequirements req = t.getValue();
        tiers.row(title(t.getKey()), req.totalPoints().toString(), req.soldMinimum().toString(),
            req.soldMinimumBasis() == SoldMinimumBasis.SOURCED ? "sourced only" : "sourced + assisted",
            req.managedMinimum().map(Points::toString).orElse("none"));
      }
      tiers.printTo(out);
      out.println();
    }
    out.println("Sold points stay active for " + rules.soldPointsActiveMonths() + " months; "
        + rules.noDealIncreasesStopEarningOn()
            .map(d -> "MRR increases from no deal earn sold points until " + d.minusDays(1) + ".")
            .orElse("MRR increases from no deal always earn sold points."));
  }

  private static void printPointValues(PrintWriter out, ProgramRules rules) {
    ImmutableMap<LocalDate, ImmutableMap<String, PointValue>> tables =
        ImmutableMap.copyOf(rules.pointValues().tables().entries());
    out.println("Currency point values (the local amount worth 100 USD in points; program data, not market rates)");
    List<TextTable.Align> aligns = new ArrayList<>();
    aligns.add(TextTable.Align.LEFT);
    List<String> header = new ArrayList<>();
    header.add("Currency");
    TreeSet<String> currencies = new TreeSet<>();
    for (Map.Entry<LocalDate, ImmutableMap<String, PointValue>> e : tables.entrySet()) {
      aligns.add(TextTable.Align.RIGHT);
      header.add("from " + e.getKey());
      currencies.addAll(e.getValue().keySet());
    }
    TextTable table = TextTable.of(aligns.toArray(new TextTable.Align[0])).indent(2)
        .header(header.toArray(new String[0]));
    for (String code : currencies) {
      List<String> row = new ArrayList<>();
      row.add(code);
      for (ImmutableMap<String, PointValue> t : tables.values()) {
        PointValue value = t.get(code);
        row.add(value == null ? "-" : Text.plain(value.localAmountPer100Usd()));
      }
      table.row(row.toArray(new String[0]));
    }
    table.printTo(out);
  }

  private static String title(Tier tier) {
    String name = tier.name().toLowerCase(Locale.ROOT);
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
