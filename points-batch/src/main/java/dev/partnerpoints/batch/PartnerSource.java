package dev.partnerpoints.batch;

import dev.partnerpoints.ledger.PartnerId;
import dev.partnerpoints.ledger.PointLedger;
import dev.partnerpoints.tier.PartnerAccount;

/**
 * One partner's input to a batch run, loaded on a worker thread: a ledger file to read, rows to
 * check and build, and so on. {@link PortfolioInput} makes one per partner of its rows.
 */
public interface PartnerSource {

  /**
   * The partner.
   *
   * @return the partner id, never null
   */
  PartnerId partner();

  /**
   * Loads the partner's ledger and account; called once, on any thread.
   *
   * @return the ledger (of {@link #partner()}) and account, never null
   * @throws PartnerInputException if the input is invalid (the run reports its errors)
   * @throws RuntimeException any other failure of the input (the run reports its message as an error
   *     of the row {@code ledger})
   */
  Loaded load();

  /**
   * A loaded partner.
   *
   * @param ledger the partner's ledger, not null
   * @param account the partner's account, not null
   */
  record Loaded(PointLedger ledger, PartnerAccount account) {}
}
