package dev.partnerpoints.batch;

import com.google.common.collect.ImmutableList;
import dev.partnerpoints.ledger.PartnerId;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown by a {@link PartnerSource} whose partner's input is invalid: it carries every error found,
 * each naming the partner, the row and the value.
 */
public final class PartnerInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // an immutable list of records: serializable in practice
  private final ImmutableList<BatchError> errors;

  /**
   * Creates the exception.
   *
   * @param errors the errors, not null, not empty, all of one partner
   * @throws IllegalArgumentException if there is no error
   */
  public PartnerInputException(List<BatchError> errors) {
    super(errors.stream().map(BatchError::message).collect(Collectors.joining("; ")));
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("a partner input exception needs at least one error, but got none");
    }
    this.errors = ImmutableList.copyOf(errors);
  }

  /**
   * The errors.
   *
   * @return the errors, never null or empty
   */
  public ImmutableList<BatchError> errors() {
    return errors;
  }

  /**
   * The partner whose input is invalid.
   *
   * @return the partner of the first error, never null
   */
  public PartnerId partner() {
    return errors.get(0).partner();
  }
}
