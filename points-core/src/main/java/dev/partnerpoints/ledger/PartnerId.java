package dev.partnerpoints.ledger;


/**
 * The stable identity of a partner (a services firm in the program). A name is not an id.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PartnerId implements Comparable<PartnerId> {
  private final String value;

  private PartnerId(String value) {
    this.value = value;
  }

  /**
   * Obtains a partner id.
   *
   * @param value the id, not null, not blank
   * @return the id, never null
   * @throws IllegalArgumentException if the value is blank
   */
  public static PartnerId of(String value) {
    return new PartnerId(Ids.require("partner id", value));
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
  public int compareTo(PartnerId other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof PartnerId && ((PartnerId) obj).value.equals(value);
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
