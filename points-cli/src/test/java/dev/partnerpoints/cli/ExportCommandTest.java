package dev.partnerpoints.cli;

import static dev.partnerpoints.cli.DemoCommandTest.assertNumber;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code points export}: the rows behind a figure, CSV with a header row or one JSON object. */
class ExportCommandTest {

  private static Cli.Result export(String figure, String format, String... more) {
    List<String> args = new ArrayList<>(List.of("export", "--ledger", Cli.SHOWCASE_LEDGER, "--figure", figure,
        "--format", format));
    args.addAll(List.of(more));
    return Cli.run(args.toArray(new String[0]));
  }

  @Test
  void lostSoldInSeptemberAsCsv() {
    // kite's downgrade 36000 JPY / 14400 x 5 = 12.50 and maple's expired 25.00 (showcase scenario).
    Cli.Result result = export("lost-sold", "csv", "--as-of", "2025-09-30", "--from", "2025-09-01", "--to", "2025-09-30");

    assertThat(result.status()).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(result.out().lines()).containsExactly(
        "client,name,points",
        "kite,Kite KK,12.50",
        "maple,Maple Inc,25.00");
  }

  @Test
  void breakdownAsCsvQuotesOnlyWhenNeeded(@TempDir Path dir) throws IOException {
    Cli.Result result = Cli.run("export", "--ledger", DashboardCommandTest.agency(dir).toString(), "--figure",
        "breakdown", "--format", "csv", "--as-of", "2025-09-30");

    assertThat(result.status()).isZero();
    assertThat(result.out().lines()).containsExactly(
        "client,name,country,growthMarket,activeSourced,activeAssisted,activeSold,managed,total,expiredSold",
        "globex,\"Globex, Inc\",US,false,100.00,15.00,115.00,20.00,135.00,0.00");
  }

  @Test
  void soldEntriesAsJsonWithDecimalNumbers() {
    Cli.Result result = export("sold-entries", "json", "--as-of", "2025-10-01");

    assertThat(result.status()).isZero();
    assertThat(result.err()).isEmpty();
    JsonNode json = result.json();
    assertThat(json.get("figure").asText()).isEqualTo("sold-entries");
    assertThat(json.get("date").asText()).isEqualTo("2025-10-01");
    JsonNode rows = json.get("rows");
    // the partner's eight increases, by client, then close date: d1, d2, d3, d4, d6, d7, d8, d9
    assertThat(rows.findValuesAsText("dealId")).containsExactly("d1", "d2", "d3", "d4", "d6", "d7", "d8", "d9");
    JsonNode kite = rows.get(3);
    assertNumber(kite.get("points"), "60.00");
    assertNumber(kite.get("reducedPoints"), "12.50");
    assertNumber(kite.get("activePoints"), "47.50");
    assertThat(kite.get("expiresOn").asText()).isEqualTo("2025-11-15");
    JsonNode maple = rows.get(4);
    assertNumber(maple.get("expiredPoints"), "25.00");
    assertNumber(maple.get("activePoints"), "0.00");
    // tiger's upsell keeps the 2023 sourced rate 3, doubled in Singapore: 258 / 129 x 3 x 2 = 12.00
    JsonNode tiger = rows.get(7);
    assertNumber(tiger.get("soldRate"), "3");
    assertNumber(tiger.get("marketMultiplier"), "2");
    assertNumber(tiger.get("points"), "12.00");
    assertThat(json.get("columns").get(0).asText()).isEqualTo("client");
  }

  @Test
  void sourcedMrrRowsAddUpToTheDashboardFigure() {
    Cli.Result result = export("sourced-mrr", "csv", "--as-of", "2025-10-01");

    assertThat(result.out().lines()).containsExactly(
        "dealId,client,closeDate,mrr,currency,localAmountPer100Usd,tableFrom,mrrUsd,dollarValueUsd",
        "d4,kite,2024-11-15,144000,JPY,12000,2022-07-18,1200.00,14400.00",
        "d1,acme,2025-03-10,2500.00,USD,100,2022-07-18,2500.00,30000.00",
        "d3,bolt,2025-08-05,100.00,EUR,88,2025-07-15,113.64,1363.68",
        "d9,tiger,2025-09-10,258.00,SGD,129,2025-07-15,200.00,2400.00");
  }

  @Test
  void commissionMonthsNameTheCoveringDeal(@TempDir Path dir) throws IOException {
    Cli.Result result = Cli.run("export", "--ledger", DashboardCommandTest.agency(dir).toString(), "--figure",
        "commission", "--format", "csv", "--as-of", "2025-09-30");

    assertThat(result.status()).isZero();
    assertThat(result.out().lines()).containsExactly(
        "dealId,client,rule,basisType,month,status,revenue,basis,amount,currency,paymentDate,coveredBy",
        "D-1,globex,client_share,client_revenue,2025-08,accrues,2000.00,2000.00,400.00,USD,2025-11-14,",
        "D-1,globex,client_share,client_revenue,2025-09,accrues,2000.00,2000.00,400.00,USD,2025-11-14,",
        "D-2,globex,client_share,client_revenue,2025-09,covered,2000.00,0.00,0.00,USD,2025-11-14,D-1");
  }

