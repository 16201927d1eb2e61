package dev.partnerpoints.ledger;

import dev.partnerpoints.program.DealType;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A filter for per-client breakdowns: by deal type and by market type (the client's market on the
 * breakdown date). An empty filter keeps everything.
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
   * Returns the filter that keeps everything.
   *
   * @return the empty filter, never null
   */
  public static BreakdownFilter all() {
    return BreakdownFilter.builder().build();
  }
}
