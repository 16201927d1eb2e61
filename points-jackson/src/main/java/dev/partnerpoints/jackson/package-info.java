/**
 * JSON for partner-points through Jackson 2: register {@link
 * dev.partnerpoints.jackson.PartnerPointsModule} with an {@code ObjectMapper} and every public value
 * type of the library (requests, estimates, applied rules, snapshots, changes, breakdowns, tier status
 * and progress, the dashboard and its sections) is written and read back equal.
 */
@NullMarked
package dev.partnerpoints.jackson;

import org.jspecify.annotations.NullMarked;
