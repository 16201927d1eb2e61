package dev.partnerpoints.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code points tiers}: expected thresholds from docs/rules.md section 12. */
class TiersCommandTest {

  @Test
  void printsTheScheduleInForceTodayAsAnAlignedTable() {
    Cli.Result result = Cli.run("tiers");

    assertThat(result.status()).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(result.out()).isEqualTo(String.join(System.lineSeparator(),
        "Tier schedule on 2025-08-01 (in force from 2025-07-15; next change on 2026-01-15)",
        "",
        "Tier        Total  Sold minimum  Counted       Managed minimum  Certification  Median tool usage",
        "Gold       129.00         63.00  sourced only            60.00  required       at least 3",
        "Platinum   329.00        113.00  sourced only           200.00  required       at least 3",
        "Diamond    840.00        300.00  sourced only           500.00  required       at least 3",
        "Elite     3833.00       1950.00  sourced only          1700.00  required       at least 3",
        "",
        "The thresholds are the built-in, illustrative ones (the program publishes them only as images); give "
            + "--rules FILE for real ones.",
        ""));
  }

  @Test
  void thresholdsOfARulesFileAreNotCalledIllustrative(@TempDir Path dir) throws IOException {
    Path rules = dir.resolve("rules.json");
    String builtIn = Files.readString(Cli.EXAMPLES.resolve("rules-builtin.json"), StandardCharsets.UTF_8);
    Files.writeString(rules, builtIn.replace("\"total\": 129.00", "\"total\": 150.00"), StandardCharsets.UTF_8);

    Cli.Result result = Cli.run("tiers", "--rules", rules.toString(), "--date", "2025-08-01");
    assertThat(result.status()).isZero();
    assertThat(result.out()).contains("Gold       150.00")
        .endsWith("The thresholds are those of the rules file " + rules + "." + System.lineSeparator())
        .doesNotContain("illustrative");
    assertThat(Cli.run("tiers", "--rules", rules.toString(), "--json").json().get("illustrative").asBoolean())
        .isFalse();
    // the built-in rules written out as a file are the built-in thresholds: still illustrative
    assertThat(Cli.run("tiers", "--rules", Cli.EXAMPLES.resolve("rules-builtin.json").toString()).out())
        .contains("The thresholds are the built-in, illustrative ones");
    assertThat(Cli.run("tiers", "--json").json().get("illustrative").asBoolean()).isTrue();
  }

  @Test
  void firstScheduleCountsSoldPointsAndHasTheLaunchTotals() {
    Cli.Result result = Cli.run("tiers", "--date", "2025-07-14");

    assertThat(result.status()).isZero();
    assertThat(result.out())
        .startsWith("Tier schedule on 2025-07-14 (in force from 2022-07-18; next change on 2025-07-15)")
        .contains("Gold       123.00         63.00  sourced + assisted            60.00")
        .contains("Elite     3650.00       1950.00  sourced + assisted          1700.00");
  }

  @Test
  void fromJanuary2026ThereIsNoManagedMinimum() {
    Cli.Result result = Cli.run("tiers", "--date", "2026-01-15");

    assertThat(result.status()).isZero();
    assertThat(result.out())
        .startsWith("Tier schedule on 2026-01-15 (in force from 2026-01-15)")
        .contains("Gold       129.00         63.00  sourced only             none  required       at least 3");
  }

  @Test
  void jsonIsOneObjectWithNumbersAndTheBasisOfEachMinimum() {
    Cli.Result result = Cli.run("tiers", "--date", "2026-02-01", "--json");

    assertThat(result.status()).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(result.out()).contains("\"totalPoints\": 3833.00,", "\"managedMinimum\": null,");
    JsonNode json = result.json();
    assertThat(json.isObject()).isTrue();
    assertThat(json.get("date").asText()).isEqualTo("2026-02-01");
    assertThat(json.get("scheduleFrom").asText()).isEqualTo("2026-01-15");
    assertThat(json.get("nextScheduleFrom").isNull()).isTrue();
    JsonNode tiers = json.get("tiers");
    assertThat(tiers).hasSize(4);
    assertThat(tiers.findValuesAsText("tier")).containsExactly("gold", "platinum", "diamond", "elite");
    JsonNode elite = tiers.get(3);
    assertThat(elite.get("totalPoints").isNumber()).isTrue();
    assertThat(elite.get("totalPoints").decimalValue()).isEqualByComparingTo("3833");
    assertThat(elite.get("soldMinimum").decimalValue()).isEqualByComparingTo("1950");
    assertThat(elite.get("soldMinimumBasis").asText()).isEqualTo("sourced");
    assertThat(elite.get("managedMinimum").isNull()).isTrue();
    assertThat(elite.get("certificationRequired").asBoolean()).isTrue();
    assertThat(elite.get("minimumMedianToolUsage").decimalValue()).isEqualByComparingTo(BigDecimal.valueOf(3));
  }

  @Test
  void jsonBeforeJuly2025CountsSoldPointsWithAManagedMinimum() {
    JsonNode gold = Cli.run("tiers", "--date", "2024-01-01", "--json").json().get("tiers").get(0);

    assertThat(gold.get("totalPoints").decimalValue()).isEqualByComparingTo("123");
    assertThat(gold.get("soldMinimumBasis").asText()).isEqualTo("sold");
    assertThat(gold.get("managedMinimum").decimalValue()).isEqualByComparingTo("60");
  }

  @Test
  void defaultDateComesFromTheClock() {
    JsonNode json = Cli.run("tiers", "--json").json();

    assertThat(json.get("date").asText()).isEqualTo("2025-08-01");
    assertThat(json.get("scheduleFrom").asText()).isEqualTo("2025-07-15");
    assertThat(json.get("nextScheduleFrom").asText()).isEqualTo("2026-01-15");
  }
}
