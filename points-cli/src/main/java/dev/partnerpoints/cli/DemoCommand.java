package dev.partnerpoints.cli;

import dev.partnerpoints.dashboard.DashboardBuilder;
import dev.partnerpoints.ledger.PointLedger;
import dev.partnerpoints.testkit.PartnerFixture;
import dev.partnerpoints.testkit.PartnerFixtures;
import java.nio.file.Path;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code points demo}: the dashboard of the built-in showcase partner, with no input at all. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
        "Show the partner dashboard of the built-in showcase partner (PartnerFixtures.showcase() in "
            + "points-testkit): six clients in six markets and currencies, sourced and assisted deals, a "
            + "downgrade, an expired deal, a no-deal increase, the product-line rate lock and a management "
            + "shared with partner-2. Gold on 2025-10-01 with 479.27 points.",
        "The same data as a ledger file: examples/showcase-ledger.csv (points dashboard --ledger ...)."})
final class DemoCommand extends BaseCommand {

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = Converters.IsoDate.class,
      description = "The date of the dashboard (default: 2025-10-01, the date the showcase's figures were "
          + "worked out by hand for).")
  LocalDate asOf;

  @Mixin
  RangeOptions range;

  @Mixin
  DataGapOption gaps;

  @Option(names = "--html", paramLabel = "FILE",
      description = "Write the dashboard as one self-contained HTML page to FILE instead of printing it "
          + "(as 'points report' does; the folder must exist).")
  @Nullable Path html;

  DemoCommand(CliContext context) {
    super(context);
  }

  @Override
  public Integer call() {
    RangeOptions.DashboardDates dates = range.resolve(asOf != null ? asOf : PartnerFixtures.AS_OF, spec);
    if (html != null && json) {
      throw badInput("--html and --json both name the output; give one of them");
    }
    if (html != null) {
      ReportCommand.checkWritable(spec, "--html", html);
    }
    PartnerFixture showcase = PartnerFixtures.showcase();
    PointLedger ledger = context.rulesFile().isEmpty() ? showcase.ledger() : revalue(showcase.ledger());
    DashboardBuilder builder = DashboardBuilder.of(ledger, showcase.account());
    DashboardReport report = DashboardReport.build(ledger, builder, dates);
    if (gaps.stop(spec, builder.dataGaps(dates.date()))) {
      return Errors.BAD_INPUT;
    }
    if (html != null) {
      ReportCommand.write(spec, "--html", html, HtmlReport.render(report, "The built-in showcase partner"));
    } else if (json) {
      print(Section.jsonDocument(report));
    } else {
      DashboardText.print(out(), report, "the built-in showcase partner");
    }
    return 0;
  }

  /** The showcase's ledger valued with the rules of the {@code --rules} file. */
  private PointLedger revalue(PointLedger builtIn) {
    return PointLedger.builder(context.rules(), builtIn.partner())
        .addClients(builtIn.clients().values())
        .addDeals(builtIn.deals())
        .addManagementPeriods(builtIn.managementPeriods())
        .addClientMrr(builtIn.clientMrrHistory())
        .build();
  }
}
