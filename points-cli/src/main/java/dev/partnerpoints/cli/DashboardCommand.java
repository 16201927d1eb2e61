package dev.partnerpoints.cli;

import dev.partnerpoints.io.LedgerCsv;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code points dashboard}: the partner dashboard of a ledger file ({@code DashboardBuilder}). */
@Command(
    name = "dashboard",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
        "Show the partner dashboard of a ledger file: program progress (credited tier, tier performance, total, "
            + "sourced, assisted and managed points, points needed for the next tier, 12-month sourced dollar value "
            + "and rolling sourced MRR in USD, 12-month average C$R), tier progression and the points to keep the "
            + "tier, tier point changes over the range with the clients behind them, the points breakdown per "
            + "client, progress month by month and the points expiring in the coming months, commission payments, "
            + "upcoming renewals and shared sales.",
        "The tier thresholds are illustrative: the program publishes them only as images."})
final class DashboardCommand extends BaseCommand {

  @Mixin
  LedgerInput ledger;

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = Converters.IsoDate.class,
      description = "The date of the dashboard (default: today, UTC).")
  LocalDate asOf;

  @Mixin
  RangeOptions range;

  @Mixin
  DataGapOption gaps;

  DashboardCommand(CliContext context) {
    super(context);
  }

  @Override
  public Integer call() {
    RangeOptions.DashboardDates dates = range.resolve(context.dateOrToday(asOf), spec);
    LedgerCsv.LedgerFile file = ledger.read(context, spec);
    DashboardReport report = DashboardReport.build(file.ledger(), file.dashboard(), dates);
    if (gaps.stop(spec, file.dashboard().dataGaps(dates.date()))) {
      return Errors.BAD_INPUT;
    }
    if (json) {
      print(Section.jsonDocument(report));
    } else {
      DashboardText.print(out(), report, "ledger " + ledger.name());
    }
    return 0;
  }
}
