package dev.partnerpoints.metrics;

import dev.partnerpoints.dashboard.DashboardOptions;
import dev.partnerpoints.ledger.PointLedger;
import java.time.LocalDate;

/**
 * How the dashboard measures the average customer dollar retention (C$R). Replace the built-in
 * method through {@link DashboardOptions} when a program defines it differently.
 */
@FunctionalInterface
public interface RetentionMethod {

  /**
   * Measures the C$R on a date.
   *
   * @param ledger the partner's ledger (clients, management periods, client MRR), not null
   * @param date the date, not null
   * @return the figure with its months and clients, never null
   * @throws dev.partnerpoints.money.UnsupportedCurrencyException if a managed client's currency has
   *     no point value
   */
  RetentionFigure measure(PointLedger ledger, LocalDate date);

  /**
   * Returns the library's default (docs/rules.md section 15.3) over the last 12 complete months.
   *
   * @return the built-in method, never null
   * @see #lastCompleteMonths(int)
   */
  static RetentionMethod builtIn() {
    return lastCompleteMonths(12);
  }

  /**
   * Returns the default method over another number of months. For each month: the clients the
   * partner manages on its first day with a positive MRR then ({@link PointLedger#clientMrrOn}),
   * valued in US dollars at the program table in force on that day; a client cancelled in the month
   * if its MRR on the month's last day is zero; clients new in the month are not counted, upgrades
   * and downgrades are ignored. {@code monthly = 1 - cancelled / start}, annualised as
   * {@code monthly^12}; the figure is the mean over the months that have managed MRR. The months are
   * the last {@code months} complete calendar months on or before the date (the date's month counts
   * only when the date is its last day); months before the program's first currency table have no
   * rows.
   *
   * @param months how many months, at least 1
   * @return the method, never null
   * @throws IllegalArgumentException if {@code months} is below 1
   */
  static RetentionMethod lastCompleteMonths(int months) {
    return new MonthlyRetention(months);
  }
}
