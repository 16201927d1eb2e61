package dev.partnerpoints.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * {@code points calculate}. Expected numbers are worked by hand from docs/rules.md sections 2-7: points = MRR /
 * (local amount worth 100 USD) x rate x market multiplier, rounded once to hundredths, HALF_EVEN.
 */
class CalculateCommandTest {

  private static final String NL = System.lineSeparator();

  @Test
  void sourcedSaleInAGrowthMarketThatYouManage() {
    // 1000 EUR, BR (growth x2), sourced (5 from 2024-02-27), EUR 88 per 100 USD from 2025-07-15:
    // sold 1000 / 88 x 5 x 2 = 113.636.. -> 113.64; managed 1000 / 88 x 1 x 2 = 22.727.. -> 22.73.
    Cli.Result result = Cli.run("calculate", "--amount", "1000", "--currency", "EUR", "--country", "BR",
        "--deal", "sourced", "--manage", "--date", "2025-08-01");

    assertThat(result.status()).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(result.out()).isEqualTo(String.join(NL,
        "Points for 1000 EUR MRR, client in BR (growth market), sourced deal, on 2025-08-01",
        "",
        "  Sold points     113.64",
        "  Managed points   22.73",
        "  Total points    136.37",
        "",
        "Rule applied",
        "  Date               2025-08-01",
        "  Rate era           from 2024-02-27",
        "  Sold rate          5 per 100 USD (sourced)",
        "  Managed rate       1 per 100 USD",
        "  Growth market      yes",
        "  Market multiplier  x2",
        "  Currency table     88 EUR = 100 USD (table from 2025-07-15)",
        "  Managing partners  1 (managed points split evenly)",
        ""));
  }

  @Test
  void jsonHasDecimalNumbersAndTheAppliedRule() {
    Cli.Result result = Cli.run("calculate", "--amount", "1000", "--currency", "EUR", "--country", "BR",
        "--deal", "sourced", "--manage", "--date", "2025-08-01", "--json");

    assertThat(result.status()).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(result.out())
        .startsWith("{")
        .endsWith("}" + NL)
        .contains("\"soldPoints\": 113.64,", "\"managedPoints\": 22.73,", "\"totalPoints\": 136.37,");
    JsonNode json = result.json();
    assertThat(json.get("soldPoints").isNumber()).isTrue();
    assertThat(json.get("soldPoints").decimalValue()).isEqualByComparingTo("113.64");
    assertThat(json.get("managedPoints").isNumber()).isTrue();
    assertThat(json.get("managedPoints").decimalValue()).isEqualByComparingTo("22.73");
    assertThat(json.get("totalPoints").isNumber()).isTrue();
    assertThat(json.get("totalPoints").decimalValue()).isEqualByComparingTo("136.37");
    assertThat(json.get("currency").asText()).isEqualTo("EUR");

    JsonNode rule = json.get("appliedRule");
    assertThat(rule.get("date").asText()).isEqualTo("2025-08-01");
    assertThat(rule.get("rateEraFrom").asText()).isEqualTo("2024-02-27");
    assertThat(rule.get("dealType").asText()).isEqualTo("sourced");
    assertThat(rule.get("soldRate").decimalValue()).isEqualByComparingTo("5");
    assertThat(rule.get("managedRate").decimalValue()).isEqualByComparingTo("1");
    assertThat(rule.get("growthMarket").asBoolean()).isTrue();
    assertThat(rule.get("marketMultiplier").decimalValue()).isEqualByComparingTo("2");
    JsonNode table = rule.get("pointValue");
    assertThat(table.get("currency").asText()).isEqualTo("EUR");
    assertThat(table.get("localAmountPer100Usd").decimalValue()).isEqualByComparingTo("88");
    assertThat(table.get("effectiveFrom").asText()).isEqualTo("2025-07-15");
    assertThat(rule.get("managingPartners").asInt()).isEqualTo(1);

    JsonNode input = json.get("input");
    assertThat(input.get("amount").decimalValue()).isEqualByComparingTo("1000");
    assertThat(input.get("country").asText()).isEqualTo("BR");
    assertThat(input.get("manage").asBoolean()).isTrue();
    assertThat(input.get("otherPartners").asInt()).isZero();
  }

  @Test
  void managedPointsAreSplitEvenlyWithOtherPartners() {
    // client's managed points 22.727.. shared by 2 partners: 11.3636.. -> 11.36; total 113.64 + 11.36.
    JsonNode json = Cli.run("calculate", "--amount", "1000", "--currency", "EUR", "--country", "BR",
        "--deal", "sourced", "--manage", "--other-partners", "1", "--date", "2025-08-01", "--json").json();

    assertThat(json.get("soldPoints").decimalValue()).isEqualByComparingTo("113.64");
    assertThat(json.get("managedPoints").decimalValue()).isEqualByComparingTo("11.36");
    assertThat(json.get("clientManagedPoints").decimalValue()).isEqualByComparingTo("22.73");
    assertThat(json.get("totalPoints").decimalValue()).isEqualByComparingTo("125.00");
    assertThat(json.get("appliedRule").get("managingPartners").asInt()).isEqualTo(2);
  }

