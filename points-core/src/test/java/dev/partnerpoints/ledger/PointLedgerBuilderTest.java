package dev.partnerpoints.ledger;

import static dev.partnerpoints.ledger.LedgerFixtures.MARKETING;
import static dev.partnerpoints.ledger.LedgerFixtures.ME;
import static dev.partnerpoints.ledger.LedgerFixtures.OTHER;
import static dev.partnerpoints.ledger.LedgerFixtures.client;
import static dev.partnerpoints.ledger.LedgerFixtures.date;
import static dev.partnerpoints.ledger.LedgerFixtures.ledger;
import static dev.partnerpoints.ledger.LedgerFixtures.managed;
import static dev.partnerpoints.ledger.LedgerFixtures.money;
import static dev.partnerpoints.ledger.LedgerFixtures.mrr;
import static dev.partnerpoints.ledger.LedgerFixtures.reduction;
import static dev.partnerpoints.ledger.LedgerFixtures.sale;
import static dev.partnerpoints.ledger.LedgerFixtures.subscription;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerpoints.money.DateOutsideProgramException;
import dev.partnerpoints.money.UnsupportedCurrencyException;
import dev.partnerpoints.program.CountryCode;
import dev.partnerpoints.program.DealType;
import java.util.List;
import java.util.Optional;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;

/** The builder and the value types reject bad input with a message that names the bad value. */
class PointLedgerBuilderTest {

  private static final Client US = client("c-us", "US", "USD");
  private static final Client DE = client("c-de", "DE", "EUR");

  @Test
  void dealOfAnUnknownClient() {
    PointLedger.Builder builder = ledger().addClient(DE).addDeal(sale("d9", US, "2024-03-01", "100").build());

    assertThatThrownBy(builder::build)
        .isInstanceOfSatisfying(UnknownClientException.class, e -> assertThat(e.clientId()).isEqualTo(US.id()))
        .hasMessageContaining("d9")
        .hasMessageContaining("c-us");
  }

  @Test
  void managementPeriodOfAnUnknownClient() {
    PointLedger.Builder builder = ledger().addClient(DE).addManagementPeriod(managed(US, OTHER, "2024-01-01"));

    assertThatThrownBy(builder::build)
        .isInstanceOfSatisfying(UnknownClientException.class, e -> assertThat(e.clientId()).isEqualTo(US.id()))
        .hasMessageContaining("c-us")
        .hasMessageContaining("p-other");
  }

  @Test
  void mrrOfAnUnknownClient() {
    PointLedger.Builder builder = ledger().addClient(DE).addClientMrr(mrr(US, "2024-01-01", "100"));

    assertThatThrownBy(builder::build)
        .isInstanceOfSatisfying(UnknownClientException.class, e -> assertThat(e.clientId()).isEqualTo(US.id()))
        .hasMessageContaining("c-us");
  }

  @Test
  void mrrOnDateOfAClientNotInTheLedger() {
    PointLedger built = ledger().addClient(DE).build();

    assertThatThrownBy(() -> built.clientMrrOn(US.id(), date("2024-01-01")))
        .isInstanceOfSatisfying(UnknownClientException.class, e -> assertThat(e.clientId()).isEqualTo(US.id()))
        .hasMessageContaining("c-us")
        .hasMessageContaining("c-de");
  }

  @Test
  void dealInAnotherCurrencyThanItsClient() {
    Deal euros = sale("d-eur", US, "2024-03-01", "100").mrrChange(money("100", "EUR")).build();
    PointLedger.Builder builder = ledger().addClient(US).addDeal(euros);

    assertThatThrownBy(builder::build)
        .isInstanceOfSatisfying(CurrencyMismatchException.class, e -> {
          assertThat(e.clientId()).isEqualTo(US.id());
          assertThat(e.currency()).isEqualTo("EUR");
          assertThat(e.clientCurrency()).isEqualTo("USD");
        })
        .hasMessage("deal d-eur is in EUR but client " + US.id() + " pays in USD");
  }

