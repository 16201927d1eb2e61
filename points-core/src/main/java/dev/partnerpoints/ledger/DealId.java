package dev.partnerpoints.ledger;

/**
 * The stable identity of a deal: unique among a ledger's deals, and the tie-break between deals
 * closed on one day (ordered by exact text, as {@link String#compareTo}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DealId extends StringValue<DealId> {

  private DealId(String value) {
    super("deal id", value);
  }

  /**
   * Obtains a deal id.
   *
   * @param value the text, not null, not blank
   * @return the value, never null
   * @throws IllegalArgumentException if the text is blank
   */
  public static DealId of(String value) {
    return new DealId(value);
  }
}
