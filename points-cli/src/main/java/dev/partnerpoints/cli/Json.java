package dev.partnerpoints.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.cfg.EnumFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.partnerpoints.jackson.PartnerPointsModule;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * JSON output: one object per command, its values written by the library's {@link
 * PartnerPointsModule}: points are JSON numbers with two decimals (113.64), money is {@code {"amount":
 * "440.00", "currency": "EUR"}} with the exact amount, dates ISO strings, ids their text, the applied
 * rule an object of its attributes; enum values are lower case, as typed on the command line.
 */
final class Json {

  private static final JsonMapper MAPPER = JsonMapper.builder()
      .addModule(new PartnerPointsModule())
      .enable(EnumFeature.WRITE_ENUMS_TO_LOWERCASE)
      // BigDecimal rates and inputs keep their scale in a tree (129.00 stays 129.00); never exponent form
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .build();

  private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
      .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE)
      .withSeparators(Separators.createDefaultInstance()
          .withObjectFieldValueSpacing(Separators.Spacing.AFTER)));

  private Json() {}

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  static ArrayNode array() {
    return MAPPER.createArrayNode();
  }

  /** Any library value (points, money, a date, an enum, an applied rule, ...) as the module writes it. */
  static JsonNode value(Object value) {
    return MAPPER.valueToTree(value);
  }

  /** A value (a record of library values, a library value) as the tree the module writes. */
  static JsonNode tree(Object value) {
    return MAPPER.valueToTree(value);
  }

  /** Prints a value (a record of library values, a library value, a tree) as one JSON document. */
  static void print(PrintWriter out, Object value) {
    try {
      out.println(WRITER.writeValueAsString(value));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
    out.flush();
  }

  /** An enum value in lower case, as typed on the command line and written in JSON (for text and CSV cells). */
  static String name(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}
