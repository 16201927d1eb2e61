package dev.partnerpoints.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code points report} and {@code points demo --html}: the page written whole, the same errors as
 * {@code points dashboard} for bad input, and a clear error with nothing left behind for an output
 * path that cannot be written.
 */
class ReportCommandTest {

  @TempDir
  Path dir;

  @Test
  void reportOfTheShowcaseLedgerIsTheDemoPage() throws IOException {
    Path report = dir.resolve("report.html");
    Path demo = dir.resolve("demo.html");
    Cli.Result r = Cli.run("report", "--ledger", Cli.SHOWCASE_LEDGER, "--as-of", "2025-10-01", "--output",
        report.toString());
    Cli.Result d = Cli.run("demo", "--html", demo.toString());
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(d.status()).as(d.err()).isZero();
    assertThat(r.out()).isEqualTo("Wrote " + report + System.lineSeparator());
    assertThat(r.err()).isEmpty();
    // the same dashboard: only the line naming the source differs
    List<String> reportLines = Files.readAllLines(report);
    List<String> demoLines = Files.readAllLines(demo);
    assertThat(reportLines).hasSameSizeAs(demoLines);
    List<String> differing = new ArrayList<>();
    for (int i = 0; i < reportLines.size(); i++) {
      if (!reportLines.get(i).equals(demoLines.get(i))) {
        differing.add(reportLines.get(i));
      }
    }
    assertThat(differing).singleElement().asString().contains("Ledger " + Cli.SHOWCASE_LEDGER);
  }

  @Test
  void rulesFileThresholdsAreNotCalledIllustrative() throws IOException {
    Path rules = Files.writeString(dir.resolve("rules.json"), Files.readString(Cli.EXAMPLES.resolve(
        "rules-builtin.json"), StandardCharsets.UTF_8).replace("\"total\": 129.00", "\"total\": 150.00"),
        StandardCharsets.UTF_8);
    Path builtIn = dir.resolve("built-in.html");
    Path custom = dir.resolve("custom.html");
    assertThat(Cli.run("report", "--ledger", Cli.SHOWCASE_LEDGER, "--as-of", "2025-10-01", "--output",
        builtIn.toString(), "--rules", Cli.EXAMPLES.resolve("rules-builtin.json").toString()).status()).isZero();
    Cli.Result result = Cli.run("report", "--ledger", Cli.SHOWCASE_LEDGER, "--as-of", "2025-10-01", "--output",
        custom.toString(), "--rules", rules.toString());
    assertThat(result.status()).as(result.err()).isZero();

    org.jsoup.nodes.Document same = org.jsoup.Jsoup.parse(Files.readString(builtIn, StandardCharsets.UTF_8));
    assertThat(same.select("header .note").text()).contains("thresholds are illustrative");
    org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(Files.readString(custom, StandardCharsets.UTF_8));
    assertThat(page.select("header .note")).isEmpty();
    assertThat(page.select("#rules caption").eachText()).contains("Tier schedule from 2025-07-15 (thresholds from "
        + "the rules given)");
    // Gold's line: 123.00 under the 2022-07-18 schedule, then the file's 150.00 from the 2025-07 month end
    assertThat(page.select("#chart-monthly g.threshold[data-line=Gold] line").eachAttr("data-value"))
        .endsWith("123.00", "150.00", "150.00", "150.00");
  }

  @Test
  void replacesAnExistingFileWhole() throws IOException {
    Path file = dir.resolve("report.html");
    Files.writeString(file, "old content");
    assertThat(Cli.run("demo", "--html", file.toString()).status()).isZero();
    assertThat(Files.readString(file)).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
    assertThat(leftovers()).containsExactly("report.html");
  }

  @Test
  void badInputFailsAsDashboardDoes() throws IOException {
    Path badRow = dir.resolve("bad.csv");
    Files.writeString(badRow, "partner,p\ndeal,d1,acme,2025-03-10,GIFT,SOURCED,Marketing Hub,2500\n",
        StandardCharsets.UTF_8);
    List<List<String>> cases = List.of(
        List.of("--ledger", dir.resolve("missing.csv").toString()),
        List.of("--ledger", dir.toString()),
        List.of("--ledger", badRow.toString()),
        List.of("--ledger", Cli.SHOWCASE_LEDGER, "--as-of", "2025-10-32"),
        List.of("--ledger", Cli.SHOWCASE_LEDGER, "--as-of", "2022-07-17"),
        List.of("--ledger", Cli.SHOWCASE_LEDGER, "--from", "2025-09-30", "--to", "2025-09-01"),
        List.of("--ledger", Cli.SHOWCASE_LEDGER, "--to", "2025-09-01"));
    Path out = dir.resolve("out.html");
    for (List<String> args : cases) {
      Cli.Result dashboard = Cli.run(Stream.concat(Stream.of("dashboard"), args.stream()).toArray(String[]::new));
      Cli.Result report = Cli.run(Stream.concat(Stream.of("report"), Stream.concat(args.stream(),
          Stream.of("--output", out.toString()))).toArray(String[]::new));
      assertThat(dashboard.status()).as("dashboard %s", args).isEqualTo(Errors.BAD_INPUT);
      assertThat(report.status()).as("report %s", args).isEqualTo(Errors.BAD_INPUT);
      assertThat(report.err()).as("report %s", args)
          .isEqualTo(dashboard.err().replace("points dashboard", "points report"));
      assertThat(report.out()).isEmpty();
      assertThat(out).doesNotExist();
    }
  }

