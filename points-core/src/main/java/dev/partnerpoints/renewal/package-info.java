/**
 * The renewals the partner's clients have coming up: {@link dev.partnerpoints.renewal.Renewal} in,
 * {@link dev.partnerpoints.renewal.UpcomingRenewals} over a horizon out.
 */
@dev.partnerpoints.program.ValueStyle
@NullMarked
package dev.partnerpoints.renewal;

import org.jspecify.annotations.NullMarked;
