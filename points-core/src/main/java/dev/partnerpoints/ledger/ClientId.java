package dev.partnerpoints.ledger;

/**
 * The stable identity of a client (a customer of the vendor). A name is not an id.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ClientId extends StringValue<ClientId> {

  private ClientId(String value) {
    super("client id", value);
  }

  /**
   * Obtains a client id.
   *
   * @param value the text, not null, not blank
   * @return the value, never null
   * @throws IllegalArgumentException if the text is blank
   */
  public static ClientId of(String value) {
    return new ClientId(value);
  }
}
