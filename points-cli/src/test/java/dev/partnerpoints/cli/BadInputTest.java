package dev.partnerpoints.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Bad input: exit status 2, one line on stderr that names the value, nothing on stdout, and no
 * stack trace.
 */
class BadInputTest {

  static void assertBadInput(Cli.Result result, String... fragments) {
    assertThat(result.status()).as("exit status; stderr: %s", result.err()).isEqualTo(2);
    assertThat(result.out()).as("stdout").isEmpty();
    assertThat(result.err().lines()).as("stderr lines").hasSize(1);
    assertThat(result.err())
        .contains(fragments)
        .doesNotContain("Exception")
        .doesNotContain("at dev.")
        .doesNotContain("at picocli.")
        .doesNotContain("at java.");
  }

  @Test
  void noCommand() {
    assertBadInput(Cli.run(), "points: missing command", "tiers");
  }

  @Test
  void unknownCommand() {
    assertBadInput(Cli.run("plot"), "points: unknown command 'plot'", "dashboard", "demo", "export", "tiers");
  }

  @Test
  void unknownOptionOfTheTopLevelCommand() {
    assertBadInput(Cli.run("--verbose", "tiers"), "points: unknown option '--verbose'");
  }

  @Test
  void unknownOptionIsNamedAloneWithASuggestion() {
    Cli.Result result = Cli.run("tiers", "--dat", "2025-01-01");

    assertBadInput(result, "points tiers: unknown option '--dat'", "did you mean --date?");
    assertThat(result.err()).doesNotContain("'2025-01-01'");
  }

  @Test
  void unexpectedArgument() {
    assertBadInput(Cli.run("tiers", "gold"), "points tiers: unexpected argument 'gold'");
  }

  @Test
  void malformedDate() {
    assertBadInput(Cli.run("tiers", "--date", "2025-13-01"), "'--date'", "'2025-13-01'", "YYYY-MM-DD");
    assertBadInput(Cli.run("tiers", "--date", "2025-02-30"), "'2025-02-30'", "YYYY-MM-DD");
    assertBadInput(Cli.run("tiers", "--date=01/08/2025"), "'01/08/2025'", "YYYY-MM-DD");
  }

  @Test
  void dateBeforeTheProgram() {
    assertBadInput(Cli.run("tiers", "--date", "2022-07-17"),
        "points tiers: date 2022-07-17 is before the first tier schedule", "2022-07-18");
  }

  @Test
  void missingOptionValue() {
    assertBadInput(Cli.run("tiers", "--date"), "--date");
  }

  @Test
  void helpAndVersionSucceed() {
    Cli.Result help = Cli.run("--help");
    assertThat(help.status()).isZero();
    assertThat(help.out()).contains("Usage: points", "tiers", "Exit status:");
    assertThat(help.err()).isEmpty();

    Cli.Result version = Cli.run("--version");
    assertThat(version.status()).isZero();
    assertThat(version.out().strip()).matches("points \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");

    Cli.Result tiersHelp = Cli.run("help", "tiers");
    assertThat(tiersHelp.status()).isZero();
    assertThat(tiersHelp.out()).contains("Usage: points tiers", "--date=YYYY-MM-DD", "--json");
  }
}
