package dev.partnerpoints.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

class DateRangesTest {

  private static final LocalDate AUG_1 = LocalDate.of(2025, 8, 1);
  private static final LocalDate SEP_1 = LocalDate.of(2025, 9, 1);

  @Test
  void aBoundedRangeHoldsItsStartAndNotItsEnd() {
    LocalDateRange august = DateRanges.of(AUG_1, Optional.of(SEP_1));
    assertThat(august.getStart()).isEqualTo(AUG_1);
    assertThat(august.getEnd()).isEqualTo(SEP_1);
    assertThat(august.isUnboundedEnd()).isFalse();
    assertThat(august.contains(AUG_1)).isTrue();
    assertThat(august.contains(LocalDate.of(2025, 8, 31))).isTrue();
    assertThat(august.contains(SEP_1)).isFalse();
    assertThat(august.contains(AUG_1.minusDays(1))).isFalse();
    assertThat(august.lengthInDays()).isEqualTo(31);
    assertThat(DateRanges.of(AUG_1, SEP_1)).isEqualTo(august);
  }

  @Test
  void noEndMeansUnboundedAtTheEnd() {
    LocalDateRange open = DateRanges.of(AUG_1, Optional.empty());
    assertThat(open.isUnboundedEnd()).isTrue();
    assertThat(open.contains(LocalDate.of(9999, 12, 31))).isTrue();
    assertThat(open.contains(AUG_1.minusDays(1))).isFalse();
  }

  @Test
  void anEndOnOrBeforeTheStartIsRejectedNamingBothDates() {
    assertThatThrownBy(() -> DateRanges.of(AUG_1, Optional.of(AUG_1))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("date range ends on 2025-08-01, which must be after its start 2025-08-01 (the end is exclusive)");
    assertThatThrownBy(() -> DateRanges.of(SEP_1, AUG_1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("date range ends on 2025-08-01, which must be after its start 2025-09-01 (the end is exclusive)");
    assertThatThrownBy(() -> DateRanges.ofMonths(YearMonth.of(2025, 8), Optional.of(YearMonth.of(2025, 8))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ends on 2025-08-01, which must be after its start 2025-08-01");
    assertThat(DateRanges.endsAfterStart(AUG_1, Optional.empty())).isTrue();
    assertThat(DateRanges.endsAfterStart(AUG_1, Optional.of(AUG_1.plusDays(1)))).isTrue();
    assertThat(DateRanges.endsAfterStart(AUG_1, AUG_1)).isFalse();
  }

  @Test
  void monthsAreTheDaysFromTheFirstMonthToTheFirstDayOfTheEndMonth() {
    LocalDateRange months = DateRanges.ofMonths(YearMonth.of(2025, 8), Optional.of(YearMonth.of(2028, 8)));
    assertThat(months.getStart()).isEqualTo(AUG_1);
    assertThat(months.getEnd()).isEqualTo(LocalDate.of(2028, 8, 1));
    assertThat(DateRanges.ofMonths(YearMonth.of(2025, 8), Optional.empty()).isUnboundedEnd()).isTrue();
    LocalDateRange february = DateRanges.ofMonth(YearMonth.of(2024, 2));
    assertThat(february.getStart()).isEqualTo(LocalDate.of(2024, 2, 1));
    assertThat(february.getEndInclusive()).isEqualTo(LocalDate.of(2024, 2, 29));
  }

  /** The range answers exactly what the hand-written {@code from <= d < until} checks did. */
  @Test
  void containsAndOverlapsAgreeWithTheHalfOpenComparisons() {
    // b: its start (0 to 60 days in) and its length (0 for no end, else 1 to 30 days) in one number
    qt().withExamples(2000).forAll(integers().between(0, 60), integers().between(0, 30),
            integers().between(0, 61 * 31 - 1), integers().between(-5, 100))
        .checkAssert((aStart, aLength, b, day) -> {
          int bStart = b / 31;
          int bLength = b % 31;
          LocalDate aFrom = AUG_1.plusDays(aStart);
          Optional<LocalDate> aUntil = aLength == 0 ? Optional.empty() : Optional.of(aFrom.plusDays(aLength));
          LocalDate bFrom = AUG_1.plusDays(bStart);
          Optional<LocalDate> bUntil = bLength == 0 ? Optional.empty() : Optional.of(bFrom.plusDays(bLength));
          LocalDate date = AUG_1.plusDays(day);
          boolean inA = !date.isBefore(aFrom) && (aUntil.isEmpty() || date.isBefore(aUntil.get()));
          assertThat(DateRanges.of(aFrom, aUntil).contains(date)).isEqualTo(inA);
          aUntil.ifPresent(until -> assertThat(DateRanges.contains(aFrom, until, date))
              .isEqualTo(DateRanges.of(aFrom, until).contains(date)).isEqualTo(inA));
          boolean aEndsBeforeB = aUntil.isPresent() && !aUntil.get().isAfter(bFrom);
          boolean bEndsBeforeA = bUntil.isPresent() && !bUntil.get().isAfter(aFrom);
          assertThat(DateRanges.of(aFrom, aUntil).overlaps(DateRanges.of(bFrom, bUntil)))
              .isEqualTo(!aEndsBeforeB && !bEndsBeforeA);
          YearMonth first = YearMonth.from(aFrom);
          Optional<YearMonth> end = aUntil.map(u -> first.plusMonths(aLength % 5 + 1L));
          YearMonth month = YearMonth.from(date);
          boolean covered = !month.isBefore(first) && (end.isEmpty() || month.isBefore(end.get()));
          assertThat(DateRanges.ofMonths(first, end).contains(month.atDay(1))).isEqualTo(covered);
          assertThat(DateRanges.ofMonth(month).overlaps(DateRanges.of(aFrom, aUntil)))
              .isEqualTo(!aFrom.isAfter(month.atEndOfMonth()) && (aUntil.isEmpty()
                  || aUntil.get().isAfter(month.atDay(1))));
        });
  }
}