  @Test
  void mrrInAnotherCurrencyThanItsClient() {
    PointLedger.Builder builder = ledger().addClient(DE)
        .addClientMrr(ClientMrr.of(DE.id(), date("2024-01-01"), money("100", "GBP")));

    assertThatThrownBy(builder::build)
        .isInstanceOfSatisfying(CurrencyMismatchException.class, e -> {
          assertThat(e.clientId()).isEqualTo(DE.id());
          assertThat(e.currency()).isEqualTo("GBP");
          assertThat(e.clientCurrency()).isEqualTo("EUR");
        })
        .hasMessageContaining("c-de")
        .hasMessageContaining("GBP")
        .hasMessageContaining("EUR");
  }

  @Test
  void subscriptionInAnotherCurrencyThanItsClient() {
    assertThatThrownBy(() -> client("c-x", "US", "USD", subscription(MARKETING, "100", "EUR")))
        .isInstanceOfSatisfying(CurrencyMismatchException.class, e -> assertThat(e.currency()).isEqualTo("EUR"))
        .hasMessageContaining("c-x")
        .hasMessageContaining("EUR");
  }

  @Test
  void duplicateDealId() {
    PointLedger.Builder builder = ledger().addClient(US).addDeal(sale("dup", US, "2024-03-01", "100").build());
    Deal again = sale("dup", US, "2024-04-01", "50").build();

    assertThatThrownBy(() -> builder.addDeal(again))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("dup");
  }

