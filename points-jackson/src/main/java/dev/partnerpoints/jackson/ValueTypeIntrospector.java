package dev.partnerpoints.jackson;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.PropertyName;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.AnnotatedMethod;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;
import com.fasterxml.jackson.databind.introspect.VisibilityChecker;
import com.google.common.collect.ImmutableSet;
import java.lang.reflect.Method;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Tells Jackson, without annotations in the library, how to write and read its value types (see
 * {@link ValueTypes}): a value type's properties are its attributes, nothing else; it is read
 * through its builder, each property through the builder method that sets it; derived attributes
 * are ignored when read. A public library record is written with its components and its derived
 * figures (its other public no-argument methods), and read through its canonical constructor, the
 * derived figures ignored. Appended after any other introspector, so a mapper's own mix-ins win.
 */
final class ValueTypeIntrospector extends NopAnnotationIntrospector {

  private static final long serialVersionUID = 1L;

  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  private static boolean isValueTypeOrBuilder(Class<?> raw) {
    return ValueTypes.model(raw).isPresent() || ValueTypes.modelOfBuilder(raw).isPresent();
  }

  @Override
  public VisibilityChecker<?> findAutoDetectVisibility(AnnotatedClass ac, VisibilityChecker<?> checker) {
    // only the attributes named below: no getter, field or setter found by its name or visibility
    return isValueTypeOrBuilder(ac.getRawType()) ? checker.with(JsonAutoDetect.Visibility.NONE) : checker;
  }

  /** The attribute name of a value type's accessor, or of the builder method that sets it. */
  private static Optional<String> attributeName(Annotated a) {
    if (!(a instanceof AnnotatedMethod member)) {
      return Optional.empty();
    }
    Method method = member.getAnnotated();
    Class<?> owner = method.getDeclaringClass();
    if (method.getParameterCount() == 0) {
      return ValueTypes.model(owner).filter(m -> m.attributes().contains(method)).map(m -> method.getName());
    }
    if (method.getParameterCount() == 1) {
      return ValueTypes.modelOfBuilder(owner).filter(m -> method.equals(m.setters().get(method.getName())))
          .map(m -> method.getName());
    }
    return Optional.empty();
  }

  /** The name of a library record's derived figure (see {@link ValueTypes#recordDerived}). */
  private static Optional<String> recordDerivedName(Annotated a) {
    if (!(a instanceof AnnotatedMethod member) || member.getParameterCount() != 0) {
      return Optional.empty();
    }
    Method method = member.getAnnotated();
    return ValueTypes.recordDerived(method.getDeclaringClass()).contains(method.getName())
        ? Optional.of(method.getName()) : Optional.empty();
  }

  @Override
  public @Nullable PropertyName findNameForSerialization(Annotated a) {
    return attributeName(a).filter(n -> ((AnnotatedMethod) a).getParameterCount() == 0)
        .or(() -> recordDerivedName(a))
        .map(PropertyName::construct).orElse(null);
  }

  @Override
  public @Nullable PropertyName findNameForDeserialization(Annotated a) {
    return attributeName(a).filter(n -> ((AnnotatedMethod) a).getParameterCount() == 1)
        .map(PropertyName::construct).orElse(null);
  }

  @Override
  public @Nullable String findImplicitPropertyName(AnnotatedMember m) {
    return attributeName(m).orElse(null);
  }

  @Override
  public @Nullable Class<?> findPOJOBuilder(AnnotatedClass ac) {
    return ValueTypes.model(ac.getRawType()).<Class<?>>map(ValueTypes.Model::builder).orElse(null);
  }

  @Override
  public JsonPOJOBuilder.@Nullable Value findPOJOBuilderConfig(AnnotatedClass ac) {
    return ValueTypes.modelOfBuilder(ac.getRawType()).isPresent() ? new JsonPOJOBuilder.Value("build", "") : null;
  }

  @Override
  public JsonIgnoreProperties.@Nullable Value findPropertyIgnoralByName(MapperConfig<?> config, Annotated a) {
    if (a instanceof AnnotatedClass ac) {
      Optional<ValueTypes.Model> model = ValueTypes.modelOfBuilder(ac.getRawType());
      if (model.isPresent()) {
        return JsonIgnoreProperties.Value.forIgnoredProperties(model.get().readOnly());
      }
      ImmutableSet<String> derived = ValueTypes.recordDerived(ac.getRawType());
      if (!derived.isEmpty()) {
        // written (allowGetters), ignored when read: the record computes them again
        return JsonIgnoreProperties.Value.forIgnoredProperties(derived).withAllowGetters();
      }
    }
    return null;
  }

  @Override
  public String @Nullable [] findSerializationPropertyOrder(AnnotatedClass ac) {
    return ValueTypes.model(ac.getRawType())
        .map(m -> m.attributes().stream().map(Method::getName).toArray(String[]::new)).orElse(null);
  }
}
