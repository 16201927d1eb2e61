package dev.partnerpoints.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerpoints.ledger.ClientBreakdown;
import dev.partnerpoints.ledger.BreakdownFilter;
import dev.partnerpoints.money.Points;
import dev.partnerpoints.program.ProgramRules;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Issue 16 section 1: a no-deal increase read from a file is credited to the line's seller. */
class LedgerCsvNoDealIncreaseTest {

  private static final String REPRODUCER = String.join("\n",
      "partner,partner-1",
      "client,a,A,US,USD,3",
      "client,b,B,US,USD,3",
      "deal,d1,a,2024-03-01,NEW_CLIENT,SOURCED,Sales Hub,100,partner-2",
      "deal,d2,a,2024-06-01,NO_DEAL_INCREASE,SOURCED,Sales Hub,100",
      "deal,d3,b,2024-03-01,NEW_CLIENT,SOURCED,Sales Hub,100",
      "deal,d4,b,2024-06-01,NO_DEAL_INCREASE,SOURCED,Sales Hub,100,partner-2");

  @Test
  void theIncreaseFollowsTheSellerOfTheLineNotThePartnerOnTheRow() {
    LedgerCsv.LedgerFile file = LedgerCsv.read(new StringReader(REPRODUCER), "issue16.csv", ProgramRules.builtIn());
    LocalDate asOf = LocalDate.of(2024, 6, 2);

    Map<String, Points> soldByClient = file.ledger().breakdown(asOf, BreakdownFilter.all()).stream()
        .collect(Collectors.toMap(b -> b.client().id().value(), ClientBreakdown::activeSold));
    // a: partner-2 sold Sales Hub (d1), so neither d1 nor the increase d2 is partner-1's: 0.00
    // b: partner-1 sold it (d3, 100 USD x 5 / 100 = 5.00); d4 names partner-2 but follows the sale:
    //    100 USD x 5 / 100 = 5.00 more -> 10.00
    assertThat(soldByClient.getOrDefault("a", Points.zero())).isEqualTo(Points.parse("0.00"));
    assertThat(soldByClient.get("b")).isEqualTo(Points.parse("10.00"));
    assertThat(file.ledger().pointsOn(asOf).soldPoints()).isEqualTo(Points.parse("10.00"));
  }
}
