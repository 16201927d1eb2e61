package dev.partnerpoints.ledger;

/**
 * The stable identity of a partner (a services firm in the program).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PartnerId extends StringValue<PartnerId> {

  private PartnerId(String value) {
    super("partner id", value);
  }

  /**
   * Obtains a partner id.
   *
   * @param value the text, not null, not blank
   * @return the value, never null
   * @throws IllegalArgumentException if the text is blank
   */
  public static PartnerId of(String value) {
    return new PartnerId(value);
  }
}
