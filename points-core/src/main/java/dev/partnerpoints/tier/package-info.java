/**
 * Tier status and progression: the tier whose requirements a partner meets on a date, what is
 * missing for any higher tier (and the least additional MRR that would close it), the credited
 * tier over time with the keep-a-tier rules, and the points needed to keep the current tier. See
 * {@link dev.partnerpoints.tier.TierEvaluator}.
 */
@dev.partnerpoints.program.ValueStyle
@NullMarked
package dev.partnerpoints.tier;

import org.jspecify.annotations.NullMarked;
