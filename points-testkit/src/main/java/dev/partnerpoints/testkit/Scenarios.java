package dev.partnerpoints.testkit;

import static dev.partnerpoints.testkit.PointsTestKit.aClient;
import static dev.partnerpoints.testkit.PointsTestKit.aDeal;
import static dev.partnerpoints.testkit.PointsTestKit.aManagementPeriod;

import com.google.common.collect.ImmutableList;
import dev.partnerpoints.ledger.Client;
import dev.partnerpoints.ledger.ClientMrr;
import dev.partnerpoints.ledger.DealKind;
import java.time.LocalDate;
import java.util.Objects;
import org.javamoney.moneta.Money;

/**
 * Named ledgers with answers derived by hand from the program rules (domain.md sections 2-4), for
 * the built-in program. Each scenario's description shows the arithmetic. Run them with
 * {@link ConformanceSuite}.
 *
 * <p>Scenario names are stable across releases; new scenarios may be added.
 */
public final class Scenarios {

  private static final ImmutableList<Scenario> ALL = ImmutableList.of(
      growthMarketEur(), rateLock(), currencyTableSwitch(), otherCurrencies(), sharedManagement(),
      downgrade(), noDealIncrease(), leapDay(), managedMrrHistory());

  private Scenarios() {}

  /**
   * Returns every built-in scenario.
   *
   * @return the scenarios, never null
   */
  public static ImmutableList<Scenario> all() {
    return ALL;
  }

