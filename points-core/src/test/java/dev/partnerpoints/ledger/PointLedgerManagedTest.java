package dev.partnerpoints.ledger;

import static dev.partnerpoints.ledger.LedgerFixtures.MARKETING;
import static dev.partnerpoints.ledger.LedgerFixtures.ME;
import static dev.partnerpoints.ledger.LedgerFixtures.OTHER;
import static dev.partnerpoints.ledger.LedgerFixtures.RULES;
import static dev.partnerpoints.ledger.LedgerFixtures.SALES;
import static dev.partnerpoints.ledger.LedgerFixtures.client;
import static dev.partnerpoints.ledger.LedgerFixtures.date;
import static dev.partnerpoints.ledger.LedgerFixtures.ledger;
import static dev.partnerpoints.ledger.LedgerFixtures.managed;
import static dev.partnerpoints.ledger.LedgerFixtures.mrr;
import static dev.partnerpoints.ledger.LedgerFixtures.pts;
import static dev.partnerpoints.ledger.LedgerFixtures.subscription;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerpoints.money.Points;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Managed points: a snapshot of each managed client's MRR on the date, valued with the rules in
 * force that day and split among the partners managing it then (docs/rules.md section 7).
 */
class PointLedgerManagedTest {

  private static final PartnerId A = PartnerId.of("p-a");
  private static final PartnerId B = PartnerId.of("p-b");
  private static final PartnerId C = PartnerId.of("p-c");
  private static final Client US = client("c-us", "US", "USD");
  private static final Client DE = client("c-de", "DE", "EUR");

  private static Points managedOf(PartnerId partner, Client client, String clientMrr, List<ManagementPeriod> periods,
      String date) {
    return PointLedger.builder(RULES, partner)
        .addClient(client)
        .addManagementPeriods(periods)
        .addClientMrr(mrr(client, "2024-01-01", clientMrr))
        .build()
        .pointsOn(date(date))
        .managedPoints();
  }

  @Test
  void managedPointsFollowTheClientMrrOverTime() {
    // managed from 2023-06-01; no MRR known before 2024-01-01: zero
    // from 2024-01-01 EUR 750: 750 / 75 x 1 = 10.00; from 2024-04-01 EUR 1500: 20.00;
    // from 2024-09-01 EUR 0: 0.00
    PointLedger ledger = ledger()
        .addClient(DE)
        .addManagementPeriod(managed(DE, ME, "2023-06-01"))
        .addClientMrr(mrr(DE, "2024-04-01", "1500"))
        .addClientMrr(mrr(DE, "2024-01-01", "750"))
        .addClientMrr(mrr(DE, "2024-09-01", "0"))
        .build();

    assertThat(ledger.pointsOn(date("2023-12-31")).managedPoints()).isEqualTo(pts("0"));
    assertThat(ledger.pointsOn(date("2024-01-01")).managedPoints()).isEqualTo(pts("10.00"));
    assertThat(ledger.pointsOn(date("2024-03-31")).managedPoints()).isEqualTo(pts("10.00"));
    assertThat(ledger.pointsOn(date("2024-04-01")).managedPoints()).isEqualTo(pts("20.00"));
    assertThat(ledger.pointsOn(date("2024-08-31")).managedPoints()).isEqualTo(pts("20.00"));
    assertThat(ledger.pointsOn(date("2024-09-01")).managedPoints()).isEqualTo(pts("0"));
    assertThat(ledger.managedOn(date("2024-04-01"))).isEqualTo(pts("20.00"));
    assertThat(ledger.pointsOn(date("2024-04-01")).totalPoints()).isEqualTo(pts("20.00"));
  }

  @Test
  void growthMarketDoublesManagedPoints() {
    // c-br (Brazil, USD) MRR USD 500: 500 / 100 x 1 x 2 = 10.00
    Client br = client("c-br", "BR", "USD");
    assertThat(managedOf(ME, br, "500", List.of(managed(br, ME, "2024-01-01")), "2024-06-01"))
        .isEqualTo(pts("10.00"));
  }

