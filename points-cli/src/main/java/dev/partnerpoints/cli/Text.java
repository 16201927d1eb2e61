package dev.partnerpoints.cli;

import dev.partnerpoints.calculator.AppliedRule;
import dev.partnerpoints.money.PointValue;
import dev.partnerpoints.program.CountryCode;
import dev.partnerpoints.program.DealType;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.Locale;
import javax.money.MonetaryAmount;

/** Human output: numbers, names and the "rule applied" table shared by the calculator commands. */
final class Text {

  private Text() {}

  /** A money amount as a decimal with the currency's fraction digits, such as 440.00 (exact). */
  static BigDecimal decimal(MonetaryAmount amount) {
    BigDecimal value = amount.getNumber().numberValueExact(BigDecimal.class);
    int digits = Math.max(0, amount.getCurrency().getDefaultFractionDigits());
    return value.scale() < digits ? value.setScale(digits) : value;
  }

  /** A decimal as plain text, never in exponent form. */
  static String plain(BigDecimal value) {
    return value.toPlainString();
  }

  static String name(DealType dealType) {
    return dealType.name().toLowerCase(Locale.ROOT);
  }

  static String market(CountryCode country, AppliedRule rule) {
    return "client in " + country + (rule.growthMarket() ? " (growth market)" : "");
  }

  /**
   * Prints the rule that produced a result.
   *
   * @param withPartners whether to show how many partners share the managed points
   */
  static void printRule(PrintWriter out, AppliedRule rule, boolean withPartners) {
    PointValue row = rule.pointValue();
    String currency = row.currency().getCurrencyCode();
    out.println();
    out.println("Rule applied");
    TextTable table = TextTable.of(TextTable.Align.LEFT, TextTable.Align.LEFT).indent(2)
        .row("Date", rule.date().toString())
        .row("Rate era", "from " + rule.rateEraFrom())
        .row("Sold rate", plain(rule.soldRate()) + " per 100 USD (" + name(rule.dealType())
            + (rule.soldRateEraFrom().equals(rule.rateEraFrom()) ? "" : ", rate of the era from " + rule.soldRateEraFrom())
            + ")")
        .row("Managed rate", plain(rule.managedRate()) + " per 100 USD")
        .row("Growth market", rule.growthMarket() ? "yes" : "no")
        .row("Market multiplier", "x" + plain(rule.marketMultiplier()))
        .row("Currency table", plain(row.localAmountPer100Usd()) + " " + currency + " = 100 USD (table from "
            + row.effectiveFrom() + ")");
    if (withPartners) {
      table.row("Managing partners", rule.managingPartners() == 0
          ? "0 (you do not manage the client)"
          : rule.managingPartners() + " (managed points split evenly)");
    }
    table.printTo(out);
  }
}
