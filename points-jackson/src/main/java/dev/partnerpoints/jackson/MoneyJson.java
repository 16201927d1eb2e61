package dev.partnerpoints.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.math.BigDecimal;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import javax.money.MonetaryException;
import org.javamoney.moneta.Money;
import org.jspecify.annotations.Nullable;

/** Money as {@code {"amount": "440.00", "currency": "EUR"}} and currencies as their codes. */
final class MoneyJson {

  private MoneyJson() {}

  /**
   * The exact amount as plain text with at least the currency's default fraction digits: zeros are
   * added up to them, trailing zeros beyond them dropped; more significant digits are all kept.
   */
  static String amountText(MonetaryAmount amount) {
    BigDecimal value = amount.getNumber().numberValueExact(BigDecimal.class);
    int digits = Math.max(0, amount.getCurrency().getDefaultFractionDigits());
    if (value.scale() > digits) {
      value = value.stripTrailingZeros();
    }
    if (value.scale() < digits) {
      value = value.setScale(digits);
    }
    return value.toPlainString();
  }

  static CurrencyUnit currency(String code) {
    try {
      return Monetary.getCurrency(code);
    } catch (MonetaryException e) {
      throw new IllegalArgumentException("'" + code + "' is not an ISO 4217 currency code", e);
    }
  }

  /** A {@link MonetaryAmount} as an object with the exact amount as a string and the currency code. */
  static final class AmountSerializer extends StdSerializer<MonetaryAmount> {
    private static final long serialVersionUID = 1L;

    AmountSerializer() {
      super(MonetaryAmount.class);
    }

    @Override
    public void serialize(MonetaryAmount value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeStartObject(value);
      gen.writeStringField("amount", amountText(value));
      gen.writeStringField("currency", value.getCurrency().getCurrencyCode());
      gen.writeEndObject();
    }
  }

  /** A Moneta {@link Money} from {@code amount} (a string or a number, exact) and {@code currency}. */
  static final class AmountDeserializer<T extends MonetaryAmount> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;

    AmountDeserializer(Class<T> type) {
      super(type);
    }

    @Override
    @SuppressWarnings("unchecked")
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.isExpectedStartObjectToken()) {
        throw ScalarJson.unexpected(p, handledType());
      }
      @Nullable BigDecimal amount = null;
      @Nullable CurrencyUnit currency = null;
      for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
        JsonToken token = p.nextToken();
        if (field.equals("amount")) {
          amount = amount(p, ctxt, token);
        } else if (field.equals("currency")) {
          if (token != JsonToken.VALUE_STRING) {
            throw ScalarJson.unexpected(p, CurrencyUnit.class);
          }
          String code = p.getText();
          try {
            currency = currency(code);
          } catch (IllegalArgumentException e) {
            throw ctxt.weirdStringException(code, CurrencyUnit.class, e.getMessage());
          }
        } else {
          throw MismatchedInputException.from(p, MonetaryAmount.class,
              "unknown field '" + field + "' in a money amount: the fields are amount and currency");
        }
      }
      if (amount == null || currency == null) {
        throw MismatchedInputException.from(p, MonetaryAmount.class, "a money amount needs both amount and currency, but "
            + (amount == null ? "amount" : "currency") + " was missing");
      }
      return (T) Money.of(amount, currency);
    }

    private static BigDecimal amount(JsonParser p, DeserializationContext ctxt, JsonToken token) throws IOException {
      if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
        return p.getDecimalValue();
      }
      if (token == JsonToken.VALUE_STRING) {
        String text = p.getText().trim();
        try {
          return new BigDecimal(text);
        } catch (NumberFormatException e) {
          throw ctxt.weirdStringException(text, BigDecimal.class, "the amount is not a decimal number");
        }
      }
      throw ScalarJson.unexpected(p, BigDecimal.class);
    }
  }

  /** A currency as its ISO 4217 code. */
  static final class CurrencySerializer extends StdScalarSerializer<CurrencyUnit> {
    private static final long serialVersionUID = 1L;

    CurrencySerializer() {
      super(CurrencyUnit.class);
    }

    @Override
    public void serialize(CurrencyUnit value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeString(value.getCurrencyCode());
    }
  }

  /** A currency from its ISO 4217 code. */
  static final class CurrencyDeserializer extends StdScalarDeserializer<CurrencyUnit> {
    private static final long serialVersionUID = 1L;

    CurrencyDeserializer() {
      super(CurrencyUnit.class);
    }

    @Override
    public CurrencyUnit deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        throw ScalarJson.unexpected(p, CurrencyUnit.class);
      }
      String code = p.getText();
      try {
        return currency(code);
      } catch (IllegalArgumentException e) {
        throw ctxt.weirdStringException(code, CurrencyUnit.class, e.getMessage());
      }
    }
  }

  /** A currency map key from its code. */
  static final class CurrencyKeyDeserializer extends KeyDeserializer {
    @Override
    public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
      try {
        return currency(key);
      } catch (IllegalArgumentException e) {
        throw ctxt.weirdKeyException(CurrencyUnit.class, key, e.getMessage());
      }
    }
  }
}
