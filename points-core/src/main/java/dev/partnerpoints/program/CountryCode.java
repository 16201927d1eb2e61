package dev.partnerpoints.program;

import com.google.common.collect.ImmutableMap;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A client's country (its market), as an ISO 3166-1 alpha-2 code such as {@code BR}.
 *
 * <p>Only the codes the JDK knows ({@link Locale#getISOCountries()}) are accepted; anything else
 * is an {@link UnknownCountryException}. Codes are case-sensitive: {@code "br"} is rejected rather
 * than guessed. This class is immutable and thread-safe; instances are cached.
 */
public final class CountryCode implements Comparable<CountryCode> {

  private static final ImmutableMap<String, CountryCode> KNOWN;

  static {
    ImmutableMap.Builder<String, CountryCode> known = ImmutableMap.builder();
    for (String code : Locale.getISOCountries()) {
      known.put(code, new CountryCode(code));
    }
    KNOWN = known.buildOrThrow();
  }

  private final String code;

  private CountryCode(String code) {
    this.code = code;
  }

  /**
   * Obtains a country code.
   *
   * @param code the ISO 3166-1 alpha-2 code, upper case, not null
   * @return the country code, never null
   * @throws UnknownCountryException if the code is malformed or not a known country
   */
  public static CountryCode of(String code) {
    Objects.requireNonNull(code, "country code");
    CountryCode country = KNOWN.get(code);
    if (country == null) {
      throw new UnknownCountryException(code);
    }
    return country;
  }

  /**
   * Returns the two-letter code.
   *
   * @return the code, never null
   */
  public String code() {
    return code;
  }

  @Override
  public int compareTo(CountryCode other) {
    return code.compareTo(other.code);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof CountryCode other && other.code.equals(code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /**
   * Returns the two-letter code.
   *
   * @return the code, never null
   */
  @Override
  public String toString() {
    return code;
  }
}
