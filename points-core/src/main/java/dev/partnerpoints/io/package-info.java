/**
 * Files in and out: a partner's ledger as a documented CSV file ({@link
 * dev.partnerpoints.io.LedgerCsv}) and a program's rules as a documented JSON file ({@link
 * dev.partnerpoints.io.ProgramRulesFile}).
 */
@NullMarked
package dev.partnerpoints.io;

import org.jspecify.annotations.NullMarked;