  @Test
  void addDealsIsAllOrNone() {
    Deal first = sale("d1", US, "2024-03-01", "100").build();
    Deal second = sale("d2", US, "2024-04-01", "50").build();
    PointLedger.Builder builder = ledger().addClient(US).addDeal(first);
    PointLedger before = ledger().addClient(US).addDeal(first).build();

    // d2 is new, but d1 repeats: neither is added
    assertThatThrownBy(() -> builder.addDeals(List.of(second, sale("d1", US, "2024-05-01", "10").build())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("d1");
    assertThat(builder.build().deals()).isEqualTo(before.deals());
    // and d2 can still be added afterwards: the id check was undone too
    assertThat(builder.addDeal(second).build().deals()).containsExactly(first, second);
    // while d1, added before the failed call, is still known
    assertThatThrownBy(() -> builder.addDeal(sale("d1", US, "2024-06-01", "10").build()))
        .isInstanceOf(DuplicateDealException.class)
        .hasMessageContaining("d1");
  }

  @Test
  void addDealsRejectsADuplicateWithinTheCall() {
    Deal twice = sale("d7", US, "2024-03-01", "100").build();
    PointLedger.Builder builder = ledger().addClient(US);

    assertThatThrownBy(() -> builder.addDeals(List.of(twice, twice)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("d7");
    assertThat(builder.addDeal(twice).build().deals()).containsExactly(twice);
  }

  @Test
  void addClientsIsAllOrNone() {
    PointLedger.Builder builder = ledger().addClient(US);

    assertThatThrownBy(() -> builder.addClients(List.of(DE, client("c-us", "DE", "EUR"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("c-us");
    assertThat(builder.build().clients()).containsOnlyKeys(US.id());
    assertThat(builder.addClient(DE).build().clients()).containsOnlyKeys(US.id(), DE.id());
  }

  @Test
  void duplicateClientId() {
    PointLedger.Builder builder = ledger().addClient(US);
    Client sameId = client("c-us", "DE", "EUR");

    assertThatThrownBy(() -> builder.addClient(sameId))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("c-us");
  }

  @Test
  void overlappingPeriodsOfOnePartnerOnOneClient() {
    PointLedger.Builder builder = ledger().addClient(US)
        .addManagementPeriod(managed(US, ME, "2024-01-01", "2024-06-01"))
        .addManagementPeriod(managed(US, ME, "2024-05-01"));

    assertThatThrownBy(builder::build)
        .isInstanceOfSatisfying(OverlappingPeriodsException.class, e -> {
          assertThat(e.clientId()).isEqualTo(US.id());
          assertThat(e.partner()).isEqualTo(ME);
          assertThat(e.first()).isEqualTo(managed(US, ME, "2024-01-01", "2024-06-01"));
          assertThat(e.second()).isEqualTo(managed(US, ME, "2024-05-01"));
        })
        .hasMessageContaining("c-us")
        .hasMessageContaining("p-me")
        .hasMessageContaining("2024-01-01")
        .hasMessageContaining("2024-05-01");
  }

  @Test
  void openEndedPeriodOverlapsALaterOne() {
    PointLedger.Builder builder = ledger().addClient(US)
        .addManagementPeriod(managed(US, ME, "2025-01-01", "2025-02-01"))
        .addManagementPeriod(managed(US, ME, "2024-01-01"));

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2024-01-01")
        .hasMessageContaining("2025-01-01");
  }

  @Test
  void adjacentPeriodsAndOtherPartnersPeriodsDoNotOverlap() {
    // until is exclusive: [2024-01-01, 2024-06-01) then [2024-06-01, ...); another partner may
    // manage the same client at the same time
    PointLedger.Builder builder = ledger().addClient(US)
        .addManagementPeriod(managed(US, ME, "2024-01-01", "2024-06-01"))
        .addManagementPeriod(managed(US, ME, "2024-06-01"))
        .addManagementPeriod(managed(US, OTHER, "2024-01-01"));

    assertThatCode(builder::build).doesNotThrowAnyException();
    assertThat(builder.build().managementPeriods()).hasSize(3);
  }

  @Test
  void twoMrrEntriesOfOneClientOnOneDate() {
    PointLedger.Builder builder = ledger().addClient(US)
        .addClientMrr(mrr(US, "2024-01-01", "100"))
        .addClientMrr(mrr(US, "2024-01-01", "200"));

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("c-us")
        .hasMessageContaining("2024-01-01");
  }

  @Test
  void reductionWithAPositiveChange() {
    assertThatThrownBy(() -> reduction("down", US, "2024-03-01", "100").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("down")
        .hasMessageContaining("DOWNGRADE")
        .hasMessageContaining("100");
  }

  @Test
  void increaseWithANegativeChange() {
    assertThatThrownBy(() -> sale("up", US, "2024-03-01", "-100").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("up")
        .hasMessageContaining("CROSS_SELL")
        .hasMessageContaining("-100");
  }

  @Test
  void aZeroChangeIsAnIncreaseOrAReduction() {
    Deal up = sale("flat-up", US, "2024-03-01", "0.00").build();
    Deal down = reduction("flat-down", US, "2024-03-01", "0.00").build();
    PointLedger ledger = ledger().addClient(US).addDeals(List.of(up, down)).build();

    assertThat(ledger.deals()).containsExactly(down, up);
    assertThat(LedgerFixtures.entry(ledger, "flat-up").points()).isEqualTo(LedgerFixtures.pts("0.00"));
    assertThat(LedgerFixtures.entry(ledger, "flat-up").reductions()).isEmpty();
  }

  @Test
  void increaseWithoutAPartner() {
    assertThatThrownBy(() -> sale("orphan", US, "2024-03-01", "100").partner(Optional.empty()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("orphan")
        .hasMessageContaining("partner");
  }

  @Test
  void firstSaleAfterTheCloseDate() {
    assertThatThrownBy(() -> sale("early", US, "2024-03-01", "100").kind(DealKind.UPSELL)
        .productLineFirstSold(date("2024-03-02")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("early")
        .hasMessageContaining("2024-03-02")
        .hasMessageContaining("2024-03-01");
  }

  @Test
  void periodEndingOnOrBeforeItsStart() {
    assertThatThrownBy(() -> managed(US, ME, "2024-03-01", "2024-03-01"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("c-us")
        .hasMessageContaining("2024-03-01");
  }

  @Test
  void negativeMrr() {
    assertThatThrownBy(() -> mrr(US, "2024-01-01", "-1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("c-us")
        .hasMessageContaining("-1");
  }

  @Test
  void currencyWithoutAPointValue() {
    // BRL is not in the program's table: valuing a deal of a client paying in BRL names BRL
    Client brl = Client.builder().id(ClientId.of("c-brl")).country(CountryCode.of("BR"))
        .currency(Monetary.getCurrency("BRL")).build();
    PointLedger.Builder builder = ledger().addClient(brl).addDeal(sale("b1", brl, "2024-03-01", "500").build());

    assertThatThrownBy(builder::build)
        .isInstanceOf(UnsupportedCurrencyException.class)
        .hasMessageContaining("BRL")
        .hasMessageContaining("EUR");
  }

  @Test
  void reductionBeforeTheProgramStarted() {
    // a downgrade is valued like an increase (docs/rules.md section 9), so its date before the first
    // era (2022-07-18) is the same error, even with nothing of the partner's to reduce
    PointLedger.Builder builder = ledger().addClient(US)
        .addDeal(reduction("early-down", US, "2022-07-17", "-100").partner(ME).build());

    assertThatThrownBy(builder::build)
        .isInstanceOf(DateOutsideProgramException.class)
        .hasMessageContaining("2022-07-17")
        .hasMessageContaining("2022-07-18");
  }

  @Test
  void aLostDealFromBeforeTheProgramIsKeptInCloseDateOrder() {
    // open and lost deals earn nothing and are not valued, so any close date is accepted; the
    // ledger keeps every deal in close-date then id order (docs/rules.md sections 1 and 15.8).
    // A lost deal of 1969 (before the epoch) and two sales in 2024, added out of order.
    PointLedger ledger = ledger().addClient(US)
        .addDeal(sale("s2", US, "2024-03-01", "100").productLine(LedgerFixtures.SALES).build())
        .addDeal(sale("lost", US, "1969-12-01", "100").status(DealStatus.CLOSED_LOST).build())
        .addDeal(sale("s1", US, "2024-03-01", "100").build())
        .build();

    assertThat(ledger.deals()).extracting(Deal::id).containsExactly(DealId.of("lost"), DealId.of("s1"), DealId.of("s2"));
    // each sale: USD 100 at sourced rate 5 (a line first sold from 2024-02-27) = 5.00
    assertThat(ledger.soldEntries()).extracting(e -> e.deal().id()).containsExactly(DealId.of("s1"), DealId.of("s2"));
    assertThat(ledger.soldEntries()).extracting(SoldEntry::points).containsOnly(LedgerFixtures.pts("5.00"));
  }

  @Test
  void dealBeforeTheProgramStarted() {
    PointLedger.Builder builder = ledger().addClient(US).addDeal(sale("old", US, "2022-07-17", "100").build());

    assertThatThrownBy(builder::build)
        .isInstanceOf(DateOutsideProgramException.class)
        .hasMessageContaining("2022-07-17")
        .hasMessageContaining("2022-07-18");
  }

  @Test
  void invalidInputLeavesNothingHalfBuilt() {
    // a failed build can be repeated and fails the same way: nothing was half-built
    PointLedger.Builder builder = ledger().addClient(US)
        .addDeal(sale("ok", US, "2024-03-01", "100").dealType(DealType.ASSISTED).build())
        .addClientMrr(mrr(DE, "2024-01-01", "100"));

    assertThatThrownBy(builder::build).hasMessageContaining("c-de");
    builder.addClient(DE);
    assertThat(builder.build().soldEntries()).hasSize(1);
  }
}
