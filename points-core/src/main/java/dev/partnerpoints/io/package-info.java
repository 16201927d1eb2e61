/**
 * Reading a partner's ledger from a documented CSV file: see
 * {@link dev.partnerpoints.io.LedgerCsv}.
 */
package dev.partnerpoints.io;
