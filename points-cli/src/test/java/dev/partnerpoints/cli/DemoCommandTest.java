package dev.partnerpoints.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code points demo}: the dashboard of the testkit's showcase partner. Expected figures are worked
 * out by hand from the showcase's data (points-testkit Scenarios.showcase()) and docs/rules.md:
 *
 * <ul>
 *   <li>sourced = acme 2500 USD / 100 x 5 x 2 (BR) = 250.00 + bolt 100 EUR / 88 x 5 = 5.68 + kite
 *       (144000 JPY / 12000 x 5 = 60.00 less the downgrade 36000 / 14400 x 5 = 12.50) 47.50 + maple's
 *       no-deal increase 130 CAD / 130 x 5 = 5.00 + tiger 258 SGD / 129 x 3 (line first sold 2023) x 2
 *       = 12.00 -> 320.18; maple's 25.00 of 2024-09-15 expired on 2025-09-15;
 *   <li>assisted = bolt 1500 EUR / 75 x 3 = 60.00 + oak 740 GBP / 74 x 3 = 30.00 -> 90.00;
 *   <li>managed = acme 2500 / 100 x 2 = 50.00 + bolt 1600 EUR / 88 = 18.18 / 2 = 9.09 + oak 740 / 74 =
 *       10.00 -> 69.09; total 479.27;
 *   <li>Gold since 2025-06-01: bolt's management then adds 1600 EUR / 75 = 21.33 / 2 = 10.67 managed
 *       points, taking managed points from 55.00 to 65.67, above Gold's 60 (with 400.00 sold points
 *       against 63 and 465.67 total against 123 in the schedule of 2022-07-18);
 *   <li>rolling sourced MRR: sourced deals closed since 2024-10-02 in USD at the program table of
 *       their close date: d1 2500.00 + d3 100 EUR x 100 / 88 = 113.64 + d4 144000 JPY x 100 / 12000 =
 *       1200.00 + d9 258 SGD x 100 / 129 = 200.00 -> 4013.64; dollar value 12 x = 48163.68.
 * </ul>
 */
class DemoCommandTest {

  static final String NL = System.lineSeparator();

