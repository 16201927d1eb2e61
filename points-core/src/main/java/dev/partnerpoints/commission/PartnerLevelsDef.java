package dev.partnerpoints.commission;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The partner's level over time: a level from the start and, optionally, the date it converted
 * from Partner to Provider (Provider on and after that date).
 *
 * <pre>{@code
 * PartnerLevels.alwaysPartner();
 * PartnerLevels.convertedToProviderOn(LocalDate.of(2025, 1, 1));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
abstract class PartnerLevelsDef {

  /**
   * The level before any conversion.
   *
   * @return the level, {@link PartnerLevel#PARTNER} by default
   */
  @Value.Default
  public PartnerLevel initialLevel() {
    return PartnerLevel.PARTNER;
  }

  /**
   * The date the partner converted from Partner to Provider: it is a Provider on and after it.
   *
   * @return the conversion date, or empty if the level never changes
   */
  public abstract Optional<LocalDate> providerFrom();

  /**
   * Returns the level on a date.
   *
   * @param date the date, not null
   * @return the level, never null
   */
  public PartnerLevel levelOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return providerFrom().isPresent() && !date.isBefore(providerFrom().get()) ? PartnerLevel.PROVIDER : initialLevel();
  }

  /**
   * Returns a partner that is a Partner on every date.
   *
   * @return the levels, never null
   */
  public static PartnerLevels alwaysPartner() {
    return PartnerLevels.builder().build();
  }

  /**
   * Returns a partner that is a Provider on every date.
   *
   * @return the levels, never null
   */
  public static PartnerLevels alwaysProvider() {
    return PartnerLevels.builder().initialLevel(PartnerLevel.PROVIDER).build();
  }

  /**
   * Returns a partner that converted from Partner to Provider on a date.
   *
   * @param date the first day as a Provider, not null
   * @return the levels, never null
   */
  public static PartnerLevels convertedToProviderOn(LocalDate date) {
    return PartnerLevels.builder().providerFrom(Objects.requireNonNull(date, "date")).build();
  }

  @Value.Check
  void check() {
    if (initialLevel() == PartnerLevel.PROVIDER && providerFrom().isPresent()) {
      throw new IllegalArgumentException("a partner that starts as a Provider cannot convert to Provider on "
          + providerFrom().get() + "; give either initial level PROVIDER or a conversion date, not both");
    }
  }
}