  @Test
  void outputIsRequired() {
    Cli.Result result = Cli.run("report", "--ledger", Cli.SHOWCASE_LEDGER);
    assertThat(result.status()).isEqualTo(Errors.BAD_INPUT);
    assertThat(result.err()).startsWith("points report: Missing required option: '--output=FILE'");
  }

  @Test
  void outputInAMissingFolder() {
    Path file = dir.resolve("no-such-folder").resolve("report.html");
    Cli.Result result = Cli.run("report", "--ledger", Cli.SHOWCASE_LEDGER, "--output", file.toString());
    assertThat(result.status()).isEqualTo(Errors.BAD_INPUT);
    assertThat(result.err()).isEqualTo("points report: --output '" + file + "': folder '" + file.getParent()
        + "' does not exist; create it first (see 'points report --help')" + System.lineSeparator());
    assertThat(Cli.run("demo", "--html", file.toString()).err())
        .startsWith("points demo: --html '" + file + "': folder '" + file.getParent() + "' does not exist");
    assertThat(file.getParent()).doesNotExist();
  }

  @Test
  void outputUnderAFileOrAtAFolder() throws IOException {
    Path plain = Files.writeString(dir.resolve("plain.txt"), "x");
    Cli.Result under = Cli.run("demo", "--html", plain.resolve("report.html").toString());
    assertThat(under.status()).isEqualTo(Errors.BAD_INPUT);
    assertThat(under.err()).contains("folder '" + plain + "' is not a folder");
    Cli.Result folder = Cli.run("demo", "--html", dir.toString());
    assertThat(folder.status()).isEqualTo(Errors.BAD_INPUT);
    assertThat(folder.err()).startsWith("points demo: --html '" + dir + "' is a folder; name the HTML file");
    assertThat(Files.readString(plain)).isEqualTo("x");
    assertThat(leftovers()).containsExactly("plain.txt");
  }

  @Test
  void outputInAFolderWithoutWritePermission() throws IOException {
    Path locked = Files.createDirectory(dir.resolve("locked"));
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
    Path folder = locked;
    if (Files.isWritable(locked)) {
      // root writes anywhere it may: use a folder where even root cannot create a file
      folder = Path.of("/sys");
    }
    assumeTrue(Files.isDirectory(folder), "a folder nobody may write in");
    Path file = folder.resolve("report.html");
    Cli.Result result = Cli.run("demo", "--html", file.toString());
    assertThat(result.status()).isEqualTo(Errors.BAD_INPUT);
    assertThat(result.err()).startsWith("points demo: --html '" + file + "' cannot be written (")
        .contains("in folder '" + folder + "'").contains("nothing was written");
    assertThat(result.out()).isEmpty();
    assertThat(file).doesNotExist();
    try (Stream<Path> files = Files.list(locked)) {
      assertThat(files).isEmpty();
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void demoHtmlAndJsonAreExclusive() {
    Cli.Result result = Cli.run("demo", "--html", dir.resolve("r.html").toString(), "--json");
    assertThat(result.status()).isEqualTo(Errors.BAD_INPUT);
    assertThat(result.err()).startsWith("points demo: --html and --json both name the output");
    assertThat(dir.resolve("r.html")).doesNotExist();
  }

  @Test
  void atomicWriteLeavesNothingWhenTheMoveFails() throws IOException {
    Path target = Files.createDirectory(dir.resolve("taken"));
    Files.writeString(target.resolve("inside.txt"), "keep");
    assertThatThrownBy(() -> AtomicFile.writeText(target, out -> out.print("<html>")))
        .isInstanceOf(IOException.class);
    assertThat(leftovers()).containsExactly("taken");
    assertThat(Files.readString(target.resolve("inside.txt"))).isEqualTo("keep");
  }

  private List<String> leftovers() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
