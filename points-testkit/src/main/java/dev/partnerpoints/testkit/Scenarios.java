package dev.partnerpoints.testkit;

import static dev.partnerpoints.testkit.PointsTestKit.aClient;
import static dev.partnerpoints.testkit.PointsTestKit.aDeal;
import static dev.partnerpoints.testkit.PointsTestKit.aManagementPeriod;

import com.google.common.collect.ImmutableList;
import dev.partnerpoints.ledger.Client;
import dev.partnerpoints.ledger.ClientMrr;
import dev.partnerpoints.ledger.DealKind;
import dev.partnerpoints.program.Tier;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.javamoney.moneta.Money;

/**
 * Named ledgers with answers derived by hand from the program rules (docs/rules.md sections 2-10), for
 * the built-in program. Each scenario's description shows the arithmetic. Run them with
 * {@link ConformanceSuite}.
 *
 * <p>Scenario names are stable across releases; new scenarios may be added.
 */
public final class Scenarios {

  private static final ImmutableList<Scenario> ALL = ImmutableList.of(
      growthMarketEur(), rateLock(), currencyTableSwitch(), otherCurrencies(), sharedManagement(),
      downgrade(), noDealIncrease(), leapDay(), managedMrrHistory(), showcase());

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
            + ALL.stream().map(Scenario::name).collect(Collectors.joining(", "))));
  }

  private static Scenario growthMarketEur() {
    Client c = aClient().withId("br-eur").inCountry("BR").payingIn("EUR").build();
    return Scenario.builder("growth-market-eur",
            "A sourced new client in Brazil (growth market) paying 1000 EUR on 2025-08-01: "
                + "1000 / 88 x 5 x 2 = 113.6363.. -> 113.64, active 2025-08-01..2026-07-31.")
        .client(c)
        .deal(aDeal().withId("d1").forClient(c).sourced().closedOn("2025-08-01").mrrChange("1000").build())
        .expectPoints("2025-07-31", "0", "0", "0")
        .expectPoints("2025-08-01", "113.64", "0", "0")
        .expectPoints("2026-07-31", "113.64", "0", "0")
        .expectPoints("2026-08-01", "0", "0", "0")
        .expectChanges("2025-08-01", "2025-08-31", "113.64", "0", "0", "0")
        // 113.64 total and sourced, but no managed points (Gold needs 60 managed until 2026-01-14)
        .expectTier("2025-08-01", Optional.empty())
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
            .closedOn("2023-05-01").mrrChange("1000").build())
        .deal(aDeal().withId("d2").forClient(c).ofKind(DealKind.UPSELL).ofProductLine("Sales Hub")
            .closedOn("2024-06-01").mrrChange("500").build())
        .deal(aDeal().withId("d3").forClient(c).ofKind(DealKind.CROSS_SELL).ofProductLine("Service Hub")
            .closedOn("2024-06-01").mrrChange("500").build())
        .deal(aDeal().withId("d4").forClient(c).assisted().ofKind(DealKind.UPSELL).ofProductLine("Sales Hub")
            .closedOn("2024-06-01").mrrChange("500").build())
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
        .deal(aDeal().withId("d1").forClient(c).assisted().closedOn("2025-07-14").mrrChange("750").build())
        .deal(aDeal().withId("d2").forClient(c).assisted().ofKind(DealKind.CROSS_SELL).ofProductLine("Sales Hub")
            .closedOn("2025-07-15").mrrChange("880").build())
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
        .deal(aDeal().withId("d1").forClient(gb).assisted().closedOn("2025-07-14").mrrChange("125").build())
        .deal(aDeal().withId("d2").forClient(jp).sourced().closedOn("2024-03-01").mrrChange("12000").build())
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
        .deal(aDeal().withId("d1").forClient(c).closedOn("2025-01-10").mrrChange("2000").build())
        .deal(aDeal().withId("d2").forClient(c).ofKind(DealKind.DOWNGRADE).closedOn("2025-03-01").mrrChange("600").build())
        .deal(aDeal().withId("d3").forClient(c).ofKind(DealKind.CANCELLATION).closedOn("2026-02-01").mrrChange("1400").build())
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
        .deal(aDeal().withId("d1").forClient(c).closedOn("2024-08-01").mrrChange("100").build())
        .deal(aDeal().withId("d2").forClient(c).ofKind(DealKind.NO_DEAL_INCREASE).closedOn("2025-07-14").mrrChange("200").build())
        .deal(aDeal().withId("d3").forClient(c).ofKind(DealKind.NO_DEAL_INCREASE).closedOn("2025-07-15").mrrChange("200").build())
        .expectPoints("2025-07-15", "15.00", "0", "0")
        .expectPoints("2025-08-01", "10.00", "0", "0")
        .build();
  }

  private static Scenario leapDay() {
    Client c = aClient().withId("us-leap").build();
    return Scenario.builder("leap-day",
            "Sourced 100 USD on 2024-02-29 = 5.00; 2024-02-29 plus 12 months is 2025-02-28, the first expired day.")
        .client(c)
        .deal(aDeal().withId("d1").forClient(c).closedOn("2024-02-29").mrrChange("100").build())
        .expectPoints("2024-02-28", "0", "0", "0")
        .expectPoints("2025-02-27", "5.00", "0", "0")
        .expectPoints("2025-02-28", "0", "0", "0")
        .expectChanges("2025-02-01", "2025-02-28", "0", "5.00", "0", "0")
        .build();
  }

  /**
   * The showcase partner of {@link PartnerFixtures#showcase()}: six clients in six markets and
   * currencies, both deal types, a downgrade, an expiry, a no-deal increase, the rate lock and a
   * shared management. Gold on 2025-10-01.
   */
  static Scenario showcase() {
    Client acme = aClient().withId("acme").named("Acme Ltda").inCountry("BR")
        .withSubscription("Marketing Hub", "PROFESSIONAL", "2500").build();
    Client bolt = aClient().withId("bolt").named("Bolt GmbH").inCountry("DE").payingIn("EUR")
        .withSubscription("Sales Hub", "ENTERPRISE", "1500").withSubscription("Marketing Hub", "STARTER", "100").build();
    Client kite = aClient().withId("kite").named("Kite KK").inCountry("JP").payingIn("JPY")
        .withSubscription("Service Hub", "PROFESSIONAL", "108000").build();
    Client maple = aClient().withId("maple").named("Maple Inc").inCountry("CA").payingIn("CAD")
        .withSubscription("Content Hub", "PROFESSIONAL", "650").build();
    Client oak = aClient().withId("oak").named("Oak Ltd").inCountry("GB").payingIn("GBP")
        .withSubscription("Operations Hub", "STARTER", "740").build();
    Client tiger = aClient().withId("tiger").named("Tiger Pte").inCountry("SG").payingIn("SGD")
        .withSubscription("Sales Hub", "PROFESSIONAL", "387").build();
    return Scenario.builder("showcase",
            "On 2025-10-01: sourced = acme 2500 USD x 5 x 2 / 100 = 250.00 + bolt 100 EUR / 88 x 5 = 5.68 + kite "
                + "144000 JPY / 12000 x 5 = 60.00 less a 36000 JPY downgrade / 14400 x 5 = 12.50 -> 47.50 + maple "
                + "no-deal increase 130 CAD / 130 x 5 = 5.00 + tiger upsell 258 SGD / 129 x 3 (line first sold "
                + "2023-06-01) x 2 = 12.00 -> 320.18 (maple's 25.00 of 2024-09-15 expired on 2025-09-15); assisted "
                + "= bolt 1500 EUR / 75 x 3 = 60.00 + oak 740 GBP / 74 x 3 = 30.00 -> 90.00; managed = acme 2500 / "
                + "100 x 2 = 50.00 + bolt 1600 EUR / 88 = 18.18 shared with partner-2 -> 9.09 + oak 740 / 74 = "
                + "10.00 -> 69.09 (maple's management ended 2025-09-01). Total 479.27: Gold (129 / 63 sourced / 60 "
                + "managed), Platinum needs 200 managed.")
        .client(acme, bolt, kite, maple, oak, tiger)
        .deal(aDeal().withId("d1").forClient(acme).closedOn("2025-03-10").mrrChange("2500").build())
        .deal(aDeal().withId("d2").forClient(bolt).assisted().ofProductLine("Sales Hub").closedOn("2025-05-20").mrrChange("1500").build())
        .deal(aDeal().withId("d3").forClient(bolt).ofKind(DealKind.CROSS_SELL).closedOn("2025-08-05").mrrChange("100").build())
        .deal(aDeal().withId("d4").forClient(kite).ofProductLine("Service Hub").closedOn("2024-11-15").mrrChange("144000").build())
        .deal(aDeal().withId("d5").forClient(kite).ofKind(DealKind.DOWNGRADE).ofProductLine("Service Hub")
            .closedOn("2025-09-01").mrrChange("36000").build())
        .deal(aDeal().withId("d6").forClient(maple).ofProductLine("Content Hub").closedOn("2024-09-15").mrrChange("650").build())
        .deal(aDeal().withId("d7").forClient(maple).ofKind(DealKind.NO_DEAL_INCREASE).ofProductLine("Content Hub")
            .closedOn("2025-06-01").mrrChange("130").build())
        .deal(aDeal().withId("d8").forClient(oak).assisted().ofKind(DealKind.CROSS_SELL).ofProductLine("Operations Hub")
            .closedOn("2025-07-20").mrrChange("740").build())
        .deal(aDeal().withId("d9").forClient(tiger).ofKind(DealKind.UPSELL).ofProductLine("Sales Hub")
            .closedOn("2025-09-10").mrrChange("258").build())
        .deal(aDeal().withId("d10").forClient(tiger).creditedTo("partner-2").ofProductLine("Sales Hub")
            .closedOn("2023-06-01").mrrChange("129").build())
        .managed(aManagementPeriod().ofClient(acme).from("2025-03-10").build())
        .managed(aManagementPeriod().ofClient(bolt).from("2025-06-01").build())
        .managed(aManagementPeriod().ofClient(bolt).by("partner-2").from("2025-06-01").build())
        .managed(aManagementPeriod().ofClient(maple).from("2024-09-15").until("2025-09-01").build())
        .managed(aManagementPeriod().ofClient(oak).from("2025-07-20").build())
        .expectPoints("2025-10-01", "320.18", "90.00", "69.09")
        // 2025-06-01: sourced acme 250.00 + kite 60.00 + maple 25.00 + maple's no-deal increase 5.00 = 340.00;
        // assisted bolt 60.00; managed acme 50.00 + bolt 1600 EUR / 75 = 21.33 split 2 (1067 + 1066
        // hundredths, the odd one to partner-1) = 10.67 + maple 650 / 130 = 5.00 -> 65.67.
        .expectPoints("2025-06-01", "340.00", "60.00", "65.67")
        // Gold from 2025-06-01 (123 total / 63 sold / 60 managed); the day before managed was 55.00.
        .expectTier("2025-05-31", Optional.empty())
        .expectTier("2025-06-01", Optional.of(Tier.GOLD))
        .expectTier("2025-10-01", Optional.of(Tier.GOLD))
        // September: new sold d9 12.00; lost sold = kite's downgrade 12.50 + maple's expiry 25.00;
        // lost managed = maple 650 CAD / 130 = 5.00 (its management ended 2025-09-01).
        .expectChanges("2025-09-01", "2025-09-30", "12.00", "37.50", "0", "5.00")
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
