package dev.partnerpoints.money;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Values that take effect on dates: each value is in force from its effective date (inclusive)
 * until the next value's effective date (exclusive). Program rules are effective-dated this way so
 * that a ledger can value an old deal with the rules of its day.
 *
 * <pre>{@code
 * Timeline<Integer> sourcedRate = Timeline.<Integer>builder("sourced rate")
 *     .add(LocalDate.of(2022, 7, 18), 3)
 *     .add(LocalDate.of(2024, 2, 27), 5)
 *     .build();
 * sourcedRate.valueOn(LocalDate.of(2024, 2, 26)); // 3
 * sourcedRate.valueOn(LocalDate.of(2024, 2, 27)); // 5
 * }</pre>
 *
 * <p>This class is immutable and thread-safe if its values are.
 *
 * @param <T> the type of the values
 */
public final class Timeline<T> {

  private final String name;
  private final ImmutableSortedMap<LocalDate, T> entries;
  /** The effective dates as epoch days, ascending: a lookup is a binary search without allocation. */
  private final long[] effectiveDays;
  /** The entries in date order, made once ({@code floorEntry} on the map makes a sub-map per call). */
  private final ImmutableList<Map.Entry<LocalDate, T>> entryList;

  private Timeline(String name, ImmutableSortedMap<LocalDate, T> entries) {
    this.name = name;
    this.entries = entries;
    this.entryList = ImmutableList.copyOf(entries.entrySet());
    this.effectiveDays = new long[entryList.size()];
    for (int i = 0; i < effectiveDays.length; i++) {
      effectiveDays[i] = entryList.get(i).getKey().toEpochDay();
    }
  }

  /**
   * Starts a builder.
   *
   * @param name what the values are, used in error messages, such as "point value table"
   * @param <T> the type of the values
   * @return a new builder, never null
   */
  public static <T> Builder<T> builder(String name) {
    return new Builder<>(Objects.requireNonNull(name, "name"));
  }

  /**
   * Returns a timeline with one value in force from the given date on.
   *
   * @param name what the value is, used in error messages
   * @param effectiveFrom the first date the value is in force, not null
   * @param value the value, not null
   * @param <T> the type of the value
   * @return the timeline, never null
   */
  public static <T> Timeline<T> of(String name, LocalDate effectiveFrom, T value) {
    return Timeline.<T>builder(name).add(effectiveFrom, value).build();
  }

  /**
   * Returns the value in force on a date.
   *
   * @param date the date, not null
   * @return the value, never null
   * @throws DateOutsideProgramException if the date is before the first effective date
   */
  public T valueOn(LocalDate date) {
    return entryOn(date).getValue();
  }

  /**
   * Returns the effective date of the value in force on a date.
   *
   * @param date the date, not null
   * @return the effective date of the value in force, never null
   * @throws DateOutsideProgramException if the date is before the first effective date
   */
  public LocalDate effectiveFromOn(LocalDate date) {
    return entryOn(date).getKey();
  }

  /**
   * Returns the effective date and value in force on a date.
   *
   * @param date the date, not null
   * @return the entry, never null
   * @throws DateOutsideProgramException if the date is before the first effective date
   */
  public Map.Entry<LocalDate, T> entryOn(LocalDate date) {
    long day = Objects.requireNonNull(date, "date").toEpochDay();
    int low = 0;
    int high = effectiveDays.length - 1;
    while (low <= high) { // the last effective day on or before the date ends at high
      int mid = (low + high) >>> 1;
      if (effectiveDays[mid] <= day) {
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    if (high < 0) {
      throw new DateOutsideProgramException(name, date, entries.firstKey());
    }
    return entryList.get(high);
  }

  /**
   * Returns the first date on which a value takes effect after the given date, if any.
   *
   * @param date the date, not null
   * @return the next change date, or empty when no later value exists
   */
  public Optional<LocalDate> nextChangeAfter(LocalDate date) {
    return Optional.ofNullable(entries.higherKey(Objects.requireNonNull(date, "date")));
  }

  /**
   * Returns the first effective date.
   *
   * @return the date, never null
   */
  public LocalDate firstEffectiveDate() {
    return entries.firstKey();
  }

  /**
   * Returns all values by effective date, in date order.
   *
   * @return the entries, never null, never empty
   */
  public ImmutableSortedMap<LocalDate, T> entries() {
    return entries;
  }

  /**
   * Returns what the values are.
   *
   * @return the name, never null
   */
  public String name() {
    return name;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Timeline
        && ((Timeline<?>) obj).name.equals(name)
        && ((Timeline<?>) obj).entries.equals(entries);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, entries);
  }

  @Override
  public String toString() {
    return name + entries;
  }

  /**
   * Builds a {@link Timeline}. Not thread-safe.
   *
   * @param <T> the type of the values
   */
  public static final class Builder<T> {
    private final String name;
    private final ImmutableSortedMap.Builder<LocalDate, T> entries =
        ImmutableSortedMap.naturalOrder();
    private int size;

    private Builder(String name) {
      this.name = name;
    }

    /**
     * Adds a value that takes effect on a date.
     *
     * @param effectiveFrom the first date the value is in force, not null
     * @param value the value, not null
     * @return this builder
     */
    public Builder<T> add(LocalDate effectiveFrom, T value) {
      entries.put(
          Objects.requireNonNull(effectiveFrom, "effectiveFrom"),
          Objects.requireNonNull(value, "value"));
      size++;
      return this;
    }

    /**
     * Builds the timeline.
     *
     * @return the timeline, never null
     * @throws IllegalArgumentException if no value was added or two values share an effective date
     */
    public Timeline<T> build() {
      if (size == 0) {
        throw new IllegalArgumentException(name + " needs at least one effective-dated value, but had none");
      }
      ImmutableSortedMap<LocalDate, T> map;
      try {
        map = entries.buildOrThrow();
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            name + " has two values with the same effective date: " + e.getMessage(), e);
      }
      return new Timeline<>(name, map);
    }
  }
}
