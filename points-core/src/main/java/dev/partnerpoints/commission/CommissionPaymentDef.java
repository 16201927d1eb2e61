package dev.partnerpoints.commission;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import dev.partnerpoints.internal.Sums;
import dev.partnerpoints.ledger.ClientId;
import dev.partnerpoints.segment.ClientFigure;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;
import org.threeten.extra.YearQuarter;

/**
 * One quarterly commission payment in one currency: the accrued months of a calendar quarter, paid
 * on the quarter's last day plus the payment delay. Its amount is the exact sum of its rows, which
 * are sorted by client id, then deal id, then month.
 */
@Value.Immutable
abstract class CommissionPaymentDef implements ClientFigure {

  /**
   * The first month of the quarter paid.
   *
   * @return the month (January, April, July or October), never null
   */
  public abstract YearMonth quarterStart();

  /**
   * The payment date.
   *
   * @return the date, never null, not before {@link #quarterEnd()}
   */
  public abstract LocalDate paymentDate();

  /**
   * The currency paid in (the clients' currency).
   *
   * @return the currency, never null
   */
  public abstract CurrencyUnit currency();

  /**
   * The accrued months paid, sorted by client id, then deal id, then month.
   *
   * @return the rows, never null
   */
  public abstract ImmutableList<CommissionMonth> rows();

  /**
   * The amount paid: the exact sum of the rows.
   *
   * @return the amount in {@link #currency()}, never null
   */
  @Value.Derived
  public MonetaryAmount amount() {
    return Sums.total(currency(), rows().stream().map(CommissionMonth::amount).collect(ImmutableList.toImmutableList()));
  }

  /**
   * The quarter paid: the quarter that starts with {@link #quarterStart()}.
   *
   * @return the quarter, never null
   */
  public YearQuarter quarter() {
    return YearQuarter.from(quarterStart());
  }

  /**
   * The last day of the quarter paid.
   *
   * @return the date, never null
   */
  public LocalDate quarterEnd() {
    return quarter().atEndOfQuarter();
  }

  @Override
  public ImmutableSortedSet<ClientId> clients() {
    return rows().stream().map(CommissionMonth::clientId)
        .collect(ImmutableSortedSet.toImmutableSortedSet(Comparator.naturalOrder()));
  }

  @Value.Check
  void check() {
    if (!quarter().atDay(1).equals(quarterStart().atDay(1))) {
      throw new IllegalArgumentException("payment for the quarter from " + quarterStart()
          + " must name the quarter's first month (January, April, July or October), not " + quarterStart());
    }
    if (paymentDate().isBefore(quarterEnd())) {
      throw new IllegalArgumentException("payment for the quarter from " + quarterStart() + " on " + paymentDate()
          + " is before the quarter's last day " + quarterEnd() + "; it must be paid on or after it");
    }
    YearQuarter quarter = quarter();
    for (CommissionMonth m : rows()) {
      if (m.status() != AccrualStatus.ACCRUES || !YearQuarter.from(m.month()).equals(quarter)
          || !m.paymentDate().equals(paymentDate())) {
        throw new IllegalArgumentException("payment for the quarter from " + quarterStart() + " on " + paymentDate()
            + " may hold only accrued months of that quarter paid on that date, but holds " + m);
      }
      Sums.requireCurrency(currency(), m.amount());
    }
  }
}
