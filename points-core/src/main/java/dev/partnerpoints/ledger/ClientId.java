package dev.partnerpoints.ledger;


/**
 * The stable identity of a client (a customer of the vendor). A name is not an id.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ClientId implements Comparable<ClientId> {
  private final String value;

  private ClientId(String value) {
    this.value = value;
  }

  /**
   * Obtains a client id.
   *
   * @param value the id, not null, not blank
   * @return the id, never null
   * @throws IllegalArgumentException if the value is blank
   */
  public static ClientId of(String value) {
    return new ClientId(Ids.require("client id", value));
  }

  /**
   * Returns the id text.
   *
   * @return the id, never null
   */
  public String value() {
    return value;
  }

  @Override
  public int compareTo(ClientId other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof ClientId && ((ClientId) obj).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /**
   * Returns the id text.
   *
   * @return the id, never null
   */
  @Override
  public String toString() {
    return value;
  }
}
