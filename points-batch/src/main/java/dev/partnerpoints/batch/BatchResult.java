package dev.partnerpoints.batch;

import com.google.common.collect.ImmutableList;
import java.util.Objects;

/**
 * All answers of a batch run, in partner id order.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param results the partners whose input was valid, not null
 * @param errors the errors of the other partners, partner by partner, not null
 */
public record BatchResult(ImmutableList<PartnerResult> results, ImmutableList<BatchError> errors) {

  /**
   * Checks the fields.
   *
   * @throws NullPointerException if a field is null
   */
  public BatchResult {
    Objects.requireNonNull(results, "results");
    Objects.requireNonNull(errors, "errors");
  }
}
