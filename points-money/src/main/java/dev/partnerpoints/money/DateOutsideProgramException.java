package dev.partnerpoints.money;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Thrown when a rule or table is looked up for a date before its first era: the program defines
 * nothing for that date.
 */
public final class DateOutsideProgramException extends PointsException {
  private static final long serialVersionUID = 1L;

  private final String what;
  private final LocalDate date;
  private final LocalDate firstEffectiveDate;

  /**
   * Creates the exception.
   *
   * @param what what was looked up, such as "point value table", not null
   * @param date the date of the lookup, not null
   * @param firstEffectiveDate the first date on which the looked-up data is defined, not null
   */
  public DateOutsideProgramException(String what, LocalDate date, LocalDate firstEffectiveDate) {
    super("date " + date + " is before the first " + what + ", which takes effect on "
        + firstEffectiveDate + "; dates on or after " + firstEffectiveDate + " are allowed");
    this.what = Objects.requireNonNull(what, "what");
    this.date = Objects.requireNonNull(date, "date");
    this.firstEffectiveDate = Objects.requireNonNull(firstEffectiveDate, "firstEffectiveDate");
  }

  /**
   * Returns what was looked up.
   *
   * @return a short description, never null
   */
  public String what() {
    return what;
  }

  /**
   * Returns the date of the failed lookup.
   *
   * @return the date, never null
   */
  public LocalDate date() {
    return date;
  }

  /**
   * Returns the first date on which the looked-up data is defined.
   *
   * @return the date, never null
   */
  public LocalDate firstEffectiveDate() {
    return firstEffectiveDate;
  }
}
