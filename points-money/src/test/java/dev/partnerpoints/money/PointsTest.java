package dev.partnerpoints.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PointsTest {

  /** 10^15 points, the documented largest magnitude. */
  private static final long MAX_POINTS = 1_000_000_000_000_000L;

  // --- factories -------------------------------------------------------------------------------

  @Test
  void wholePointsHaveTwoDecimalPlaces() {
    assertThat(Points.of(3).toString()).isEqualTo("3.00");
    assertThat(Points.of(3).toHundredths()).isEqualTo(300);
    assertThat(Points.of(-3).toBigDecimal()).isEqualTo(new BigDecimal("-3.00"));
    assertThat(Points.of(0)).isEqualTo(Points.zero());
  }

  @Test
  void ofHundredthsCountsHundredths() {
    assertThat(Points.ofHundredths(667)).isEqualTo(Points.of(new BigDecimal("6.67")));
    assertThat(Points.ofHundredths(-5).toString()).isEqualTo("-0.05");
  }

  @ParameterizedTest
  @CsvSource({
      "6.67,    667",
      "6.6,     660",
      "6.600,   660", // trailing zeros beyond two places are not significant
      "6,       600",
      "-0.5,    -50",
      "0.00,    0",
      "1E+2,    10000",
  })
  void ofDecimalKeepsTheExactValue(String decimal, long hundredths) {
    assertThat(Points.of(new BigDecimal(decimal)).toHundredths()).isEqualTo(hundredths);
  }

  @ParameterizedTest
  @ValueSource(strings = {"6.667", "0.001", "-1.005", "1.2345"})
  void ofDecimalRejectsMoreThanTwoDecimalPlacesLikeUnnecessary(String decimal) {
    assertThatThrownBy(() -> Points.of(new BigDecimal(decimal)))
        .isInstanceOf(ArithmeticException.class)
        .hasMessageContaining(decimal)
        .hasMessageContaining("more than 2 decimal places");
    assertThatThrownBy(() -> Points.of(new BigDecimal(decimal), RoundingMode.UNNECESSARY))
        .isInstanceOf(ArithmeticException.class)
        .hasMessageContaining(decimal);
  }

  @ParameterizedTest
  @CsvSource({
      // HALF_EVEN: ties go to the even hundredth
      "6.665,  HALF_EVEN, 6.66",
      "6.675,  HALF_EVEN, 6.68",
      "6.6651, HALF_EVEN, 6.67",
      "-6.665, HALF_EVEN, -6.66",
      "6.661,  UP,        6.67",
      "6.669,  DOWN,      6.66",
      "-6.661, FLOOR,     -6.67",
      "6.665,  HALF_UP,   6.67",
  })
  void ofDecimalWithRoundingModeRoundsOnce(String decimal, RoundingMode mode, String expected) {
    assertThat(Points.of(new BigDecimal(decimal), mode)).isEqualTo(Points.parse(expected));
  }

  // --- parse / toString ------------------------------------------------------------------------

  @ParameterizedTest
  @CsvSource({
      "6.67,  6.67",
      "6.6,   6.60",
      "-3,    -3.00",
      "+3,    3.00",
      "0,     0.00",
      "-0.50, -0.50",
      "007.1, 7.10",
      "1000000000000000, 1000000000000000.00",
  })
  void parseReadsPlainDecimalsAndToStringWritesTwoPlaces(String text, String printed) {
    Points points = Points.parse(text);
    assertThat(points.toString()).isEqualTo(printed);
    assertThat(Points.parse(points.toString())).isEqualTo(points);
  }

  @ParameterizedTest
  @ValueSource(strings = {"6.667", "1e5", "", " 1", "1.", ".5", "abc", "1,5", "--1", "0x10"})
  void parseRejectsTextThatIsNotAPlainDecimalWithAtMostTwoPlaces(String text) {
    assertThatThrownBy(() -> Points.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + text + "'");
  }

  @Test
  void parseRejectsValuesBeyondTheSupportedMagnitude() {
    assertThatThrownBy(() -> Points.parse("1000000000000000.01"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1000000000000000.01");
  }

  @Test
  void toStringParseRoundTripsEveryValue() {
    qt().forAll(longs().between(-100_000_000_000_000_000L, 100_000_000_000_000_000L))
        .checkAssert(hundredths -> {
          Points points = Points.ofHundredths(hundredths);
          assertThat(Points.parse(points.toString())).isEqualTo(points);
          assertThat(Points.of(points.toBigDecimal())).isEqualTo(points);
          assertThat(points.toBigDecimal().scale()).isEqualTo(2);
        });
  }

  // --- overflow --------------------------------------------------------------------------------

  @Test
  void theLargestMagnitudeIsTenToTheFifteenPoints() {
    assertThat(Points.of(MAX_POINTS).toHundredths()).isEqualTo(MAX_POINTS * 100);
    assertThat(Points.of(-MAX_POINTS).toHundredths()).isEqualTo(-MAX_POINTS * 100);
    assertThat(Points.ofHundredths(MAX_POINTS * 100)).isEqualTo(Points.of(MAX_POINTS));
  }

  @ParameterizedTest
  @ValueSource(longs = {MAX_POINTS + 1, -MAX_POINTS - 1, Long.MAX_VALUE, Long.MIN_VALUE + 1, Long.MIN_VALUE})
  void wholePointsBeyondTheMagnitudeOverflow(long wholePoints) {
    assertThatThrownBy(() -> Points.of(wholePoints))
        .isInstanceOf(ArithmeticException.class)
        .hasMessageContaining(Long.toString(wholePoints));
  }

  @ParameterizedTest
  @ValueSource(longs = {MAX_POINTS * 100 + 1, -MAX_POINTS * 100 - 1, Long.MAX_VALUE, Long.MIN_VALUE})
  void hundredthsBeyondTheMagnitudeOverflow(long hundredths) {
    assertThatThrownBy(() -> Points.ofHundredths(hundredths))
        .isInstanceOf(ArithmeticException.class)
        .hasMessageContaining(Long.toString(hundredths));
  }

  @Test
  void decimalsBeyondTheMagnitudeOverflow() {
    assertThatThrownBy(() -> Points.of(new BigDecimal("1000000000000000.01")))
        .isInstanceOf(ArithmeticException.class)
        .hasMessageContaining("1000000000000000.01");
    assertThatThrownBy(() -> Points.of(new BigDecimal("1E+30"), RoundingMode.HALF_EVEN))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void arithmeticBeyondTheMagnitudeOverflows() {
    Points max = Points.of(MAX_POINTS);
    assertThatThrownBy(() -> max.plus(Points.ofHundredths(1))).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> max.negated().minus(Points.ofHundredths(1))).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> max.multipliedBy(2)).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> Points.of(1).multipliedBy(Long.MAX_VALUE)).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> Points.total(max, Points.ofHundredths(1))).isInstanceOf(ArithmeticException.class);
  }

  // --- arithmetic and total --------------------------------------------------------------------

  @Test
  void arithmeticIsExact() {
    // 6.67 + 2 = 8.67; 6.67 - 8 = -1.33; 6.67 x 3 = 20.01
    assertThat(Points.parse("6.67").plus(Points.of(2))).isEqualTo(Points.parse("8.67"));
    assertThat(Points.parse("6.67").minus(Points.of(8))).isEqualTo(Points.parse("-1.33"));
    assertThat(Points.parse("6.67").multipliedBy(3)).isEqualTo(Points.parse("20.01"));
    assertThat(Points.parse("6.67").negated()).isEqualTo(Points.parse("-6.67"));
    assertThat(Points.parse("-6.67").atLeastZero()).isEqualTo(Points.zero());
    assertThat(Points.parse("6.67").atLeastZero()).isEqualTo(Points.parse("6.67"));
  }

  @Test
  void totalAddsExactlyWithoutReRounding() {
    // 0.33 + 0.33 + 0.34 = 1.00; 113.64 + 22.73 = 136.37
    assertThat(Points.total(Points.parse("0.33"), Points.parse("0.33"), Points.parse("0.34")))
        .isEqualTo(Points.of(1));
    assertThat(Points.total(List.of(Points.parse("113.64"), Points.parse("22.73"))))
        .isEqualTo(Points.parse("136.37"));
    assertThat(Points.total(List.of())).isEqualTo(Points.zero());
    assertThat(Points.total()).isEqualTo(Points.zero());
    // -1.05 + 0.05 = -1.00
    assertThat(Points.total(Points.parse("-1.05"), Points.parse("0.05"))).isEqualTo(Points.of(-1));
  }

  @Test
  void totalEqualsTheSumOfHundredths() {
    qt().forAll(lists().of(longs().between(-1_000_000_000_000L, 1_000_000_000_000L)).ofSizeBetween(0, 50))
        .checkAssert(hundredths -> {
          List<Points> points = hundredths.stream().map(Points::ofHundredths).collect(ImmutableList.toImmutableList());
          long expected = hundredths.stream().mapToLong(Long::longValue).sum();
          assertThat(Points.total(points).toHundredths()).isEqualTo(expected);
        });
  }

  @Test
  void comparisons() {
    Points small = Points.parse("1.99");
    Points large = Points.parse("2.00");
    assertThat(large.isGreaterThan(small)).isTrue();
    assertThat(small.isGreaterThan(large)).isFalse();
    assertThat(small.isLessThan(large)).isTrue();
    assertThat(Points.max(small, large)).isSameAs(large);
    assertThat(Points.min(small, large)).isSameAs(small);
    assertThat(small.compareTo(large)).isNegative();
    assertThat(Points.parse("-0.01").isNegative()).isTrue();
    assertThat(Points.parse("-0.01").signum()).isEqualTo(-1);
    assertThat(Points.zero().isZero()).isTrue();
    assertThat(Points.parse("0.01").isZero()).isFalse();
  }

  @Test
  void equalsAndHashCodeFollowTheValue() {
    assertThat(Points.parse("1.5")).isEqualTo(Points.of(new BigDecimal("1.50")))
        .hasSameHashCodeAs(Points.ofHundredths(150));
    assertThat(Points.parse("1.5")).isNotEqualTo(Points.parse("1.51")).isNotEqualTo("1.50");
  }

  // --- allocate --------------------------------------------------------------------------------

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      // 100 hundredths / 3 = 33 rem 1: the first share gets the extra hundredth
      "1.00;  3; 0.34 0.33 0.33",
      // 200 / 3 = 66 rem 2
      "2.00;  3; 0.67 0.67 0.66",
      // -100 / 3: floor -34, remainder 2: [-0.33, -0.33, -0.34]
      "-1.00; 3; -0.33 -0.33 -0.34",
      // 11.36 managed points (1000 EUR / 88) among 1 + 2 partners: 1136 / 3 = 378 rem 2
      "11.36; 3; 3.79 3.79 3.78",
      "0.01;  4; 0.01 0.00 0.00 0.00",
      "0.00;  2; 0.00 0.00",
      "5.00;  1; 5.00",
      "5.00;  5; 1.00 1.00 1.00 1.00 1.00",
  })
  void allocateSplitsByLargestRemainder(String points, int shares, String expected) {
    List<Points> expectedShares = Arrays.stream(expected.split(" ")).map(Points::parse).collect(ImmutableList.toImmutableList());
    assertThat(Points.parse(points).allocate(shares)).containsExactlyElementsOf(expectedShares);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
  void allocateRejectsFewerThanOneShare(int shares) {
    assertThatThrownBy(() -> Points.of(1).allocate(shares))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(Integer.toString(shares));
  }

  @Test
  void allocatedSharesAddUpExactlyAndDifferByAtMostOneHundredth() {
    qt().forAll(longs().between(-100_000_000_000_000_000L, 100_000_000_000_000_000L), integers().between(1, 2_000))
        .checkAssert((hundredths, shares) -> {
          Points points = Points.ofHundredths(hundredths);
          List<Points> split = points.allocate(shares);
          assertThat(split).hasSize(shares);
          assertThat(Points.total(split)).isEqualTo(points);
          long min = split.stream().mapToLong(Points::toHundredths).min().orElseThrow();
          long max = split.stream().mapToLong(Points::toHundredths).max().orElseThrow();
          assertThat(max - min).isBetween(0L, 1L);
          // the larger shares come first (ties broken by position)
          assertThat(split).isSortedAccordingTo((a, b) -> b.compareTo(a));
        });
  }

  // --- nulls -----------------------------------------------------------------------------------

  @Test
  void nullsAreRejectedByName() {
    assertThatThrownBy(() -> Points.of((BigDecimal) null)).isInstanceOf(NullPointerException.class).hasMessage("amount");
    assertThatThrownBy(() -> Points.of(BigDecimal.ONE, null)).isInstanceOf(NullPointerException.class).hasMessage("roundingMode");
    assertThatThrownBy(() -> Points.parse(null)).isInstanceOf(NullPointerException.class).hasMessage("text");
    assertThatThrownBy(() -> Points.of(1).plus(null)).isInstanceOf(NullPointerException.class).hasMessage("other");
    assertThatThrownBy(() -> Points.of(1).minus(null)).isInstanceOf(NullPointerException.class).hasMessage("other");
    assertThatThrownBy(() -> Points.total((Iterable<Points>) null)).isInstanceOf(NullPointerException.class).hasMessage("points");
    assertThatThrownBy(() -> Points.total(Arrays.asList(Points.of(1), null)))
        .isInstanceOf(NullPointerException.class).hasMessage("points element");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1E+999999999", "-1E+2147483647", "123456789012345678", "1E+16"})
  void amountsWithExtremeExponentsAreRejectedAsTooLarge(String amount) {
    BigDecimal value = new BigDecimal(amount);
    assertThatThrownBy(() -> Points.of(value)).isInstanceOf(ArithmeticException.class)
        .hasMessageStartingWith("points ").hasMessageEndingWith(" exceed the supported magnitude of 10^15 points")
        .hasMessageContaining(amount.length() > 20 ? amount : "");
    assertThatThrownBy(() -> Points.of(value, RoundingMode.HALF_EVEN)).isInstanceOf(ArithmeticException.class)
        .hasMessageEndingWith(" exceed the supported magnitude of 10^15 points");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1E-2147483647", "-1E-999999999", "5E-50000000", "0.001"})
  void tinyAmountsWithExtremeScalesHaveTooManyDecimalPlaces(String amount) {
    BigDecimal value = new BigDecimal(amount);
    assertThatThrownBy(() -> Points.of(value)).isInstanceOf(ArithmeticException.class)
        .hasMessage("points " + amount + " have more than 2 decimal places; name a RoundingMode to round them");
  }

  @ParameterizedTest
  @CsvSource({
      "5E-50000000, UP, 0.01", "5E-50000000, DOWN, 0.00", "5E-50000000, HALF_UP, 0.00",
      "-1E-2147483647, FLOOR, -0.01", "-1E-2147483647, CEILING, 0.00", "0.004, HALF_UP, 0.00",
      "0.005, HALF_UP, 0.01", "-0.0001, UP, -0.01"})
  void tinyAmountsRoundLikeAThousandth(String amount, RoundingMode mode, String expected) {
    assertThat(Points.of(new BigDecimal(amount), mode)).isEqualTo(Points.parse(expected));
  }

  @Test
  void trailingZerosBeyondTwoPlacesAndLargeExponentsWithinRangeAreExact() {
    assertThat(Points.of(new BigDecimal("12.3400000"))).isEqualTo(Points.parse("12.34"));
    assertThat(Points.of(new BigDecimal("1E+3"))).isEqualTo(Points.parse("1000"));
    assertThat(Points.of(new BigDecimal("0E-2147483647"))).isEqualTo(Points.parse("0"));
    assertThat(Points.of(new BigDecimal("1E+14"))).isEqualTo(Points.parse("100000000000000"));
  }
}
