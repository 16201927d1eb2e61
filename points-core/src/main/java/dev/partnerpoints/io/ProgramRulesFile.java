package dev.partnerpoints.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.partnerpoints.money.PointValue;
import dev.partnerpoints.money.Points;
import dev.partnerpoints.program.CountryCode;
import dev.partnerpoints.program.ProgramRules;
import dev.partnerpoints.program.RateEra;
import dev.partnerpoints.program.Tier;
import dev.partnerpoints.program.TierRequirements;
import dev.partnerpoints.program.TierSchedule;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Reads and writes a partner program's rules ({@link ProgramRules}) as a JSON file, so that a
 * program's real figures, or a future rule change, can be supplied as data instead of code.
 *
 * <pre>{@code
 * ProgramRules rules = ProgramRulesFile.read(Path.of("rules.json"));
 * String json = ProgramRulesFile.toJson(ProgramRules.builtIn()); // the format, filled in
 * }</pre>
 *
 * <p>The format (version 1) is documented in {@code docs/rules-file.md} in the repository, with
 * {@code examples/rules-builtin.json}, the built-in rules written by {@link #toJson}. In short: one
 * JSON object with {@code version} (1), {@code name}, {@code soldPointsActiveMonths}, the optional
 * {@code noDealIncreasesStopEarningOn}, the two named defaults {@code noDealIncreaseWithoutSale}
 * ({@code NOT_CREDITED} or {@code CREDITED_AS_RECORDED}) and {@code reductionOrder} ({@code
 * NEWEST_FIRST}, {@code OLDEST_FIRST} or {@code SAME_DEAL_TYPE_FIRST}; both optional when reading,
 * the library's defaults when absent, always written), and four lists of effective-dated entries, each entry in
 * force from its {@code from} date until the next entry's: {@code rateEras}, {@code
 * growthMarkets}, {@code pointValues} and {@code tierSchedules} (whose entries name the four tiers
 * {@code GOLD}, {@code PLATINUM}, {@code DIAMOND} and {@code ELITE}). Numbers are JSON numbers,
 * read exactly as written (no binary floating point); dates are ISO {@code YYYY-MM-DD} strings.
 *
 * <p>Writing then reading gives rules equal to the ones written ({@code
 * read(toJson(rules)).equals(rules)}), for rules whose timelines carry the standard names that
 * {@link ProgramRules#builtIn()} and this reader use.
 *
 * <p>A bad file gets one {@link RulesFileException} naming the place and the value, such as {@code
 * rules.json: tierSchedules[1].GOLD.total: must not be negative, was -5}: besides malformed and
 * missing values, entries out of date order or with the same date, lists that do not start on the
 * program's first day, a point-value table that drops a currency an earlier table has, an unknown
 * currency or country, and unknown fields are all rejected. Nothing is loaded partially. This
 * class is stateless and thread-safe.
 */
public final class ProgramRulesFile {

  /** The format version this class reads and writes. */
  public static final int VERSION = 1;

  private static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .build();

  private ProgramRulesFile() {}

  /**
   * Reads a rules file (UTF-8).
   *
   * @param file the file, not null
   * @return the rules, never null
   * @throws RulesFileException if the file cannot be read or is not a valid rules file; the message
   *     names the file as given
   */
  public static ProgramRules read(Path file) {
    Objects.requireNonNull(file, "file");
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(reader, file.toString());
    } catch (IOException | UncheckedIOException e) {
      throw new RulesFileException(file.toString(), "", "cannot be read: " + describe(e), e);
    }
  }

  /**
   * Reads rules from JSON text.
   *
   * @param reader the text, not null; not closed by this method
   * @param source a name for messages, such as the file name, not null
   * @return the rules, never null
   * @throws RulesFileException if the text is not a valid rules file
   */
  public static ProgramRules read(Reader reader, String source) {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(source, "source");
    JsonNode root;
    try {
      root = MAPPER.readTree(reader);
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? ""
          : "line " + e.getLocation().getLineNr() + " column " + e.getLocation().getColumnNr();
      throw new RulesFileException(source, where, "not valid JSON: " + e.getOriginalMessage(), e);
    } catch (NumberFormatException e) { // a number no BigDecimal can hold, such as 1e-2147483648
      throw new RulesFileException(source, "", "not valid JSON: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new RulesFileException(source, "", "cannot be read: " + describe(e), e);
    }
    if (root == null || root.isMissingNode()) {
      throw new RulesFileException(source, "", "is empty; a rules file is one JSON object", null);
    }
    return new RulesFileReader(new RulesNode(source, "", root)).rules();
  }

  /**
   * Writes rules as a rules file: two-space indented JSON with {@code \n} line ends, entries in
   * date order, currencies and countries sorted.
   *
   * @param rules the rules, not null
   * @param writer where to write, not null; flushed, not closed
   * @throws IOException if the writer fails
   */
  public static void write(ProgramRules rules, Writer writer) throws IOException {
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(writer, "writer");
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
    printer.indentObjectsWith(indenter);
    printer.indentArraysWith(indenter);
    try (JsonGenerator json = MAPPER.getFactory().createGenerator(writer)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      json.setPrettyPrinter(printer);
      writeRules(json, rules);
    }
    writer.write('\n');
    writer.flush();
  }

  /**
   * Returns rules as the text of a rules file (see {@link #write}).
   *
   * @param rules the rules, not null
   * @return the JSON text, ending with a line break, never null
   */
  public static String toJson(ProgramRules rules) {
    StringWriter text = new StringWriter();
    try {
      write(rules, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return text.toString();
  }

  private static void writeRules(JsonGenerator json, ProgramRules rules) throws IOException {
    json.writeStartObject();
    json.writeNumberField("version", VERSION);
    json.writeStringField("name", rules.name());
    json.writeNumberField("soldPointsActiveMonths", rules.soldPointsActiveMonths());
    if (rules.noDealIncreasesStopEarningOn().isPresent()) {
      json.writeStringField("noDealIncreasesStopEarningOn", rules.noDealIncreasesStopEarningOn().get().toString());
    }
    json.writeStringField("noDealIncreaseWithoutSale", rules.noDealIncreaseWithoutSale().name());
    json.writeStringField("reductionOrder", rules.reductionOrder().name());
    json.writeArrayFieldStart("rateEras");
    for (Map.Entry<LocalDate, RateEra> e : rules.rateEras().entries().entrySet()) {
      RateEra era = e.getValue();
      json.writeStartObject();
      json.writeStringField("from", e.getKey().toString());
      json.writeNumberField("sourcedRate", era.sourcedRate());
      json.writeNumberField("assistedRate", era.assistedRate());
      json.writeNumberField("managedRate", era.managedRate());
      json.writeNumberField("growthMultiplier", era.growthMultiplier());
      json.writeBooleanField("locksSourcedRateToFirstSale", era.locksSourcedRateToFirstSale());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("growthMarkets");
    for (Map.Entry<LocalDate, ImmutableSet<CountryCode>> e : rules.growthMarkets().entries().entrySet()) {
      json.writeStartObject();
      json.writeStringField("from", e.getKey().toString());
      json.writeFieldName("countries");
      // one line: country codes are two capital letters, nothing to escape
      json.writeRawValue(new TreeSet<>(e.getValue()).stream().map(c -> "\"" + c.code() + "\"")
          .collect(Collectors.joining(", ", "[", "]")));
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("pointValues");
    for (Map.Entry<LocalDate, ImmutableMap<String, PointValue>> e : rules.pointValues().tables().entries().entrySet()) {
      json.writeStartObject();
      json.writeStringField("from", e.getKey().toString());
      json.writeObjectFieldStart("values");
      for (String code : new TreeSet<>(e.getValue().keySet())) {
        json.writeNumberField(code, Objects.requireNonNull(e.getValue().get(code)).localAmountPer100Usd());
      }
      json.writeEndObject();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("tierSchedules");
    for (Map.Entry<LocalDate, TierSchedule> e : rules.tierSchedules().entries().entrySet()) {
      TierSchedule schedule = e.getValue();
      json.writeStartObject();
      json.writeStringField("from", e.getKey().toString());
      json.writeBooleanField("certificationRequired", schedule.certificationRequired());
      json.writeNumberField("minimumMedianToolUsage", schedule.minimumMedianToolUsage());
      for (Map.Entry<Tier, TierRequirements> t : schedule.requirements().entrySet()) {
        TierRequirements req = t.getValue();
        json.writeObjectFieldStart(t.getKey().name());
        json.writeNumberField("total", req.totalPoints().toBigDecimal());
        json.writeNumberField("soldMinimum", req.soldMinimum().toBigDecimal());
        json.writeStringField("soldMinimumBasis", req.soldMinimumBasis().name());
        if (req.managedMinimum().isPresent()) {
          json.writeNumberField("managedMinimum", req.managedMinimum().get().toBigDecimal());
        } else {
          json.writeNullField("managedMinimum");
        }
        json.writeEndObject();
      }
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  static Points points(RulesNode node) {
    BigDecimal value = node.nonNegativeDecimal();
    try {
      return Points.of(value);
    } catch (ArithmeticException e) {
      throw node.fail("must be points with at most 2 decimal places, up to 10^15, was " + node.written(), e);
    }
  }

  private static String describe(Exception e) {
    Throwable cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
    return cause instanceof NoSuchFileException ? "no such file" : String.valueOf(cause);
  }
}
