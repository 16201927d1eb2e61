package dev.partnerpoints.cli;

import dev.partnerpoints.calculator.AppliedRule;
import dev.partnerpoints.calculator.MoneyEquivalent;
import dev.partnerpoints.calculator.MoneyToPointsRequest;
import dev.partnerpoints.calculator.PointsEstimate;
import dev.partnerpoints.calculator.PointsToMoneyRequest;
import dev.partnerpoints.money.Points;
import dev.partnerpoints.program.CountryCode;
import dev.partnerpoints.program.DealType;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code points convert}: the calculator's currency tab, money to points ({@code moneyToPoints})
 * or points to money ({@code pointsToMoney}).
 */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
        "The currency tab: convert MRR to the sold and managed points it earns (--to-points), or sold and "
            + "managed points to the MRR that earns them (--to-money), for a client's currency and market.",
        "Managed figures are a client's whole managed points, before any split among partners. Points are "
            + "rounded once to hundredths and money once to the currency's minor unit, both HALF_EVEN."})
final class ConvertCommand extends BaseCommand {

  @ArgGroup(exclusive = true, multiplicity = "1", heading = "Direction (one of):%n")
  Direction direction;

  @Option(names = "--currency", required = true, paramLabel = "CODE", converter = Converters.Currency.class,
      description = "The client's currency (ISO 4217, upper case), one with a program point value: USD, AUD, "
          + "CAD, COP, EUR, GBP, JPY, SGD or ZAR.")
  CurrencyUnit currency;

  @Option(names = "--country", required = true, paramLabel = "CODE", converter = Converters.Country.class,
      description = "The client's country, its market (ISO 3166-1 alpha-2, upper case, such as BR or US).")
  CountryCode country;

  @Option(names = "--deal", paramLabel = "TYPE", converter = Converters.Deal.class, defaultValue = "sourced",
      description = "The deal type of the sold figures: sourced or assisted (default: ${DEFAULT-VALUE}).")
  DealType deal;

  @Option(names = "--sold-mrr", paramLabel = "AMOUNT", converter = Converters.NonNegativeDecimal.class,
      description = "With --to-points: the sold MRR, in the client's currency (default: 0).")
  @Nullable BigDecimal soldMrr;

  @Option(names = "--managed-mrr", paramLabel = "AMOUNT", converter = Converters.NonNegativeDecimal.class,
      description = "With --to-points: the managed client's MRR, in the client's currency (default: none).")
  @Nullable BigDecimal managedMrr;

  @Option(names = "--sold-points", paramLabel = "POINTS", converter = Converters.NonNegativePoints.class,
      description = "With --to-money: the sold points to value (default: 0).")
  @Nullable Points soldPoints;

  @Option(names = "--managed-points", paramLabel = "POINTS", converter = Converters.NonNegativePoints.class,
      description = "With --to-money: the managed points to value (default: 0).")
  @Nullable Points managedPoints;

  @Mixin
  DateOption date;

  /** The direction of the conversion: exactly one of the two. */
  static final class Direction {
    @Option(names = "--to-points", required = true, description = "Convert money (--sold-mrr, --managed-mrr) to points.")
    boolean toPoints;

    @Option(names = "--to-money", required = true, description = "Convert points (--sold-points, --managed-points) to money.")
    boolean toMoney;
  }

  ConvertCommand(CliContext context) {
    super(context);
  }

  @Override
  public Integer call() {
    LocalDate on = date.resolve(context);
    if (direction.toPoints) {
      requireNone("--to-points", "--sold-points", soldPoints, "--managed-points", managedPoints);
      requireAny("--to-points", "--sold-mrr", soldMrr, "--managed-mrr", managedMrr);
      return toPoints(on);
    }
    requireNone("--to-money", "--sold-mrr", soldMrr, "--managed-mrr", managedMrr);
    requireAny("--to-money", "--sold-points", soldPoints, "--managed-points", managedPoints);
    return toMoney(on);
  }

