package dev.partnerpoints.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.UncheckedIOException;

/** Writes a value with the module and reads it back as its own class. */
final class RoundTrip {

  static final ObjectMapper MAPPER = JsonMapper.builder().addModule(new PartnerPointsModule()).build();

  private RoundTrip() {}

  static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static <T> T read(String json, Class<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Asserts that the value comes back equal, and that writing it again gives the same text. */
  static void assertRoundTrips(Object value) {
    String json = write(value);
    Object back = read(json, value.getClass());
    assertThat(back).as("%s read back from %s", value.getClass().getSimpleName(), json).isEqualTo(value);
    assertThat(write(back)).isEqualTo(json);
  }

  /** Asserts the round trip of every library value among and reachable from the roots (collections included). */
  static void assertAllRoundTrip(Object... roots) {
    Graph.samples(roots).values().forEach(RoundTrip::assertRoundTrips);
  }
}