  @Test
  void assistedSaleOutsideAGrowthMarketWithoutManaging() {
    // 1000 USD, DE (x1), assisted 3: 1000 / 100 x 3 = 30.00; no managed points.
    Cli.Result result = Cli.run("calculate", "--amount", "1000", "--currency", "USD", "--country", "DE",
        "--deal", "assisted", "--date", "2025-08-01");

    assertThat(result.status()).isZero();
    assertThat(result.out())
        .startsWith("Points for 1000 USD MRR, client in DE, assisted deal, on 2025-08-01" + NL)
        .contains("  Sold points     30.00" + NL, "  Managed points   0.00" + NL, "  Total points    30.00" + NL)
        .contains("  Sold rate          3 per 100 USD (assisted)" + NL)
        .contains("  Growth market      no" + NL, "  Market multiplier  x1" + NL)
        .contains("  Currency table     100 USD = 100 USD (table from 2025-07-15)" + NL)
        .contains("  Managing partners  0 (you do not manage the client)" + NL);
  }

  @Test
  void earlierErasUseTheirRatesAndCurrencyTable() {
    // 2024-01-01: sourced 3 (era 2022-07-18), EUR 75: 1000 / 75 x 3 x 2 = 80.00.
    JsonNode before = Cli.run("calculate", "--amount", "1000", "--currency", "EUR", "--country", "BR",
        "--deal", "sourced", "--date", "2024-01-01", "--json").json();
    assertThat(before.get("soldPoints").decimalValue()).isEqualByComparingTo("80.00");
    assertThat(before.get("appliedRule").get("rateEraFrom").asText()).isEqualTo("2022-07-18");
    assertThat(before.get("appliedRule").get("pointValue").get("localAmountPer100Usd").decimalValue())
        .isEqualByComparingTo("75");
    assertThat(before.get("appliedRule").get("pointValue").get("effectiveFrom").asText()).isEqualTo("2022-07-18");

    // 2025-07-14: sourced 5, still EUR 75: 1000 / 75 x 5 = 66.666.. -> 66.67.
    JsonNode lastDayOfOldTable = Cli.run("calculate", "--amount", "1000", "--currency", "EUR", "--country", "DE",
        "--deal", "sourced", "--date", "2025-07-14", "--json").json();
    assertThat(lastDayOfOldTable.get("soldPoints").decimalValue()).isEqualByComparingTo("66.67");
  }

  @Test
  void currencyWithoutMinorUnits() {
    // 100000 JPY, US, sourced, JPY 14400 per 100 USD: 100000 / 14400 x 5 = 34.722.. -> 34.72.
    JsonNode json = Cli.run("calculate", "--amount", "100000", "--currency", "JPY", "--country", "US",
        "--deal", "sourced", "--date", "2025-08-01", "--json").json();

    assertThat(json.get("soldPoints").decimalValue()).isEqualByComparingTo("34.72");
  }

  @Test
  void roundsHalfEvenOnce() {
    // 12.5 USD, US, sourced 5: 0.625 -> 0.62 (HALF_UP would give 0.63); managed 0.125 -> 0.12.
    JsonNode json = Cli.run("calculate", "--amount", "12.5", "--currency", "USD", "--country", "US",
        "--deal", "sourced", "--manage", "--date", "2025-08-01", "--json").json();

    assertThat(json.get("soldPoints").decimalValue()).isEqualByComparingTo("0.62");
    assertThat(json.get("managedPoints").decimalValue()).isEqualByComparingTo("0.12");
    assertThat(json.get("totalPoints").decimalValue()).isEqualByComparingTo("0.74");
  }

  @Test
  void dateDefaultsToTodayOnTheClock() {
    JsonNode json = Cli.run("calculate", "--amount", "1000", "--currency", "EUR", "--country", "BR",
        "--deal", "sourced", "--json").json();

    assertThat(json.get("appliedRule").get("date").asText()).isEqualTo("2025-08-01");
    assertThat(json.get("soldPoints").decimalValue()).isEqualByComparingTo("113.64");
  }

  @Test
  void theDealTypeIsCaseInsensitive() {
    JsonNode json = Cli.run("calculate", "--amount=1000", "--currency=EUR", "--country=BR", "--deal=Sourced",
        "--date=2025-08-01", "--json").json();

    assertThat(json.get("soldPoints").decimalValue()).isEqualByComparingTo("113.64");
    assertThat(json.get("currency").asText()).isEqualTo("EUR");
    assertThat(json.get("input").get("country").asText()).isEqualTo("BR");
  }

  @Test
  void zeroAmountEarnsZeroPoints() {
    JsonNode json = Cli.run("calculate", "--amount", "0", "--currency", "EUR", "--country", "BR",
        "--deal", "sourced", "--manage", "--json").json();

    assertThat(json.get("totalPoints").decimalValue()).isEqualByComparingTo("0");
    assertThat(json.get("totalPoints").isNumber()).isTrue();
  }
}
