package dev.partnerpoints.cli;

import static dev.partnerpoints.cli.DemoCommandTest.assertMoney;
import static dev.partnerpoints.cli.DemoCommandTest.assertNumber;
import static dev.partnerpoints.cli.DemoCommandTest.section;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code points dashboard --ledger FILE}: the sample file encodes the showcase partner, so it must
 * give the demo's figures; a small agency ledger, worked out by hand, covers the inputs only a file
 * has (revenue, renewals, vendor-created and open deals).
 */
class DashboardCommandTest {

  /**
   * One US client paying USD: a sourced new client D-1 (2000 USD, 2025-08-01), an assisted
   * cross-sell D-2 the vendor created on 2025-09-02 and closed on 2025-09-20 (500 USD) and an open
   * vendor deal D-3 created on 2025-09-10; managed alone from 2025-08-01; revenue 2000 USD in August
   * and September; a renewal on 2025-11-01 from 2000 to 2400 USD.
   */
  static final String AGENCY = String.join("\n",
      "# partner-points ledger v1",
      "partner,agency",
      "certification,2024-01-01",
      "client,globex,\"Globex, Inc\",US,USD,4",
      "subscription,globex,Marketing Hub,PROFESSIONAL,2000",
      "deal,D-1,globex,2025-08-01,NEW_CLIENT,SOURCED,Marketing Hub,2000",
      "deal,D-2,globex,2025-09-20,CROSS_SELL,ASSISTED,Sales Hub,500,,,CLOSED_WON,VENDOR,2025-09-02",
      "deal,D-3,globex,2025-11-30,UPSELL,ASSISTED,Sales Hub,300,,,OPEN,VENDOR,2025-09-10",
      "manage,globex,agency,2025-08-01",
      "revenue,globex,2025-08,2000",
      "revenue,globex,2025-09,2000",
      "renewal,globex,2025-11-01,Marketing Hub,2000,2400,Ana Souza,Jo Lee",
      "");

  static Path agency(Path dir) throws IOException {
    Path file = dir.resolve("agency.csv");
    Files.writeString(file, AGENCY);
    return file;
  }

  @Test
  void sampleLedgerGivesTheDemosFigures() {
    Cli.Result file = Cli.run("dashboard", "--ledger", Cli.SHOWCASE_LEDGER, "--as-of", "2025-10-01", "--json");
    Cli.Result demo = Cli.run("demo", "--json");

    assertThat(file.status()).isZero();
    assertThat(file.err()).isEmpty();
    JsonNode fromFile = file.json();
    JsonNode fromDemo = demo.json();
    for (String pointer : new String[] {"/tierStatus/points/totalPoints", "/tierStatus/points/sourcedPoints",
        "/tierStatus/points/assistedPoints", "/tierStatus/points/soldPoints", "/tierStatus/points/managedPoints",
        "/progress/pointsToNextTier", "/progress/sourcedMrr/mrrUsd", "/progress/sourcedMrr/dollarValueUsd",
        "/progress/retention/average"}) {
      assertThat(fromFile.at(pointer)).as(pointer).isEqualTo(fromDemo.at(pointer));
    }
    // Worked out by hand (see DemoCommandTest): 320.18 + 90.00 + 69.09 = 479.27, Gold.
    JsonNode points = fromFile.at("/tierStatus/points");
    assertNumber(points.get("sourcedPoints"), "320.18");
    assertNumber(points.get("assistedPoints"), "90.00");
    assertNumber(points.get("managedPoints"), "69.09");
    assertNumber(points.get("totalPoints"), "479.27");
    assertThat(fromFile.at("/progress/performanceTier").asText()).isEqualTo("gold");
    assertThat(fromFile.at("/progress/creditedTier/tier").asText()).isEqualTo("gold");
    // Not only the headline: every section is the same.
    assertThat(fromFile).isEqualTo(fromDemo);
  }

  @Test
  void sampleLedgerAsTablesNamesTheFile() {
    Cli.Result result = Cli.run("dashboard", "--ledger", Cli.SHOWCASE_LEDGER, "--as-of", "2025-10-01");

    assertThat(result.status()).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(result.out()).startsWith("Partner dashboard of partner-1 (ledger " + Cli.SHOWCASE_LEDGER
        + ") on 2025-10-01; range 2025-10-01 to 2025-10-01");
    String demo = Cli.run("demo").out();
    assertThat(result.out().substring(result.out().indexOf(System.lineSeparator())))
        .isEqualTo(demo.substring(demo.indexOf(System.lineSeparator())));
  }

