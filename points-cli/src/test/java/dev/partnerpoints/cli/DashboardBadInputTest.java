package dev.partnerpoints.cli;

import static dev.partnerpoints.cli.BadInputTest.assertBadInput;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input to {@code dashboard}, {@code export} and {@code demo}: exit status 2, one line on stderr
 * that names the value (and the file's line for a bad row), nothing on stdout, no stack trace.
 */
class DashboardBadInputTest {

  @Test
  void unknownOption() {
    assertBadInput(Cli.run("dashboard", "--ledger", Cli.SHOWCASE_LEDGER, "--asof", "2025-10-01"),
        "points dashboard: unknown option '--asof'", "did you mean --as-of?");
    assertBadInput(Cli.run("demo", "--verbose"), "points demo: unknown option '--verbose'");
    assertBadInput(Cli.run("export", "--ledger", Cli.SHOWCASE_LEDGER, "--figure", "breakdown", "--format", "csv",
        "--csv"), "points export: unknown option '--csv'");
  }

  @Test
  void unknownOptionBeatsAMissingRequiredOne() {
    assertBadInput(Cli.run("dashboard", "--ledgr", Cli.SHOWCASE_LEDGER), "unknown option '--ledgr'",
        "did you mean --ledger?");
  }

  @Test
  void malformedDates() {
    assertBadInput(Cli.run("dashboard", "--ledger", Cli.SHOWCASE_LEDGER, "--as-of", "2025-10-32"),
        "'--as-of'", "'2025-10-32'", "YYYY-MM-DD");
    assertBadInput(Cli.run("demo", "--as-of", "1/10/2025"), "'--as-of'", "'1/10/2025'", "YYYY-MM-DD");
    assertBadInput(Cli.run("demo", "--from", "2025-02-29", "--to", "2025-03-01"), "'--from'", "'2025-02-29'");
    assertBadInput(Cli.run("export", "--ledger", Cli.SHOWCASE_LEDGER, "--figure", "breakdown", "--format", "csv",
        "--to", "soon", "--from", "2025-01-01"), "'--to'", "'soon'");
  }

  @Test
  void rangeThatEndsBeforeItStarts() {
    assertBadInput(Cli.run("dashboard", "--ledger", Cli.SHOWCASE_LEDGER, "--from", "2025-09-30", "--to", "2025-09-01"),
        "points dashboard: --from 2025-09-30 is after --to 2025-09-01");
    assertBadInput(Cli.run("demo", "--from", "2025-09-02", "--to", "2025-09-01"),
        "points demo: --from 2025-09-02 is after --to 2025-09-01");
  }

  @Test
  void halfARange() {
    assertBadInput(Cli.run("dashboard", "--ledger", Cli.SHOWCASE_LEDGER, "--from", "2025-09-01"),
        "points dashboard: --from 2025-09-01 needs --to");
    assertBadInput(Cli.run("demo", "--to", "2025-09-30"), "points demo: --to 2025-09-30 needs --from");
  }

  @Test
  void dateBeforeTheProgram() {
    assertBadInput(Cli.run("demo", "--as-of", "2022-07-17"), "points demo: date 2022-07-17 is before", "2022-07-18");
    assertBadInput(Cli.run("dashboard", "--ledger", Cli.SHOWCASE_LEDGER, "--as-of", "2020-01-01"),
        "points dashboard: date 2020-01-01 is before");
  }

  @Test
  void missingLedgerOption() {
    assertBadInput(Cli.run("dashboard", "--as-of", "2025-10-01"), "points dashboard: ", "--ledger");
    assertBadInput(Cli.run("export", "--figure", "breakdown", "--format", "csv"), "points export: ", "--ledger");
  }

  @Test
  void missingLedgerFile(@TempDir Path dir) {
    String missing = dir.resolve("no-such-ledger.csv").toString();

    assertBadInput(Cli.run("dashboard", "--ledger", missing),
        "points dashboard: --ledger '" + missing + "': no such file");
    assertBadInput(Cli.run("export", "--ledger", missing, "--figure", "breakdown", "--format", "csv"),
        "points export: --ledger '" + missing + "': no such file");
    assertBadInput(Cli.run("dashboard", "--ledger", dir.toString()), "'" + dir + "' is a directory");
  }

  @Test
  void ledgerFileWithABadRowNamesTheFileLineAndValue(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.csv");
    Files.writeString(file, String.join("\n",
        "partner,partner-1",
        "client,acme,Acme,BR,USD",
        "deal,d1,acme,2025-08-01,NEW_CLIENT,SOURCED,Marketing Hub,1000",
        "deal,d2,acme,2025-08-01,GIFT,SOURCED,Marketing Hub,10",
        ""));

    assertBadInput(Cli.run("dashboard", "--ledger", file.toString(), "--as-of", "2025-10-01"),
        "points dashboard: " + file + " line 4: deal kind 'GIFT' is not one of");
    assertBadInput(Cli.run("export", "--ledger", file.toString(), "--figure", "breakdown", "--format", "json"),
        "points export: " + file + " line 4: deal kind 'GIFT'");
  }

  @Test
  void ledgerFileWithABadDashboardRecord(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.csv");
    Files.writeString(file, "partner,p\nclient,acme,Acme,BR,USD\n\n# renewals\nrenewal,acme,2025-11-01,Sales Hub,100\n");

    assertBadInput(Cli.run("dashboard", "--ledger", file.toString()),
        file + " line 5: a 'renewal' record has 4 fields after the type; it takes 5 to 7");
  }

  @Test
  void ledgerFileThatIsNotUtf8(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("latin1.csv");
    Files.write(file, "partner,p\nclient,acme,Ca\u00f1a,BR,USD\n".getBytes(StandardCharsets.ISO_8859_1));

    // "Ca\u00f1a" in ISO-8859-1: 0xF1 is not UTF-8.
    assertBadInput(Cli.run("dashboard", "--ledger", file.toString()),
        "points dashboard: " + file + " line 2: is not UTF-8 text (byte 0xF1); save the ledger file as UTF-8");
  }

  @Test
  void unknownFigureListsTheFigures() {
    assertBadInput(Cli.run("export", "--ledger", Cli.SHOWCASE_LEDGER, "--figure", "sold", "--format", "csv"),
        "points export: ", "'--figure'", "'sold' is not a figure; figures: total-points, sourced-mrr, retention, "
            + "tier-progression, tier-history, new-sold, lost-sold, new-managed, lost-managed, breakdown, "
            + "sold-entries, managed-spans, progress, expiring, commission, payments, renewals, shared-sales");
  }

  @Test
  void unknownOrMissingFormat() {
    assertBadInput(Cli.run("export", "--ledger", Cli.SHOWCASE_LEDGER, "--figure", "breakdown", "--format", "xml"),
        "'--format'", "'xml' is not an export format; use csv or json");
    assertBadInput(Cli.run("export", "--ledger", Cli.SHOWCASE_LEDGER, "--figure", "breakdown"),
        "points export: ", "--format");
  }

  @Test
  void exportHasNoJsonSwitch() {
    assertBadInput(Cli.run("export", "--ledger", Cli.SHOWCASE_LEDGER, "--figure", "breakdown", "--json"),
        "points export: unknown option '--json'");
  }
}
