package dev.partnerpoints.ledger;

import dev.partnerpoints.money.PointsException;
import java.util.Objects;
import javax.money.CurrencyUnit;

/**
 * Thrown when a deal's MRR change or a client MRR entry is in another currency than the one its
 * client pays in. A ledger never converts: every amount of a client is in the client's currency.
 */
public final class CurrencyMismatchException extends PointsException {
  private static final long serialVersionUID = 1L;

  private final ClientId clientId;
  private final String currency;
  private final String clientCurrency;

  /**
   * Creates the exception.
   *
   * @param clientId the client the amount belongs to, not null
   * @param currency the amount's currency code, not null
   * @param clientCurrency the code of the currency the client pays in, not null
   * @param message the full message, naming what carried the amount and both currencies, not null
   */
  public CurrencyMismatchException(ClientId clientId, String currency, String clientCurrency, String message) {
    super(Objects.requireNonNull(message, "message"));
    this.clientId = Objects.requireNonNull(clientId, "clientId");
    this.currency = Objects.requireNonNull(currency, "currency");
    this.clientCurrency = Objects.requireNonNull(clientCurrency, "clientCurrency");
  }

  /**
   * Returns the client the amount belongs to.
   *
   * @return the client id, never null
   */
  public ClientId clientId() {
    return clientId;
  }

  /**
   * Returns the code of the amount's currency (ISO 4217, upper case), for example {@code "EUR"}.
   *
   * @return the currency code, never null
   */
  public String currency() {
    return currency;
  }

  /**
   * Returns the code of the currency the client pays in, for example {@code "USD"}.
   *
   * @return the client's currency code, never null
   * @see Client#currency()
   * @see CurrencyUnit#getCurrencyCode()
   */
  public String clientCurrency() {
    return clientCurrency;
  }
}
