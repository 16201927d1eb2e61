package dev.partnerpoints.tier;

import dev.partnerpoints.internal.DateRanges;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.threeten.extra.LocalDateRange;

/** A period in which the partner's certification is valid: {@code [validFrom, validUntil)}. */
@Value.Immutable
abstract class CertificationDef {

  /**
   * The first valid day.
   *
   * @return the date, never null
   */
  @Value.Parameter
  public abstract LocalDate validFrom();

  /**
   * The first day the certification is no longer valid.
   *
   * @return the date, after {@link #validFrom()}, or empty if it does not expire
   */
  @Value.Parameter
  public abstract Optional<LocalDate> validUntil();

  // made on first use and kept: not an attribute, so not in equals, toString or the JSON (an
  // Immutables @Value.Lazy accessor would be public in the generated class, hence written); racy
  // but safe, LocalDateRange being immutable with final fields
  @SuppressWarnings("immutables:incompat")
  private transient @Nullable LocalDateRange range;

  /**
   * The days the certification is valid, half-open: {@code [validFrom, validUntil)}, unbounded at
   * the end when it does not expire.
   *
   * @return the range, never null, never empty
   */
  public final LocalDateRange dates() {
    LocalDateRange r = range;
    if (r == null) {
      r = DateRanges.of(validFrom(), validUntil());
      range = r;
    }
    return r;
  }

  /**
   * Checks whether the certification is valid on a date.
   *
   * @param date the date, not null
   * @return true if {@code validFrom <= date < validUntil}
   */
  public boolean isValidOn(LocalDate date) {
    return dates().contains(date);
  }

  @Value.Check
  void check() {
    if (!DateRanges.endsAfterStart(validFrom(), validUntil())) {
      throw new IllegalArgumentException("certification valid until " + validUntil().get()
          + " must end after it starts on " + validFrom());
    }
  }
}
