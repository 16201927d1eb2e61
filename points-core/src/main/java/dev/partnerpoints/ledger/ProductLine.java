package dev.partnerpoints.ledger;

/**
 * A product line (product family), such as {@code "Marketing Hub"}; compared by exact name.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ProductLine extends StringValue<ProductLine> {

  private ProductLine(String value) {
    super("product line", value);
  }

  /**
   * Obtains a product line.
   *
   * @param value the text, not null, not blank
   * @return the value, never null
   * @throws IllegalArgumentException if the text is blank
   */
  public static ProductLine of(String value) {
    return new ProductLine(value);
  }
}
