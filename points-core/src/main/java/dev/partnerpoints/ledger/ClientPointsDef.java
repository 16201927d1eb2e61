package dev.partnerpoints.ledger;

import dev.partnerpoints.money.Points;
import org.immutables.value.Value;

/** A client and the points it contributes to a figure. */
@Value.Immutable
abstract class ClientPointsDef {

  /**
   * The client.
   *
   * @return the client id, never null
   */
  @Value.Parameter
  public abstract ClientId clientId();

  /**
   * The client's points in the figure.
   *
   * @return the points, never null
   */
  @Value.Parameter
  public abstract Points points();
}