  /** The lines of the section that starts with the heading, up to the next blank line. */
  static List<String> section(String out, String heading) {
    List<String> lines = out.lines().toList();
    int start = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(heading)) {
        start = i;
        break;
      }
    }
    assertThat(start).as("section '%s' in%n%s", heading, out).isNotNegative();
    int end = start + 1;
    while (end < lines.size() && !lines.get(end).isEmpty()) {
      end++;
    }
    return lines.subList(start, end);
  }

  @Test
  void programProgressOfTheShowcase() {
    Cli.Result result = Cli.run("demo");

    assertThat(result.status()).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(result.out()).startsWith("Partner dashboard of partner-1 (the built-in showcase partner) on 2025-10-01;"
        + " range 2025-10-01 to 2025-10-01" + NL);
    assertThat(section(result.out(), "Program progress")).containsExactly(
        "Program progress",
        "  Credited tier                      Gold  since 2025-06-01",
        "  Tier performance                   Gold",
        "  Total points                     479.27",
        "    Sourced                        320.18",
        "    Assisted                        90.00",
        "    Sold (sourced + assisted)      410.18",
        "    Managed                         69.09",
        // Platinum: total 329 met; managed minimum 200 - 69.09 = 130.91 short
        // Platinum: total 479.27 >= 329, sourced 320.18 >= 113, managed 69.09 of 200: 130.91
        "  Points needed for Platinum       130.91  of 329.00 total; also short: managed minimum 130.91",
        "  12-month sourced dollar value  48163.68  USD",
        "  Rolling 12-month sourced MRR    4013.64  USD",
        // no managed client cancelled in the 12 months: every month retains 100%
        "  12-month average C$R            100.00%",
        "  Certification                     valid",
        "  Median tool usage                     3");
  }

  @Test
  void tierProgressionAndPointsToKeep() {
    String out = Cli.run("demo").out();

    assertThat(section(out, "Tier progression")).containsExactly(
        "Tier progression",
        "  Tier        Total      Gap  Sourced min  Sourced      Gap  Managed min  Managed      Gap  Met",
        "  Gold       129.00     0.00        63.00   320.18     0.00        60.00    69.09     0.00  yes",
        "  Platinum   329.00     0.00       113.00   320.18     0.00       200.00    69.09   130.91  no: managed minimum",
        // 840 - 479.27 = 360.73; 500 - 69.09 = 430.91
        "  Diamond    840.00   360.73       300.00   320.18     0.00       500.00    69.09   430.91  "
            + "no: total points, managed minimum",
        // 3833 - 479.27 = 3353.73; 1950 - 320.18 = 1629.82; 1700 - 69.09 = 1630.91
        "  Elite     3833.00  3353.73      1950.00   320.18  1629.82      1700.00    69.09  1630.91  "
            + "no: total points, sourced minimum, managed minimum");
    // Still active on 2026-01-15 (no managed minimum from then): d1 250.00 + d2 60.00 + d3 5.68 + d7 5.00
    // + d8 30.00 + d9 12.00 = 362.68 sold (kite's d4 expires 2025-11-15), of it sourced 250.00 + 5.68 +
    // 5.00 + 12.00 = 272.68; managed then as now 69.09: total 431.77.
    assertThat(section(out, "Points to keep")).containsExactly(
        "Points to keep Gold at the 2026-01-15 recalibration",
        "  Requirement      Required  Active then  Missing",
        "  Total points       129.00       431.77     0.00",
        "  Sourced minimum     63.00       272.68     0.00");
    assertThat(section(out, "Credited tier history")).containsExactly(
        "Credited tier history",
        "  Date        From      To    Reason",
        "  2025-06-01  untiered  Gold  tier up");
  }

  @Test
  void breakdownPerClientAddsUpToTheTotals() {
    String out = Cli.run("demo").out();

    assertThat(section(out, "Points breakdown per client")).containsExactly(
        "Points breakdown per client on 2025-10-01",
        "  Client  Name       Country  Market  Sourced  Assisted  Managed   Total  Expired",
        "  acme    Acme Ltda  BR       growth   250.00      0.00    50.00  300.00     0.00",
        "  bolt    Bolt GmbH  DE       -          5.68     60.00     9.09   74.77     0.00",
        "  kite    Kite KK    JP       -         47.50      0.00     0.00   47.50     0.00",
        "  maple   Maple Inc  CA       -          5.00      0.00     0.00    5.00    25.00",
        "  oak     Oak Ltd    GB       -          0.00     30.00    10.00   40.00     0.00",
        "  tiger   Tiger Pte  SG       growth    12.00      0.00     0.00   12.00     0.00",
        "  Total                                320.18     90.00    69.09  479.27    25.00");
    // kite's d4 (2024-11-15) expires in November with 47.50 left; acme's d1 (2025-03-10) in March.
    assertThat(section(out, "Sold points expiring")).containsExactly(
        "Sold points expiring in the coming months (of those active on 2025-10-01)",
        "  Month    Points  Clients",
        "  2025-10    0.00",
        "  2025-11   47.50  kite 47.50",
        "  2025-12    0.00",
        "  2026-01    0.00",
        "  2026-02    0.00",
        "  2026-03  250.00  acme 250.00");
  }

  @Test
  void progressMonthByMonthEndsWithTheLastCompleteMonth() {
    List<String> monthly = section(Cli.run("demo").out(), "Progress month by month");

    assertThat(monthly).hasSize(2 + 12);
    assertThat(monthly.get(1)).isEqualTo("  Month      Sold  Managed   Total");
    // 2024-10: maple's d6 650 CAD / 130 x 5 = 25.00 sold, 650 / 130 = 5.00 managed.
    assertThat(monthly.get(2)).isEqualTo("  2024-10   25.00     5.00   30.00");
    // 2025-06: sold acme 250 + bolt 60 + kite 60 + maple 25 + 5 = 400.00; managed 50 + 5 + 10.67 = 65.67.
    assertThat(monthly.get(10)).isEqualTo("  2025-06  400.00    65.67  465.67");
    // 2025-09-30 equals 2025-10-01: nothing changes in between.
    assertThat(monthly.get(13)).isEqualTo("  2025-09  410.18    69.09  479.27");
  }

  @Test
  void commissionPaymentsInTheClientsCurrencies() {
    String out = Cli.run("demo").out();

    // acme: 20% of 2500 USD a month from 2025-03 (closed 2025-03-10, revenue = month-end MRR):
    // Q1 = March only = 500.00 paid 2025-03-31 + 45 days = 2025-05-15; Q2 = 1500.00 paid 2025-08-14.
    assertThat(out).contains(
        "    2025-05-15  2025-Q1   500.00  USD       acme",
        "    2025-08-14  2025-Q2  1500.00  USD       acme");
    // kite: 20% x 108000 JPY = 21600 a month, 64800 a quarter; Q3 is paid 2025-11-14. October
    // (the as-of month) is the last month accrued, so Q4 holds 21600 so far.
    assertThat(out).contains(
        "    2025-11-14  2025-Q3    64800  JPY       kite",
        "    2026-02-14  2025-Q4    21600  JPY       kite");
  }

  @Test
  void emptySectionsSayso() {
    String out = Cli.run("demo").out();

    assertThat(section(out, "Upcoming renewals")).containsExactly(
        "Upcoming renewals from 2025-10-01 to 2025-12-29", "  None.");
    assertThat(section(out, "Tier point changes")).containsExactly(
        "Tier point changes from 2025-10-01 to 2025-10-01",
        "           Day before   New  Lost  At end",
        "  Sold         410.18  0.00  0.00  410.18",
        "  Managed       69.09  0.00  0.00   69.09");
    assertThat(out).contains("  No client's points changed in the range.");
    assertThat(out).endsWith(String.join(NL,
        "Shared sales from 2025-10-01 to 2025-10-01",
        "                         Deals  MRR  Deal ids",
        "  Created by the vendor      0",
        "  Open shared deals          0",
        "  Closed vendor deals        0",
        ""));
  }

  @Test
  void septemberChangesWithTheClientsBehindThem() {
    // The showcase scenario's September: new sold d9 12.00 (tiger); lost sold kite's downgrade 12.50
    // and maple's expiry 25.00; lost managed maple 650 CAD / 130 = 5.00 (management ended 2025-09-01).
    Cli.Result result = Cli.run("demo", "--as-of", "2025-09-30", "--from", "2025-09-01", "--to", "2025-09-30");

    assertThat(result.status()).isZero();
    assertThat(section(result.out(), "Tier point changes")).containsExactly(
        "Tier point changes from 2025-09-01 to 2025-09-30",
        "           Day before    New   Lost  At end",
        "  Sold         435.68  12.00  37.50  410.18",
        "  Managed       74.09   0.00   5.00   69.09");
    assertThat(result.out()).contains(String.join(NL,
        "  Change        Client  Name       Points",
        "  New sold      tiger   Tiger Pte   12.00",
        "  Lost sold     kite    Kite KK     12.50",
        "  Lost sold     maple   Maple Inc   25.00",
        "  Lost managed  maple   Maple Inc    5.00"));
  }

  @Test
  void jsonHasTheHandDerivedFiguresAsNumbers() {
    Cli.Result result = Cli.run("demo", "--json");

    assertThat(result.status()).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(result.out()).contains("\"totalPoints\": 479.27", "\"assistedPoints\": 90.00,");
    JsonNode json = result.json();
    assertThat(json.isObject()).isTrue();
    assertThat(json.get("date").asText()).isEqualTo("2025-10-01");
    JsonNode progress = json.get("progress");
    assertThat(progress.at("/creditedTier/tier").asText()).isEqualTo("gold");
    assertThat(progress.get("performanceTier").asText()).isEqualTo("gold");
    JsonNode points = json.at("/tierStatus/points");
    assertNumber(points.get("sourcedPoints"), "320.18");
    assertNumber(points.get("assistedPoints"), "90.00");
    assertNumber(points.get("soldPoints"), "410.18");
    assertNumber(points.get("managedPoints"), "69.09");
    assertNumber(points.get("totalPoints"), "479.27");
    assertNumber(progress.at("/totalPoints/total"), "479.27");
    assertMoney(progress.at("/sourcedMrr/mrrUsd"), "4013.64", "USD");
    assertMoney(progress.at("/sourcedMrr/dollarValueUsd"), "48163.68", "USD");
    // the 12-month average C$R as the library holds it, a fraction (the text shows 100.00%)
    assertNumber(progress.at("/retention/average"), "1");
    assertThat(progress.at("/nextTier/tier").asText()).isEqualTo("platinum");
    assertNumber(progress.get("pointsToNextTier"), "130.91"); // 200 - 69.09 managed; total and sourced met
    JsonNode platinum = json.at("/tierStatus/tiers/1");
    assertThat(platinum.get("tier").asText()).isEqualTo("platinum");
    assertNumber(platinum.at("/managedMinimum/missing"), "130.91");
    assertThat(platinum.at("/managedMinimum/kind").asText()).isEqualTo("managed_minimum");
    JsonNode breakdown = json.get("breakdown");
    assertThat(breakdown).hasSize(6);
    assertThat(breakdown.at("/1/client/id").asText()).isEqualTo("bolt");
    assertNumber(breakdown.at("/1/managed"), "9.09");
    assertNumber(json.at("/upcomingExpiries/1/expiring/total"), "47.50");
    assertMoney(json.at("/commission/pastTotals/USD"), "2000.00", "USD");
  }

  @Test
  void demoDateIsTheShowcaseDateWhateverTheClock() {
    Clock later = Clock.fixed(Instant.parse("2027-03-01T00:00:00Z"), ZoneOffset.UTC);

    JsonNode json = Cli.run(later, "demo", "--json").json();

    assertThat(json.get("date").asText()).isEqualTo("2025-10-01");
    assertThat(json.get("from").asText()).isEqualTo("2025-10-01");
  }

  @Test
  void asOfAnotherDate() {
    // On 2025-11-15 kite's d4 has expired: sourced 320.18 - 47.50 = 272.68, total 479.27 - 47.50 = 431.77.
    JsonNode points = Cli.run("demo", "--as-of", "2025-11-15", "--json").json().at("/tierStatus/points");

    assertNumber(points.get("sourcedPoints"), "272.68");
    assertNumber(points.get("totalPoints"), "431.77");
  }

  /** Money as the library's JSON module writes it: the exact amount as a string, and the currency code. */
  static void assertMoney(JsonNode node, String amount, String currency) {
    assertThat(node).as("a JSON value").isNotNull();
    assertThat(node.get("amount").asText()).as("%s amount", node).isEqualTo(amount);
    assertThat(node.get("currency").asText()).as("%s currency", node).isEqualTo(currency);
  }

  static void assertNumber(JsonNode node, String expected) {
    assertThat(node).as("a JSON value").isNotNull();
    assertThat(node.isNumber()).as("%s is a JSON number", node).isTrue();
    assertThat(node.decimalValue()).isEqualByComparingTo(expected);
  }
}
