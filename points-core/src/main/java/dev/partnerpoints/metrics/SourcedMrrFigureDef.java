package dev.partnerpoints.metrics;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import dev.partnerpoints.internal.Sums;
import dev.partnerpoints.ledger.ClientId;
import dev.partnerpoints.segment.ClientFigure;
import java.time.LocalDate;
import java.util.Comparator;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;

/**
 * The rolling sourced MRR (in US dollars at the program table) and the sourced dollar value on a
 * date, with the sourced deals behind them. Both figures are exact sums of the rows.
 *
 * <p>Rows are sorted by close date, then deal id.
 */
@Value.Immutable
abstract class SourcedMrrFigureDef implements ClientFigure {

  /**
   * The date of the figure.
   *
   * @return the date, never null
   */
  public abstract LocalDate date();

  /**
   * How many months back the window reaches: deals closed on D count on every date t with
   * {@code D <= t < D.plusMonths(windowMonths)}.
   *
   * @return the months, 12 by default
   */
  public abstract int windowMonths();

  /**
   * How many months of MRR make the dollar value.
   *
   * @return the months, 12 by default
   */
  public abstract int dollarValueMonths();

  /**
   * The sourced deals behind the figure, sorted by close date, then deal id.
   *
   * @return the rows, never null
   */
  public abstract ImmutableList<SourcedDealRow> rows();

  /**
   * The rolling sourced MRR in US dollars: the exact sum of the rows' {@code mrrUsd}.
   *
   * @return the amount in USD, never null
   */
  @Value.Derived
  public MonetaryAmount mrrUsd() {
    return Sums.total(Sums.USD, rows().stream().map(SourcedDealRow::mrrUsd).collect(ImmutableList.toImmutableList()));
  }

  /**
   * The sourced dollar value in US dollars: the exact sum of the rows' {@code dollarValueUsd}
   * (equal to {@code dollarValueMonths x mrrUsd}).
   *
   * @return the amount in USD, never null
   */
  @Value.Derived
  public MonetaryAmount dollarValueUsd() {
    return Sums.total(Sums.USD,
        rows().stream().map(SourcedDealRow::dollarValueUsd).collect(ImmutableList.toImmutableList()));
  }

  @Override
  public ImmutableSortedSet<ClientId> clients() {
    return rows().stream().map(SourcedDealRow::clientId).collect(ImmutableSortedSet.toImmutableSortedSet(
        Comparator.naturalOrder()));
  }

  @Value.Check
  void check() {
    if (windowMonths() < 1 || dollarValueMonths() < 1) {
      throw new IllegalArgumentException("sourced MRR window and dollar-value months must be at least 1, but were "
          + windowMonths() + " and " + dollarValueMonths());
    }
  }
}
