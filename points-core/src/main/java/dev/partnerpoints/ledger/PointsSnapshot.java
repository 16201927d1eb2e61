package dev.partnerpoints.ledger;

import com.google.common.base.MoreObjects;
import com.google.common.collect.ImmutableList;
import dev.partnerpoints.money.Points;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A partner's points as of a date: sourced, assisted, sold, managed and total, and the sold entries
 * active and expired on it.
 */
@SuppressWarnings({"all"})
public final class PointsSnapshot extends PointsSnapshotDef {
  private final LocalDate date;
  private final Points sourcedPoints;
  private final Points assistedPoints;
  private final Points managedPoints;
  private final ImmutableList<SoldEntry> activeEntries;
  private final ImmutableList<SoldEntry> expiredEntries;
  private final Points soldPoints;
  private final Points totalPoints;

  private PointsSnapshot(
      LocalDate date,
      Points sourcedPoints,
      Points assistedPoints,
      Points managedPoints,
      ImmutableList<SoldEntry> activeEntries,
      ImmutableList<SoldEntry> expiredEntries) {
    this.date = date;
    this.sourcedPoints = sourcedPoints;
    this.assistedPoints = assistedPoints;
    this.managedPoints = managedPoints;
    this.activeEntries = activeEntries;
    this.expiredEntries = expiredEntries;
    // derived once, from the fields above (the definitions are PointsSnapshotDef's)
    this.soldPoints = super.soldPoints();
    this.totalPoints = super.totalPoints();
  }

  /**
   * Creates a snapshot holding the given lists as they are (no copy): the ledger passes views of
   * its own immutable, sorted entries.
   */
  static PointsSnapshot ofViews(LocalDate date, Points sourcedPoints, Points assistedPoints, Points managedPoints,
      ImmutableList<SoldEntry> activeEntries, ImmutableList<SoldEntry> expiredEntries) {
    return new PointsSnapshot(
        Objects.requireNonNull(date, "date"),
        Objects.requireNonNull(sourcedPoints, "sourcedPoints"),
        Objects.requireNonNull(assistedPoints, "assistedPoints"),
        Objects.requireNonNull(managedPoints, "managedPoints"),
        Objects.requireNonNull(activeEntries, "activeEntries"),
        Objects.requireNonNull(expiredEntries, "expiredEntries"));
  }

  /**
   * The date.
   * @return the date, never null
   */
  @Override
  public LocalDate date() {
    return date;
  }

  /**
   * The active sourced points.
   * @return the points, never null
   */
  @Override
  public Points sourcedPoints() {
    return sourcedPoints;
  }

  /**
   * The active assisted points.
   * @return the points, never null
   */
  @Override
  public Points assistedPoints() {
    return assistedPoints;
  }

  /**
   * The managed points (this partner's shares) on the date.
   * @return the points, never null
   */
  @Override
  public Points managedPoints() {
    return managedPoints;
  }

  /**
   * The sold entries active on the date, in close-date order.
   * @return the entries, never null
   */
  @Override
  public ImmutableList<SoldEntry> activeEntries() {
    return activeEntries;
  }

  /**
   * The sold entries expired by the date, in close-date order.
   * @return the entries, never null
   */
  @Override
  public ImmutableList<SoldEntry> expiredEntries() {
    return expiredEntries;
  }

  /**
   * The sold points: sourced plus assisted.
   * @return the points, never null
   */
  @Override
  public Points soldPoints() {
    return soldPoints;
  }

  /**
   * The total points: sourced plus assisted plus managed.
   * @return the points, never null
   */
  @Override
  public Points totalPoints() {
    return totalPoints;
  }

