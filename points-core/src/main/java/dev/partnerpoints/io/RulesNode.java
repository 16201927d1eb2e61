package dev.partnerpoints.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A JSON value of a rules file together with its place in the file ({@code tierSchedules[1].GOLD}),
 * so that every error names where it is. Every check throws a {@link RulesFileException}.
 */
final class RulesNode {

  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private final String source;
  private final String path;
  private final JsonNode node;

  RulesNode(String source, String path, JsonNode node) {
    this.source = source;
    this.path = path;
    this.node = node;
  }

  String path() {
    return path;
  }

  /** The value as it is written in the file, for messages. */
  String written() {
    return node.toString();
  }

  RulesFileException fail(String message) {
    return new RulesFileException(source, path, message, null);
  }

  RulesFileException fail(String message, Throwable cause) {
    return new RulesFileException(source, path, message, cause);
  }

  /** Checks that this is an object whose fields are all among the allowed ones. */
  RulesNode object(Set<String> allowed) {
    if (!node.isObject()) {
      throw fail("must be an object {...}, was " + kind());
    }
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      String name = field.getKey();
      if (!allowed.contains(name)) {
        throw child(name).fail("unknown field; allowed here: " + String.join(", ", allowed));
      }
    }
    return this;
  }

  /** The field, which must be present and not null. */
  RulesNode required(String name) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      throw child(name).fail("missing; this field is required");
    }
    return new RulesNode(source, childPath(name), value);
  }

  /** The field, or empty when it is absent or null. */
  Optional<RulesNode> optional(String name) {
    JsonNode value = node.get(name);
    return value == null || value.isNull() ? Optional.empty() : Optional.of(new RulesNode(source, childPath(name), value));
  }

  /** The elements of a non-empty array. */
  List<RulesNode> nonEmptyArray() {
    if (node.isArray() && node.isEmpty()) {
      throw fail("must not be empty");
    }
    return array();
  }

  /** The elements of an array, which may be empty. */
  List<RulesNode> array() {
    if (!node.isArray()) {
      throw fail("must be an array [...], was " + kind());
    }
    List<RulesNode> elements = new ArrayList<>(node.size());
    for (int i = 0; i < node.size(); i++) {
      elements.add(new RulesNode(source, path + "[" + i + "]", node.get(i)));
    }
    return elements;
  }

  /** The fields of a non-empty object, in file order. */
  List<Map.Entry<String, RulesNode>> nonEmptyFields() {
    if (!node.isObject()) {
      throw fail("must be an object {...}, was " + kind());
    }
    if (node.isEmpty()) {
      throw fail("must not be empty");
    }
    ImmutableList.Builder<Map.Entry<String, RulesNode>> fields = ImmutableList.builder();
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      fields.add(Map.entry(e.getKey(), new RulesNode(source, childPath(e.getKey()), e.getValue())));
    }
    return fields.build();
  }

  String text() {
    if (!node.isTextual()) {
      throw fail("must be a string, was " + kind());
    }
    return node.textValue();
  }

  boolean bool() {
    if (!node.isBoolean()) {
      throw fail("must be true or false, was " + written());
    }
    return node.booleanValue();
  }

  int intValue() {
    if (!node.isIntegralNumber() || !node.canConvertToInt()) {
      throw fail("must be a whole number, was " + written());
    }
    return node.intValue();
  }

  /** A JSON number, exactly as written (its decimal places kept). */
  BigDecimal decimal() {
    if (!node.isNumber()) {
      throw fail("must be a number, was " + written());
    }
    return node.decimalValue();
  }

  BigDecimal nonNegativeDecimal() {
    BigDecimal value = decimal();
    if (value.signum() < 0) {
      throw fail("must not be negative, was " + written());
    }
    return value;
  }

  LocalDate date() {
    String text = text();
    if (!ISO_DATE.matcher(text).matches()) {
      throw fail("must be an ISO date YYYY-MM-DD, was " + written());
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw fail("must be an ISO date YYYY-MM-DD, was " + written(), e);
    }
  }

  RulesNode child(String name) {
    return new RulesNode(source, childPath(name), node.path(name));
  }

  private String childPath(String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  private String kind() {
    if (node.isObject()) {
      return "an object";
    }
    if (node.isArray()) {
      return "an array";
    }
    return node.toString();
  }
}
