package dev.partnerpoints.commission;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import org.immutables.value.Value;
import org.threeten.extra.YearQuarter;

/**
 * The revenue-share (commission) rules, as data. {@link #builtIn()} is the program as documented
 * (docs/rules.md section 15.6); every number can be replaced with {@code withX(...)}.
 *
 * <p>Months: a schedule of N months from a deal closed on D covers the N calendar months starting
 * with D's month. A date that starts a new regime for months (the 2025-04-01 managed condition)
 * applies from the month that contains it. Payments are quarterly: the accruals of the months of a
 * calendar quarter are paid {@link #paymentDelayDays()} days after the quarter's last day.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
abstract class CommissionRulesDef {

  /**
   * The share of the basis paid.
   *
   * @return the rate, between 0 and 1; 0.20 built in
   */
  @Value.Default
  public BigDecimal shareRate() {
    return new BigDecimal("0.20");
  }

  /**
   * Deals closed on or after this date earn the fixed-length client share; earlier ones the legacy
   * share.
   *
   * @return the date, 2023-04-01 built in
   */
  @Value.Default
  public LocalDate clientShareFrom() {
    return LocalDate.of(2023, 4, 1);
  }

  /**
   * How many months the client share lasts.
   *
   * @return the months, at least 1; 36 built in
   */
  @Value.Default
  public int clientShareMonths() {
    return 36;
  }

  /**
   * From the month containing this date, a legacy deal accrues only in months the partner manages
   * the client.
   *
   * @return the date, 2025-04-01 built in
   */
  @Value.Default
  public LocalDate legacyManagedOnlyFrom() {
    return LocalDate.of(2025, 4, 1);
  }

  /**
   * How many months a Provider earns from a deal's sold date; also the age that decides, on a
   * conversion from Partner to Provider, which deals stop at once.
   *
   * @return the months, at least 1; 12 built in
   */
  @Value.Default
  public int providerMonths() {
    return 12;
  }

  /**
   * Sourced upsells closed on or after this date are paid on the net upsell (the deal-based model).
   *
   * @return the date, 2025-11-17 built in
   */
  @Value.Default
  public LocalDate netUpsellFrom() {
    return LocalDate.of(2025, 11, 17);
  }

  /**
   * How many months the net-upsell share lasts.
   *
   * @return the months, at least 1; 36 built in
   */
  @Value.Default
  public int netUpsellMonths() {
    return 36;
  }

  /**
   * How many days after a quarter's last day its accruals are paid.
   *
   * @return the days, not negative; 45 built in
   */
  @Value.Default
  public int paymentDelayDays() {
    return 45;
  }

  /**
   * Returns the built-in rules: 20% of the basis; a 36-month client share for deals closed from
   * 2023-04-01; the legacy share before it, managed-only from 2025-04; 12 months for a Provider; the
   * 36-month net-upsell share for sourced upsells from 2025-11-17; payment 45 days after each quarter.
   *
   * @return the rules, never null
   */
  public static CommissionRules builtIn() {
    return CommissionRules.builder().build();
  }

  /**
   * Returns the date on which the accrual of a month is paid: the last day of the month's calendar
   * quarter plus {@link #paymentDelayDays()} (built in: Q1 on May 15, Q2 on Aug 14, Q3 on Nov 14,
   * Q4 on Feb 14 of the next year).
   *
   * @param month the accrual month, not null
   * @return the payment date, never null
   */
  public LocalDate paymentDateOf(YearMonth month) {
    return YearQuarter.from(month).atEndOfQuarter().plusDays(paymentDelayDays());
  }

  /**
   * Returns the first month of a month's calendar quarter.
   *
   * @param month the month, not null
   * @return January, April, July or October of the month's year, never null
   */
  public static YearMonth quarterStartOf(YearMonth month) {
    Objects.requireNonNull(month, "month");
    return YearMonth.from(YearQuarter.from(month).atDay(1));
  }

  @Value.Check
  void check() {
    if (shareRate().signum() < 0 || shareRate().compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException("commission share rate must be between 0 and 1, but was "
          + shareRate().toPlainString());
    }
    if (clientShareMonths() < 1 || providerMonths() < 1 || netUpsellMonths() < 1) {
      throw new IllegalArgumentException("commission months must be at least 1, but were client share "
          + clientShareMonths() + ", provider " + providerMonths() + ", net upsell " + netUpsellMonths());
    }
    if (paymentDelayDays() < 0) {
      throw new IllegalArgumentException("payment delay must not be negative, but was " + paymentDelayDays() + " days");
    }
  }
}
