package dev.partnerpoints.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The library's text values (ids and codes: {@code ClientId}, {@code PartnerId}, {@code
 * DealId}, {@code ProductLine}, {@code CountryCode}, and any later one of the same shape) as JSON strings and map
 * keys. A text value is a final class of the library with a public static {@code of(String)} that
 * returns it and a public {@code value()} or {@code code()} giving the text back.
 */
final class TextValues {

  private TextValues() {}

  /** How to turn a text value into its text and back. */
  record Shape(Method of, Method text) {
    Object parse(String value) {
      try {
        return of.invoke(null, value);
      } catch (ReflectiveOperationException e) {
        // of(String) rejects bad text with IllegalArgumentException naming the value
        if (e.getCause() instanceof IllegalArgumentException bad) {
          throw bad;
        }
        throw new IllegalStateException(e);
      }
    }

    String text(Object value) {
      try {
        return (String) text.invoke(value);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private static final ClassValue<Optional<Shape>> SHAPES = new ClassValue<>() {
    @Override
    protected Optional<Shape> computeValue(Class<?> type) {
      return shapeOf(type);
    }
  };

  static Optional<Shape> shape(Class<?> type) {
    return SHAPES.get(type);
  }

  private static Optional<Shape> shapeOf(Class<?> type) {
    if (!type.getName().startsWith("dev.partnerpoints.") || !Modifier.isFinal(type.getModifiers())
        || !Modifier.isPublic(type.getModifiers()) || ValueTypes.builderOf(type).isPresent()) {
      return Optional.empty();
    }
    try {
      Method of = type.getMethod("of", String.class);
      if (!Modifier.isStatic(of.getModifiers()) || of.getReturnType() != type) {
        return Optional.empty();
      }
      for (String name : new String[] {"value", "code"}) {
        try {
          Method text = type.getMethod(name);
          if (text.getReturnType() == String.class && !Modifier.isStatic(text.getModifiers())) {
            // public, but possibly declared by a package-private superclass (ClientId's value())
            text.setAccessible(true);
            return Optional.of(new Shape(of, text));
          }
        } catch (NoSuchMethodException e) {
          // try the next name
        }
      }
      return Optional.empty();
    } catch (NoSuchMethodException e) {
      return Optional.empty();
    }
  }

  // qualified: this nested class is itself named Serializers
  static final class Serializers extends com.fasterxml.jackson.databind.ser.Serializers.Base {
    @Override
    public @Nullable JsonSerializer<?> findSerializer(SerializationConfig config, JavaType type,
        BeanDescription beanDesc) {
      return shape(type.getRawClass()).map(s -> new TextSerializer(type.getRawClass(), s)).orElse(null);
    }
  }

  // qualified: this nested class is itself named Deserializers
  static final class Deserializers extends com.fasterxml.jackson.databind.deser.Deserializers.Base {
    @Override
    public @Nullable JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
        BeanDescription beanDesc) {
      return shape(type.getRawClass()).map(s -> new TextDeserializer(type.getRawClass(), s)).orElse(null);
    }
  }

  // qualified: this nested class is itself named KeyDeserializers
  static final class KeyDeserializers implements com.fasterxml.jackson.databind.deser.KeyDeserializers {
    @Override
    public @Nullable KeyDeserializer findKeyDeserializer(JavaType type, DeserializationConfig config,
        BeanDescription beanDesc) {
      Class<?> raw = type.getRawClass();
      return shape(raw).map(s -> (KeyDeserializer) new TextKeyDeserializer(raw, s)).orElse(null);
    }
  }

  static final class TextSerializer extends StdScalarSerializer<Object> {
    private static final long serialVersionUID = 1L;
    @SuppressWarnings("serial") // reflection handles of library classes, resolved again if ever serialized
    private final Shape shape;

    TextSerializer(Class<?> type, Shape shape) {
      super(type, false);
      this.shape = shape;
    }

    @Override
    public void serialize(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeString(shape.text(value));
    }
  }

  static final class TextDeserializer extends StdScalarDeserializer<Object> {
    private static final long serialVersionUID = 1L;
    @SuppressWarnings("serial")
    private final Shape shape;

    TextDeserializer(Class<?> type, Shape shape) {
      super(type);
      this.shape = shape;
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        throw ScalarJson.unexpected(p, handledType());
      }
      String text = p.getText();
      try {
        return shape.parse(text);
      } catch (IllegalArgumentException e) {
        throw ctxt.weirdStringException(text, handledType(), e.getMessage());
      }
    }
  }

  static final class TextKeyDeserializer extends KeyDeserializer {
    private final Class<?> type;
    private final Shape shape;

    TextKeyDeserializer(Class<?> type, Shape shape) {
      this.type = type;
      this.shape = shape;
    }

    @Override
    public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
      try {
        return shape.parse(key);
      } catch (IllegalArgumentException e) {
        throw ctxt.weirdKeyException(type, key, e.getMessage());
      }
    }
  }
}
