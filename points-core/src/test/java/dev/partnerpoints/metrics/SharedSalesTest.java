package dev.partnerpoints.metrics;


import static dev.partnerpoints.dashboard.Fixtures.OTHER;
import static dev.partnerpoints.dashboard.Fixtures.P;
import static dev.partnerpoints.dashboard.Fixtures.client;
import static dev.partnerpoints.dashboard.Fixtures.d;
import static dev.partnerpoints.dashboard.Fixtures.deal;
import static dev.partnerpoints.dashboard.Fixtures.id;
import static dev.partnerpoints.dashboard.Fixtures.money;
import static dev.partnerpoints.dashboard.Fixtures.sourcedNew;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerpoints.ledger.Deal;
import dev.partnerpoints.ledger.DealKind;
import dev.partnerpoints.ledger.DealOrigin;
import dev.partnerpoints.ledger.DealStatus;
import dev.partnerpoints.ledger.PointLedger;
import dev.partnerpoints.program.DealType;
import dev.partnerpoints.program.ProgramRules;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SharedSalesTest {

  private static Deal vendor(String id, String client, String created, String close, DealStatus status,
      String amount, String currency) {
    return deal(id, client, close, DealKind.NEW_CLIENT, DealType.ASSISTED, amount, currency)
        .withCreatedOn(d(created)).withStatus(status);
  }

  private final PointLedger ledger = PointLedger.builder(ProgramRules.builtIn(), P)
      .addClient(client("us", "US", "USD"))
      .addClient(client("de", "DE", "EUR"))
      .addClient(client("br", "BR", "USD"))
      // vendor-created, still open: created in September, expected to close in October
      .addDeal(vendor("v-open", "us", "2025-09-05", "2025-10-15", DealStatus.OPEN, "300", "USD"))
      // vendor-created in August, closed won in September
      .addDeal(vendor("v-won", "de", "2025-08-20", "2025-09-10", DealStatus.CLOSED_WON, "880", "EUR"))
      // vendor-created and lost in September
      .addDeal(vendor("v-lost", "br", "2025-09-02", "2025-09-20", DealStatus.CLOSED_LOST, "500", "USD"))
      // vendor-created and won in July: outside the range
      .addDeal(vendor("v-july", "us", "2025-07-01", "2025-07-30", DealStatus.CLOSED_WON, "100", "USD"))
      // partner-created and open
      .addDeal(sourcedNew("p-open", "br", "2025-10-31", "700", "USD").withCreatedOn(d("2025-09-12"))
          .withStatus(DealStatus.OPEN))
      // partner-created and won (no creation date: counts as created on its close date)
      .addDeal(sourcedNew("p-won", "us", "2025-09-03", "1000", "USD"))
      // another partner's vendor deal: not shared with this partner
      .addDeal(vendor("o-won", "us", "2025-09-01", "2025-09-11", DealStatus.CLOSED_WON, "999", "USD")
          .withPartner(OTHER))
      .build();

  @Test
  void eachFigureHasItsDeals() {
    SharedSales sales = SharedSales.from(ledger, d("2025-09-01"), d("2025-09-30"));

    // vendor-created in the range, any status, by creation date: v-lost (09-02), v-open (09-05)
    assertThat(sales.vendorCreated().rows()).extracting(d -> d.id().value()).containsExactly("v-lost", "v-open");
    assertThat(sales.vendorCreated().count()).isEqualTo(2);
    // 500 + 300 = 800 USD
    assertThat(sales.vendorCreated().mrrChangeByCurrency()).isEqualTo(Map.of("USD", money("800", "USD")));
    // open and created in the range, by creation date: v-open (09-05), p-open (09-12)
    assertThat(sales.openShared().rows()).extracting(d -> d.id().value()).containsExactly("v-open", "p-open");
    // 300 + 700 = 1000 USD
    assertThat(sales.openShared().mrrChangeByCurrency()).isEqualTo(Map.of("USD", money("1000", "USD")));
    // vendor-created, closed won in the range: v-won (closed 09-10)
    assertThat(sales.closedVendor().rows()).extracting(d -> d.id().value()).containsExactly("v-won");
    assertThat(sales.closedVendor().mrrChangeByCurrency()).isEqualTo(Map.of("EUR", money("880", "EUR")));
    assertThat(sales.clients()).containsExactly(id("br"), id("de"), id("us"));
    assertThat(sales.closedVendor().toSegment("closed with the vendor").clients()).containsExactly(id("de"));
  }

  @Test
  void theRangeIsInclusive() {
    SharedSales oneDay = SharedSales.from(ledger, d("2025-09-10"), d("2025-09-10"));
    assertThat(oneDay.closedVendor().rows()).extracting(d -> d.id().value()).containsExactly("v-won");
    assertThat(oneDay.vendorCreated().rows()).isEmpty();

    SharedSales august = SharedSales.from(ledger, d("2025-08-20"), d("2025-08-20"));
    assertThat(august.vendorCreated().rows()).extracting(Deal::origin).containsExactly(DealOrigin.VENDOR);
  }

  @Test
  void aBackwardRangeIsRejected() {
    assertThatThrownBy(() -> SharedSales.from(ledger, d("2025-09-30"), d("2025-09-01")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("date range ends on 2025-09-01, before its start 2025-09-30");
  }
}
