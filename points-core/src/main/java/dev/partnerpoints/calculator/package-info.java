/**
 * The dashboard's points calculator and its currency tab: {@link
 * dev.partnerpoints.calculator.PointsCalculator} estimates the sold, managed and total points of a
 * sale, and converts points to money and money to points, per currency, market, deal type and date.
 * Every result carries the {@link dev.partnerpoints.calculator.AppliedRule rule} that produced it.
 */
@dev.partnerpoints.program.ValueStyle
@NullMarked
package dev.partnerpoints.calculator;

import org.jspecify.annotations.NullMarked;
