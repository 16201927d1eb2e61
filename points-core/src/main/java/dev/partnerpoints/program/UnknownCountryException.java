package dev.partnerpoints.program;

import dev.partnerpoints.money.PointsException;
import java.util.Objects;

/** Thrown for a country code that is malformed or not an ISO 3166-1 alpha-2 country. */
public final class UnknownCountryException extends PointsException {
  private static final long serialVersionUID = 1L;

  private final String countryCode;

  /**
   * Creates the exception.
   *
   * @param countryCode the rejected code, not null
   */
  public UnknownCountryException(String countryCode) {
    super("country code '" + countryCode
        + "' is not an ISO 3166-1 alpha-2 country code (two upper-case letters such as BR or US)");
    this.countryCode = Objects.requireNonNull(countryCode, "countryCode");
  }

  /**
   * Returns the rejected code.
   *
   * @return the code as given, never null
   */
  public String countryCode() {
    return countryCode;
  }
}
