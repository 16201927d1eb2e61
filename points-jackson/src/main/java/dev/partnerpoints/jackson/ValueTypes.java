package dev.partnerpoints.jackson;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.threeten.extra.LocalDateRange;

/**
 * What the module knows of the library's value types, found by reflection so that a new value type
 * needs no edit here. A value type is a public class of the library with a public static nested
 * {@code Builder} whose {@code build()} returns it (the classes Immutables generates, and any
 * hand-written class of the same shape). Its attributes are the public no-argument methods the
 * class itself declares (Immutables overrides every attribute accessor in the generated class),
 * ordered as the class declares their fields; an attribute is set through the builder's
 * one-argument method of the same name whose parameter matches the attribute's type.
 */
final class ValueTypes {

  private ValueTypes() {}

  /** A value type's attributes and the builder methods that set them. */
  record Model(Class<?> type, Class<?> builder, ImmutableList<Method> attributes,
      ImmutableMap<String, Method> setters) {

    /** The attributes the builder cannot set (derived or lazy): written, and ignored when read. */
    ImmutableSet<String> readOnly() {
      return attributes.stream().map(Method::getName).filter(n -> !setters.containsKey(n))
          .collect(ImmutableSet.toImmutableSet());
    }
  }

  private static final ClassValue<Optional<Model>> MODELS = new ClassValue<>() {
    @Override
    protected Optional<Model> computeValue(Class<?> type) {
      return builderOf(type).map(builder -> model(type, builder));
    }
  };

  /** The model of a value type, or empty for any other class. */
  static Optional<Model> model(Class<?> type) {
    return MODELS.get(type);
  }

  /** The model of the value type whose builder this is, or empty for any other class. */
  static Optional<Model> modelOfBuilder(Class<?> builder) {
    Class<?> outer = builder.getDeclaringClass();
    if (outer == null || !builder.getSimpleName().equals("Builder")) {
      return Optional.empty();
    }
    return model(outer).filter(m -> m.builder() == builder);
  }

  /** The nested builder of a library value type. */
  static Optional<Class<?>> builderOf(Class<?> type) {
    if (!type.getName().startsWith("dev.partnerpoints.") || !Modifier.isPublic(type.getModifiers())
        || type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
      return Optional.empty();
    }
    for (Class<?> nested : type.getDeclaredClasses()) {
      int modifiers = nested.getModifiers();
      if (nested.getSimpleName().equals("Builder") && Modifier.isPublic(modifiers) && Modifier.isStatic(modifiers)) {
        try {
          Method build = nested.getMethod("build");
          if (type.isAssignableFrom(build.getReturnType())) {
            return Optional.of(nested);
          }
        } catch (NoSuchMethodException e) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  private static final ClassValue<ImmutableSet<String>> RECORD_DERIVED = new ClassValue<>() {
    @Override
    protected ImmutableSet<String> computeValue(Class<?> type) {
      if (!type.isRecord() || !type.getName().startsWith("dev.partnerpoints.")
          || !Modifier.isPublic(type.getModifiers())) {
        return ImmutableSet.of();
      }
      ImmutableSet.Builder<String> components = ImmutableSet.builder();
      for (var component : type.getRecordComponents()) {
        components.add(component.getName());
      }
      ImmutableSet<String> componentNames = components.build();
      ImmutableSet.Builder<String> derived = ImmutableSet.builder();
      for (Method m : type.getDeclaredMethods()) {
        // a date range is the components seen as days (CommissionSchedule.dates()), not a figure
        if (isAccessor(m) && !m.getName().equals("equals") && !componentNames.contains(m.getName())
            && !m.getReturnType().equals(LocalDateRange.class)) {
          derived.add(m.getName());
        }
      }
      return derived.build();
    }
  };

  /**
   * The derived figures of a public library record: its public no-argument methods that are not
   * component accessors (such as {@code PointsSnapshot.totalPoints()}) and do not return a {@code
   * LocalDateRange} (a view of the components as days); written like an Immutables type's derived
   * attributes, ignored when read. Empty for any other class.
   */
  static ImmutableSet<String> recordDerived(Class<?> type) {
    return RECORD_DERIVED.get(type);
  }

  private static Model model(Class<?> type, Class<?> builder) {
    Map<String, Integer> fieldOrder = new HashMap<>();
    Field[] fields = type.getDeclaredFields();
    for (int i = 0; i < fields.length; i++) {
      fieldOrder.putIfAbsent(fields[i].getName(), i);
    }
    List<Method> attributes = new ArrayList<>();
    for (Method m : type.getDeclaredMethods()) {
      if (isAccessor(m)) {
        attributes.add(m);
      }
    }
    attributes.sort(Comparator.<Method>comparingInt(m -> fieldOrder.getOrDefault(m.getName(), Integer.MAX_VALUE))
        .thenComparing(Method::getName));
    ImmutableMap.Builder<String, Method> setters = ImmutableMap.builder();
    for (Method attribute : attributes) {
      setter(builder, attribute).ifPresent(s -> setters.put(attribute.getName(), s));
    }
    return new Model(type, builder, ImmutableList.copyOf(attributes), setters.buildOrThrow());
  }

  private static boolean isAccessor(Method m) {
    int modifiers = m.getModifiers();
    return Modifier.isPublic(modifiers) && !Modifier.isStatic(modifiers) && m.getParameterCount() == 0
        && m.getReturnType() != void.class && !m.isBridge() && !m.isSynthetic()
        && !m.getName().equals("hashCode") && !m.getName().equals("toString");
  }

  /**
   * The builder method that sets an attribute: of the public one-argument methods with its name,
   * the one whose parameter is the attribute's own type; for a collection or map attribute, the one
   * taking an {@code Iterable} or a {@code Map}.
   */
  private static Optional<Method> setter(Class<?> builder, Method attribute) {
    List<Method> candidates = new ArrayList<>();
    for (Method m : builder.getMethods()) {
      if (m.getName().equals(attribute.getName()) && m.getParameterCount() == 1 && !m.isBridge()
          && !Modifier.isStatic(m.getModifiers())) {
        candidates.add(m);
      }
    }
    Class<?> type = attribute.getReturnType();
    for (Method m : candidates) {
      if (m.getParameterTypes()[0] == type) {
        return Optional.of(m);
      }
    }
    for (Method m : candidates) {
      Class<?> parameter = m.getParameterTypes()[0];
      if ((parameter == Iterable.class && Iterable.class.isAssignableFrom(type))
          || (parameter == Map.class && Map.class.isAssignableFrom(type))) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }
}
