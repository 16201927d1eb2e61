package dev.partnerpoints.commission;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import dev.partnerpoints.internal.Sums;
import dev.partnerpoints.ledger.ClientId;
import dev.partnerpoints.segment.ClientFigure;
import java.time.LocalDate;
import java.util.Comparator;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;

/**
 * The commission section on a date: every deal's schedule, the past payments (paid on or before the
 * date) and the upcoming ones (paid after it, as far as the revenue series reaches). Totals are per
 * currency and are exact sums of the payments.
 *
 * <p>Schedules are sorted by close date, then deal id; payments by payment date, then currency code.
 */
@Value.Immutable
abstract class CommissionStatementDef implements ClientFigure {

  /**
   * The date of the statement.
   *
   * @return the date, never null
   */
  public abstract LocalDate date();

  /**
   * The schedule of every commissionable deal, sorted by close date, then deal id.
   *
   * @return the schedules, never null
   */
  public abstract ImmutableList<CommissionSchedule> schedules();

  /**
   * The payments made on or before the date, sorted by payment date, then currency code.
   *
   * @return the payments, never null
   */
  public abstract ImmutableList<CommissionPayment> pastPayments();

  /**
   * The payments due after the date, sorted by payment date, then currency code.
   *
   * @return the payments, never null
   */
  public abstract ImmutableList<CommissionPayment> upcomingPayments();

  /**
   * The total of the past payments per currency code.
   *
   * @return the totals sorted by currency code, never null
   */
  @Value.Derived
  public ImmutableSortedMap<String, MonetaryAmount> pastTotals() {
    return Sums.byCurrency(pastPayments().stream().map(CommissionPayment::amount).collect(ImmutableList.toImmutableList()));
  }

  /**
   * The total of the upcoming payments per currency code.
   *
   * @return the totals sorted by currency code, never null
   */
  @Value.Derived
  public ImmutableSortedMap<String, MonetaryAmount> upcomingTotals() {
    return Sums.byCurrency(upcomingPayments().stream().map(CommissionPayment::amount)
        .collect(ImmutableList.toImmutableList()));
  }

  /**
   * The clients with a commission schedule, sorted by id.
   *
   * @return the client ids, never null
   */
  @Override
  public ImmutableSortedSet<ClientId> clients() {
    return schedules().stream().map(CommissionSchedule::clientId)
        .collect(ImmutableSortedSet.toImmutableSortedSet(Comparator.naturalOrder()));
  }

  @Value.Check
  void check() {
    for (CommissionPayment p : pastPayments()) {
      if (p.paymentDate().isAfter(date())) {
        throw new IllegalArgumentException("past payment on " + p.paymentDate() + " is after the statement date " + date());
      }
    }
    for (CommissionPayment p : upcomingPayments()) {
      if (!p.paymentDate().isAfter(date())) {
        throw new IllegalArgumentException("upcoming payment on " + p.paymentDate()
            + " must be after the statement date " + date());
      }
    }
  }
}
