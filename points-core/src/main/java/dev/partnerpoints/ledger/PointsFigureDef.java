package dev.partnerpoints.ledger;

import com.google.common.collect.ImmutableList;
import dev.partnerpoints.money.Points;
import org.immutables.value.Value;

/**
 * A points figure with the clients behind it: the rows are sorted by client id, omit clients
 * contributing zero, and add up exactly to the total.
 */
@Value.Immutable
abstract class PointsFigureDef {

  /**
   * The rows, one per contributing client, sorted by client id.
   *
   * @return the rows, never null
   */
  public abstract ImmutableList<ClientPoints> rows();

  /**
   * The figure: the exact sum of the rows.
   *
   * @return the points, never null
   */
  @Value.Derived
  public Points total() {
    long sum = 0;
    for (ClientPoints row : rows()) {
      sum = Math.addExact(sum, row.points().toHundredths());
    }
    return Points.ofHundredths(sum);
  }

  /**
   * The clients behind the figure, sorted by id.
   *
   * @return the client ids, never null
   */
  public ImmutableList<ClientId> clients() {
    return rows().stream().map(ClientPoints::clientId).collect(ImmutableList.toImmutableList());
  }
}
