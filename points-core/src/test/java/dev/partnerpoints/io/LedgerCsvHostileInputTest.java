package dev.partnerpoints.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.partnerpoints.ledger.PointLedger;
import dev.partnerpoints.program.ProgramRules;
import java.io.StringReader;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Hostile ledger files: randomly mutated, truncated, with huge or malformed numbers and dates, and
 * every record type with the wrong number of fields. The reader either returns a complete ledger
 * (every record of the file in it, and every query on it answers) or throws a
 * {@link LedgerFileException} that names the file; never another exception, never a partial ledger.
 */
class LedgerCsvHostileInputTest {

  private static final ProgramRules RULES = ProgramRules.builtIn();

  /** A valid file with every record type and every optional field. */
  static final List<String> VALID = List.of(
      "# partner-points ledger v1",
      "partner,partner-1",
      "client,acme,\"Acme, Ltda\",BR,EUR,3.5",
      "client,bolt,Bolt Inc,US,USD,2",
      "client,coda,,GB,GBP",
      "subscription,bolt,Sales Hub,PROFESSIONAL,500",
      "subscription,coda,Service Hub,STARTER,45.50",
      "deal,d1,acme,2025-08-01,NEW_CLIENT,SOURCED,Marketing Hub,1000",
      "deal,d2,bolt,2025-08-01,NEW_CLIENT,ASSISTED,Sales Hub,500,partner-1",
      "deal,d3,bolt,2025-09-01,DOWNGRADE,ASSISTED,Sales Hub,-100",
      "deal,d4,coda,2025-10-15,CROSS_SELL,SOURCED,Service Hub,45.50,partner-1,2023-05-01",
      "deal,d5,acme,2025-11-01,UPSELL,ASSISTED,Marketing Hub,250,partner-2",
      "manage,bolt,partner-1,2025-08-01",
      "manage,bolt,partner-2,2025-08-01,2025-10-01",
      "manage,coda,partner-1,2025-10-15",
      "mrr,bolt,2025-12-01,650",
      "mrr,coda,2026-01-01,0",
      "",
      "certification,2024-01-01",
      "certification,2025-06-01,2027-06-01",
      "tool-usage,2025-01-01,3.2");

  /** Values that break a field: huge, tiny, malformed or exotic numbers, dates and text. */
  static final List<String> HOSTILE = List.of(
      "", " ", "\"", "\"\"", "\"unclosed", "x\"y", ",", "-", "+", ".", "-0", "+5", "0.0", "1e3", "1E+999999999",
      "-1e-999999999", "NaN", "Infinity", "-Infinity", "0x10", "1_000", "1,5", "١٢٣", "12.345", "1.",
      "999999999999999999", "-999999999999999999", "999999999999999999.999999999999999999",
      "99999999999999999999999999999999999999", "9223372036854775808", "-9223372036854775809",
      "2025-02-30", "2025-13-01", "2025-1-1", "20250801", "+999999999-12-31", "-999999999-01-01",
      "+10000-01-01", "0000-01-01", "1900-01-01", "2999-12-31", "9999-12-31",
      "DOWNGRADE", "downgrade", "NO_DEAL_INCREASE", "ENTERPRISE", "SOURCED", "assisted", "XX", "br", "BRL", "XXX",
      "acme", "bolt", "partner-1", "client", "deal", "\u0000", "\uFEFF", "\u202Eevil", "ä".repeat(3),
      "a".repeat(10_000));

  private static LedgerCsv.LedgerFile read(String text) {
    return LedgerCsv.read(new StringReader(text), "hostile.csv", RULES);
  }

