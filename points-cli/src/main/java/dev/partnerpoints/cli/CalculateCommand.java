package dev.partnerpoints.cli;

import dev.partnerpoints.calculator.AppliedRule;
import dev.partnerpoints.calculator.EstimateRequest;
import dev.partnerpoints.calculator.PointsEstimate;
import dev.partnerpoints.money.Points;
import dev.partnerpoints.program.CountryCode;
import dev.partnerpoints.program.DealType;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import javax.money.CurrencyUnit;
import org.javamoney.moneta.Money;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code points calculate}: the dashboard's points calculator ({@code PointsCalculator.estimate}). */
@Command(
    name = "calculate",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
        "Estimate the points of a sale: sold points (sourced or assisted), your share of the managed "
            + "points if you will manage the client, and the total.",
        "points = MRR / (local amount worth 100 USD) x rate x market multiplier, rounded once to "
            + "hundredths, HALF_EVEN."})
final class CalculateCommand extends BaseCommand {

  @Option(names = "--amount", required = true, paramLabel = "AMOUNT", converter = Converters.NonNegativeDecimal.class,
      description = "The monthly recurring revenue sold, in the client's currency, such as 1000.")
  BigDecimal amount;

  @Option(names = "--currency", required = true, paramLabel = "CODE", converter = Converters.Currency.class,
      description = "The client's currency (ISO 4217, upper case), one with a program point value: USD, AUD, "
          + "CAD, COP, EUR, GBP, JPY, SGD or ZAR.")
  CurrencyUnit currency;

  @Option(names = "--country", required = true, paramLabel = "CODE", converter = Converters.Country.class,
      description = "The client's country, its market (ISO 3166-1 alpha-2, upper case, such as BR or US).")
  CountryCode country;

  @Option(names = "--deal", required = true, paramLabel = "TYPE", converter = Converters.Deal.class,
      description = "The deal type: sourced or assisted.")
  DealType deal;

  @Option(names = "--manage", description = "You will also manage the client and earn managed points.")
  boolean manage;

  @Option(names = "--other-partners", paramLabel = "N", converter = Converters.NonNegativeCount.class,
      description = "With --manage: how many other partners will manage the client and share its managed "
          + "points evenly (default: 0).")
  @Nullable Integer otherPartners;

  @Mixin
  DateOption date;

  CalculateCommand(CliContext context) {
    super(context);
  }

  @Override
  public Integer call() {
    if (otherPartners != null && !manage) {
      throw badInput("--other-partners " + otherPartners
          + " needs --manage: other partners share the managed points only of a client you manage");
    }
    LocalDate on = date.resolve(context);
    int others = otherPartners != null ? otherPartners : 0;
    PointsEstimate estimate = context.calculator().estimate(EstimateRequest.builder()
        .soldMrr(Money.of(amount, currency))
        .country(country)
        .dealType(deal)
        .alsoManages(manage)
        .otherManagingPartners(others)
        .date(on)
        .build());
    if (json) {
      print(toJson(estimate, others));
    } else {
      printText(out(), estimate);
    }
    return 0;
  }

  /** The JSON object of {@code --json}, written by {@link Json}'s mapper. */
  record EstimateJson(Points soldPoints, Points managedPoints, Points totalPoints, Points clientManagedPoints,
      String currency, Input input, AppliedRule appliedRule) {

    /** The inputs as given. */
    record Input(BigDecimal amount, String country, DealType dealType, boolean manage, int otherPartners) {}
  }

  private EstimateJson toJson(PointsEstimate estimate, int others) {
    return new EstimateJson(estimate.soldPoints(), estimate.managedPoints(), estimate.totalPoints(),
        estimate.clientManagedPoints(), currency.getCurrencyCode(),
        new EstimateJson.Input(amount, country.code(), deal, manage, others), estimate.appliedRule());
  }

  private void printText(PrintWriter out, PointsEstimate estimate) {
    out.println("Points for " + Text.plain(amount) + " " + currency.getCurrencyCode() + " MRR, "
        + Text.market(country, estimate.appliedRule()) + ", " + Text.name(deal) + " deal, on "
        + estimate.appliedRule().date());
    out.println();
    TextTable.of(TextTable.Align.LEFT, TextTable.Align.RIGHT).indent(2)
        .row("Sold points", estimate.soldPoints().toString())
        .row("Managed points", estimate.managedPoints().toString())
        .row("Total points", estimate.totalPoints().toString())
        .printTo(out);
    Text.printRule(out, estimate.appliedRule(), true);
  }
}
