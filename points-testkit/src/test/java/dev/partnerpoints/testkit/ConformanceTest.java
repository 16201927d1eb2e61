package dev.partnerpoints.testkit;

import dev.partnerpoints.program.ProgramRules;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** Runs the testkit's scenarios against the library itself, so the scenarios stay true. */
class ConformanceTest {

  @TestFactory
  Stream<DynamicNode> builtInRulesConformToEveryScenario() {
    return ConformanceSuite.dynamicTests(ProgramRules.builtIn());
  }
}
