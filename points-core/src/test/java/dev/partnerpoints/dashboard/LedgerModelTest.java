package dev.partnerpoints.dashboard;

import static dev.partnerpoints.dashboard.Fixtures.P;
import static dev.partnerpoints.dashboard.Fixtures.client;
import static dev.partnerpoints.dashboard.Fixtures.d;
import static dev.partnerpoints.dashboard.Fixtures.deal;
import static dev.partnerpoints.dashboard.Fixtures.id;
import static dev.partnerpoints.dashboard.Fixtures.money;
import static dev.partnerpoints.dashboard.Fixtures.mrr;
import static dev.partnerpoints.dashboard.Fixtures.sourcedNew;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSet;
import dev.partnerpoints.ledger.BreakdownFilter;
import dev.partnerpoints.ledger.ClientBreakdown;
import dev.partnerpoints.ledger.Deal;
import dev.partnerpoints.ledger.DealKind;
import dev.partnerpoints.ledger.DealOrigin;
import dev.partnerpoints.ledger.DealStatus;
import dev.partnerpoints.ledger.PointLedger;
import dev.partnerpoints.ledger.Subscription;
import dev.partnerpoints.ledger.Edition;
import dev.partnerpoints.money.Points;
import dev.partnerpoints.program.DealType;
import dev.partnerpoints.program.ProgramRules;
import org.junit.jupiter.api.Test;

/** The ledger-model additions the dashboard needs: deal origin and status, client MRR, client filter. */
class LedgerModelTest {

  @Test
  void dealDefaultsKeepEarlierDealsAsTheyWere() {
    Deal sourced = sourcedNew("s", "c", "2025-08-01", "1000", "USD");
    Deal assisted = deal("a", "c", "2025-08-01", DealKind.NEW_CLIENT, DealType.ASSISTED, "1000", "USD");

    assertThat(sourced.status()).isEqualTo(DealStatus.CLOSED_WON);
    assertThat(sourced.origin()).isEqualTo(DealOrigin.PARTNER);
    assertThat(assisted.origin()).isEqualTo(DealOrigin.VENDOR); // assisted = vendor-originated
    assertThat(sourced.createdOn()).isEmpty();
    assertThat(sourced.createdOrClosedOn()).isEqualTo(d("2025-08-01"));
    assertThat(sourced.withOrigin(DealOrigin.VENDOR).origin()).isEqualTo(DealOrigin.VENDOR);
  }

  @Test
  void aDealCannotBeCreatedAfterItsCloseDate() {
    Deal open = sourcedNew("o", "c", "2025-10-15", "1000", "USD").withStatus(DealStatus.OPEN);

    assertThatThrownBy(() -> open.withCreatedOn(d("2025-10-16")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("deal o was created on 2025-10-16")
        .hasMessageContaining("expected close date 2025-10-15");
    assertThat(open.withCreatedOn(d("2025-10-15")).createdOrClosedOn()).isEqualTo(d("2025-10-15"));
  }

  @Test
  void onlyClosedWonDealsEarnPoints() {
    PointLedger ledger = PointLedger.builder(ProgramRules.builtIn(), P)
        .addClient(client("us", "US", "USD"))
        .addDeal(sourcedNew("won", "us", "2025-08-01", "1000", "USD"))
        .addDeal(sourcedNew("open", "us", "2025-08-02", "2000", "USD").withStatus(DealStatus.OPEN))
        .addDeal(sourcedNew("lost", "us", "2025-08-03", "4000", "USD").withStatus(DealStatus.CLOSED_LOST))
        .build();

    // 1000 USD / 100 x 5 (sourced, 2024-02-27 era) = 50.00; the open and lost deals add nothing
    assertThat(ledger.pointsOn(d("2025-08-15")).sourcedPoints()).isEqualTo(Points.of(50));
    assertThat(ledger.soldEntries()).extracting(e -> e.deal().id().value()).containsExactly("won");
    assertThat(ledger.deals()).extracting(d -> d.id().value()).containsExactly("won", "open", "lost");
  }

  @Test
  void clientMrrOnFollowsTheLedgersRule() {
    PointLedger ledger = PointLedger.builder(ProgramRules.builtIn(), P)
        .addClient(client("hist", "US", "USD"))
        .addClient(client("subs", "DE", "EUR").withSubscriptions(
            Subscription.of(Fixtures.MARKETING, Edition.PROFESSIONAL, money("880", "EUR"))))
        .addClientMrr(mrr("hist", "2025-02-01", "300", "USD"))
        .addClientMrr(mrr("hist", "2025-01-01", "100", "USD"))
        .build();

    assertThat(ledger.clientMrrOn(id("hist"), d("2024-12-31"))).isEqualTo(money("0", "USD"));
    assertThat(ledger.clientMrrOn(id("hist"), d("2025-01-31"))).isEqualTo(money("100", "USD"));
    assertThat(ledger.clientMrrOn(id("hist"), d("2025-02-01"))).isEqualTo(money("300", "USD"));
    assertThat(ledger.clientMrrOn(id("subs"), d("2020-01-01"))).isEqualTo(money("880", "EUR"));
    assertThat(ledger.clientMrrHistory()).extracting(m -> m.effectiveFrom().toString())
        .containsExactly("2025-01-01", "2025-02-01"); // sorted by client, then date
    assertThatThrownBy(() -> ledger.clientMrrOn(id("nobody"), d("2025-01-01")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("client nobody is not in the ledger");
  }

  @Test
  void breakdownKeepsOnlyTheFiltersClients() {
    PointLedger ledger = PointLedger.builder(ProgramRules.builtIn(), P)
        .addClient(client("a", "US", "USD"))
        .addClient(client("b", "US", "USD"))
        .addDeal(sourcedNew("da", "a", "2025-08-01", "1000", "USD"))
        .addDeal(sourcedNew("db", "b", "2025-08-01", "2000", "USD"))
        .build();

    BreakdownFilter onlyB = BreakdownFilter.builder().clients(ImmutableSet.of(id("b"))).build();

    assertThat(ledger.breakdown(d("2025-08-31"), onlyB)).extracting(b -> b.client().id().value())
        .containsExactly("b");
    assertThat(ledger.breakdown(d("2025-08-31"), onlyB).get(0).activeSourced()).isEqualTo(Points.of(100));
    assertThat(ledger.breakdown(d("2025-08-31"), BreakdownFilter.all())).extracting(ClientBreakdown::total)
        .containsExactly(Points.of(50), Points.of(100));
    assertThat(ledger.breakdown(d("2025-08-31"), onlyB.withClients(ImmutableSet.of()))).isEmpty();
  }
}