  /**
   * Reads the text and checks the outcome: a {@link LedgerFileException} naming the file, or a
   * ledger that holds every record of the file and answers every query.
   */
  static void readCompletelyOrFail(String text) {
    LedgerCsv.LedgerFile file;
    try {
      file = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> read(text),
          () -> "reading took too long:\n" + text);
    } catch (LedgerFileException expected) {
      assertThat(expected.getMessage()).startsWith("hostile.csv");
      assertThat(expected.source()).isEqualTo("hostile.csv");
      return;
    }
    Map<String, Integer> records = countRecords(text);
    PointLedger ledger = file.ledger();
    if (records != null) {
      assertThat(ledger.clients()).as("clients of\n%s", text).hasSize(records.getOrDefault("client", 0));
      assertThat(ledger.deals()).as("deals of\n%s", text).hasSize(records.getOrDefault("deal", 0));
      assertThat(ledger.managementPeriods()).as("management periods of\n%s", text)
          .hasSize(records.getOrDefault("manage", 0));
      assertThat(file.account().certifications()).as("certifications of\n%s", text)
          .hasSize(records.getOrDefault("certification", 0));
      int subscriptions = ledger.clients().values().stream().mapToInt(c -> c.subscriptions().size()).sum();
      assertThat(subscriptions).as("subscriptions of\n%s", text).isEqualTo(records.getOrDefault("subscription", 0));
    }
    // a complete ledger answers every query
    for (LocalDate date : List.of(LocalDate.of(2025, 8, 1), LocalDate.of(2026, 3, 10))) {
      ledger.pointsOn(date);
      ledger.managedOn(date);
      ledger.breakdown(date, dev.partnerpoints.ledger.BreakdownFilter.builder().build());
      ledger.upcomingExpiries(date, 12);
    }
    ledger.changes(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31));
    ledger.progress(YearMonth.of(2025, 8), YearMonth.of(2026, 7));
    dev.partnerpoints.tier.TierEvaluator.of(ledger, file.account()).statusOn(LocalDate.of(2026, 1, 15));
  }

  /** Records per type, counted the way the reader sees them; null when a first field is quoted. */
  private static Map<String, Integer> countRecords(String text) {
    Map<String, Integer> counts = new HashMap<>();
    for (String line : text.split("\r\n|\r|\n", -1)) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      String type = line.split(",", -1)[0];
      if (type.contains("\"")) {
        return null;
      }
      counts.merge(type.strip(), 1, Integer::sum);
    }
    return counts;
  }

  /** Applies one random mutation to one random line of the valid file. */
  static String mutate(List<String> lines, SplittableRandom random) {
    List<String> out = new ArrayList<>(lines);
    int mutations = 1 + random.nextInt(3);
    for (int m = 0; m < mutations && !out.isEmpty(); m++) {
      int i = random.nextInt(out.size());
      String line = out.get(i);
      List<String> fields = new ArrayList<>(List.of(line.split(",", -1)));
      switch (random.nextInt(9)) {
        case 0 -> out.remove(i);
        case 1 -> out.add(i, line); // a duplicate record
        case 2 -> out.set(i, line.substring(0, random.nextInt(line.length() + 1))); // cut short
        case 3 -> { // one field replaced by a hostile value
          fields.set(random.nextInt(fields.size()), HOSTILE.get(random.nextInt(HOSTILE.size())));
          out.set(i, String.join(",", fields));
        }
        case 4 -> { // a field dropped
          fields.remove(random.nextInt(fields.size()));
          out.set(i, String.join(",", fields));
        }
        case 5 -> { // a field added
          fields.add(random.nextInt(fields.size() + 1), HOSTILE.get(random.nextInt(HOSTILE.size())));
          out.set(i, String.join(",", fields));
        }
        case 6 -> { // two fields swapped
          int a = random.nextInt(fields.size());
          int b = random.nextInt(fields.size());
          String t = fields.get(a);
          fields.set(a, fields.get(b));
          fields.set(b, t);
          out.set(i, String.join(",", fields));
        }
        case 7 -> { // a character inserted
          int at = random.nextInt(line.length() + 1);
          String characters = ",\"\n\r-+.0#e \u0000é";
          char c = characters.charAt(random.nextInt(characters.length()));
          out.set(i, line.substring(0, at) + c + line.substring(at));
        }
        default -> out.set(i, line.toLowerCase(Locale.ROOT));
      }
    }
    return String.join("\n", out) + "\n";
  }

  @Test
  void theValidFileIsReadCompletely() {
    String text = String.join("\n", VALID);
    readCompletelyOrFail(text);
    assertThat(read(text).ledger().deals()).hasSize(5);
  }

  @Test
  void randomlyMutatedFilesAreReadCompletelyOrRejected() {
    qt().withExamples(2_000).forAll(longs().all()).checkAssert(seed ->
        readCompletelyOrFail(mutate(VALID, new SplittableRandom(seed))));
  }

  @Test
  void everyTruncationIsReadCompletelyOrRejected() {
    String text = String.join("\n", VALID) + "\n";
    for (int length = 0; length <= text.length(); length++) {
      readCompletelyOrFail(text.substring(0, length));
    }
  }

  @TestFactory
  Stream<DynamicTest> everyFieldOfEveryRecordTakesEveryHostileValue() {
    List<DynamicTest> tests = new ArrayList<>();
    for (int lineIndex = 1; lineIndex < VALID.size(); lineIndex++) {
      String line = VALID.get(lineIndex);
      if (line.isEmpty()) {
        continue;
      }
      int index = lineIndex;
      tests.add(DynamicTest.dynamicTest(line, () -> {
        String[] fields = line.split(",", -1);
        for (int f = 0; f < fields.length; f++) {
          for (String value : HOSTILE) {
            String[] changed = fields.clone();
            changed[f] = value;
            List<String> lines = new ArrayList<>(VALID);
            lines.set(index, String.join(",", changed));
            readCompletelyOrFail(String.join("\n", lines));
          }
        }
      }));
    }
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> everyRecordTypeWithTheWrongNumberOfFieldsIsRejected() {
    // record type, fields after the type it takes (min, max), a valid record
    record Arity(String type, int min, int max, String valid) {}
    List<Arity> arities = List.of(
        new Arity("partner", 1, 1, "partner,partner-1"),
        new Arity("client", 4, 5, "client,zed,Zed,US,USD,3"),
        new Arity("subscription", 4, 4, "subscription,bolt,Marketing Hub,STARTER,20"),
        new Arity("deal", 7, 12,
            "deal,d9,bolt,2025-08-01,UPSELL,SOURCED,Sales Hub,10,partner-1,2024-01-01,CLOSED_WON,PARTNER,2025-07-01"),
        new Arity("manage", 3, 4, "manage,acme,partner-3,2025-08-01,2025-09-01"),
        new Arity("mrr", 3, 3, "mrr,acme,2025-12-01,900"),
        new Arity("certification", 1, 2, "certification,2026-01-01,2026-06-01"),
        new Arity("tool-usage", 2, 2, "tool-usage,2026-01-01,2.5"),
        new Arity("revenue", 3, 3, "revenue,acme,2025-08,1000"),
        new Arity("renewal", 5, 7, "renewal,acme,2025-11-01,Marketing Hub,1000,1200,Ana Souza,Jo Lee"));
    List<DynamicTest> tests = new ArrayList<>();
    for (Arity arity : arities) {
      tests.add(DynamicTest.dynamicTest(arity.type(), () -> {
        String[] valid = arity.valid().split(",", -1);
        for (int fields = 0; fields <= arity.max() + 3; fields++) {
          if (fields >= arity.min() && fields <= arity.max()) {
            continue;
          }
          List<String> record = new ArrayList<>();
          record.add(arity.type());
          for (int i = 1; i <= fields; i++) {
            record.add(i < valid.length ? valid[i] : "extra");
          }
          List<String> lines = new ArrayList<>(VALID.subList(0, 2)); // comment, partner
          lines.add("client,acme,Acme,BR,EUR");
          lines.add("client,bolt,Bolt,US,USD");
          if (!arity.type().equals("partner")) {
            lines.add(String.join(",", record));
          } else {
            lines.set(1, String.join(",", record));
          }
          String text = String.join("\n", lines);
          int line = arity.type().equals("partner") ? 2 : 5;
          String takes = arity.min() == arity.max() ? Integer.toString(arity.min())
              : arity.min() + " to " + arity.max();
          assertThatThrownBy(() -> read(text))
              .as("%s with %d fields", arity.type(), fields)
              .isInstanceOf(LedgerFileException.class)
              .hasMessage("hostile.csv line " + line + ": a '" + arity.type() + "' record has " + fields
                  + " fields after the type; it takes " + takes);
        }
        // and the valid record is read
        List<String> lines = new ArrayList<>(VALID);
        if (!arity.type().equals("partner")) {
          lines.add(arity.valid());
        }
        readCompletelyOrFail(String.join("\n", lines));
      }));
    }
    return tests.stream();
  }
}