  /**
   * Copy the current immutable object by setting a value for the {@link PointsSnapshot#date() date} attribute.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for date
   * @return A modified copy or the {@code this} object
   */
  public final PointsSnapshot withDate(LocalDate value) {
    if (this.date == value) return this;
    LocalDate newValue = Objects.requireNonNull(value, "date");
    return new PointsSnapshot(
        newValue,
        this.sourcedPoints,
        this.assistedPoints,
        this.managedPoints,
        this.activeEntries,
        this.expiredEntries);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link PointsSnapshot#sourcedPoints() sourcedPoints} attribute.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for sourcedPoints
   * @return A modified copy or the {@code this} object
   */
  public final PointsSnapshot withSourcedPoints(Points value) {
    if (this.sourcedPoints == value) return this;
    Points newValue = Objects.requireNonNull(value, "sourcedPoints");
    return new PointsSnapshot(
        this.date,
        newValue,
        this.assistedPoints,
        this.managedPoints,
        this.activeEntries,
        this.expiredEntries);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link PointsSnapshot#assistedPoints() assistedPoints} attribute.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for assistedPoints
   * @return A modified copy or the {@code this} object
   */
  public final PointsSnapshot withAssistedPoints(Points value) {
    if (this.assistedPoints == value) return this;
    Points newValue = Objects.requireNonNull(value, "assistedPoints");
    return new PointsSnapshot(
        this.date,
        this.sourcedPoints,
        newValue,
        this.managedPoints,
        this.activeEntries,
        this.expiredEntries);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link PointsSnapshot#managedPoints() managedPoints} attribute.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for managedPoints
   * @return A modified copy or the {@code this} object
   */
  public final PointsSnapshot withManagedPoints(Points value) {
    if (this.managedPoints == value) return this;
    Points newValue = Objects.requireNonNull(value, "managedPoints");
    return new PointsSnapshot(
        this.date,
        this.sourcedPoints,
        this.assistedPoints,
        newValue,
        this.activeEntries,
        this.expiredEntries);
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link PointsSnapshot#activeEntries() activeEntries}.
   * @param elements The elements to set
   * @return A modified copy of {@code this} object
   */
  public final PointsSnapshot withActiveEntries(SoldEntry... elements) {
    ImmutableList<SoldEntry> newValue = ImmutableList.copyOf(elements);
    return new PointsSnapshot(
        this.date,
        this.sourcedPoints,
        this.assistedPoints,
        this.managedPoints,
        newValue,
        this.expiredEntries);
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link PointsSnapshot#activeEntries() activeEntries}.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param elements An iterable of activeEntries elements to set
   * @return A modified copy or {@code this} if not changed
   */
  public final PointsSnapshot withActiveEntries(Iterable<? extends SoldEntry> elements) {
    if (this.activeEntries == elements) return this;
    ImmutableList<SoldEntry> newValue = ImmutableList.copyOf(elements);
    return new PointsSnapshot(
        this.date,
        this.sourcedPoints,
        this.assistedPoints,
        this.managedPoints,
        newValue,
        this.expiredEntries);
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link PointsSnapshot#expiredEntries() expiredEntries}.
   * @param elements The elements to set
   * @return A modified copy of {@code this} object
   */
  public final PointsSnapshot withExpiredEntries(SoldEntry... elements) {
    ImmutableList<SoldEntry> newValue = ImmutableList.copyOf(elements);
    return new PointsSnapshot(
        this.date,
        this.sourcedPoints,
        this.assistedPoints,
        this.managedPoints,
        this.activeEntries,
        newValue);
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link PointsSnapshot#expiredEntries() expiredEntries}.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param elements An iterable of expiredEntries elements to set
   * @return A modified copy or {@code this} if not changed
   */
  public final PointsSnapshot withExpiredEntries(Iterable<? extends SoldEntry> elements) {
    if (this.expiredEntries == elements) return this;
    ImmutableList<SoldEntry> newValue = ImmutableList.copyOf(elements);
    return new PointsSnapshot(
        this.date,
        this.sourcedPoints,
        this.assistedPoints,
        this.managedPoints,
        this.activeEntries,
        newValue);
  }

  /**
   * This instance is equal to all instances of {@code PointsSnapshot} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof PointsSnapshot
        && equalsByValue((PointsSnapshot) another);
  }

  private boolean equalsByValue(PointsSnapshot another) {
    return date.equals(another.date)
        && sourcedPoints.equals(another.sourcedPoints)
        && assistedPoints.equals(another.assistedPoints)
        && managedPoints.equals(another.managedPoints)
        && activeEntries.equals(another.activeEntries)
        && expiredEntries.equals(another.expiredEntries)
        && soldPoints.equals(another.soldPoints)
        && totalPoints.equals(another.totalPoints);
  }

  /**
   * Computes a hash code from attributes: {@code date}, {@code sourcedPoints}, {@code assistedPoints}, {@code managedPoints}, {@code activeEntries}, {@code expiredEntries}, {@code soldPoints}, {@code totalPoints}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + date.hashCode();
    h += (h << 5) + sourcedPoints.hashCode();
    h += (h << 5) + assistedPoints.hashCode();
    h += (h << 5) + managedPoints.hashCode();
    h += (h << 5) + activeEntries.hashCode();
    h += (h << 5) + expiredEntries.hashCode();
    h += (h << 5) + soldPoints.hashCode();
    h += (h << 5) + totalPoints.hashCode();
    return h;
  }

  /**
   * Prints the immutable value {@code PointsSnapshot} with attribute values.
   * @return A string representation of the value
   */
  @Override
  public String toString() {
    return MoreObjects.toStringHelper("PointsSnapshot")
        .omitNullValues()
        .add("date", date)
        .add("sourcedPoints", sourcedPoints)
        .add("assistedPoints", assistedPoints)
        .add("managedPoints", managedPoints)
        .add("activeEntries", activeEntries)
        .add("expiredEntries", expiredEntries)
        .add("soldPoints", soldPoints)
        .add("totalPoints", totalPoints)
        .toString();
  }

  /**
   * Creates an immutable copy of a {@link PointsSnapshotDef} value.
   * Uses accessors to get values to initialize the new immutable instance.
   * If an instance is already immutable, it is returned as is.
   * @param instance The instance to copy
   * @return A copied immutable PointsSnapshot instance
   */
  static PointsSnapshot copyOf(PointsSnapshotDef instance) {
    if (instance instanceof PointsSnapshot) {
      return (PointsSnapshot) instance;
    }
    return PointsSnapshot.builder()
        .from(instance)
        .build();
  }

  /**
   * Creates a builder for {@link PointsSnapshot PointsSnapshot}.
   * <pre>
   * PointsSnapshot.builder()
   *    .date(java.time.LocalDate) // required {@link PointsSnapshot#date() date}
   *    .sourcedPoints(dev.partnerpoints.money.Points) // required {@link PointsSnapshot#sourcedPoints() sourcedPoints}
   *    .assistedPoints(dev.partnerpoints.money.Points) // required {@link PointsSnapshot#assistedPoints() assistedPoints}
   *    .managedPoints(dev.partnerpoints.money.Points) // required {@link PointsSnapshot#managedPoints() managedPoints}
   *    .addActiveEntries|addAllActiveEntries(SoldEntry) // {@link PointsSnapshot#activeEntries() activeEntries} elements
   *    .addExpiredEntries|addAllExpiredEntries(SoldEntry) // {@link PointsSnapshot#expiredEntries() expiredEntries} elements
   *    .build();
   * </pre>
   * @return A new PointsSnapshot builder
   */
  public static PointsSnapshot.Builder builder() {
    return new PointsSnapshot.Builder();
  }

  /**
   * Builds instances of type {@link PointsSnapshot PointsSnapshot}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  public static final class Builder {
    private static final long INIT_BIT_DATE = 0x1L;
    private static final long INIT_BIT_SOURCED_POINTS = 0x2L;
    private static final long INIT_BIT_ASSISTED_POINTS = 0x4L;
    private static final long INIT_BIT_MANAGED_POINTS = 0x8L;
    private long initBits = 0xfL;

    private LocalDate date;
    private Points sourcedPoints;
    private Points assistedPoints;
    private Points managedPoints;
    private ImmutableList.Builder<SoldEntry> activeEntries = ImmutableList.builder();
    private ImmutableList.Builder<SoldEntry> expiredEntries = ImmutableList.builder();

    private Builder() {
    }

    /**
     * Fill a builder with attribute values from the provided {@code PointsSnapshot} instance.
     * Regular attribute values will be replaced with those from the given instance.
     * Absent optional values will not replace present values.
     * Collection elements and entries will be added, not replaced.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder from(PointsSnapshot instance) {
      return from((PointsSnapshotDef) instance);
    }

    /**
     * Copy abstract value type {@code PointsSnapshotDef} instance into builder.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    final Builder from(PointsSnapshotDef instance) {
      Objects.requireNonNull(instance, "instance");
      this.date(instance.date());
      this.sourcedPoints(instance.sourcedPoints());
      this.assistedPoints(instance.assistedPoints());
      this.managedPoints(instance.managedPoints());
      addAllActiveEntries(instance.activeEntries());
      addAllExpiredEntries(instance.expiredEntries());
      return this;
    }

    /**
     * Initializes the value for the {@link PointsSnapshot#date() date} attribute.
     * @param date The value for date 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder date(LocalDate date) {
      this.date = Objects.requireNonNull(date, "date");
      initBits &= ~INIT_BIT_DATE;
      return this;
    }

    /**
     * Initializes the value for the {@link PointsSnapshot#sourcedPoints() sourcedPoints} attribute.
     * @param sourcedPoints The value for sourcedPoints 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder sourcedPoints(Points sourcedPoints) {
      this.sourcedPoints = Objects.requireNonNull(sourcedPoints, "sourcedPoints");
      initBits &= ~INIT_BIT_SOURCED_POINTS;
      return this;
    }

    /**
     * Initializes the value for the {@link PointsSnapshot#assistedPoints() assistedPoints} attribute.
     * @param assistedPoints The value for assistedPoints 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder assistedPoints(Points assistedPoints) {
      this.assistedPoints = Objects.requireNonNull(assistedPoints, "assistedPoints");
      initBits &= ~INIT_BIT_ASSISTED_POINTS;
      return this;
    }

    /**
     * Initializes the value for the {@link PointsSnapshot#managedPoints() managedPoints} attribute.
     * @param managedPoints The value for managedPoints 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder managedPoints(Points managedPoints) {
      this.managedPoints = Objects.requireNonNull(managedPoints, "managedPoints");
      initBits &= ~INIT_BIT_MANAGED_POINTS;
      return this;
    }

    /**
     * Adds one element to {@link PointsSnapshot#activeEntries() activeEntries} list.
     * @param element A activeEntries element
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder addActiveEntries(SoldEntry element) {
      this.activeEntries.add(element);
      return this;
    }

    /**
     * Adds elements to {@link PointsSnapshot#activeEntries() activeEntries} list.
     * @param elements An array of activeEntries elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder addActiveEntries(SoldEntry... elements) {
      this.activeEntries.add(elements);
      return this;
    }


    /**
     * Sets or replaces all elements for {@link PointsSnapshot#activeEntries() activeEntries} list.
     * @param elements An iterable of activeEntries elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder activeEntries(Iterable<? extends SoldEntry> elements) {
      this.activeEntries = ImmutableList.builder();
      return addAllActiveEntries(elements);
    }

    /**
     * Adds elements to {@link PointsSnapshot#activeEntries() activeEntries} list.
     * @param elements An iterable of activeEntries elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder addAllActiveEntries(Iterable<? extends SoldEntry> elements) {
      this.activeEntries.addAll(elements);
      return this;
    }

    /**
     * Adds one element to {@link PointsSnapshot#expiredEntries() expiredEntries} list.
     * @param element A expiredEntries element
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder addExpiredEntries(SoldEntry element) {
      this.expiredEntries.add(element);
      return this;
    }

    /**
     * Adds elements to {@link PointsSnapshot#expiredEntries() expiredEntries} list.
     * @param elements An array of expiredEntries elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder addExpiredEntries(SoldEntry... elements) {
      this.expiredEntries.add(elements);
      return this;
    }


    /**
     * Sets or replaces all elements for {@link PointsSnapshot#expiredEntries() expiredEntries} list.
     * @param elements An iterable of expiredEntries elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder expiredEntries(Iterable<? extends SoldEntry> elements) {
      this.expiredEntries = ImmutableList.builder();
      return addAllExpiredEntries(elements);
    }

    /**
     * Adds elements to {@link PointsSnapshot#expiredEntries() expiredEntries} list.
     * @param elements An iterable of expiredEntries elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder addAllExpiredEntries(Iterable<? extends SoldEntry> elements) {
      this.expiredEntries.addAll(elements);
      return this;
    }

    /**
     * Builds a new {@link PointsSnapshot PointsSnapshot}.
     * @return An immutable instance of PointsSnapshot
     * @throws java.lang.IllegalStateException if any required attributes are missing
     */
    public PointsSnapshot build() {
      if (initBits != 0) {
        throw new IllegalStateException(formatRequiredAttributesMessage());
      }
      return new PointsSnapshot(
          date,
          sourcedPoints,
          assistedPoints,
          managedPoints,
          activeEntries.build(),
          expiredEntries.build());
    }

    private String formatRequiredAttributesMessage() {
      List<String> attributes = new ArrayList<>();
      if ((initBits & INIT_BIT_DATE) != 0) attributes.add("date");
      if ((initBits & INIT_BIT_SOURCED_POINTS) != 0) attributes.add("sourcedPoints");
      if ((initBits & INIT_BIT_ASSISTED_POINTS) != 0) attributes.add("assistedPoints");
      if ((initBits & INIT_BIT_MANAGED_POINTS) != 0) attributes.add("managedPoints");
      return "Cannot build PointsSnapshot, some of required attributes are not set " + attributes;
    }
  }
}
