package dev.partnerpoints.ledger;


/**
 * A product line (product family), such as {@code "Marketing Hub"}; compared by exact name.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ProductLine implements Comparable<ProductLine> {
  private final String value;

  private ProductLine(String value) {
    this.value = value;
  }

  /**
   * Obtains a product line.
   *
   * @param value the name, not null, not blank
   * @return the name, never null
   * @throws IllegalArgumentException if the value is blank
   */
  public static ProductLine of(String value) {
    return new ProductLine(Ids.require("product line", value));
  }

  /**
   * Returns the product line name.
   *
   * @return the name, never null
   */
  public String value() {
    return value;
  }

  @Override
  public int compareTo(ProductLine other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof ProductLine && ((ProductLine) obj).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /**
   * Returns the product line name.
   *
   * @return the name, never null
   */
  @Override
  public String toString() {
    return value;
  }
}
