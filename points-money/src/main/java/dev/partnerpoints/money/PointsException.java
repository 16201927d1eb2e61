package dev.partnerpoints.money;

/**
 * The base of the exceptions this library throws where a caller can act on the kind of error: an
 * unsupported currency, an unknown country, a date outside every program era.
 *
 * <p>It is an {@link IllegalArgumentException}: each of these errors is bad input. Other bad input
 * (a null, a negative amount) gets a plain {@code IllegalArgumentException} or
 * {@code NullPointerException} whose message names the value.
 */
public class PointsException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message that names the bad value and what is allowed.
   *
   * @param message the message, not null
   */
  public PointsException(String message) {
    super(message);
  }
}