  @Test
  void paymentsRenewalsAndSharedSales(@TempDir Path dir) throws IOException {
    String ledger = DashboardCommandTest.agency(dir).toString();

    assertThat(Cli.run("export", "--ledger", ledger, "--figure", "payments", "--format", "csv", "--as-of", "2025-09-30")
        .out().lines()).containsExactly(
            "payment,paymentDate,quarterStart,currency,client,dealId,month,amount",
            "upcoming,2025-11-14,2025-07,USD,globex,D-1,2025-08,400.00",
            "upcoming,2025-11-14,2025-07,USD,globex,D-1,2025-09,400.00");
    assertThat(Cli.run("export", "--ledger", ledger, "--figure", "renewals", "--format", "csv", "--as-of", "2025-09-30")
        .out().lines()).containsExactly(
            "renewalDate,daysToRenewal,client,name,products,currentMrr,renewalMrr,mrrChange,currency,"
                + "lastActiveEmployee,renewalManager",
            "2025-11-01,32,globex,\"Globex, Inc\",Marketing Hub,2000.00,2400.00,400.00,USD,Ana Souza,Jo Lee");
    assertThat(Cli.run("export", "--ledger", ledger, "--figure", "shared-sales", "--format", "csv", "--as-of",
        "2025-09-30").out().lines()).containsExactly(
            "figure,dealId,client,createdOn,closeDate,status,origin,dealType,kind,productLine,mrrChange,currency",
            "vendor-created,D-2,globex,2025-09-02,2025-09-20,closed_won,vendor,assisted,cross_sell,Sales Hub,500.00,USD",
            "vendor-created,D-3,globex,2025-09-10,2025-11-30,open,vendor,assisted,upsell,Sales Hub,300.00,USD",
            "open-shared,D-3,globex,2025-09-10,2025-11-30,open,vendor,assisted,upsell,Sales Hub,300.00,USD",
            "closed-vendor,D-2,globex,2025-09-02,2025-09-20,closed_won,vendor,assisted,cross_sell,Sales Hub,500.00,USD");
  }

  @ParameterizedTest
  @MethodSource("figures")
  void everyFigureExportsTheSameRowsAsCsvAndJson(Figure figure) {
    Cli.Result csv = export(figure.name(), "csv", "--as-of", "2025-10-01", "--from", "2025-09-01", "--to",
        "2025-10-01");
    Cli.Result json = export(figure.name(), "JSON", "--as-of", "2025-10-01", "--from", "2025-09-01", "--to",
        "2025-10-01");

    assertThat(csv.status()).isZero();
    assertThat(json.status()).isZero();
    assertThat(csv.err()).isEmpty();
    List<String> lines = csv.out().lines().toList();
    JsonNode object = json.json();
    assertThat(object.get("figure").asText()).isEqualTo(figure.name());
    List<String> columns = new ArrayList<>();
    object.get("columns").forEach(c -> columns.add(c.asText()));
    assertThat(lines.get(0)).isEqualTo(String.join(",", columns));
    assertThat(object.get("rows")).hasSize(lines.size() - 1);
    // the same run twice gives the same bytes: the order is stable
    assertThat(export(figure.name(), "csv", "--as-of", "2025-10-01", "--from", "2025-09-01", "--to", "2025-10-01")
        .out()).isEqualTo(csv.out());
  }

  static List<Figure> figures() {
    return Figure.all();
  }

  @Test
  void helpListsEveryFigureWithWhatItHolds() {
    Cli.Result help = Cli.run("export", "--help");

    assertThat(help.status()).isZero();
    assertThat(help.out()).contains("Figures:", "--format=csv|json", "--figure=NAME");
    for (Figure figure : Figure.all()) {
      assertThat(help.out()).contains("  " + figure.name() + " ");
      assertThat(help.out()).contains(figure.description());
    }
    assertThat(help.out().lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
  }

  @Test
  void outputWritesTheSameBytesToAFile(@TempDir Path dir) throws IOException {
    Path target = dir.resolve("entries.json");
    Files.writeString(target, "an older export");
    Cli.Result printed = export("sold-entries", "json", "--as-of", "2025-10-01");

    Cli.Result written = export("sold-entries", "json", "--as-of", "2025-10-01", "--output", target.toString());

    assertThat(written.status()).isZero();
    assertThat(written.out()).isEmpty();
    assertThat(written.err()).isEmpty();
    assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo(printed.out());
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void aFailedExportLeavesTheOldOutputFileUntouched(@TempDir Path dir) throws IOException {
    Path target = dir.resolve("lost.csv");
    Files.writeString(target, "client,name,points\nkite,Kite KK,12.50\n");
    Path broken = dir.resolve("broken.csv");
    Files.writeString(broken, "partner,p\nclient,acme,Acme,BR,USD\ndeal,d1,acme,2025-13-01,NEW_CLIENT,SOURCED,Sales Hub,1\n");

    Cli.Result result = Cli.run("export", "--ledger", broken.toString(), "--figure", "lost-sold", "--format", "csv",
        "--output", target.toString());

    assertThat(result.status()).isEqualTo(2);
    assertThat(result.err()).contains("2025-13-01");
    assertThat(Files.readString(target)).isEqualTo("client,name,points\nkite,Kite KK,12.50\n");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactlyInAnyOrder(target, broken);
    }
  }

  @Test
  void anOutputInAMissingDirectoryIsBadInput(@TempDir Path dir) {
    Path target = dir.resolve("missing").resolve("out.csv");

    Cli.Result result = export("lost-sold", "csv", "--output", target.toString());

    assertThat(result.status()).isEqualTo(2);
    assertThat(result.err()).startsWith("points export: --output '" + target + "' cannot be written: ")
        .contains("no such directory");
    assertThat(target.getParent()).doesNotExist();
  }
}