  @Test
  void clientWithoutMrrHistoryIsValuedAtItsSubscriptions() {
    // subscriptions EUR 300 + EUR 150 = EUR 450: 2024-06-01 at 75: 6.00;
    // 2025-07-15 at 88: 450 / 88 = 5.1136.. = 5.11
    Client subscribed = client("c-sub", "DE", "EUR",
        subscription(MARKETING, "300", "EUR"), subscription(SALES, "150", "EUR"));
    PointLedger ledger = ledger()
        .addClient(subscribed)
        .addManagementPeriod(managed(subscribed, ME, "2024-01-01"))
        .build();

    assertThat(ledger.pointsOn(date("2024-06-01")).managedPoints()).isEqualTo(pts("6.00"));
    assertThat(ledger.pointsOn(date("2025-07-15")).managedPoints()).isEqualTo(pts("5.11"));
  }

  @Test
  void threePartnersSplitOnePointWithTheExtraHundredthToTheSmallestId() {
    // USD 100: 1.00 managed points; 100 hundredths / 3 = 33 remainder 1: the extra hundredth goes
    // to the smallest partner id, p-a. Periods are added in the order c, a, b.
    List<ManagementPeriod> periods = List.of(
        managed(US, C, "2024-01-01"), managed(US, A, "2024-01-01"), managed(US, B, "2024-01-01"));

    Points a = managedOf(A, US, "100", periods, "2024-06-01");
    Points b = managedOf(B, US, "100", periods, "2024-06-01");
    Points c = managedOf(C, US, "100", periods, "2024-06-01");

    assertThat(a).isEqualTo(pts("0.34"));
    assertThat(b).isEqualTo(pts("0.33"));
    assertThat(c).isEqualTo(pts("0.33"));
    assertThat(Points.total(a, b, c)).isEqualTo(pts("1.00"));
  }

  @Test
  void threePartnersSplitTwoPointsByLargestRemainder() {
    // USD 200: 2.00 managed points; 200 / 3 = 66 remainder 2: p-a and p-b get 0.67, p-c 0.66
    List<ManagementPeriod> periods = List.of(
        managed(US, B, "2024-01-01"), managed(US, C, "2024-01-01"), managed(US, A, "2024-01-01"));

    assertThat(managedOf(A, US, "200", periods, "2024-06-01")).isEqualTo(pts("0.67"));
    assertThat(managedOf(B, US, "200", periods, "2024-06-01")).isEqualTo(pts("0.67"));
    assertThat(managedOf(C, US, "200", periods, "2024-06-01")).isEqualTo(pts("0.66"));
  }

  @Test
  void theManagedIntervalExplainsTheSplit() {
    List<ManagementPeriod> periods = List.of(
        managed(US, C, "2024-01-01"), managed(US, A, "2024-01-01"), managed(US, B, "2024-01-01"));
    PointLedger ledger = PointLedger.builder(RULES, B)
        .addClient(US)
        .addManagementPeriods(periods)
        .addClientMrr(mrr(US, "2024-01-01", "100"))
        .build();

    ManagedInterval covering = ledger.managedIntervals().get(US.id()).stream()
        .filter(i -> i.covers(date("2024-06-01")))
        .findFirst()
        .orElseThrow();
    assertThat(covering.managingPartners()).containsExactly(A, B, C);
    assertThat(covering.clientManagedPoints()).isEqualTo(pts("1.00"));
    assertThat(covering.share()).isEqualTo(pts("0.33"));
    assertThat(covering.clientMrr().getNumber().numberValue(BigDecimal.class)).isEqualByComparingTo("100");
  }

  @Test
  void aPeriodsUntilDateIsExclusive() {
    // USD 101: 1.01 managed points. p-a manages 2024-01-01 until 2024-03-01, p-b from 2024-01-01.
    // On 2024-02-29 both: 101 / 2 = 50 remainder 1 -> p-a 0.51, p-b 0.50.
    // On 2024-03-01 p-a no longer manages: p-b alone 1.01, p-a 0.
    List<ManagementPeriod> periods = List.of(managed(US, A, "2024-01-01", "2024-03-01"), managed(US, B, "2024-01-01"));

    assertThat(managedOf(A, US, "101", periods, "2024-02-29")).isEqualTo(pts("0.51"));
    assertThat(managedOf(B, US, "101", periods, "2024-02-29")).isEqualTo(pts("0.50"));
    assertThat(managedOf(A, US, "101", periods, "2024-03-01")).isEqualTo(pts("0"));
    assertThat(managedOf(B, US, "101", periods, "2024-03-01")).isEqualTo(pts("1.01"));
  }

