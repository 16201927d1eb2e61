package dev.partnerpoints.tier;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

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

  /**
   * Checks whether the certification is valid on a date.
   *
   * @param date the date, not null
   * @return true if {@code validFrom <= date < validUntil}
   */
  public boolean isValidOn(LocalDate date) {
    return !date.isBefore(validFrom()) && (validUntil().isEmpty() || date.isBefore(validUntil().get()));
  }

  @Value.Check
  void check() {
    if (validUntil().isPresent() && !validUntil().get().isAfter(validFrom())) {
      throw new IllegalArgumentException("certification valid until " + validUntil().get()
          + " must end after it starts on " + validFrom());
    }
  }
}
