package dev.partnerpoints.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Data gaps on the command line: warnings on stderr with exit status 0, or errors with --strict. */
class DataGapCliTest {

  /** acme has a deal and is managed, but has no mrr or subscription record. */
  private static final String GAP_LEDGER = String.join("\n",
      "partner,partner-1",
      "certification,2024-01-01",
      "client,acme,Acme,US,USD,3",
      "deal,d1,acme,2025-03-10,NEW_CLIENT,SOURCED,Marketing Hub,2500",
      "manage,acme,partner-1,2025-03-10",
      "");

  private static final String CLIENT_GAP = "client acme has closed-won deals (the first on 2025-03-10) but no MRR"
      + " history and no subscriptions: its MRR counts as zero on every date (no managed points, no retention, no"
      + " revenue derived from MRR); add its mrr or subscription records";
  private static final String MANAGED_GAP = "client acme is managed by partner-1 from 2025-03-10 but has no MRR"
      + " history and no subscriptions: its managed points are zero on those days";

  @TempDir
  Path dir;

  private String ledger() throws IOException {
    Path file = dir.resolve("gaps.csv");
    Files.writeString(file, GAP_LEDGER, StandardCharsets.UTF_8);
    return file.toString();
  }

  @Test
  void dashboardWarnsOnStderrAndStillSucceeds() throws IOException {
    Cli.Result result = Cli.run("dashboard", "--ledger", ledger(), "--as-of", "2025-10-01", "--json");

    assertThat(result.status()).isZero();
    assertThat(result.err()).isEqualTo("points dashboard: warning: " + CLIENT_GAP + System.lineSeparator()
        + "points dashboard: warning: " + MANAGED_GAP + System.lineSeparator());
    // the dashboard is printed all the same: 2500 USD x 5 / 100 = 125.00 sourced, 0 managed
    assertThat(result.json().at("/tierStatus/points/sourcedPoints").decimalValue()).isEqualByComparingTo("125.00");
  }

  @Test
  void dashboardStrictPrintsErrorsAndNothingElseAndExitsWith2() throws IOException {
    Cli.Result result = Cli.run("dashboard", "--ledger", ledger(), "--as-of", "2025-10-01", "--strict");

    assertThat(result.status()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).isEqualTo("points dashboard: error: " + CLIENT_GAP + System.lineSeparator()
        + "points dashboard: error: " + MANAGED_GAP + System.lineSeparator()
        + "points dashboard: 2 data gaps (--strict makes them errors; without it they are warnings)"
        + System.lineSeparator());
  }

  @Test
  void exportWarnsOrFailsTheSameWay() throws IOException {
    String file = ledger();
    Cli.Result warned = Cli.run("export", "--ledger", file, "--as-of", "2025-10-01", "--figure", "total-points",
        "--format", "csv");
    Cli.Result strict = Cli.run("export", "--ledger", file, "--as-of", "2025-10-01", "--figure", "total-points",
        "--format", "csv", "--strict");

    assertThat(warned.status()).isZero();
    assertThat(warned.out()).startsWith("client,");
    assertThat(warned.err()).startsWith("points export: warning: " + CLIENT_GAP);
    assertThat(strict.status()).isEqualTo(2);
    assertThat(strict.out()).isEmpty();
    assertThat(strict.err()).contains("points export: error: " + MANAGED_GAP).contains("2 data gaps");
  }

  @Test
  void inputWithoutGapsPrintsNoWarningEvenWhenStrict() {
    Cli.Result showcase = Cli.run("dashboard", "--ledger", Cli.SHOWCASE_LEDGER, "--as-of", "2025-10-01", "--strict");
    Cli.Result demo = Cli.run("demo", "--strict");

    assertThat(showcase.status()).isZero();
    assertThat(showcase.err()).isEmpty();
    assertThat(showcase.out()).isNotEmpty();
    assertThat(demo.status()).isZero();
    assertThat(demo.err()).isEmpty();
    assertThat(demo.out()).contains("Partner dashboard of partner-1");
  }
}
