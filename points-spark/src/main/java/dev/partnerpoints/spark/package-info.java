/**
 * Program-wide runs on Apache Spark: {@link dev.partnerpoints.spark.PointsSpark} takes Datasets of
 * clients, deals, management periods, client MRR and accounts with a partner column, groups them by
 * partner (one shuffle of the rows) and runs each partner's ledger with the batch API of
 * {@code points-batch} inside its group; the answers are Datasets of per-partner snapshots, tier
 * status, month-end progress, per-client breakdowns and errors.
 */
@NullMarked
package dev.partnerpoints.spark;

import org.jspecify.annotations.NullMarked;
