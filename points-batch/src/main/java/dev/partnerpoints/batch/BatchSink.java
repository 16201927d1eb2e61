package dev.partnerpoints.batch;

import com.google.common.collect.ImmutableList;
import dev.partnerpoints.ledger.PartnerId;

/**
 * Receives a batch run's answers, one partner at a time, in partner id order, on the thread that
 * called the run (so it need not be thread-safe).
 */
public interface BatchSink {

  /**
   * A partner whose input was valid.
   *
   * @param result its figures, never null
   */
  void result(PartnerResult result);

  /**
   * A partner whose input has errors: it gets no result.
   *
   * @param partner the partner, never null
   * @param errors its errors, never empty
   */
  void errors(PartnerId partner, ImmutableList<BatchError> errors);
}
