package com.example.consumer;

import static dev.partnerpoints.testkit.PointsTestKit.aClient;
import static dev.partnerpoints.testkit.PointsTestKit.aDeal;
import static dev.partnerpoints.testkit.PointsTestKit.aLedger;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.partnerpoints.ledger.Client;
import dev.partnerpoints.ledger.PointLedger;
import dev.partnerpoints.money.Points;
import dev.partnerpoints.program.ProgramRules;
import dev.partnerpoints.program.Tier;
import dev.partnerpoints.testkit.ConformanceSuite;
import dev.partnerpoints.testkit.PartnerFixtures;
import dev.partnerpoints.testkit.TestClock;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import java.util.stream.Stream;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Proves the published POMs work for a user: library at compile scope, testkit at test scope. */
class CommissionDeskTest {

  @Test
  void quoteFollowsTheClock() {
    TestClock clock = TestClock.at("2025-07-14");
    CommissionDesk desk = new CommissionDesk(clock);
    // 2025-07-14: 1000 EUR / 75 x 5 = 66.666.. -> 66.67 sold; / 75 x 1 = 13.33 managed; 80.00 total
    assertEquals(Points.parse("80.00"), desk.quote(Money.of(1000, "EUR"), "DE", true));
    clock.advance(Period.ofDays(1));
    // 2025-07-15: 1000 / 88 x 5 = 56.818.. -> 56.82; 1000 / 88 = 11.3636.. -> 11.36; 68.18 total
    assertEquals(Points.parse("68.18"), desk.quote(Money.of(1000, "EUR"), "DE", true));
  }

  @Test
  void testkitBuildersAndFixturesWork() {
    Client client = aClient().inCountry("BR").build();
    PointLedger ledger = aLedger().withClient(client)
        .withDeal(aDeal().forClient(client).closedOn("2025-08-01").mrrChange("100").build())
        .build();
    // 100 USD / 100 x 5 x 2 (Brazil is a growth market) = 10.00
    assertEquals(Points.of(10), ledger.pointsOn(LocalDate.of(2025, 8, 1)).sourcedPoints());
    assertEquals(Optional.of(Tier.GOLD),
        PartnerFixtures.gold().evaluator().statusOn(PartnerFixtures.AS_OF).performanceTier());
  }

  @TestFactory
  Stream<DynamicNode> conformance() {
    return ConformanceSuite.dynamicTests(ProgramRules.builtIn());
  }
}
