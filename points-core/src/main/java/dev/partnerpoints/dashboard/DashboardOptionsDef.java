package dev.partnerpoints.dashboard;

import dev.partnerpoints.commission.CommissionRules;
import dev.partnerpoints.metrics.RetentionMethod;
import dev.partnerpoints.metrics.SourcedMrrMethod;
import java.time.Period;
import org.immutables.value.Value;

/**
 * The replaceable defaults of the dashboard: how the sourced MRR and the C$R are measured, the
 * commission rules, how far ahead upcoming renewals and expiring points look.
 *
 * <pre>{@code
 * DashboardOptions options = DashboardOptions.defaults()
 *     .withRenewalHorizon(Period.ofDays(30))
 *     .withRetentionMethod(RetentionMethod.lastCompleteMonths(6));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
abstract class DashboardOptionsDef {

  /**
   * How the rolling sourced MRR and dollar value are measured.
   *
   * @return the method, {@link SourcedMrrMethod#builtIn()} by default
   */
  @Value.Default
  public SourcedMrrMethod sourcedMrrMethod() {
    return SourcedMrrMethod.builtIn();
  }

  /**
   * How the average C$R is measured.
   *
   * @return the method, {@link RetentionMethod#builtIn()} by default
   */
  @Value.Default
  public RetentionMethod retentionMethod() {
    return RetentionMethod.builtIn();
  }

  /**
   * The revenue-share rules.
   *
   * @return the rules, {@link CommissionRules#builtIn()} by default
   */
  @Value.Default
  public CommissionRules commissionRules() {
    return CommissionRules.builtIn();
  }

  /**
   * How far ahead upcoming renewals look: renewals with {@code date <= renewal < date + horizon}.
   *
   * @return the period, not negative; 90 days by default
   */
  @Value.Default
  public Period renewalHorizon() {
    return Period.ofDays(90);
  }

  /**
   * How many months of upcoming sold-point expiries the dashboard shows, starting with the date's
   * month.
   *
   * @return the months, at least 1; 6 by default
   */
  @Value.Default
  public int expiryMonths() {
    return 6;
  }

  /**
   * Returns the defaults.
   *
   * @return the options, never null
   */
  public static DashboardOptions defaults() {
    return DashboardOptions.builder().build();
  }

  @Value.Check
  void check() {
    if (renewalHorizon().isNegative()) {
      throw new IllegalArgumentException("renewal horizon must not be negative, but was " + renewalHorizon());
    }
    if (expiryMonths() < 1) {
      throw new IllegalArgumentException("expiry months must be at least 1, but was " + expiryMonths());
    }
  }
}
