package dev.partnerpoints.commission;

import dev.partnerpoints.internal.Sums;
import dev.partnerpoints.ledger.ClientId;
import dev.partnerpoints.ledger.DealId;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;
import org.threeten.extra.YearQuarter;

/**
 * One month of a deal's commission schedule: the client's net revenue, the basis, the accrued
 * amount and when it is paid. Money is in the client's currency. The amount is
 * {@code basis x share rate}, rounded once to the currency's default fraction digits, HALF_EVEN;
 * it is zero unless the month {@link AccrualStatus#ACCRUES}.
 */
@Value.Immutable
abstract class CommissionMonthDef {

  /**
   * The deal whose schedule this month belongs to.
   *
   * @return the deal id, never null
   */
  public abstract DealId dealId();

  /**
   * The client.
   *
   * @return the client id, never null
   */
  public abstract ClientId clientId();

  /**
   * The accrual month.
   *
   * @return the month, never null
   */
  public abstract YearMonth month();

  /**
   * Whether the month accrues, and if not, why.
   *
   * @return the status, never null
   */
  public abstract AccrualStatus status();

  /**
   * The client's net revenue in the month.
   *
   * @return the amount, zero when the series has none, not negative, never null
   */
  public abstract MonetaryAmount revenue();

  /**
   * What the share is paid on in the month (see {@link CommissionBasis}).
   *
   * @return the amount in the revenue's currency, zero unless the month accrues, not negative, never
   *     null
   */
  public abstract MonetaryAmount basis();

  /**
   * The accrued commission: {@code basis x share rate}, rounded once, HALF_EVEN, to the currency's
   * default fraction digits.
   *
   * @return the amount in the revenue's currency, zero unless the month accrues, not negative, never
   *     null
   */
  public abstract MonetaryAmount amount();

  /**
   * The day the month's accrual is paid (its quarter's last day plus the payment delay).
   *
   * @return the date, never null, not before the last day of the month's quarter
   */
  public abstract LocalDate paymentDate();

  /**
   * The deal whose schedule already accrues this month.
   *
   * @return the deal id when {@link #status()} is {@link AccrualStatus#COVERED}, otherwise empty
   */
  public abstract Optional<DealId> coveredBy();

  @Value.Check
  void check() {
    if (status() != AccrualStatus.ACCRUES && (!amount().isZero() || !basis().isZero())) {
      throw new IllegalArgumentException("commission month " + month() + " of deal " + dealId() + " has status "
          + status() + " and must accrue nothing, but its basis is " + basis() + " and its amount " + amount());
    }
    if (coveredBy().isPresent() != (status() == AccrualStatus.COVERED)) {
      throw new IllegalArgumentException("commission month " + month() + " of deal " + dealId()
          + " must name the covering deal exactly when its status is COVERED, but has status " + status()
          + " and covering deal " + coveredBy().map(DealId::value).orElse("none"));
    }
    Sums.requireCurrency(revenue().getCurrency(), basis());
    Sums.requireCurrency(revenue().getCurrency(), amount());
    if (revenue().isNegative() || basis().isNegative() || amount().isNegative()) {
      throw new IllegalArgumentException("commission month " + month() + " of deal " + dealId()
          + " must not have negative money, but has revenue " + revenue() + ", basis " + basis() + " and amount "
          + amount());
    }
    LocalDate quarterEnd = YearQuarter.from(month()).atEndOfQuarter();
    if (paymentDate().isBefore(quarterEnd)) {
      throw new IllegalArgumentException("commission month " + month() + " of deal " + dealId() + " is paid on "
          + paymentDate() + ", before its quarter's last day " + quarterEnd + "; it must be paid on or after it");
    }
  }
}
