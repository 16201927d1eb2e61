package dev.partnerpoints.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSet;
import dev.partnerpoints.money.PointValueTable;
import dev.partnerpoints.money.Points;
import dev.partnerpoints.money.Timeline;
import dev.partnerpoints.program.CountryCode;
import dev.partnerpoints.program.NoDealIncreaseWithoutSale;
import dev.partnerpoints.program.ProgramRules;
import dev.partnerpoints.program.ReductionOrder;
import dev.partnerpoints.program.RateEra;
import dev.partnerpoints.program.SoldMinimumBasis;
import dev.partnerpoints.program.Tier;
import dev.partnerpoints.program.TierRequirements;
import dev.partnerpoints.program.TierSchedule;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules file: round trips, the example file, and one precise error per bad file. */
class ProgramRulesFileTest {

  private static final String BUILT_IN = ProgramRulesFile.toJson(ProgramRules.builtIn());

  private static ProgramRules read(String json) {
    return ProgramRulesFile.read(new StringReader(json), "rules.json");
  }

  @Test
  void builtInRulesWrittenAndReadBackAreEqual() {
    ProgramRules back = read(BUILT_IN);
    assertThat(back).isEqualTo(ProgramRules.builtIn());
    // equal in what the ledger reads, not only by equals(): the GBP row keeps its two decimals
    assertThat(back.pointValues().pointValue("GBP", LocalDate.of(2022, 7, 18)).localAmountPer100Usd())
        .isEqualByComparingTo("62.50").hasToString("62.50");
    assertThat(ProgramRulesFile.toJson(back)).isEqualTo(BUILT_IN);
  }

  @Test
  void customRulesRoundTripEqual() {
    ProgramRules custom = ProgramRules.builder()
        .name("my program \"2027\"")
        .rateEras(Timeline.<RateEra>builder("point rates")
            .add(LocalDate.of(2027, 1, 1), RateEra.builder().sourcedRate(new BigDecimal("4.5"))
                .assistedRate(new BigDecimal("2")).managedRate(new BigDecimal("0.75"))
                .growthMultiplier(new BigDecimal("1.5")).build())
            .add(LocalDate.of(2027, 6, 1), RateEra.builder().sourcedRate(new BigDecimal("1E+1"))
                .assistedRate(BigDecimal.ZERO).managedRate(new BigDecimal("0.0000001"))
                .locksSourcedRateToFirstSale(true).build())
            .build())
        .growthMarkets(Timeline.<ImmutableSet<CountryCode>>builder("growth market list")
            .add(LocalDate.of(2027, 1, 1), ImmutableSet.of())
            .add(LocalDate.of(2027, 3, 1), ImmutableSet.of(CountryCode.of("ZA"), CountryCode.of("BR")))
            .build())
        .pointValues(PointValueTable.builder()
            .table(LocalDate.of(2027, 1, 1)).value("USD", "100").value("BRL", "500.125")
            .table(LocalDate.of(2027, 2, 1)).value("BRL", "510").value("USD", "100").value("CHF", "80")
            .build())
        .tierSchedules(Timeline.of("tier schedule", LocalDate.of(2027, 1, 1), schedule(SoldMinimumBasis.SOURCED)))
        .soldPointsActiveMonths(18)
        .noDealIncreasesStopEarningOn(Optional.empty())
        .noDealIncreaseWithoutSale(NoDealIncreaseWithoutSale.CREDITED_AS_RECORDED)
        .reductionOrder(ReductionOrder.SAME_DEAL_TYPE_FIRST)
        .build();
    ProgramRules back = read(ProgramRulesFile.toJson(custom));
    assertThat(back).isEqualTo(custom);
    assertThat(back.reductionOrder()).isEqualTo(ReductionOrder.SAME_DEAL_TYPE_FIRST);
    assertThat(back.noDealIncreaseWithoutSale()).isEqualTo(NoDealIncreaseWithoutSale.CREDITED_AS_RECORDED);
  }

