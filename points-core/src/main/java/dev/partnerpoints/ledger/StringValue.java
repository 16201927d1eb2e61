package dev.partnerpoints.ledger;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The shared shape of the small string-valued identity types ({@link ClientId}, {@link PartnerId},
 * {@link DealId}, {@link ProductLine}): not blank, compared and ordered by exact text, equal only to
 * the same type.
 *
 * @param <T> the concrete type
 */
abstract class StringValue<T extends StringValue<T>> implements Comparable<T> {
  private final String value;

  StringValue(String what, String value) {
    Objects.requireNonNull(value, what);
    if (value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank, but was '" + value + "'");
    }
    this.value = value;
  }

  /**
   * Returns the text.
   *
   * @return the text, never null, not blank
   */
  public final String value() {
    return value;
  }

  @Override
  public final int compareTo(T other) {
    return value.compareTo(other.value());
  }

  @Override
  // getClass, not instanceof: a ClientId and a PartnerId with the same text are different ids
  @SuppressWarnings("EqualsGetClass")
  public final boolean equals(@Nullable Object obj) {
    return obj != null && obj.getClass() == getClass() && ((StringValue<?>) obj).value.equals(value);
  }

  @Override
  public final int hashCode() {
    return value.hashCode();
  }

  /**
   * Returns the text.
   *
   * @return the text, never null
   */
  @Override
  public final String toString() {
    return value;
  }
}
