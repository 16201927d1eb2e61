/**
 * Named static client segments: {@link dev.partnerpoints.segment.Segment}, made from any figure with
 * clients behind it ({@link dev.partnerpoints.segment.ClientFigure}), combined by set operations and
 * used to filter ledger breakdowns.
 */
@dev.partnerpoints.program.ValueStyle
@NullMarked
package dev.partnerpoints.segment;

import org.jspecify.annotations.NullMarked;
