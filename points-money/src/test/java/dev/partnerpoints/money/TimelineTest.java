package dev.partnerpoints.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimelineTest {

  private final Timeline<Integer> sourcedRate = Timeline.<Integer>builder("sourced rate")
      .add(LocalDate.of(2024, 2, 27), 5) // added out of order on purpose
      .add(LocalDate.of(2022, 7, 18), 3)
      .build();

  @Test
  void eachValueIsInForceFromItsDateUntilTheNextOne() {
    assertThat(sourcedRate.valueOn(LocalDate.of(2022, 7, 18))).isEqualTo(3);
    assertThat(sourcedRate.valueOn(LocalDate.of(2024, 2, 26))).isEqualTo(3);
    assertThat(sourcedRate.valueOn(LocalDate.of(2024, 2, 27))).isEqualTo(5);
    assertThat(sourcedRate.valueOn(LocalDate.of(2099, 1, 1))).isEqualTo(5);
    assertThat(sourcedRate.effectiveFromOn(LocalDate.of(2024, 2, 26))).isEqualTo(LocalDate.of(2022, 7, 18));
    assertThat(sourcedRate.effectiveFromOn(LocalDate.of(2024, 2, 27))).isEqualTo(LocalDate.of(2024, 2, 27));
    assertThat(sourcedRate.firstEffectiveDate()).isEqualTo(LocalDate.of(2022, 7, 18));
    assertThat(sourcedRate.entries().keySet()).containsExactly(LocalDate.of(2022, 7, 18), LocalDate.of(2024, 2, 27));
  }

  @Test
  void nextChangeAfterADate() {
    assertThat(sourcedRate.nextChangeAfter(LocalDate.of(2022, 1, 1))).contains(LocalDate.of(2022, 7, 18));
    assertThat(sourcedRate.nextChangeAfter(LocalDate.of(2024, 2, 26))).contains(LocalDate.of(2024, 2, 27));
    assertThat(sourcedRate.nextChangeAfter(LocalDate.of(2024, 2, 27))).isEmpty();
  }

  @Test
  void aDateBeforeTheFirstValueIsOutsideTheProgram() {
    assertThatThrownBy(() -> sourcedRate.valueOn(LocalDate.of(2022, 7, 17)))
        .isInstanceOf(DateOutsideProgramException.class)
        .isInstanceOf(PointsException.class)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2022-07-17")
        .hasMessageContaining("sourced rate")
        .hasMessageContaining("2022-07-18");
  }

  @Test
  void badBuildsAreRejected() {
    assertThatThrownBy(() -> Timeline.<Integer>builder("empty").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
    assertThatThrownBy(() -> Timeline.<Integer>builder("twice")
        .add(LocalDate.of(2022, 7, 18), 1).add(LocalDate.of(2022, 7, 18), 2).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
    assertThatThrownBy(() -> Timeline.<Integer>builder("x").add(null, 1))
        .isInstanceOf(NullPointerException.class).hasMessage("effectiveFrom");
    assertThatThrownBy(() -> Timeline.<Integer>builder("x").add(LocalDate.of(2022, 7, 18), null))
        .isInstanceOf(NullPointerException.class).hasMessage("value");
    assertThatThrownBy(() -> sourcedRate.valueOn(null))
        .isInstanceOf(NullPointerException.class).hasMessage("date");
  }

  @Test
  void equality() {
    assertThat(Timeline.of("sourced rate", LocalDate.of(2022, 7, 18), 3))
        .isEqualTo(Timeline.of("sourced rate", LocalDate.of(2022, 7, 18), 3))
        .hasSameHashCodeAs(Timeline.of("sourced rate", LocalDate.of(2022, 7, 18), 3))
        .isNotEqualTo(Timeline.of("sourced rate", LocalDate.of(2022, 7, 18), 5))
        .isNotEqualTo(Timeline.of("assisted rate", LocalDate.of(2022, 7, 18), 3));
  }
}