  @Test
  void namedDefaultsMayBeLeftOutAndAreCheckedWhenGiven() {
    String withoutPolicies = BUILT_IN
        .replace("  \"noDealIncreaseWithoutSale\": \"NOT_CREDITED\",\n", "")
        .replace("  \"reductionOrder\": \"NEWEST_FIRST\",\n", "");
    assertThat(withoutPolicies).doesNotContain("reductionOrder").doesNotContain("noDealIncreaseWithoutSale");
    assertThat(read(withoutPolicies)).isEqualTo(ProgramRules.builtIn());
    String oldest = BUILT_IN.replace("\"NEWEST_FIRST\"", "\"OLDEST_FIRST\"");
    assertThat(read(oldest).reductionOrder()).isEqualTo(ReductionOrder.OLDEST_FIRST);
    assertThatThrownBy(() -> read(BUILT_IN.replace("\"NEWEST_FIRST\"", "\"RANDOM\"")))
        .isInstanceOf(RulesFileException.class)
        .hasMessageContaining("reductionOrder: must be one of \"NEWEST_FIRST\", \"OLDEST_FIRST\", "
            + "\"SAME_DEAL_TYPE_FIRST\", was \"RANDOM\"");
  }

  @Test
  void exampleFileIsTheBuiltInRules() throws IOException {
    Path example = Path.of("..", "examples", "rules-builtin.json");
    assertThat(Files.readString(example, StandardCharsets.UTF_8))
        .as("examples/rules-builtin.json is ProgramRulesFile.toJson(builtIn()); regenerate it with "
            + "'./points rules --format json > examples/rules-builtin.json'")
        .isEqualTo(BUILT_IN);
    assertThat(ProgramRulesFile.read(example)).isEqualTo(ProgramRules.builtIn());
  }