  @Test
  void managedPointsEndOnTheUntilDate() {
    // EUR 750: 10.00 while managed [2024-01-01, 2024-07-01)
    PointLedger ledger = ledger()
        .addClient(DE)
        .addManagementPeriod(managed(DE, ME, "2024-01-01", "2024-07-01"))
        .addClientMrr(mrr(DE, "2024-01-01", "750"))
        .build();

    assertThat(ledger.pointsOn(date("2023-12-31")).managedPoints()).isEqualTo(pts("0"));
    assertThat(ledger.pointsOn(date("2024-06-30")).managedPoints()).isEqualTo(pts("10.00"));
    assertThat(ledger.pointsOn(date("2024-07-01")).managedPoints()).isEqualTo(pts("0"));
  }

  @Test
  void theNewCurrencyTableAppliesToManagedPointsFrom20250715() {
    // c-de EUR 880: 2025-07-14 at 75: 11.7333.. = 11.73; 2025-07-15 at 88: 10.00
    // c-gb GBP 740: 2025-07-14 at 62.50: 11.84; 2025-07-15 at 74.00: 10.00
    Client gb = client("c-gb", "GB", "GBP");
    PointLedger ledger = ledger()
        .addClients(List.of(DE, gb))
        .addManagementPeriod(managed(DE, ME, "2025-01-01"))
        .addManagementPeriod(managed(gb, ME, "2025-01-01"))
        .addClientMrr(mrr(DE, "2025-01-01", "880"))
        .addClientMrr(mrr(gb, "2025-01-01", "740"))
        .build();

    // 11.73 + 11.84 = 23.57; then 10.00 + 10.00 = 20.00
    assertThat(ledger.pointsOn(date("2025-07-14")).managedPoints()).isEqualTo(pts("23.57"));
    assertThat(ledger.pointsOn(date("2025-07-15")).managedPoints()).isEqualTo(pts("20.00"));
    ManagedInterval after = ledger.managedIntervals().get(DE.id()).stream()
        .filter(i -> i.covers(date("2025-07-15")))
        .findFirst()
        .orElseThrow();
    assertThat(after.from()).isEqualTo(date("2025-07-15"));
    assertThat(after.appliedRule().pointValue().localAmountPer100Usd()).isEqualByComparingTo("88");
  }

  @Test
  void clientsManagedOnlyByOtherPartnersGiveNothing() {
    PointLedger ledger = ledger()
        .addClient(US)
        .addManagementPeriod(managed(US, OTHER, "2024-01-01"))
        .addClientMrr(mrr(US, "2024-01-01", "1000"))
        .build();

    assertThat(ledger.managedIntervals().isEmpty()).isTrue();
    assertThat(ledger.pointsOn(date("2024-06-01")).managedPoints()).isEqualTo(pts("0"));
  }

  @Test
  void managementStartedBeforeLaunchCountsFromLaunch() {
    // managed from 2022-01-01, MRR USD 300 from 2022-01-01: on the launch day 2022-07-18, 3.00
    PointLedger ledger = ledger()
        .addClient(US)
        .addManagementPeriod(managed(US, ME, "2022-01-01"))
        .addClientMrr(mrr(US, "2022-01-01", "300"))
        .build();

    assertThat(ledger.pointsOn(date("2022-07-18")).managedPoints()).isEqualTo(pts("3.00"));
    assertThat(ledger.pointsOn(date("2023-01-01")).managedPoints()).isEqualTo(pts("3.00"));
  }

  /** The MRR entries given, by client then date, whatever order they were added in; also after an update. */
  @Test
  void clientMrrHistoryIsEveryEntryByClientThenDate() {
    ClientMrr de2 = mrr(DE, "2025-03-01", "200");
    ClientMrr us1 = mrr(US, "2024-01-01", "100");
    ClientMrr de1 = mrr(DE, "2024-05-01", "150");
    PointLedger ledger = ledger().addClient(US).addClient(DE).addClientMrr(List.of(de2, us1, de1)).build();

    assertThat(ledger.clientMrrHistory()).containsExactly(de1, de2, us1);
    Deal sale = LedgerFixtures.sale("s", US, "2025-01-10", "100").build();
    assertThat(ledger.withDeals(List.of(sale)).clientMrrHistory()).containsExactly(de1, de2, us1);
  }
}
