package dev.partnerpoints.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerpoints.money.PointsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CountryCodeTest {

  @ParameterizedTest
  @ValueSource(strings = {"BR", "US", "DE", "GB", "JP", "IN", "TL", "PR"})
  void knownCodesAreAccepted(String code) {
    CountryCode country = CountryCode.of(code);
    assertThat(country.code()).isEqualTo(code);
    assertThat(country.toString()).isEqualTo(code);
    assertThat(CountryCode.of(code)).isEqualTo(country).hasSameHashCodeAs(country);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ZZ", "br", "Br", "BRA", "", "B", " BR", "12", "UK"})
  void unknownOrMalformedCodesAreRejectedNamingThem(String code) {
    assertThatThrownBy(() -> CountryCode.of(code))
        .isInstanceOfSatisfying(UnknownCountryException.class, e -> assertThat(e.countryCode()).isEqualTo(code))
        .isInstanceOf(PointsException.class)
        .hasMessageContaining("'" + code + "'");
  }

  @Test
  void nullIsRejectedByName() {
    assertThatThrownBy(() -> CountryCode.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("country code");
  }

  @Test
  void codesSortAlphabetically() {
    assertThat(CountryCode.of("BR").compareTo(CountryCode.of("US"))).isNegative();
    assertThat(CountryCode.of("US").compareTo(CountryCode.of("BR"))).isPositive();
    assertThat(CountryCode.of("US")).isNotEqualTo(CountryCode.of("BR"));
  }
}
