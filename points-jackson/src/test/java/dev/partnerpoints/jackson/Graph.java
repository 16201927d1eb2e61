package dev.partnerpoints.jackson;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Every library value reachable from a root through attributes, collections, maps and optionals. */
final class Graph {

  private Graph() {}

  /** One instance of each value-type class (or record of the library) reachable from the roots. */
  static Map<Class<?>, Object> samples(Object... roots) {
    Map<Class<?>, Object> samples = new LinkedHashMap<>();
    Map<Object, Boolean> seen = new IdentityHashMap<>();
    for (Object root : roots) {
      walk(root, samples, seen);
    }
    return samples;
  }

  private static void walk(Object value, Map<Class<?>, Object> samples, Map<Object, Boolean> seen) {
    if (seen.put(value, Boolean.TRUE) != null) {
      return;
    }
    if (value instanceof Optional<?> optional) {
      optional.ifPresent(v -> walk(v, samples, seen));
    } else if (value instanceof Collection<?> collection) {
      collection.forEach(v -> walk(v, samples, seen));
    } else if (value instanceof Map<?, ?> map) {
      map.forEach((k, v) -> {
        walk(k, samples, seen);
        walk(v, samples, seen);
      });
    } else {
      Class<?> type = value.getClass();
      Optional<ValueTypes.Model> model = ValueTypes.model(type);
      if (model.isPresent()) {
        samples.putIfAbsent(type, value);
        for (Method attribute : model.get().attributes()) {
          walk(invoke(attribute, value), samples, seen);
        }
      } else if (type.isRecord() && type.getName().startsWith("dev.partnerpoints.")) {
        samples.putIfAbsent(type, value);
        for (RecordComponent component : type.getRecordComponents()) {
          walk(invoke(component.getAccessor(), value), samples, seen);
        }
      }
    }
  }

  private static Object invoke(Method method, Object target) {
    try {
      method.setAccessible(true);
      return method.invoke(target);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException(method + " failed", e);
    }
  }
}
