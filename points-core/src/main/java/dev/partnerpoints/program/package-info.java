/**
 * Program rules as data: point rates per deal type and era, the growth-market multiplier and the
 * growth markets by country, the currency point values and the tier schedules, all effective-dated.
 * {@link dev.partnerpoints.program.ProgramRules#builtIn()} is the program as documented; the
 * builders let a caller define another program.
 */
@ValueStyle
@NullMarked
package dev.partnerpoints.program;

import org.jspecify.annotations.NullMarked;
