package dev.partnerpoints.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.partnerpoints.calculator.AppliedRule;
import dev.partnerpoints.money.PointValue;
import dev.partnerpoints.money.Points;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Locale;
import javax.money.MonetaryAmount;

/**
 * JSON output: one object per command. Points and money are JSON numbers written exactly as the
 * library computed them (113.64, 440.00), never strings or floating point; dates are ISO strings;
 * enum values are lower case, as typed on the command line.
 */
final class Json {

  // Jackson 2.23's node factory keeps a BigDecimal's scale (129.00 stays 129.00); never exponent form.
  private static final JsonMapper MAPPER = JsonMapper.builder()
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

  static void print(PrintWriter out, ObjectNode object) {
    try {
      out.println(WRITER.writeValueAsString(object));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
    out.flush();
  }

  static BigDecimal number(Points points) {
    return points.toBigDecimal();
  }

  static String name(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  /** The applied rule: date, rate era, rates, multiplier, growth flag, currency row, partners. */
  static ObjectNode appliedRule(AppliedRule rule) {
    ObjectNode node = object();
    node.put("date", rule.date().toString());
    node.put("rateEraFrom", rule.rateEraFrom().toString());
    node.put("soldRateEraFrom", rule.soldRateEraFrom().toString());
    node.put("dealType", name(rule.dealType()));
    node.put("soldRate", rule.soldRate());
    node.put("managedRate", rule.managedRate());
    node.put("growthMarket", rule.growthMarket());
    node.put("marketMultiplier", rule.marketMultiplier());
    PointValue row = rule.pointValue();
    ObjectNode table = node.putObject("currencyTable");
    table.put("currency", row.currency().getCurrencyCode());
    table.put("localAmountPer100Usd", row.localAmountPer100Usd());
    table.put("effectiveFrom", row.effectiveFrom().toString());
    node.put("managingPartners", rule.managingPartners());
    return node;
  }

  /** A money amount as a number with the currency's fraction digits, such as 440.00. */
  static BigDecimal number(MonetaryAmount amount) {
    return Text.decimal(amount);
  }
}
