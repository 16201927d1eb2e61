package dev.partnerpoints.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * The packaged command as a user runs it: {@code java -jar points-cli/target/points.jar} and the
 * {@code ./points} launcher, in a separate JVM (failsafe, after {@code package}). Checks what the
 * in-process tests cannot: the shaded jar's manifest and merged service files, and that nothing
 * (SLF4J, Moneta's java.util.logging) writes to stderr on success.
 */
class PointsJarIT {

  private static final Path JAR = Path.of(System.getProperty("points.jar", "target/points.jar"));
  private static final Path LAUNCHER = Path.of(System.getProperty("points.launcher", "../points"));
  private static final Path EXAMPLES = Path.of(System.getProperty("points.examples", "../examples"));

  @Test
  void jarIsExecutableWithAMainClass() throws IOException {
    assertThat(JAR).isRegularFile();
    try (JarFile jar = new JarFile(JAR.toFile())) {
      assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class"))
          .isEqualTo("dev.partnerpoints.cli.PointsCli");
      assertThat(jar.getEntry("META-INF/services/javax.money.spi.CurrencyProviderSpi")).isNotNull();
    }
  }

  @Test
  void calculateFromTheJar() {
    Run run = java("calculate", "--amount", "1000", "--currency", "EUR", "--country", "BR", "--deal", "sourced",
        "--manage", "--date", "2025-08-01");

    assertThat(run.err).isEmpty();
    assertThat(run.status).isZero();
    assertThat(run.out).contains("Sold points     113.64", "Managed points   22.73", "Total points    136.37");
  }

  @Test
  void jsonFromTheJarIsOneObject() throws IOException {
    Run run = java("convert", "--to-money", "--currency", "EUR", "--country", "BR", "--sold-points", "50",
        "--managed-points", "10", "--date", "2025-08-01", "--json");

    assertThat(run.err).isEmpty();
    assertThat(run.status).isZero();
    JsonNode json = JsonMapper.builder().build().readTree(run.out);
    assertThat(json.get("soldMrr").get("amount").asText()).isEqualTo("440.00");
    assertThat(json.get("currency").asText()).isEqualTo("EUR");
  }

  @Test
  void demoHtmlFromTheJar() throws IOException {
    Path dir = Files.createTempDirectory("points-html");
    Path file = dir.resolve("report.html");
    try {
      Run run = java("demo", "--html", file.toString());

      assertThat(run.err).isEmpty();
      assertThat(run.status).isZero();
      assertThat(run.out).isEqualTo("Wrote " + file + System.lineSeparator());
      assertThat(Files.readString(file, StandardCharsets.UTF_8)).startsWith("<!DOCTYPE html>")
          .contains("<svg class=\"chart\"", "479.27").endsWith("</html>\n");
    } finally {
      Files.deleteIfExists(file);
      Files.delete(dir);
    }
  }

  @Test
  void badInputFromTheJarExitsTwoWithOneLine() {
    Run run = java("calculate", "--amount", "-5", "--currency", "EUR", "--country", "BR", "--deal", "sourced");

    assertThat(run.status).isEqualTo(2);
    assertThat(run.out).isEmpty();
    assertThat(run.err.lines()).hasSize(1);
    assertThat(run.err).contains("'-5'", "negative").doesNotContain("Exception").doesNotContain("at dev.");
  }

  @Test
  void launcherRunsTheJarWithAllArguments() {
    assertThat(LAUNCHER).isRegularFile();
    assertThat(Files.isExecutable(LAUNCHER)).as("%s is executable", LAUNCHER).isTrue();

    Run run = run(List.of("bash", LAUNCHER.toString(), "tiers", "--date", "2025-08-01", "--json"));

    assertThat(run.err).isEmpty();
    assertThat(run.status).isZero();
    assertThat(run.out).contains("\"scheduleFrom\": \"2025-07-15\"", "\"totalPoints\": 3833.00");
  }

  @Test
  void demoFromTheLauncherNeedsNoInput() {
    Run run = run(List.of("bash", LAUNCHER.toString(), "demo"));

    assertThat(run.err).isEmpty();
    assertThat(run.status).isZero();
    assertThat(run.out).startsWith("Partner dashboard of partner-1 (the built-in showcase partner) on 2025-10-01")
        .contains("  Credited tier                      Gold  since 2025-06-01",
            "  Total points                     479.27");
  }

  @Test
  void dashboardOfTheSampleLedgerFromTheJarEqualsTheDemo() throws IOException {
    Run file = java("dashboard", "--ledger", EXAMPLES.resolve("showcase-ledger.csv").toString(), "--as-of",
        "2025-10-01", "--json");
    Run demo = java("demo", "--json");

    assertThat(file.err).isEmpty();
    assertThat(file.status).isZero();
    JsonNode json = JsonMapper.builder().build().readTree(file.out);
    assertThat(json.at("/tierStatus/points/totalPoints").decimalValue()).isEqualByComparingTo("479.27");
    assertThat(json).isEqualTo(JsonMapper.builder().build().readTree(demo.out));
  }

  @Test
  void exportFromTheJarIsCsvWithAHeader() {
    Run run = java("export", "--ledger", EXAMPLES.resolve("showcase-ledger.csv").toString(), "--as-of", "2025-10-01",
        "--figure", "total-points", "--format", "csv");

    assertThat(run.err).isEmpty();
    assertThat(run.status).isZero();
    assertThat(run.out.lines()).containsExactly("client,name,points", "acme,Acme Ltda,300.00",
        "bolt,Bolt GmbH,74.77", "kite,Kite KK,47.50", "maple,Maple Inc,5.00", "oak,Oak Ltd,40.00",
        "tiger,Tiger Pte,12.00");
  }

  @Test
  void badLedgerRowFromTheJarExitsTwoWithOneLine() throws IOException {
    Path bad = Files.createTempFile("bad-ledger", ".csv");
    Files.writeString(bad, "partner,p\nclient,acme,Acme,BR,USD\ndeal,d1,acme,2025-08-01,GIFT,SOURCED,Sales Hub,10\n");
    Run run = java("dashboard", "--ledger", bad.toString());
    Files.delete(bad);

    assertThat(run.status).isEqualTo(2);
    assertThat(run.out).isEmpty();
    assertThat(run.err.lines()).hasSize(1);
    assertThat(run.err).contains(bad + " line 3: deal kind 'GIFT'").doesNotContain("Exception").doesNotContain("at dev.");
  }

  private static Run java(String... args) {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
    command.addAll(List.of(args));
    return run(command);
  }

  private static Run run(List<String> command) {
    try {
      Path out = Files.createTempFile("points-out", ".txt");
      Path err = Files.createTempFile("points-err", ".txt");
      ProcessBuilder builder = new ProcessBuilder(command)
          .redirectOutput(out.toFile())
          .redirectError(err.toFile());
      builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
      Process process = builder.start();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("timed out: " + command);
      }
      Run run = new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
      Files.delete(out);
      Files.delete(err);
      return run;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** A finished process. */
  private record Run(int status, String out, String err) {}
}
