/**
 * Fixtures for tests of code that uses partner-points: fluent builders with sensible defaults
 * ({@link dev.partnerpoints.testkit.PointsTestKit#aClient()}), ready partners at every tier and
 * near every tier boundary ({@link dev.partnerpoints.testkit.PartnerFixtures}), a controllable
 * clock ({@link dev.partnerpoints.testkit.TestClock}), named scenarios with hand-derived answers
 * runnable as a conformance suite ({@link dev.partnerpoints.testkit.Scenarios}), and seeded random
 * generators with QuickTheories adapters ({@link dev.partnerpoints.testkit.RandomPortfolios}).
 *
 * <p>Use it at test scope. It is a normal jar with no logging binding.
 */
@NullMarked
package dev.partnerpoints.testkit;

import org.jspecify.annotations.NullMarked;
