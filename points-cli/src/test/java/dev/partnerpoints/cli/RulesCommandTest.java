package dev.partnerpoints.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code points rules} and the {@code --rules FILE} option of every command. */
class RulesCommandTest {

  private static final Path EXAMPLE = Cli.EXAMPLES.resolve("rules-builtin.json");

  @TempDir
  Path dir;

  private static String example() throws IOException {
    return Files.readString(EXAMPLE, StandardCharsets.UTF_8);
  }

  private Path file(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void formatJsonPrintsTheBuiltInRulesAsTheExampleFile() throws IOException {
    Cli.Result result = Cli.run("rules", "--format", "json");

    assertThat(result.status()).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(result.out()).isEqualTo(example());
    assertThat(Cli.run("rules", "--json").out()).isEqualTo(example());
  }

  @Test
  void textListsEveryEraListTableAndSchedule() {
    Cli.Result result = Cli.run("rules");

    assertThat(result.status()).isZero();
    assertThat(result.out())
        .startsWith("Program rules: partner program (built-in, as documented) (built in)")
        .contains("  From        Sourced  Assisted  Managed  Growth market  Product-line rate lock")
        .contains("  2022-07-18        3         3        1             x2  no")
        .contains("  2024-02-27        5         3        1             x2  yes")
        .contains("  From 2022-07-18 (42): AR BD BN BO BR")
        .contains("  GBP                 62.50            74.00")
        .contains("Tier schedule from 2026-01-15 (certification required; median tool usage at least 3)")
        .contains("  Elite     3650.00       1950.00  sourced + assisted          1700.00")
        .contains("Sold points stay active for 12 months; MRR increases from no deal earn sold points until "
            + "2025-07-14.");
  }

  @Test
  void aRulesFileChangesWhatEveryFigureUses() throws IOException {
    Path rules = file("rules.json", example()
        .replace("\"name\": \"partner program (built-in, as documented)\"", "\"name\": \"my program\"")
        .replace("\"total\": 129.00", "\"total\": 150.00")
        .replace("\"EUR\": 88,", "\"EUR\": 100,"));

    Cli.Result tiers = Cli.run("tiers", "--rules", rules.toString());
    assertThat(tiers.status()).isZero();
    assertThat(tiers.out()).contains("Gold       150.00         63.00  sourced only            60.00");

    // 1000 EUR at 100 EUR per 100 USD, 5 x 2 (sourced, growth market) = 100.00 (88 EUR would give 113.64)
    Cli.Result calculate = Cli.run("calculate", "--amount", "1000", "--currency", "EUR", "--country", "BR",
        "--deal", "sourced", "--date", "2025-08-01", "--rules", rules.toString());
    assertThat(calculate.status()).isZero();
    assertThat(calculate.out()).contains("Sold points     100.00");

    Cli.Result printed = Cli.run("rules", "--rules", rules.toString());
    assertThat(printed.out()).startsWith("Program rules: my program (from " + rules + ")");
    assertThat(Cli.run("rules", "--rules", rules.toString(), "--format", "json").out())
        .isEqualTo(Files.readString(rules, StandardCharsets.UTF_8));
  }

  /** Every command takes --rules; a bad file stops it with exit status 2 and the file's one message. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"demo", "dashboard", "report", "export", "calculate", "convert", "tiers", "rules"})
  void everyCommandRejectsABadRulesFileWithOneMessage(String command) throws IOException {
    Path bad = file("bad.json", example().replace("\"total\": 129.00", "\"total\": -5"));
    List<String> args = new ArrayList<>(List.of(command));
    switch (command) {
      case "dashboard" -> args.addAll(List.of("--ledger", Cli.SHOWCASE_LEDGER));
      case "report" -> args.addAll(List.of("--ledger", Cli.SHOWCASE_LEDGER, "--output",
          dir.resolve("report.html").toString()));
      case "export" -> args.addAll(List.of("--ledger", Cli.SHOWCASE_LEDGER, "--figure", "total-points",
          "--format", "csv"));
      case "calculate" -> args.addAll(List.of("--amount", "1000", "--currency", "EUR", "--country", "BR",
          "--deal", "sourced"));
      case "convert" -> args.addAll(List.of("--to-points", "--currency", "EUR", "--country", "BR",
          "--sold-mrr", "1000"));
      default -> { }
    }
    args.addAll(List.of("--rules", bad.toString()));

    Cli.Result result = Cli.run(args.toArray(new String[0]));

    assertThat(result.status()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).isEqualTo("points " + command + ": " + bad
        + ": tierSchedules[1].GOLD.total: must not be negative, was -5" + System.lineSeparator());
  }

  @Test
  void aMissingRulesFileIsBadInput() {
    Path missing = dir.resolve("missing.json");
    Cli.Result result = Cli.run("tiers", "--rules", missing.toString());

    assertThat(result.status()).isEqualTo(2);
    assertThat(result.err()).isEqualTo("points tiers: " + missing + ": cannot be read: no such file"
        + System.lineSeparator());
  }

  @Test
  void demoValuesTheShowcaseWithTheRulesFile() throws IOException {
    // sourced points at 10 per 100 USD from 2024-02-27 instead of 5: more points than the built-in 479.27
    Path rules = file("rules.json", example().replace("\"sourcedRate\": 5,", "\"sourcedRate\": 10,"));
    Cli.Result builtIn = Cli.run("demo");
    Cli.Result custom = Cli.run("demo", "--rules", rules.toString());

    assertThat(custom.status()).isZero();
    assertThat(builtIn.out()).contains("Total points                     479.27");
    assertThat(custom.out()).doesNotContain("Total points                     479.27")
        .contains("Total points");
  }
}
