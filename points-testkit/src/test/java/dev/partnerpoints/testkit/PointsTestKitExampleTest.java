package dev.partnerpoints.testkit;

import static dev.partnerpoints.testkit.PointsTestKit.aClient;
import static dev.partnerpoints.testkit.PointsTestKit.aDeal;
import static dev.partnerpoints.testkit.PointsTestKit.aLedger;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.partnerpoints.ledger.Client;
import dev.partnerpoints.ledger.Deal;
import dev.partnerpoints.ledger.PointLedger;
import dev.partnerpoints.money.Points;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The example of {@link PointsTestKit}'s Javadoc, line for line, compiles and gives hand-worked points. */
class PointsTestKitExampleTest {

  @Test
  void javadocExample() {
    Client acme = aClient().named("Acme").inCountry("BR").payingIn("EUR").build();
    Deal deal = aDeal().forClient(acme).sourced().closedOn("2025-08-01").mrrChange("1000").build();
    PointLedger ledger = aLedger().withClient(acme).withDeal(deal).build();

    // 1000 EUR / 88 (table from 2025-07-15) x 5 (sourced) x 2 (BR, a growth market) = 113.636... -> 113.64
    assertEquals(Points.parse("113.64"), ledger.pointsOn(LocalDate.of(2025, 8, 1)).sourcedPoints());
  }
}
