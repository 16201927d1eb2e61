package dev.partnerpoints.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import dev.partnerpoints.money.Points;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/** Points, dates and months: scalars written and read exactly. */
final class ScalarJson {

  private ScalarJson() {}

  /** The error for a JSON token a type cannot be read from, naming both. */
  static MismatchedInputException unexpected(JsonParser p, Class<?> type) {
    return MismatchedInputException.from(p, type,
        "cannot read a " + type.getSimpleName() + " from " + p.currentToken() + " '" + text(p) + "'");
  }

  private static String text(JsonParser p) {
    try {
      return p.getText();
    } catch (IOException e) {
      return "?";
    }
  }

  static LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("'" + text + "' is not an ISO date (YYYY-MM-DD)", e);
    }
  }

  static YearMonth month(String text) {
    try {
      return YearMonth.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("'" + text + "' is not an ISO month (YYYY-MM)", e);
    }
  }

  /** Points as a JSON number with two decimals, never in exponent form. */
  static final class PointsSerializer extends StdScalarSerializer<Points> {
    private static final long serialVersionUID = 1L;

    PointsSerializer() {
      super(Points.class);
    }

    @Override
    public void serialize(Points value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      // scale 2: BigDecimal.toString never uses exponent form at scale 2, whatever the generator's features;
      // a BigDecimal (not its text) keeps the two decimals in a tree (valueToTree) and in binary formats
      gen.writeNumber(value.toBigDecimal());
    }
  }

  /** Points from a JSON number or string with at most two decimals, exactly. */
  static final class PointsDeserializer extends StdScalarDeserializer<Points> {
    private static final long serialVersionUID = 1L;

    PointsDeserializer() {
      super(Points.class);
    }

    @Override
    public Points deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonToken token = p.currentToken();
      BigDecimal value;
      if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
        value = p.getDecimalValue();
      } else if (token == JsonToken.VALUE_STRING) {
        String text = p.getText().trim();
        try {
          value = new BigDecimal(text);
        } catch (NumberFormatException e) {
          throw ctxt.weirdStringException(text, Points.class, "not a decimal number");
        }
      } else {
        throw ScalarJson.unexpected(p, Points.class);
      }
      try {
        return Points.of(value);
      } catch (ArithmeticException e) {
        throw ctxt.weirdNumberException(value, Points.class,
            "points have at most 2 decimal places and at most 10^15 in magnitude (" + e.getMessage() + ")");
      }
    }
  }

  /** A value written as its {@code toString()}: ISO dates and months. */
  static final class TextSerializer<T> extends StdScalarSerializer<T> {
    private static final long serialVersionUID = 1L;

    TextSerializer(Class<T> type) {
      super(type);
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeString(value.toString());
    }
  }

  /** A value read from a JSON string with a parser that names what it expected. */
  static final class TextDeserializer<T> extends StdScalarDeserializer<T> {
    private static final long serialVersionUID = 1L;
    @SuppressWarnings("serial") // the parsers are method references to static methods
    private final Function<String, T> parser;

    TextDeserializer(Class<T> type, Function<String, T> parser) {
      super(type);
      this.parser = parser;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        throw ScalarJson.unexpected(p, handledType());
      }
      String text = p.getText();
      try {
        return parser.apply(text);
      } catch (IllegalArgumentException e) {
        throw ctxt.weirdStringException(text, handledType(), e.getMessage());
      }
    }
  }

  /** A map key read with a parser. */
  static final class TextKeyDeserializer extends KeyDeserializer {
    private final Function<String, ?> parser;

    TextKeyDeserializer(Function<String, ?> parser) {
      this.parser = parser;
    }

    @Override
    public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
      try {
        return parser.apply(key);
      } catch (IllegalArgumentException e) {
        throw ctxt.weirdKeyException(Object.class, key, e.getMessage());
      }
    }
  }
}
