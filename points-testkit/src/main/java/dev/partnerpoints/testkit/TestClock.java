package dev.partnerpoints.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A {@link Clock} that tests move by hand, for code that asks "today" (expiry, recalibration).
 *
 * <pre>{@code
 * TestClock clock = TestClock.at(LocalDate.of(2025, 7, 14));
 * PointsCalculator calculator = PointsCalculator.of(ProgramRules.builtIn(), clock);
 * clock.advance(Period.ofDays(1)); // now 2025-07-15: the new currency table applies
 * }</pre>
 *
 * <p>The time starts at midnight UTC of the given date. This class is thread-safe: every view of it
 * (also those from {@link #withZone}) shares one current instant.
 */
public final class TestClock extends Clock {

  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  private TestClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  /**
   * Creates a clock at midnight UTC of a date.
   *
   * @param date the date, not null
   * @return the clock, never null
   */
  public static TestClock at(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return new TestClock(new AtomicReference<>(date.atStartOfDay(ZoneOffset.UTC).toInstant()), ZoneOffset.UTC);
  }

  /**
   * Creates a clock at midnight UTC of a date given as ISO text.
   *
   * @param isoDate the date, such as {@code "2025-07-15"}, not null
   * @return the clock, never null
   * @throws java.time.format.DateTimeParseException if the text is not an ISO date
   */
  public static TestClock at(String isoDate) {
    return at(LocalDate.parse(isoDate));
  }

  /**
   * Moves the clock to midnight UTC of a date (forward or back).
   *
   * @param date the date, not null
   * @return this clock
   */
  public TestClock setDate(LocalDate date) {
    now.set(Objects.requireNonNull(date, "date").atStartOfDay(ZoneOffset.UTC).toInstant());
    return this;
  }

  /**
   * Moves the clock forward by a period of days, months or years (calendar arithmetic in UTC).
   *
   * @param period the period, not null; may be negative
   * @return this clock
   */
  public TestClock advance(Period period) {
    Objects.requireNonNull(period, "period");
    now.updateAndGet(i -> i.atZone(ZoneOffset.UTC).plus(period).toInstant());
    return this;
  }

  /**
   * Moves the clock forward by a duration.
   *
   * @param duration the duration, not null; may be negative
   * @return this clock
   */
  public TestClock advance(Duration duration) {
    Objects.requireNonNull(duration, "duration");
    now.updateAndGet(i -> i.plus(duration));
    return this;
  }

  /**
   * Returns the current date in this clock's zone.
   *
   * @return the date, never null
   */
  public LocalDate today() {
    return LocalDate.ofInstant(instant(), zone);
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return new TestClock(now, Objects.requireNonNull(zone, "zone"));
  }

  @Override
  public Instant instant() {
    return Objects.requireNonNull(now.get(), "now"); // never set to null
  }

  @Override
  public String toString() {
    return "TestClock[" + instant() + ", " + zone + "]";
  }
}