  @Test
  void agencyInSeptember(@TempDir Path dir) throws IOException {
    Cli.Result result = Cli.run("dashboard", "--ledger", agency(dir).toString(), "--as-of", "2025-09-30");

    assertThat(result.status()).isZero();
    assertThat(result.err()).isEmpty();
    // sourced D-1 2000 / 100 x 5 = 100.00; assisted D-2 500 / 100 x 3 = 15.00; managed 2000 / 100 = 20.00.
    // Gold (2025-07-15 schedule): total 135.00 >= 129 and sourced 100.00 >= 63, but managed 20.00 < 60.
    assertThat(section(result.out(), "Program progress")).containsExactly(
        "Program progress",
        "  Credited tier                  untiered",
        "  Tier performance               untiered",
        "  Total points                     135.00",
        "    Sourced                        100.00",
        "    Assisted                        15.00",
        "    Sold (sourced + assisted)      115.00",
        "    Managed                         20.00",
        // total 135 >= 129 and sourced 100 >= 63, but managed 20 of 60: max(0, 0 + 40) = 40.00
        "  Points needed for Gold            40.00  of 129.00 total; also short: managed minimum 40.00",
        // D-1 alone: 2000.00 USD, 12 x = 24000.00
        "  12-month sourced dollar value  24000.00  USD",
        "  Rolling 12-month sourced MRR    2000.00  USD",
        "  12-month average C$R            100.00%",
        "  Certification                     valid",
        "  Median tool usage                     4");
    // Range 2025-09-01..30: new sold D-2 15.00; managed unchanged at 20.00.
    assertThat(result.out()).contains("  New sold  globex  Globex, Inc   15.00");
    // Commission: 20% x 2000 in August and September = 800.00, paid 2025-09-30 + 45 days; D-2's
    // September is covered by D-1's schedule on the same client (revenue is paid once).
    assertThat(section(result.out(), "Commission")).containsExactly(
        "Commission on 2025-09-30 (revenue share; 2 deal schedules)",
        "  Past payments: none yet",
        "  Upcoming payments",
        "    Paid on     Quarter  Amount  Currency  Clients",
        "    2025-11-14  2025-Q3  800.00  USD       globex",
        "    Total                800.00  USD");
    // 2025-09-30 + 32 days; 90 days ahead: up to 2025-12-28.
    assertThat(section(result.out(), "Upcoming renewals")).containsExactly(
        "Upcoming renewals from 2025-09-30 to 2025-12-28",
        "  Renews on   Days  Client  Name         Products       MRR change  Currency  Last active employee  "
            + "Renewal manager",
        "  2025-11-01    32  globex  Globex, Inc  Marketing Hub      400.00  USD       Ana Souza             Jo Lee");
    // Vendor-created in September: D-2 (created 09-02) and D-3 (09-10); open: D-3; closed won: D-2.
    assertThat(section(result.out(), "Shared sales")).containsExactly(
        "Shared sales from 2025-09-01 to 2025-09-30",
        "                         Deals  MRR         Deal ids",
        "  Created by the vendor      2  800.00 USD  D-2, D-3",
        "  Open shared deals          1  300.00 USD  D-3",
        "  Closed vendor deals        1  500.00 USD  D-2");
  }

  @Test
  void agencyAsJson(@TempDir Path dir) throws IOException {
    Cli.Result result = Cli.run("dashboard", "--ledger", agency(dir).toString(), "--as-of", "2025-09-30",
        "--from", "2025-08-01", "--to", "2025-09-30", "--json");

    assertThat(result.status()).isZero();
    JsonNode json = result.json();
    assertThat(json.get("partner").asText()).isEqualTo("agency");
    assertThat(json.get("from").asText()).isEqualTo("2025-08-01");
    assertThat(json.at("/progress/creditedTier/tier").isNull()).isTrue();
    // Gold: the total and the sourced minimum are met, the managed minimum is 40.00 short
    assertNumber(json.get("progress").get("pointsToNextTier"), "40.00");
    // August 1 to September 30: new sold D-1 100.00 + D-2 15.00 = 115.00; new managed 20.00.
    JsonNode changes = json.get("pointChanges");
    assertNumber(changes.get("newSold").get("total"), "115.00");
    assertNumber(changes.get("newManaged").get("total"), "20.00");
    assertNumber(changes.get("soldBefore"), "0.00");
    assertThat(changes.at("/newSold/rows/0/clientId").asText()).isEqualTo("globex");
    JsonNode upcoming = json.get("commission").get("upcomingPayments").get(0);
    assertMoney(upcoming.get("amount"), "800.00", "USD");
    assertThat(upcoming.get("currency").asText()).isEqualTo("USD");
    assertThat(upcoming.get("paymentDate").asText()).isEqualTo("2025-11-14");
    JsonNode renewal = json.get("renewals").get("rows").get(0);
    assertMoney(renewal.at("/renewal/mrrChange"), "400.00", "USD");
    assertThat(renewal.get("daysToRenewal").asLong()).isEqualTo(32);
    assertThat(json.at("/sharedSales/vendorCreated/rows")).hasSize(2);
    assertMoney(json.get("sharedSales").get("vendorCreated").get("mrrChangeByCurrency").get("USD"), "800.00", "USD");
  }

  @Test
  void asOfDefaultsToTodayOnTheClock(@TempDir Path dir) throws IOException {
    // The test clock says 2025-08-01, the day D-1 closes: the range is that one day.
    JsonNode json = Cli.run("dashboard", "--ledger", agency(dir).toString(), "--json").json();

    assertThat(json.get("date").asText()).isEqualTo("2025-08-01");
    assertThat(json.get("from").asText()).isEqualTo("2025-08-01");
    assertThat(json.get("to").asText()).isEqualTo("2025-08-01");
    assertNumber(json.at("/tierStatus/points/sourcedPoints"), "100.00");
    assertNumber(json.get("pointChanges").get("newSold").get("total"), "100.00");
  }

  @Test
  void aByteOrderMarkIsNotPartOfTheFirstRecord(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bom.csv");
    Files.writeString(file, "\uFEFF" + AGENCY);

    Cli.Result result = Cli.run("dashboard", "--ledger", file.toString(), "--as-of", "2025-09-30", "--json");

    assertThat(result.status()).as(result.err()).isZero();
    assertNumber(result.json().at("/tierStatus/points/totalPoints"), "135.00");
  }

  @Test
  void helpDescribesTheDashboard() {
    Cli.Result help = Cli.run("dashboard", "--help");

    assertThat(help.status()).isZero();
    assertThat(help.out()).contains("Usage: points dashboard", "--ledger=FILE", "--as-of=YYYY-MM-DD",
        "--from=YYYY-MM-DD", "--to=YYYY-MM-DD", "--json", "LedgerCsv");
    assertThat(Cli.run("--help").out()).contains("dashboard", "export", "demo");
  }
}
