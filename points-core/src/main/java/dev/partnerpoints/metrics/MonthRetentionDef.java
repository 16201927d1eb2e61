package dev.partnerpoints.metrics;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import dev.partnerpoints.internal.Sums;
import dev.partnerpoints.ledger.ClientId;
import dev.partnerpoints.segment.ClientFigure;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;

/**
 * One month of the customer dollar retention (C$R):
 * {@code monthly = 1 - cancelledMrrUsd / startMrrUsd}, annualised as {@code monthly^12}.
 *
 * <p>The rows are the clients the partner manages on the month's first day with a positive MRR
 * then, sorted by client id; clients new in the month are not in it. Both sums are exact sums of the
 * rows. The division and the power are computed to 34 significant digits (DECIMAL128), HALF_EVEN.
 */
@Value.Immutable
abstract class MonthRetentionDef implements ClientFigure {

  /**
   * The month.
   *
   * @return the month, never null
   */
  public abstract YearMonth month();

  /**
   * The managed clients at the start of the month, sorted by client id.
   *
   * @return the rows, never null
   */
  public abstract ImmutableList<ClientRetentionRow> rows();

  /**
   * The MRR managed at the start of the month, in US dollars: the exact sum of the rows.
   *
   * @return the amount in USD, never null
   */
  @Value.Derived
  public MonetaryAmount startMrrUsd() {
    return Sums.total(Sums.USD, rows().stream().map(ClientRetentionRow::mrrAtStartUsd)
        .collect(ImmutableList.toImmutableList()));
  }

  /**
   * The start-of-month MRR of the clients that cancelled in the month, in US dollars: the exact sum
   * of the cancelled rows.
   *
   * @return the amount in USD, never null
   */
  @Value.Derived
  public MonetaryAmount cancelledMrrUsd() {
    return Sums.total(Sums.USD, rows().stream().filter(ClientRetentionRow::cancelled)
        .map(ClientRetentionRow::mrrAtStartUsd).collect(ImmutableList.toImmutableList()));
  }

  /**
   * The monthly retention {@code 1 - cancelled / start}, to 34 significant digits.
   *
   * @return the ratio between 0 and 1, or empty when no MRR was managed at the start of the month
   */
  @Value.Derived
  public Optional<BigDecimal> monthly() {
    BigDecimal start = Sums.exact(startMrrUsd());
    if (start.signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(BigDecimal.ONE.subtract(Sums.exact(cancelledMrrUsd()).divide(start, MathContext.DECIMAL128)));
  }

  /**
   * The annualised retention {@code monthly^12}, to 34 significant digits.
   *
   * @return the ratio between 0 and 1, or empty when {@link #monthly()} is empty
   */
  @Value.Derived
  public Optional<BigDecimal> annualised() {
    return monthly().map(m -> m.pow(12, MathContext.DECIMAL128));
  }

  @Override
  public ImmutableSortedSet<ClientId> clients() {
    return rows().stream().map(ClientRetentionRow::clientId)
        .collect(ImmutableSortedSet.toImmutableSortedSet(Comparator.naturalOrder()));
  }

  /**
   * The clients that cancelled in the month, sorted by id.
   *
   * @return the client ids, never null
   */
  public ImmutableSortedSet<ClientId> cancelledClients() {
    return rows().stream().filter(ClientRetentionRow::cancelled).map(ClientRetentionRow::clientId)
        .collect(ImmutableSortedSet.toImmutableSortedSet(Comparator.naturalOrder()));
  }
}
