package dev.partnerpoints.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.threeten.extra.LocalDateRange;

/**
 * The one place where the library's date ranges are made: every span of days (management periods,
 * managed intervals, certifications, data gaps, sold entries' active days, commission schedules) is
 * half-open, {@code [start, end)}, the end exclusive, and unbounded at the end when it has no end.
 * A bounded range is never empty: its end is after its start.
 */
public final class DateRanges {
  private DateRanges() {}

  /**
   * Whether an end (exclusive) is allowed for a start: no end, or an end after the start.
   *
   * @param start the first day, not null
   * @param end the first day after the range, or empty for no end
   * @return true if the range {@code [start, end)} is allowed
   */
  public static boolean endsAfterStart(LocalDate start, Optional<LocalDate> end) {
    return end.isEmpty() || endsAfterStart(start, end.get());
  }

  /**
   * Whether an end (exclusive) is allowed for a start: an end after the start.
   *
   * @param start the first day, not null
   * @param end the first day after the range, not null
   * @return true if the range {@code [start, end)} is allowed
   */
  public static boolean endsAfterStart(LocalDate start, LocalDate end) {
    return end.isAfter(start);
  }

  /**
   * Whether the half-open range {@code [start, end)} contains a day: the answer of {@code
   * of(start, end).contains(date)} without making the range, for loops over many ranges (such as the
   * trailing window of every deal).
   *
   * @param start the first day, not null
   * @param end the first day after the range, after {@code start}, not null
   * @param date the day, not null
   * @return true if {@code start <= date < end}
   */
  public static boolean contains(LocalDate start, LocalDate end, LocalDate date) {
    return !date.isBefore(start) && date.isBefore(end);
  }

  /**
   * The half-open range {@code [start, end)}, unbounded at the end when {@code end} is empty.
   *
   * @param start the first day, not null
   * @param end the first day after the range, after {@code start}, or empty for no end
   * @return the range, never null, never empty
   * @throws IllegalArgumentException if {@code end} is not after {@code start}
   */
  public static LocalDateRange of(LocalDate start, Optional<LocalDate> end) {
    return end.isPresent() ? of(start, end.get()) : LocalDateRange.ofUnboundedEnd(start);
  }

  /**
   * The half-open range {@code [start, end)}.
   *
   * @param start the first day, not null
   * @param end the first day after the range, after {@code start}, not null
   * @return the range, never null, never empty
   * @throws IllegalArgumentException if {@code end} is not after {@code start}
   */
  public static LocalDateRange of(LocalDate start, LocalDate end) {
    if (!endsAfterStart(start, end)) {
      throw new IllegalArgumentException("date range ends on " + end + ", which must be after its start " + start
          + " (the end is exclusive)");
    }
    return LocalDateRange.of(start, end);
  }

  /**
   * The days of the months {@code [first, end)}: from the first day of {@code first} to the first
   * day of {@code end} (exclusive), unbounded at the end when {@code end} is empty. A month is in
   * the months when the range {@linkplain LocalDateRange#contains(LocalDate) contains} its first day.
   *
   * @param first the first month, not null
   * @param end the first month after the range, after {@code first}, or empty for no end
   * @return the range, never null, never empty
   * @throws IllegalArgumentException if {@code end} is not after {@code first}
   */
  public static LocalDateRange ofMonths(YearMonth first, Optional<YearMonth> end) {
    return of(first.atDay(1), end.map(m -> m.atDay(1)));
  }

  /**
   * The days of one month as a range.
   *
   * @param month the month, not null
   * @return {@code [first day, first day of the next month)}, never null
   */
  public static LocalDateRange ofMonth(YearMonth month) {
    return LocalDateRange.of(month.atDay(1), month.plusMonths(1).atDay(1));
  }
}
