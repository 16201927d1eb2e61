package dev.partnerpoints.renewal;


import static dev.partnerpoints.dashboard.Fixtures.MARKETING;
import static dev.partnerpoints.dashboard.Fixtures.P;
import static dev.partnerpoints.dashboard.Fixtures.SALES;
import static dev.partnerpoints.dashboard.Fixtures.client;
import static dev.partnerpoints.dashboard.Fixtures.d;
import static dev.partnerpoints.dashboard.Fixtures.id;
import static dev.partnerpoints.dashboard.Fixtures.money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerpoints.ledger.PointLedger;
import dev.partnerpoints.program.ProgramRules;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UpcomingRenewalsTest {

  private final PointLedger ledger = PointLedger.builder(ProgramRules.builtIn(), P)
      .addClient(client("a", "DE", "EUR").withName("Alpha GmbH"))
      .addClient(client("b", "US", "USD"))
      .addClient(client("c", "US", "USD"))
      .addClient(client("d", "US", "USD"))
      .addClient(client("e", "US", "USD"))
      .build();

  private static Renewal renewal(String client, String date, String now, String then, String currency) {
    return Renewal.builder().clientId(id(client)).renewalDate(d(date)).addProducts(MARKETING)
        .currentMrr(money(now, currency)).renewalMrr(money(then, currency)).build();
  }

  private final List<Renewal> renewals = List.of(
      renewal("a", "2024-03-01", "500", "450", "EUR").withLastActiveEmployee("Ana").withRenewalManager("Rui")
          .withProducts(SALES, MARKETING),
      renewal("b", "2024-02-27", "1000", "1200", "USD"),
      renewal("c", "2024-05-27", "10", "20", "USD"),
      renewal("d", "2024-05-26", "300", "300", "USD"),
      renewal("e", "2024-02-26", "70", "0", "USD"));

  @Test
  void renewalsInsideTheHorizonSortedByTimeToRenewal() {
    // 2024 is a leap year: 2024-02-27 + 90 days = 2024-05-27 (Feb 28, 29 = 2; March 31 -> 33;
    // April 30 -> 63; May 27 -> 90), so the horizon ends before 2024-05-27
    UpcomingRenewals upcoming = UpcomingRenewals.from(ledger, renewals, d("2024-02-27"), Period.ofDays(90));

    assertThat(upcoming.horizonEnd()).isEqualTo(d("2024-05-27"));
    // b renews today (0 days); a on 03-01: Feb 28, Feb 29, Mar 1 = 3 days; d on 05-26 = 89 days;
    // c (05-27) is past the horizon and e (02-26) already renewed
    assertThat(upcoming.rows()).extracting(UpcomingRenewal::clientId).containsExactly(id("b"), id("a"), id("d"));
    assertThat(upcoming.rows()).extracting(UpcomingRenewal::daysToRenewal).containsExactly(0L, 3L, 89L);

    UpcomingRenewal a = upcoming.rows().get(1);
    assertThat(a.clientName()).isEqualTo("Alpha GmbH");
    assertThat(a.products()).containsExactly(MARKETING, SALES); // sorted by name
    assertThat(a.mrrChange()).isEqualTo(money("-50", "EUR")); // 450 - 500
    assertThat(a.lastActiveEmployee()).contains("Ana");
    assertThat(a.renewalManager()).contains("Rui");
    assertThat(upcoming.rows().get(0).renewalManager()).isEmpty();

    // EUR: -50; USD: b +200 (1200 - 1000) and d 0 (300 - 300) = +200
    assertThat(upcoming.mrrChangeByCurrency()).isEqualTo(Map.of("EUR", money("-50", "EUR"), "USD", money("200", "USD")));
    assertThat(upcoming.clients()).containsExactly(id("a"), id("b"), id("d"));
  }

  @Test
  void aZeroHorizonShowsNothing() {
    assertThat(UpcomingRenewals.from(ledger, renewals, d("2024-02-27"), Period.ZERO).rows()).isEmpty();
  }

  @Test
  void badInputIsRejected() {
    assertThatThrownBy(() -> UpcomingRenewals.from(ledger, List.of(renewal("x", "2024-03-01", "1", "1", "USD")),
        d("2024-02-27"), Period.ofDays(90)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("names client x, which is not in the ledger");
    assertThatThrownBy(() -> UpcomingRenewals.from(ledger, List.of(renewal("b", "2024-03-01", "1", "1", "EUR")),
        d("2024-02-27"), Period.ofDays(90)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is in EUR but USD is required");
    assertThatThrownBy(() -> UpcomingRenewals.from(ledger, renewals, d("2024-02-27"), Period.ofDays(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("renewal horizon must not be negative, but was P-1D");
    assertThatThrownBy(() -> Renewal.builder().clientId(id("b")).renewalDate(d("2024-03-01"))
        .currentMrr(money("1", "USD")).renewalMrr(money("1", "EUR")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is in EUR but USD is required");
    assertThatThrownBy(() -> renewal("b", "2024-03-01", "-1", "1", "USD"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must have MRR not below zero, but has current USD -1");
  }

  @Test
  void renewalsOfOneClientOnOneDayAreOrderedByProductLines() {
    List<Renewal> sameDay = List.of(
        renewal("b", "2024-03-01", "100", "100", "USD").withProducts(SALES),
        renewal("b", "2024-03-01", "200", "200", "USD").withProducts(MARKETING));
    UpcomingRenewals upcoming = UpcomingRenewals.from(ledger, sameDay, d("2024-02-27"), Period.ofDays(90));
    // "Marketing Hub" before "Sales Hub", whatever the input order
    assertThat(upcoming.rows()).extracting(r -> r.products().first()).containsExactly(MARKETING, SALES);
  }
}
