package dev.partnerpoints.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * {@code points convert}, the currency tab. Money to points: MRR / (local amount worth 100 USD) x
 * rate x multiplier, to hundredths; points to money: points x local amount / (rate x multiplier), to
 * the currency's minor unit; both HALF_EVEN, worked by hand from docs/rules.md section 16.
 */
class ConvertCommandTest {

  private static final String NL = System.lineSeparator();

  @Test
  void moneyToPointsAsATable() {
    // sold 1000 / 88 x 5 x 2 = 113.64; managed 500 / 88 x 1 x 2 = 11.3636.. -> 11.36; total 125.00.
    Cli.Result result = Cli.run("convert", "--to-points", "--currency", "EUR", "--country", "BR",
        "--sold-mrr", "1000", "--managed-mrr", "500", "--date", "2025-08-01");

    assertThat(result.status()).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(result.out()).isEqualTo(String.join(NL,
        "Money to points: EUR MRR, client in BR (growth market), sourced deal, on 2025-08-01",
        "",
        "           MRR (EUR)  Points",
        "  Sold          1000  113.64",
        "  Managed        500   11.36",
        "  Total               125.00",
        "",
        "Rule applied",
        "  Date               2025-08-01",
        "  Rate era           from 2024-02-27",
        "  Sold rate          5 per 100 USD (sourced)",
        "  Managed rate       1 per 100 USD",
        "  Growth market      yes",
        "  Market multiplier  x2",
        "  Currency table     88 EUR = 100 USD (table from 2025-07-15)",
        ""));
  }

  @Test
  void moneyToPointsAsJson() {
    Cli.Result result = Cli.run("convert", "--to-points", "--currency", "EUR", "--country", "BR",
        "--sold-mrr", "1000", "--managed-mrr", "500", "--date", "2025-08-01", "--json");

    assertThat(result.status()).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(result.out()).contains("\"soldPoints\": 113.64,", "\"managedPoints\": 11.36,");
    JsonNode json = result.json();
    assertThat(json.get("soldPoints").isNumber()).isTrue();
    assertThat(json.get("soldPoints").decimalValue()).isEqualByComparingTo("113.64");
    assertThat(json.get("managedPoints").isNumber()).isTrue();
    assertThat(json.get("managedPoints").decimalValue()).isEqualByComparingTo("11.36");
    assertThat(json.get("totalPoints").decimalValue()).isEqualByComparingTo("125.00");
    assertThat(json.get("currency").asText()).isEqualTo("EUR");
    assertThat(json.get("direction").asText()).isEqualTo("to-points");
    assertThat(json.get("input").get("soldMrr").decimalValue()).isEqualByComparingTo("1000");
    assertThat(json.get("input").get("managedMrr").decimalValue()).isEqualByComparingTo("500");
    assertThat(json.get("appliedRule").get("pointValue").get("localAmountPer100Usd").decimalValue())
        .isEqualByComparingTo("88");
  }

  @Test
  void moneyToPointsWithoutAManagedValue() {
    // 1000 USD, US, assisted 3: 30.00 sold, no managed points.
    JsonNode json = Cli.run("convert", "--to-points", "--currency", "USD", "--country", "US", "--deal", "assisted",
        "--sold-mrr", "1000", "--json").json();

    assertThat(json.get("soldPoints").decimalValue()).isEqualByComparingTo("30.00");
    assertThat(json.get("managedPoints").decimalValue()).isEqualByComparingTo("0");
    assertThat(json.get("input").get("managedMrr").isNull()).isTrue();
    assertThat(json.get("appliedRule").get("date").asText()).isEqualTo("2025-08-01");
    assertThat(json.get("appliedRule").get("managingPartners").asInt()).isZero();
  }

  @Test
  void pointsToMoneyAsATable() {
    // sold 50 x 88 / (5 x 2) = 440.00; managed 10 x 88 / (1 x 2) = 440.00.
    Cli.Result result = Cli.run("convert", "--to-money", "--currency", "EUR", "--country", "BR",
        "--sold-points", "50", "--managed-points", "10", "--date", "2025-08-01");

    assertThat(result.status()).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(result.out()).startsWith(String.join(NL,
        "Points to money: EUR MRR, client in BR (growth market), sourced deal, on 2025-08-01",
        "",
        "           Points  MRR (EUR)",
        "  Sold      50.00     440.00",
        "  Managed   10.00     440.00",
        "  Total     60.00     880.00",
        "",
        "Rule applied",
        ""));
  }

  @Test
  void pointsToMoneyAsJson() {
    Cli.Result result = Cli.run("convert", "--to-money", "--currency", "EUR", "--country", "BR",
        "--sold-points", "50", "--managed-points", "10", "--deal", "sourced", "--date", "2025-08-01", "--json");

    assertThat(result.status()).isZero();
    assertThat(result.out()).contains("\"amount\": \"440.00\"", "\"currency\": \"EUR\"");
    JsonNode json = result.json();
        assertThat(json.get("soldMrr").get("amount").asText()).isEqualTo("440.00");
    assertThat(json.get("managedMrr").get("amount").asText()).isEqualTo("440.00");
    assertThat(json.get("totalMrr").get("amount").asText()).isEqualTo("880.00");
    assertThat(json.get("currency").asText()).isEqualTo("EUR");
    assertThat(json.get("direction").asText()).isEqualTo("to-money");
    assertThat(json.get("input").get("soldPoints").decimalValue()).isEqualByComparingTo("50");
    assertThat(json.get("appliedRule").get("growthMarket").asBoolean()).isTrue();
  }

  @Test
  void pointsToMoneyRoundsToTheCurrencyMinorUnit() {
    // GBP 74 per 100 USD from 2025-07-15, DE (x1), assisted 3: 2 x 74 / 3 = 49.333.. -> 49.33;
    // managed 7 x 74 / 1 = 518.00.
    JsonNode gbp = Cli.run("convert", "--to-money", "--currency", "GBP", "--country", "DE", "--deal", "assisted",
        "--sold-points", "2", "--managed-points", "7", "--json").json();
    assertThat(gbp.get("soldMrr").get("amount").asText()).isEqualTo("49.33");
    assertThat(gbp.get("managedMrr").get("amount").asText()).isEqualTo("518.00");

    // JPY has no minor unit: 1.25 x 14400 / 3 = 6000; 0.01 x 14400 / 1 = 144.
    Cli.Result jpy = Cli.run("convert", "--to-money", "--currency", "JPY", "--country", "JP", "--deal", "assisted",
        "--sold-points", "1.25", "--managed-points", "0.01", "--json");
    assertThat(jpy.json().get("soldMrr").get("amount").asText()).isEqualTo("6000");
    assertThat(jpy.json().get("managedMrr").get("amount").asText()).isEqualTo("144");
  }

  @Test
  void pointsToMoneyWithTheEarlierTable() {
    // 2024-01-01: EUR 75, sourced 3, BR x2: 60 x 75 / 6 = 750.00.
    JsonNode json = Cli.run("convert", "--to-money", "--currency", "EUR", "--country", "BR",
        "--sold-points", "60", "--date", "2024-01-01", "--json").json();

    assertThat(json.get("soldMrr").get("amount").asText()).isEqualTo("750.00");
    assertThat(json.get("managedMrr").get("amount").asText()).isEqualTo("0.00");
    assertThat(json.get("appliedRule").get("pointValue").get("effectiveFrom").asText()).isEqualTo("2022-07-18");
  }
}
