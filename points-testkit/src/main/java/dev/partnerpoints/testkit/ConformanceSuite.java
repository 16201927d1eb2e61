package dev.partnerpoints.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.partnerpoints.ledger.PointChanges;
import dev.partnerpoints.ledger.PointLedger;
import dev.partnerpoints.ledger.PointsSnapshot;
import dev.partnerpoints.program.ProgramRules;
import dev.partnerpoints.tier.PartnerAccount;
import dev.partnerpoints.tier.TierEvaluator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

/**
 * Runs the {@link Scenarios} (points on dates, changes over ranges, tiers on dates) as JUnit 5 dynamic tests against a ledger you build: from your own
 * {@link ProgramRules} (which must implement the built-in program) or from ledgers stored in your own
 * system and loaded back.
 *
 * <pre>{@code
 * class MyConformanceTest {
 *   @TestFactory
 *   Stream<DynamicNode> conformance() {
 *     return ConformanceSuite.dynamicTests(scenario -> myStore.roundTrip(scenario.ledger(ProgramRules.builtIn())));
 *   }
 * }
 * }</pre>
 */
public final class ConformanceSuite {

  private ConformanceSuite() {}

  /**
   * Returns one container per scenario, one test per expectation, against ledgers built with the
   * given rules.
   *
   * @param rules the rules to build each scenario's ledger with, not null
   * @return the tests, never null
   */
  public static Stream<DynamicNode> dynamicTests(ProgramRules rules) {
    Objects.requireNonNull(rules, "rules");
    return dynamicTests(scenario -> scenario.ledger(rules));
  }

  /**
   * Returns one container per scenario, one test per expectation, against the ledger the factory
   * returns for each scenario.
   *
   * @param ledgerFactory makes the ledger of a scenario, not null
   * @return the tests, never null
   */
  public static Stream<DynamicNode> dynamicTests(Function<Scenario, PointLedger> ledgerFactory) {
    Objects.requireNonNull(ledgerFactory, "ledgerFactory");
    return Scenarios.all().stream().map(scenario -> DynamicContainer.dynamicContainer(scenario.name(),
        Stream.of(
            scenario.expectedPoints().stream().map(expected -> DynamicTest.dynamicTest(
                "points on " + expected.date(), () -> {
                  PointsSnapshot actual = ledgerFactory.apply(scenario).pointsOn(expected.date());
                  assertEquals(List.of(expected.sourced(), expected.assisted(), expected.managed()),
                      List.of(actual.sourcedPoints(), actual.assistedPoints(), actual.managedPoints()),
                      scenario.name() + ": [sourced, assisted, managed] on " + expected.date());
                })),
            scenario.expectedChanges().stream().map(expected -> DynamicTest.dynamicTest(
                "changes " + expected.from() + ".." + expected.to(), () -> {
                  PointChanges actual = ledgerFactory.apply(scenario).changes(expected.from(), expected.to());
                  assertEquals(
                      List.of(expected.newSold(), expected.lostSold(), expected.newManaged(), expected.lostManaged()),
                      List.of(actual.newSold().total(), actual.lostSold().total(), actual.newManaged().total(),
                          actual.lostManaged().total()),
                      scenario.name() + ": [new sold, lost sold, new managed, lost managed] " + expected);
                })),
            scenario.expectedTiers().stream().map(expected -> DynamicTest.dynamicTest(
                "tier on " + expected.date(), () -> assertEquals(expected.tier(),
                    TierEvaluator.of(ledgerFactory.apply(scenario), PartnerAccount.alwaysCertified())
                        .statusOn(expected.date()).performanceTier(),
                    scenario.name() + ": performance tier on " + expected.date())))
        ).flatMap(s -> s)));
  }
}
