/**
 * Not API: helpers shared by several packages of the library, public only because Java has no
 * visibility between package-private and public across packages. They may change or go away in any
 * release; callers must not use them. The package is left out of the Javadoc and of the API
 * compatibility check.
 *
 * <p>{@link dev.partnerpoints.internal.RuleResolver} resolves the program rules for a points figure
 * (rate era, market multiplier, currency table row, product-line rate lock) into a {@link
 * dev.partnerpoints.internal.ResolvedRule}, which does the points arithmetic with {@code long}s and
 * makes the {@link dev.partnerpoints.calculator.AppliedRule} a figure reports. The calculator ({@link
 * dev.partnerpoints.calculator.PointsCalculator}, its currency tab included) and the ledger's
 * valuation use it; use {@code PointsCalculator} instead.
 */
@NullMarked
package dev.partnerpoints.internal;

import org.jspecify.annotations.NullMarked;
