package example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.partnerpoints.program.ProgramRules;
import dev.partnerpoints.testkit.ConformanceSuite;
import dev.partnerpoints.testkit.PartnerFixture;
import dev.partnerpoints.testkit.PartnerFixtures;
import dev.partnerpoints.program.Tier;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The testkit's fixtures and conformance suite, run by JUnit Jupiter 5.10. */
class OldJunitConsumerTest {
  @Test
  void goldFixtureIsGold() {
    PartnerFixture gold = PartnerFixtures.gold();
    assertEquals(Optional.of(Tier.GOLD), gold.evaluator().statusOn(gold.asOf()).performanceTier());
  }

  @TestFactory
  Stream<DynamicNode> conformance() {
    return ConformanceSuite.dynamicTests(ProgramRules.builtIn());
  }
}
