/**
 * Reading a partner's ledger from a documented CSV file: see
 * {@link dev.partnerpoints.io.LedgerCsv}.
 */
@NullMarked
package dev.partnerpoints.io;

import org.jspecify.annotations.NullMarked;