  @Test
  void fileFromDiskAndMissingFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("rules.json");
    Files.writeString(file, BUILT_IN);
    assertThat(ProgramRulesFile.read(file)).isEqualTo(ProgramRules.builtIn());
    Path missing = dir.resolve("nope.json");
    assertThatThrownBy(() -> ProgramRulesFile.read(missing))
        .isInstanceOf(RulesFileException.class)
        .hasMessage(missing + ": cannot be read: no such file");
  }

  @Test
  void hasTheDocumentedShape() {
    assertThat(BUILT_IN)
        .startsWith("{\n  \"version\": 1,\n  \"name\": \"partner program (built-in, as documented)\",\n")
        .contains("\"noDealIncreasesStopEarningOn\": \"2025-07-15\"")
        .contains("\"countries\": [\"AR\", \"BD\", \"BN\"")
        .contains("\"GBP\": 62.50")
        .contains("\"GOLD\": {\n        \"total\": 129.00,\n        \"soldMinimum\": 63.00,\n"
            + "        \"soldMinimumBasis\": \"SOURCED\",\n        \"managedMinimum\": 60.00\n")
        .endsWith("}\n");
  }

  /** Each bad file: the built-in file with one text replaced, and the whole message expected. */
  @ParameterizedTest(name = "{2}")
  @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
      // tier requirements
      "'\"total\": 129.00'|'\"total\": -5'|'tierSchedules[1].GOLD.total: must not be negative, was -5'",
      "'\"soldMinimum\": 63.00'|'\"soldMinimum\": 1.234'"
          + "|'tierSchedules[0].GOLD.soldMinimum: must be points with at most 2 decimal places, up to 10^15, was 1.234'",
      "'\"soldMinimumBasis\": \"SOLD\"'|'\"soldMinimumBasis\": \"sold\"'"
          + "|'tierSchedules[0].GOLD.soldMinimumBasis: must be one of \"SOLD\", \"SOURCED\", was \"sold\"'",
      "'\"GOLD\": {'|'\"BRONZE\": {'|'tierSchedules[0].BRONZE: unknown field; allowed here: from, "
          + "certificationRequired, minimumMedianToolUsage, GOLD, PLATINUM, DIAMOND, ELITE'",
      "'\"minimumMedianToolUsage\": 3,'|'\"minimumMedianToolUsage\": \"3\",'"
          + "|'tierSchedules[0].minimumMedianToolUsage: must be a number, was \"3\"'",
      // eras: out of order, duplicated, not on the first day
      "'\"from\": \"2024-02-27\"'|'\"from\": \"2022-01-01\"'|'rateEras[1].from: out of order: 2022-01-01 is before "
          + "the entry before it (2022-07-18); list entries in date order, oldest first'",
      "'\"from\": \"2024-02-27\"'|'\"from\": \"2022-07-18\"'|'rateEras[1].from: duplicates the entry before it, "
          + "also from 2022-07-18; each entry runs from its date until the next entry''s, so dates must differ'",
      "'\"from\": \"2026-01-15\"'|'\"from\": \"2025-07-15\"'|'tierSchedules[2].from: duplicates the entry before it, "
          + "also from 2025-07-15; each entry runs from its date until the next entry''s, so dates must differ'",
      "'\"from\": \"2024-02-27\"'|'\"from\": \"2024-02-30\"'|'rateEras[1].from: must be an ISO date YYYY-MM-DD, "
          + "was \"2024-02-30\"'",
      // rates
      "'\"sourcedRate\": 5,'|'\"sourcedRate\": -1,'|'rateEras[1].sourcedRate: must not be negative, was -1'",
      "'\"growthMultiplier\": 2,'|'\"growthMultiplier\": 0.5,'|'rateEras[0].growthMultiplier: must be at least 1, "
          + "was 0.5'",
      "'\"assistedRate\": 3,'|''|'rateEras[0].assistedRate: missing; this field is required'",
      // countries and currencies
      "'\"countries\": [\"AR\"'|'\"countries\": [\"XX\"'|'growthMarkets[0].countries[0]: unknown country, was \"XX\"; "
          + "allowed: ISO 3166-1 alpha-2 codes in upper case, such as \"BR\"'",
      "'\"countries\": [\"AR\"'|'\"countries\": [\"BR\"'|'growthMarkets[0].countries[4]: country BR is listed twice'",
      "'\"AUD\": 154,'|''|'pointValues[1].values: has no row for AUD, which pointValues[0] has; every table lists "
          + "every currency of the table before it (a table is complete: deals in AUD on or after 2025-07-15 "
          + "would have no point value)'",
      "'\"AUD\": 105,'|'\"XYZ\": 105,'|'pointValues[0].values.XYZ: unknown currency ''XYZ''; allowed: ISO 4217 codes "
          + "in upper case, such as \"EUR\"'",
      // codes in lower case are rejected as everywhere in the library (and on the command line)
      "'\"AUD\": 105,'|'\"aud\": 105,'|'pointValues[0].values.aud: unknown currency ''aud''; allowed: ISO 4217 codes "
          + "in upper case, such as \"EUR\"'",
      "'\"countries\": [\"AR\"'|'\"countries\": [\"ar\"'|'growthMarkets[0].countries[0]: unknown country, was \"ar\"; "
          + "allowed: ISO 3166-1 alpha-2 codes in upper case, such as \"BR\"'",
      "'\"EUR\": 88,'|'\"EUR\": 0,'|'pointValues[1].values.EUR: must be positive (the amount of EUR worth 100 USD in "
          + "points), was 0'",
      // the whole file
      "'\"version\": 1'|'\"version\": 2'|'version: this library reads version 1, was 2'",
      "'\"soldPointsActiveMonths\": 12'|'\"soldPointsActiveMonths\": 0'|'soldPointsActiveMonths: must be at least 1, "
          + "was 0'",
      "'\"name\":'|'\"nmae\":'|'nmae: unknown field; allowed here: version, name, soldPointsActiveMonths, "
          + "noDealIncreasesStopEarningOn, noDealIncreaseWithoutSale, reductionOrder, rateEras, growthMarkets, pointValues, tierSchedules'",
      "'\"rateEras\": ['|'\"rateEras\": {'|'line 9 column 5: not valid JSON: Unexpected character (''{'' (code 123)): "
          + "was expecting double-quote to start field name'",
  })
  void aBadFileGetsOneErrorNamingThePlaceAndTheValue(String from, String to, String expected) {
    String json = replaceFirst(BUILT_IN, from, to);
    assertThatThrownBy(() -> read(json))
        .isInstanceOf(RulesFileException.class)
        .hasMessage("rules.json: " + expected);
  }

  @Test
  void listsStartOnTheProgramsFirstDay() {
    String json = BUILT_IN.replace("\"pointValues\": [\n    {\n      \"from\": \"2022-07-18\"",
        "\"pointValues\": [\n    {\n      \"from\": \"2022-08-01\"");
    assertThatThrownBy(() -> read(json))
        .isInstanceOf(RulesFileException.class)
        .hasMessage("rules.json: pointValues[0].from: the first entry of every list must start on the program's "
            + "first day 2022-07-18 (rateEras[0].from), was \"2022-08-01\"")
        .satisfies(e -> assertThat(((RulesFileException) e).path()).isEqualTo("pointValues[0].from"));
  }

  @Test
  void emptyListsMissingTiersAndDuplicateFieldsAreRejected() {
    assertThatThrownBy(() -> read(BUILT_IN.replaceFirst("(?s)\"rateEras\": \\[.*?\n  \\],", "\"rateEras\": [],")))
        .hasMessage("rules.json: rateEras: must not be empty");
    String noElite = BUILT_IN.replaceFirst("(?s),\n      \"ELITE\": \\{[^}]*}", "");
    assertThatThrownBy(() -> read(noElite))
        .hasMessage("rules.json: tierSchedules[0].ELITE: missing; every schedule gives the requirements of all four "
            + "tiers [GOLD, PLATINUM, DIAMOND, ELITE]");
    assertThatThrownBy(() -> read(BUILT_IN.replace("\"version\": 1,", "\"version\": 1, \"version\": 1,")))
        .isInstanceOf(RulesFileException.class)
        .hasMessageContaining("Duplicate field 'version'");
    assertThatThrownBy(() -> read("")).hasMessage("rules.json: is empty; a rules file is one JSON object");
    assertThatThrownBy(() -> read("[]")).hasMessage("rules.json: must be an object {...}, was an array");
    assertThatThrownBy(() -> read(BUILT_IN + "{}")).isInstanceOf(RulesFileException.class)
        .hasMessageContaining("not valid JSON");
    // numbers beyond what a BigDecimal holds, or whose scaling would take minutes (found by fuzzing)
    assertThatThrownBy(() -> read(replaceFirst(BUILT_IN, "\"sourcedRate\": 3", "\"sourcedRate\": 1e-2147483648")))
        .isInstanceOf(RulesFileException.class).hasMessageStartingWith("rules.json: not valid JSON: ")
        .hasMessageContaining("1e-2147483648");
    assertThatThrownBy(() -> read(BUILT_IN.replaceFirst("\"total\": [0-9.]+", "\"total\": 1E-2147483647")))
        .isInstanceOf(RulesFileException.class).hasMessageContaining("was 1E-2147483647");
    assertThatThrownBy(() -> read(BUILT_IN.replaceFirst("\"total\": [0-9.]+", "\"total\": 1E+999999999")))
        .isInstanceOf(RulesFileException.class).hasMessageContaining("was 1E+999999999");
    String emptyTable = BUILT_IN.replaceFirst("(?s)\"tierSchedules\": \\[.*", "\"tierSchedules\": []\n}\n");
    assertThatThrownBy(() -> read(emptyTable)).hasMessage("rules.json: tierSchedules: must not be empty");
  }

  private static String replaceFirst(String text, String from, String to) {
    int at = text.indexOf(from);
    assertThat(at).as("the built-in file contains %s", from).isNotNegative();
    if (to.isEmpty() && from.endsWith(",")) {
      // removing a field: take its line out whole
      int start = text.lastIndexOf('\n', at);
      int end = text.indexOf('\n', at);
      return text.substring(0, start) + text.substring(end);
    }
    return text.substring(0, at) + to + text.substring(at + from.length());
  }

  private static TierSchedule schedule(SoldMinimumBasis basis) {
    TierSchedule.Builder schedule = TierSchedule.builder().certificationRequired(false)
        .minimumMedianToolUsage(new BigDecimal("2.5"));
    int total = 10;
    for (Tier tier : Tier.values()) {
      schedule.putRequirements(tier, TierRequirements.builder().totalPoints(Points.of(total))
          .soldMinimum(Points.ofHundredths(total * 10L + 1)).soldMinimumBasis(basis)
          .managedMinimum(total > 100 ? Optional.of(Points.of(total / 2)) : Optional.empty()).build());
      total *= 10;
    }
    return schedule.build();
  }
}
