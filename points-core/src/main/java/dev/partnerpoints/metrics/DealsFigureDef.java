package dev.partnerpoints.metrics;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import dev.partnerpoints.internal.Sums;
import dev.partnerpoints.ledger.ClientId;
import dev.partnerpoints.ledger.Deal;
import dev.partnerpoints.segment.ClientFigure;
import java.util.Comparator;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;

/**
 * A count of deals with the deals behind it, and their MRR per currency (the exact sum of the rows'
 * MRR changes). Rows are sorted by the date that selected them (see {@link SharedSales}), then id.
 */
@Value.Immutable
abstract class DealsFigureDef implements ClientFigure {

  /**
   * The deals, sorted by the date that selected them, then id.
   *
   * @return the deals, never null
   */
  public abstract ImmutableList<Deal> rows();

  /**
   * The number of deals.
   *
   * @return the count, the size of {@link #rows()}
   */
  public int count() {
    return rows().size();
  }

  /**
   * The deals' MRR change per currency code: the exact sum of the rows.
   *
   * @return the totals sorted by currency code, never null
   */
  @Value.Derived
  public ImmutableSortedMap<String, MonetaryAmount> mrrChangeByCurrency() {
    return Sums.byCurrency(rows().stream().map(Deal::mrrChange).collect(ImmutableList.toImmutableList()));
  }

  @Override
  public ImmutableSortedSet<ClientId> clients() {
    return rows().stream().map(Deal::clientId).collect(ImmutableSortedSet.toImmutableSortedSet(Comparator.naturalOrder()));
  }
}
