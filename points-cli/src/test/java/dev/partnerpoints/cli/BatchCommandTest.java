package dev.partnerpoints.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.partnerpoints.io.LedgerCsv;
import dev.partnerpoints.ledger.PointLedger;
import dev.partnerpoints.program.ProgramRules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code points batch}: rows per partner from a partner-column file or a folder, errors per partner. */
class BatchCommandTest {

  private static final LocalDate AS_OF = LocalDate.of(2025, 10, 1);

  @TempDir
  Path dir;

  /** The showcase ledger's records (without its partner record) as another partner's, with a partner column. */
  private static List<String> showcaseAs(String partner) throws IOException {
    List<String> lines = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(Cli.SHOWCASE_LEDGER), StandardCharsets.UTF_8)) {
      String t = line.strip();
      if (!t.isEmpty() && !t.startsWith("#") && !t.startsWith("partner,")) {
        // a deal id names one deal in the whole portfolio: each partner's copies get their own ids
        String record = t.startsWith("deal,") ? "deal," + partner + "-" + line.substring("deal,".length()) : line;
        lines.add(partner + "," + record.replace("partner-1", partner));
      }
    }
    return lines;
  }

  @Test
  void partnerColumnFileGivesOneRowPerPartnerAndErrorsForTheBadOne() throws IOException {
    List<String> lines = new ArrayList<>(showcaseAs("p1"));
    lines.addAll(showcaseAs("p2"));
    lines.add("p3,client,solo,Solo,US,USD");
    lines.add("p3,deal,x1,globex,2025-08-01,NEW_CLIENT,SOURCED,Sales Hub,100");
    Path input = dir.resolve("portfolio.csv");
    Files.write(input, lines, StandardCharsets.UTF_8);
    Path output = dir.resolve("out.csv");
    Cli.Result result = Cli.run("batch", "--input", input.toString(), "--as-of", AS_OF.toString(), "--output",
        output.toString(), "--no-progress");
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.err()).contains("3 partners on 2025-10-01: 2 rows", "1 partners with 1 errors");

    PointLedger showcase = LedgerCsv.read(Path.of(Cli.SHOWCASE_LEDGER), ProgramRules.builtIn()).ledger();
    String total = showcase.pointsOn(AS_OF).totalPoints().toString();
    List<String> rows = Files.readAllLines(output, StandardCharsets.UTF_8);
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0)).isEqualTo(BatchCommand.CSV_HEADER);
    assertThat(rows.get(1)).startsWith("p1,2025-10-01," + total + ",").contains(",gold,true,gold,2025-06-01,");
    assertThat(rows.get(2)).startsWith("p2,2025-10-01," + total + ",");
    List<String> errors = Files.readAllLines(dir.resolve("out.csv.errors.csv"), StandardCharsets.UTF_8);
    int line = lines.size();
    assertThat(errors).containsExactly("partner,row,value,message",
        "p3," + input + " line " + line + ",\"p3,deal,x1,globex,2025-08-01,NEW_CLIENT,SOURCED,Sales Hub,100\","
            + "\"partner p3, " + input + " line " + line + ": client 'globex' is not defined; add a "
            + "'client,globex,...' record\"");
  }

  @Test
  void clientWithTwoCountriesFailsBothPartnersAndJsonLinesCarryTheDetails() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("ledgers"));
    String showcase = Files.readString(Path.of(Cli.SHOWCASE_LEDGER), StandardCharsets.UTF_8);
    Files.writeString(folder.resolve("a.csv"), showcase, StandardCharsets.UTF_8);
    String asB = showcase.replace("partner,partner-1", "partner,partner-b").replaceAll("(?m)^deal,", "deal,b-");
    Files.writeString(folder.resolve("b.csv"), asB, StandardCharsets.UTF_8);
    Path output = dir.resolve("out.jsonl");
    Cli.Result ok = Cli.run("batch", "--input", folder.toString(), "--as-of", AS_OF.toString(), "--output",
        output.toString(), "--threads", "2");
    assertThat(ok.status()).isZero();
    List<String> rows = Files.readAllLines(output, StandardCharsets.UTF_8);
    assertThat(rows).hasSize(2);
    JsonNode first = JsonMapper.builder().build().readTree(rows.get(0));
    assertThat(first.get("partner").asText()).isEqualTo("partner-1");
    assertThat(first.get("creditedTier").asText()).isEqualTo("gold");
    assertThat(first.get("progress")).hasSize(12);
    assertThat(first.get("breakdown")).hasSize(6);
    assertThat(Files.readAllLines(dir.resolve("out.jsonl.errors.csv"), StandardCharsets.UTF_8)).hasSize(1);

    Files.writeString(folder.resolve("b.csv"), asB.replace("client,acme,Acme Ltda,BR,", "client,acme,Acme Ltda,CO,"),
        StandardCharsets.UTF_8);
    Cli.Result bad = Cli.run("batch", "--input", folder.toString(), "--as-of", AS_OF.toString(), "--output",
        output.toString(), "--errors", dir.resolve("errs.csv").toString());
    assertThat(bad.status()).isEqualTo(2);
    assertThat(Files.readAllLines(output, StandardCharsets.UTF_8)).isEmpty();
    List<String> errors = Files.readAllLines(dir.resolve("errs.csv"), StandardCharsets.UTF_8);
    assertThat(errors).hasSize(3);
    assertThat(errors.get(1)).startsWith("partner-1,client acme,BR/USD,").contains("CO/USD in partner partner-b");
    assertThat(errors.get(2)).startsWith("partner-b,client acme,CO/USD,");
  }

  @Test
  void badOptionsExitWithStatusTwo() {
    Path output = dir.resolve("out.csv");
    assertThat(Cli.run("batch", "--input", dir.resolve("missing.csv").toString(), "--output", output.toString())
        .err()).contains("missing.csv': no such file or folder");
    assertThat(Cli.run("batch", "--input", Cli.SHOWCASE_LEDGER, "--output", output.toString(), "--format", "xml")
        .status()).isEqualTo(2);
    assertThat(BatchCommand.Progress.bar(5, 20)).isEqualTo("[#######.......................] 5/20 partners 25%");
    assertThat(BatchCommand.csv("a,\"b\"")).isEqualTo("\"a,\"\"b\"\"\"");
  }

  @Test
  void anOutputThatCannotBeWrittenIsBadInputAndLeavesTheOldFilesAsTheyWere() throws IOException {
    Path input = dir.resolve("portfolio.csv");
    Files.write(input, showcaseAs("p1"), StandardCharsets.UTF_8);
    Path missing = dir.resolve("no-such-folder").resolve("out.csv");
    Cli.Result result = Cli.run("batch", "--input", input.toString(), "--as-of", AS_OF.toString(), "--output",
        missing.toString(), "--no-progress");
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.err()).contains("--output '" + missing + "' cannot be written");
    assertThat(dir.resolve("no-such-folder")).doesNotExist();

    // the errors file cannot be written (a folder stands in its place): the old rows file survives whole
    Path output = dir.resolve("out.csv");
    Files.writeString(output, "old rows\n", StandardCharsets.UTF_8);
    Files.createDirectory(dir.resolve("out.csv.errors.csv"));
    Cli.Result blocked = Cli.run("batch", "--input", input.toString(), "--as-of", AS_OF.toString(), "--output",
        output.toString(), "--no-progress");
    assertThat(blocked.status()).isEqualTo(2);
    assertThat(Files.readString(output, StandardCharsets.UTF_8)).isEqualTo("old rows\n");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
          .containsExactly("out.csv", "out.csv.errors.csv", "portfolio.csv");
    }
  }
}
