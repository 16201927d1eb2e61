/**
 * Program-wide runs: the ledgers of many partners at once. {@link dev.partnerpoints.batch.PortfolioInput}
 * collects the clients, deals, management periods, client MRR and accounts of a whole portfolio of
 * partners, in any order; {@link dev.partnerpoints.batch.PortfolioRun} builds each partner's
 * {@link dev.partnerpoints.ledger.PointLedger} on a pool of threads and answers, per partner, its
 * points, tier status, credited tier with its history, month-end progress and breakdown per client
 * ({@link dev.partnerpoints.batch.PartnerResult}), or the errors of its rows
 * ({@link dev.partnerpoints.batch.BatchError}).
 */
@NullMarked
package dev.partnerpoints.batch;

import org.jspecify.annotations.NullMarked;
