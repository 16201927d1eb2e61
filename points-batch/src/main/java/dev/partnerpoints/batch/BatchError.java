package dev.partnerpoints.batch;

import dev.partnerpoints.ledger.PartnerId;
import java.util.Objects;

/**
 * One error of a partner's input in a batch run: the partner, the row (such as {@code deal d7} or
 * {@code ledger.csv line 12}), the offending value and a message that names all three and what is
 * allowed. A partner with an error gets no {@link PartnerResult}; the others are not affected.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param partner the partner whose input is wrong, not null
 * @param row where the error is: a row label or, for errors of the ledger as a whole, {@code
 *     ledger}, not null
 * @param value the offending value as written (an id, a country, an amount), not null
 * @param message the whole message, naming the partner, the row and the value, not null
 */
public record BatchError(PartnerId partner, String row, String value, String message) {

  /**
   * Checks the fields.
   *
   * @throws NullPointerException if a field is null
   */
  public BatchError {
    Objects.requireNonNull(partner, "partner");
    Objects.requireNonNull(row, "row");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(message, "message");
  }

  /**
   * Makes an error whose message is {@code partner P, ROW: PROBLEM}.
   *
   * @param partner the partner, not null
   * @param row the row label, not null
   * @param value the offending value, not null
   * @param problem what is wrong with the value and what is allowed, not null
   * @return the error, never null
   */
  public static BatchError of(PartnerId partner, String row, String value, String problem) {
    return new BatchError(partner, row, value, "partner " + partner + ", " + row + ": " + problem);
  }

  @Override
  public String toString() {
    return message;
  }
}
