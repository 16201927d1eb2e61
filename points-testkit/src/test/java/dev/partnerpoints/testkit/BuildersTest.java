package dev.partnerpoints.testkit;

import static dev.partnerpoints.testkit.PointsTestKit.aClient;
import static dev.partnerpoints.testkit.PointsTestKit.aDeal;
import static dev.partnerpoints.testkit.PointsTestKit.aLedger;
import static dev.partnerpoints.testkit.PointsTestKit.aManagementPeriod;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerpoints.ledger.Client;
import dev.partnerpoints.ledger.Deal;
import dev.partnerpoints.ledger.DealKind;
import dev.partnerpoints.ledger.PointLedger;
import dev.partnerpoints.money.Points;
import dev.partnerpoints.program.CountryCode;
import dev.partnerpoints.program.DealType;
import java.time.LocalDate;
import java.time.Period;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class BuildersTest {

  @Test
  void clientDefaults() {
    Client c = aClient().build();
    assertThat(c.country()).isEqualTo(CountryCode.of("US"));
    assertThat(c.currency().getCurrencyCode()).isEqualTo("USD");
    assertThat(c.subscriptionMrr()).isEqualTo(Money.of(1000, "USD"));
    assertThat(c.id().value()).startsWith("client-");
  }

  @Test
  void clientStatesOnlyWhatTheTestCaresAbout() {
    Client c = aClient().inCountry("BR").payingIn("EUR").withSubscription("Sales Hub", "STARTER", "20").build();
    assertThat(c.country()).isEqualTo(CountryCode.of("BR"));
    assertThat(c.subscriptionMrr()).isEqualTo(Money.of(20, "EUR"));
  }

  @Test
  void dealTakesTheClientsCurrencyAndSignsReductions() {
    Client c = aClient().payingIn("EUR").inCountry("DE").build();
    Deal d = aDeal().forClient(c).ofKind(DealKind.DOWNGRADE).mrrChange("10").build();
    assertThat(d.mrrChange()).isEqualTo(Money.of(-10, "EUR"));
    assertThat(d.partner()).isEmpty();
    assertThat(aDeal().forClient(c).build().dealType()).isEqualTo(DealType.SOURCED);
  }

  @Test
  void dealWithoutClientIsRejected() {
    assertThatThrownBy(() -> aDeal().build()).isInstanceOf(IllegalStateException.class).hasMessageContaining("forClient");
  }

  @Test
  void ledgerFromBuilders() {
    // 1000 USD sourced in the US on 2025-09-01: 1000 / 100 x 5 = 50.00; managed 1000 / 100 x 1 = 10.00
    Client c = aClient().build();
    PointLedger ledger = aLedger().withClient(c)
        .withDeal(aDeal().forClient(c).build())
        .withManagementPeriod(aManagementPeriod().ofClient(c).build())
        .build();
    assertThat(ledger.pointsOn(PointsTestKit.DEFAULT_DATE).sourcedPoints()).isEqualTo(Points.of(50));
    assertThat(ledger.pointsOn(PointsTestKit.DEFAULT_DATE).managedPoints()).isEqualTo(Points.of(10));
  }

  @Test
  void testClockMovesByHand() {
    TestClock clock = TestClock.at("2025-07-14");
    assertThat(clock.today()).isEqualTo(LocalDate.of(2025, 7, 14));
    clock.advance(Period.ofDays(1));
    assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.of(2025, 7, 15));
    clock.setDate(LocalDate.of(2024, 2, 29)).advance(Period.ofYears(1));
    assertThat(clock.today()).isEqualTo(LocalDate.of(2025, 2, 28));
  }
}