  private int toPoints(LocalDate on) {
    BigDecimal sold = soldMrr != null ? soldMrr : BigDecimal.ZERO;
    MoneyToPointsRequest.Builder request = MoneyToPointsRequest.builder()
        .soldMrr(Money.of(sold, currency))
        .country(country)
        .dealType(deal)
        .date(on);
    if (managedMrr != null) {
      request.managedMrr(Money.of(managedMrr, currency));
    }
    PointsEstimate points = context.calculator().moneyToPoints(request.build());
    if (json) {
      print(new ToPointsJson("to-points", points.soldPoints(), points.managedPoints(), points.totalPoints(),
          currency.getCurrencyCode(), new ToPointsJson.MoneyInput(sold, Optional.ofNullable(managedMrr), country.code(),
              deal), points.appliedRule()));
    } else {
      PrintWriter out = out();
      out.println("Money to points: " + currency.getCurrencyCode() + " MRR, "
          + Text.market(country, points.appliedRule()) + ", " + Text.name(deal) + " deal, on " + on);
      out.println();
      String code = currency.getCurrencyCode();
      TextTable.of(TextTable.Align.LEFT, TextTable.Align.RIGHT, TextTable.Align.RIGHT).indent(2)
          .header("", "MRR (" + code + ")", "Points")
          .row("Sold", Text.plain(sold), points.soldPoints().toString())
          .row("Managed", managedMrr != null ? Text.plain(managedMrr) : "-", points.managedPoints().toString())
          .row("Total", "", points.totalPoints().toString())
          .printTo(out);
      Text.printRule(out, points.appliedRule(), false);
    }
    return 0;
  }

  /** The JSON object of {@code --to-points --json}, written by {@link Json}'s mapper. */
  record ToPointsJson(String direction, Points soldPoints, Points managedPoints, Points totalPoints, String currency,
      MoneyInput input, AppliedRule appliedRule) {

    /** The inputs as given. */
    record MoneyInput(BigDecimal soldMrr, Optional<BigDecimal> managedMrr, String country, DealType dealType) {}
  }

  /** The JSON object of {@code --to-money --json}, written by {@link Json}'s mapper. */
  record ToMoneyJson(String direction, MonetaryAmount soldMrr, MonetaryAmount managedMrr,
      MonetaryAmount totalMrr, String currency, PointsInput input, AppliedRule appliedRule) {

    /** The inputs as given. */
    record PointsInput(Points soldPoints, Points managedPoints, String country, DealType dealType) {}
  }

  private int toMoney(LocalDate on) {
    Points sold = soldPoints != null ? soldPoints : Points.zero();
    Points managed = managedPoints != null ? managedPoints : Points.zero();
    MoneyEquivalent money = context.calculator().pointsToMoney(PointsToMoneyRequest.builder()
        .soldPoints(sold)
        .managedPoints(managed)
        .currency(currency)
        .country(country)
        .dealType(deal)
        .date(on)
        .build());
    if (json) {
      print(new ToMoneyJson("to-money", money.soldMrr(), money.managedMrr(), money.totalMrr(),
          currency.getCurrencyCode(), new ToMoneyJson.PointsInput(sold, managed, country.code(), deal),
          money.appliedRule()));
    } else {
      PrintWriter out = out();
      out.println("Points to money: " + currency.getCurrencyCode() + " MRR, "
          + Text.market(country, money.appliedRule()) + ", " + Text.name(deal) + " deal, on " + on);
      out.println();
      String code = currency.getCurrencyCode();
      TextTable.of(TextTable.Align.LEFT, TextTable.Align.RIGHT, TextTable.Align.RIGHT).indent(2)
          .header("", "Points", "MRR (" + code + ")")
          .row("Sold", sold.toString(), Text.plain(Text.decimal(money.soldMrr())))
          .row("Managed", managed.toString(), Text.plain(Text.decimal(money.managedMrr())))
          .row("Total", sold.plus(managed).toString(), Text.plain(Text.decimal(money.totalMrr())))
          .printTo(out);
      Text.printRule(out, money.appliedRule(), false);
    }
    return 0;
  }

  private void requireNone(String direction, String option1, @Nullable Object value1, String option2, @Nullable Object value2) {
    String given = value1 != null ? option1 : value2 != null ? option2 : null;
    if (given != null) {
      throw badInput(given + " does not go with " + direction + "; use it with "
          + (direction.equals("--to-points") ? "--to-money" : "--to-points"));
    }
  }

  private void requireAny(String direction, String option1, @Nullable Object value1, String option2, @Nullable Object value2) {
    if (value1 == null && value2 == null) {
      throw badInput(direction + " needs " + option1 + " or " + option2 + " (or both)");
    }
  }
}
