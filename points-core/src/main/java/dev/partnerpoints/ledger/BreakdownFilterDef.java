package dev.partnerpoints.ledger;

import com.google.common.collect.ImmutableSet;
import dev.partnerpoints.program.DealType;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A filter for per-client breakdowns: by deal type, by market type (the client's market on the
 * breakdown date) and by a set of clients (for example a dashboard segment). An empty filter keeps
 * everything; the criteria combine with "and".
 *
 * <p>A deal-type filter keeps only sold entries of that type and drops managed points, which have no
 * deal type.
 */
@Value.Immutable
abstract class BreakdownFilterDef {

  /**
   * The deal type to keep.
   *
   * @return the deal type, or empty for all
   */
  public abstract Optional<DealType> dealType();

  /**
   * The market type to keep.
   *
   * @return the market type, or empty for all
   */
  public abstract Optional<MarketType> marketType();

  /**
   * The clients to keep.
   *
   * @return the client ids, or empty for all clients (an empty set keeps no client)
   */
  public abstract Optional<ImmutableSet<ClientId>> clients();

  /**
   * Checks whether the filter keeps a client (by the client criterion only).
   *
   * @param client the client id, not null
   * @return true if no client set is given or the set contains the client
   */
  public boolean keepsClient(ClientId client) {
    Objects.requireNonNull(client, "client");
    return clients().map(set -> set.contains(client)).orElse(true);
  }

  /**
   * Returns the filter that keeps everything.
   *
   * @return the empty filter, never null
   */
  public static BreakdownFilter all() {
    return BreakdownFilter.builder().build();
  }
}
