package dev.partnerpoints.ledger;

import dev.partnerpoints.money.PointsException;
import java.util.Objects;

/**
 * Thrown when a deal, management period, MRR entry or query names a client that the ledger does not
 * have. Add the client (with its country and currency) before anything that names it.
 */
public final class UnknownClientException extends PointsException {
  private static final long serialVersionUID = 1L;

  private final ClientId clientId;

  /**
   * Creates the exception.
   *
   * @param clientId the id no client of the ledger has, not null
   * @param message the full message, naming the id and what named it, not null
   */
  public UnknownClientException(ClientId clientId, String message) {
    super(Objects.requireNonNull(message, "message"));
    this.clientId = Objects.requireNonNull(clientId, "clientId");
  }

  /**
   * Returns the id that no client of the ledger has.
   *
   * @return the client id, never null
   */
  public ClientId clientId() {
    return clientId;
  }
}
