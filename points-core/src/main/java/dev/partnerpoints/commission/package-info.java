/**
 * The commission (revenue share) of one partner: which deals earn a schedule and under which rule,
 * the monthly accruals on the clients' net revenue or the net upsell, and the quarterly payments. See
 * {@link dev.partnerpoints.commission.CommissionCalculator}; the partner's level over time is {@link
 * dev.partnerpoints.commission.PartnerLevels} and the revenue basis {@link
 * dev.partnerpoints.commission.RevenueSeries}.
 */
@dev.partnerpoints.program.ValueStyle
@NullMarked
package dev.partnerpoints.commission;

import org.jspecify.annotations.NullMarked;