  /**
   * Returns a scenario by name.
   *
   * @param name the name, not null
   * @return the scenario, never null
   * @throws IllegalArgumentException if no scenario has that name (the message lists the names)
   */
  public static Scenario named(String name) {
    Objects.requireNonNull(name, "name");
    return ALL.stream().filter(s -> s.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no scenario named '" + name + "'; scenarios: "
            + ALL.stream().map(Scenario::name).collect(java.util.stream.Collectors.joining(", "))));
  }

  private static Scenario growthMarketEur() {
    Client c = aClient().withId("br-eur").inCountry("BR").payingIn("EUR").build();
    return Scenario.builder("growth-market-eur",
            "A sourced new client in Brazil (growth market) paying 1000 EUR on 2025-08-01: "
                + "1000 / 88 x 5 x 2 = 113.6363.. -> 113.64, active 2025-08-01..2026-07-31.")
        .client(c)
        .deal(aDeal().withId("d1").forClient(c).sourced().closedOn("2025-08-01").mrr("1000").build())
        .expectPoints("2025-07-31", "0", "0", "0")
        .expectPoints("2025-08-01", "113.64", "0", "0")
        .expectPoints("2026-07-31", "113.64", "0", "0")
        .expectPoints("2026-08-01", "0", "0", "0")
        .expectChanges("2025-08-01", "2025-08-31", "113.64", "0", "0", "0")
        .expectChanges("2026-07-01", "2026-08-31", "0", "113.64", "0", "0")
        .build();
  }

  private static Scenario rateLock() {
    Client c = aClient().withId("us-usd").build();
    return Scenario.builder("rate-lock",
            "Sales Hub first sold 2023-05-01 (1000 USD x 3 / 100 = 30.00, expires 2024-05-01); its sourced upsell "
                + "of 500 on 2024-06-01 keeps rate 3 = 15.00; a Service Hub cross-sell of 500 that day gets 5 = 25.00; "
                + "an assisted Sales Hub upsell of 500 that day gets 3 = 15.00.")
        .client(c)
        .deal(aDeal().withId("d1").forClient(c).ofKind(DealKind.CROSS_SELL).ofProductLine("Sales Hub")
            .closedOn("2023-05-01").mrr("1000").build())
        .deal(aDeal().withId("d2").forClient(c).ofKind(DealKind.UPSELL).ofProductLine("Sales Hub")
            .closedOn("2024-06-01").mrr("500").build())
        .deal(aDeal().withId("d3").forClient(c).ofKind(DealKind.CROSS_SELL).ofProductLine("Service Hub")
            .closedOn("2024-06-01").mrr("500").build())
        .deal(aDeal().withId("d4").forClient(c).assisted().ofKind(DealKind.UPSELL).ofProductLine("Sales Hub")
            .closedOn("2024-06-01").mrr("500").build())
        .expectPoints("2024-04-30", "30.00", "0", "0")
        .expectPoints("2024-05-01", "0", "0", "0")
        .expectPoints("2024-06-01", "40.00", "15.00", "0")
        .build();
  }

  private static Scenario currencyTableSwitch() {
    Client c = aClient().withId("de-eur").inCountry("DE").payingIn("EUR").build();
    return Scenario.builder("currency-table-switch",
            "Assisted deals in Germany: 750 EUR on 2025-07-14 at 75 EUR per 100 USD = 750 / 75 x 3 = 30.00; "
                + "880 EUR on 2025-07-15 at 88 = 880 / 88 x 3 = 30.00.")
        .client(c)
        .deal(aDeal().withId("d1").forClient(c).assisted().closedOn("2025-07-14").mrr("750").build())
        .deal(aDeal().withId("d2").forClient(c).assisted().ofKind(DealKind.CROSS_SELL).ofProductLine("Sales Hub")
            .closedOn("2025-07-15").mrr("880").build())
        .expectPoints("2025-07-14", "0", "30.00", "0")
        .expectPoints("2025-07-15", "0", "60.00", "0")
        .build();
  }

  private static Scenario otherCurrencies() {
    Client gb = aClient().withId("gb-gbp").inCountry("GB").payingIn("GBP").build();
    Client jp = aClient().withId("jp-jpy").inCountry("JP").payingIn("JPY").build();
    return Scenario.builder("other-currencies",
            "Assisted 125 GBP on 2025-07-14: 125 / 62.50 x 3 = 6.00. Sourced 12000 JPY on 2024-03-01: "
                + "12000 / 12000 x 5 = 5.00, expired from 2025-03-01.")
        .client(gb, jp)
        .deal(aDeal().withId("d1").forClient(gb).assisted().closedOn("2025-07-14").mrr("125").build())
        .deal(aDeal().withId("d2").forClient(jp).sourced().closedOn("2024-03-01").mrr("12000").build())
        .expectPoints("2024-03-01", "5.00", "0", "0")
        .expectPoints("2025-02-28", "5.00", "0", "0")
        .expectPoints("2025-07-14", "0", "6.00", "0")
        .build();
  }

  private static Scenario sharedManagement() {
    Client c = aClient().withId("mx-usd").inCountry("MX").withSubscription("Marketing Hub", "STARTER", "50").build();
    return Scenario.builder("shared-management",
            "A Mexican client (growth market) with 50 USD MRR: 50 / 100 x 1 x 2 = 1.00 managed points. Three partners "
                + "from 2025-01-01: 0.34 / 0.33 / 0.33, the extra hundredth to the smallest id (partner-1); partner-3 "
                + "leaves on 2025-03-01: 0.50 each.")
        .client(c)
        .managed(aManagementPeriod().ofClient(c).by("partner-1").from("2025-01-01").build())
        .managed(aManagementPeriod().ofClient(c).by("partner-2").from("2025-01-01").build())
        .managed(aManagementPeriod().ofClient(c).by("partner-3").from("2025-01-01").until("2025-03-01").build())
        .expectPoints("2024-12-31", "0", "0", "0")
        .expectPoints("2025-02-01", "0", "0", "0.34")
        .expectPoints("2025-03-01", "0", "0", "0.50")
        .expectChanges("2025-03-01", "2025-03-31", "0", "0", "0.16", "0")
        .build();
  }

  private static Scenario downgrade() {
    Client c = aClient().withId("us-down").build();
    return Scenario.builder("downgrade",
            "Sourced 2000 USD on 2025-01-10 = 2000 / 100 x 5 = 100.00; a downgrade of 600 on 2025-03-01 takes "
                + "600 / 100 x 5 = 30.00 off; the entry expires on 2026-01-10; a cancellation on 2026-02-01 finds "
                + "nothing active.")
        .client(c)
        .deal(aDeal().withId("d1").forClient(c).closedOn("2025-01-10").mrr("2000").build())
        .deal(aDeal().withId("d2").forClient(c).ofKind(DealKind.DOWNGRADE).closedOn("2025-03-01").mrr("600").build())
        .deal(aDeal().withId("d3").forClient(c).ofKind(DealKind.CANCELLATION).closedOn("2026-02-01").mrr("1400").build())
        .expectPoints("2025-02-28", "100.00", "0", "0")
        .expectPoints("2025-03-01", "70.00", "0", "0")
        .expectPoints("2026-01-09", "70.00", "0", "0")
        .expectPoints("2026-01-10", "0", "0", "0")
        .expectChanges("2025-03-01", "2025-03-31", "0", "30.00", "0", "0")
        .expectChanges("2025-01-01", "2026-02-28", "100.00", "100.00", "0", "0")
        .build();
  }

  private static Scenario noDealIncrease() {
    Client c = aClient().withId("us-nodeal").build();
    return Scenario.builder("no-deal-increase",
            "Sourced 100 USD on 2024-08-01 = 5.00 (expires 2025-08-01); a no-deal increase of 200 on 2025-07-14 "
                + "earns 200 / 100 x 5 = 10.00; one on 2025-07-15 earns nothing.")
        .client(c)
        .deal(aDeal().withId("d1").forClient(c).closedOn("2024-08-01").mrr("100").build())
        .deal(aDeal().withId("d2").forClient(c).ofKind(DealKind.NO_DEAL_INCREASE).closedOn("2025-07-14").mrr("200").build())
        .deal(aDeal().withId("d3").forClient(c).ofKind(DealKind.NO_DEAL_INCREASE).closedOn("2025-07-15").mrr("200").build())
        .expectPoints("2025-07-15", "15.00", "0", "0")
        .expectPoints("2025-08-01", "10.00", "0", "0")
        .build();
  }

  private static Scenario leapDay() {
    Client c = aClient().withId("us-leap").build();
    return Scenario.builder("leap-day",
            "Sourced 100 USD on 2024-02-29 = 5.00; 2024-02-29 plus 12 months is 2025-02-28, the first expired day.")
        .client(c)
        .deal(aDeal().withId("d1").forClient(c).closedOn("2024-02-29").mrr("100").build())
        .expectPoints("2024-02-28", "0", "0", "0")
        .expectPoints("2025-02-27", "5.00", "0", "0")
        .expectPoints("2025-02-28", "0", "0", "0")
        .expectChanges("2025-02-01", "2025-02-28", "0", "5.00", "0", "0")
        .build();
  }

  private static Scenario managedMrrHistory() {
    Client c = aClient().withId("in-usd").inCountry("IN").build();
    return Scenario.builder("managed-mrr-history",
            "An Indian client (growth market) managed alone from 2025-01-01, MRR 300 USD then 150 USD from "
                + "2025-06-01: 300 / 100 x 1 x 2 = 6.00, then 3.00.")
        .client(c)
        .managed(aManagementPeriod().ofClient(c).by("partner-1").from("2025-01-01").build())
        .mrr(ClientMrr.of(c.id(), LocalDate.of(2025, 1, 1), Money.of(300, "USD")),
            ClientMrr.of(c.id(), LocalDate.of(2025, 6, 1), Money.of(150, "USD")))
        .expectPoints("2025-05-31", "0", "0", "6.00")
        .expectPoints("2025-06-01", "0", "0", "3.00")
        .expectChanges("2025-06-01", "2025-06-30", "0", "0", "0", "3.00")
        .build();
  }
}
