/**
 * The partner's program metrics beside the points: 12-month sourced MRR and its dollar value ({@link
 * dev.partnerpoints.metrics.SourcedMrrMethod}), customer dollar retention ({@link
 * dev.partnerpoints.metrics.RetentionMethod}) and the shared-sales deal counts ({@link
 * dev.partnerpoints.metrics.SharedSales}). Every figure carries the rows behind it.
 */
@dev.partnerpoints.program.ValueStyle
@NullMarked
package dev.partnerpoints.metrics;

import org.jspecify.annotations.NullMarked;
