package dev.partnerpoints.metrics;

import dev.partnerpoints.dashboard.DashboardOptions;
import dev.partnerpoints.ledger.PointLedger;
import java.time.LocalDate;

/**
 * How the dashboard measures the rolling sourced MRR and the sourced dollar value. Replace the
 * built-in method through {@link DashboardOptions} when a program defines them differently.
 */
@FunctionalInterface
public interface SourcedMrrMethod {

  /**
   * Measures the sourced MRR on a date.
   *
   * @param ledger the partner's ledger, not null
   * @param date the date, not null
   * @return the figure with its rows, never null
   * @throws dev.partnerpoints.money.UnsupportedCurrencyException if a client's currency has no
   *     point value
   */
  SourcedMrrFigure measure(PointLedger ledger, LocalDate date);

  /**
   * Returns the library's default (docs/rules.md section 15.2): the MRR of the partner's closed-won
   * sourced deals (new client, cross-sell, upsell; not no-deal increases or reductions) closed in
   * the trailing 12 months, i.e. deals closed on D with {@code D <= date < D.plusMonths(12)} (the
   * same window as their sold points), each in US dollars at the program table in force on its close
   * date, rounded once to cents, HALF_EVEN; the dollar value is 12 times that MRR.
   *
   * @return the built-in method, never null
   */
  static SourcedMrrMethod builtIn() {
    return trailingMonths(12, 12);
  }

  /**
   * Returns the trailing-window method with other month counts.
   *
   * @param windowMonths how many months a deal counts from its close date, at least 1
   * @param dollarValueMonths how many months of MRR make the dollar value, at least 1
   * @return the method, never null
   * @throws IllegalArgumentException if a count is below 1
   */
  static SourcedMrrMethod trailingMonths(int windowMonths, int dollarValueMonths) {
    return new TrailingSourcedMrr(windowMonths, dollarValueMonths);
  }
}
