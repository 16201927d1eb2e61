package dev.partnerpoints.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerpoints.commission.CommissionPayment;
import dev.partnerpoints.commission.PartnerLevel;
import dev.partnerpoints.dashboard.PartnerDashboard;
import dev.partnerpoints.ledger.ClientId;
import dev.partnerpoints.ledger.Deal;
import dev.partnerpoints.ledger.DealOrigin;
import dev.partnerpoints.ledger.DealStatus;
import dev.partnerpoints.ledger.ProductLine;
import dev.partnerpoints.money.Points;
import dev.partnerpoints.program.ProgramRules;
import dev.partnerpoints.renewal.Renewal;
import dev.partnerpoints.renewal.UpcomingRenewal;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The records that carry the dashboard's extra inputs: the optional trailing deal fields (status,
 * origin, creation date), {@code partner-level}, {@code revenue} and {@code renewal}. Expected values
 * are derived by hand from the records.
 */
class LedgerCsvDashboardInputsTest {

  private static final String HEADER = "partner,partner-1\nclient,acme,\"Acme, Ltda\",BR,EUR\nclient,bolt,Bolt Inc,US,USD\n";

  private static LedgerCsv.LedgerFile read(String text) {
    return LedgerCsv.read(new StringReader(text), "test.csv", ProgramRules.builtIn());
  }

  private static Map<String, Deal> deals(LedgerCsv.LedgerFile file) {
    return file.ledger().deals().stream().collect(Collectors.toMap(d -> d.id().value(), Function.identity()));
  }

  @Test
  void olderFilesKeepTheirMeaningAndGetTheDefaults() {
    LedgerCsv.LedgerFile file = read(HEADER
        + "deal,d1,acme,2025-08-01,NEW_CLIENT,SOURCED,Marketing Hub,1000\n"
        + "deal,d2,bolt,2025-08-01,NEW_CLIENT,ASSISTED,Sales Hub,500,partner-1,2025-08-01\n");

    Deal d1 = deals(file).get("d1");
    assertThat(d1.status()).isEqualTo(DealStatus.CLOSED_WON);
    assertThat(d1.origin()).isEqualTo(DealOrigin.PARTNER);
    assertThat(d1.createdOn()).isEmpty();
    assertThat(deals(file).get("d2").origin()).isEqualTo(DealOrigin.VENDOR);
    assertThat(file.partnerLevels().levelOn(LocalDate.of(2030, 1, 1))).isEqualTo(PartnerLevel.PARTNER);
    assertThat(file.revenue()).isEmpty();
    assertThat(file.renewals()).isEmpty();
  }

  @Test
  void trailingDealFieldsSetStatusOriginAndCreationDate() {
    LedgerCsv.LedgerFile file = read(HEADER
        + "deal,d1,acme,2025-08-01,NEW_CLIENT,SOURCED,Marketing Hub,1000,,,closed_won,vendor,2025-07-10\n"
        + "deal,d2,bolt,2025-11-30,NEW_CLIENT,ASSISTED,Sales Hub,500,,,OPEN,,2025-09-15\n"
        + "deal,d3,bolt,2025-09-20,CROSS_SELL,SOURCED,Service Hub,200,,,CLOSED_LOST\n");

    Map<String, Deal> deals = deals(file);
    assertThat(deals.get("d1").status()).isEqualTo(DealStatus.CLOSED_WON);
    assertThat(deals.get("d1").origin()).isEqualTo(DealOrigin.VENDOR);
    assertThat(deals.get("d1").createdOn()).contains(LocalDate.of(2025, 7, 10));
    assertThat(deals.get("d2").status()).isEqualTo(DealStatus.OPEN);
    assertThat(deals.get("d2").origin()).isEqualTo(DealOrigin.VENDOR);   // assisted: the default
    assertThat(deals.get("d2").partner().map(p -> p.value())).contains("partner-1");
    assertThat(deals.get("d3").status()).isEqualTo(DealStatus.CLOSED_LOST);
    // Only the closed-won d1 earns points: 1000 EUR / 88 x 5 x 2 (Brazil) = 113.6363.. -> 113.64.
    assertThat(file.ledger().pointsOn(LocalDate.of(2025, 12, 1)).soldPoints()).isEqualTo(Points.parse("113.64"));

    // Shared sales in September 2025: d1 was created by the vendor but in July; d2 is open and
    // created in September; no vendor deal closed won in September.
    PartnerDashboard dashboard = file.dashboard().build(LocalDate.of(2025, 9, 30));
    assertThat(dashboard.sharedSales().vendorCreated().rows()).extracting(d -> d.id().value()).containsExactly("d2");
    assertThat(dashboard.sharedSales().openShared().rows()).extracting(d -> d.id().value()).containsExactly("d2");
    assertThat(dashboard.sharedSales().closedVendor().rows()).isEmpty();
  }

  @Test
  void partnerLevelRecords() {
    assertThat(read(HEADER + "partner-level,PARTNER\n").partnerLevels().levelOn(LocalDate.of(2025, 1, 1)))
        .isEqualTo(PartnerLevel.PARTNER);
    assertThat(read(HEADER + "partner-level,provider\n").partnerLevels().levelOn(LocalDate.of(2020, 1, 1)))
        .isEqualTo(PartnerLevel.PROVIDER);
    LedgerCsv.LedgerFile converted = read(HEADER + "partner-level,PROVIDER,2025-01-01\n");
    assertThat(converted.partnerLevels().levelOn(LocalDate.of(2024, 12, 31))).isEqualTo(PartnerLevel.PARTNER);
    assertThat(converted.partnerLevels().levelOn(LocalDate.of(2025, 1, 1))).isEqualTo(PartnerLevel.PROVIDER);
  }

  @Test
  void revenueRecordsBecomeTheSeriesSortedByClientThenMonth() {
    LedgerCsv.LedgerFile file = read(HEADER
        + "revenue,bolt,2025-09,400\n"
        + "revenue,acme,2025-09,1000.50\n"
        + "revenue,acme,2025-08,1000\n");

    assertThat(file.revenue()).isPresent();
    assertThat(file.revenue().get().entries()).extracting(r -> r.clientId().value() + " " + r.month())
        .containsExactly("acme 2025-08", "acme 2025-09", "bolt 2025-09");
    assertThat(file.revenue().get().revenueOf(ClientId.of("acme"), YearMonth.of(2025, 9)))
        .contains(Money.of(new BigDecimal("1000.50"), "EUR"));
    assertThat(file.revenue().get().revenueOf(ClientId.of("bolt"), YearMonth.of(2025, 9)))
        .contains(Money.of(400, "USD"));
    assertThat(file.revenue().get().lastMonth()).contains(YearMonth.of(2025, 9));
  }

  @Test
  void givenRevenueIsTheBasisOfCommission() {
    // bolt: sourced new client 2025-07-01 (after 2023-04-01: 20% of net revenue for 36 months).
    // Revenue July 300, August 500, September 0 (no revenue record): Q3 accrues 20% x 800 = 160.00 USD,
    // paid 2025-09-30 + 45 days = 2025-11-14.
    LedgerCsv.LedgerFile file = read(HEADER
        + "deal,d1,bolt,2025-07-01,NEW_CLIENT,SOURCED,Sales Hub,500\n"
        + "revenue,bolt,2025-07,300\n"
        + "revenue,bolt,2025-08,500\n");

    PartnerDashboard dashboard = file.dashboard().build(LocalDate.of(2025, 10, 1));
    assertThat(dashboard.commission().upcomingPayments()).hasSize(1);
    CommissionPayment q3 = dashboard.commission().upcomingPayments().get(0);
    assertThat(q3.paymentDate()).isEqualTo(LocalDate.of(2025, 11, 14));
    assertThat(q3.amount()).isEqualTo(Money.of(new BigDecimal("160.00"), "USD"));
  }

  @Test
  void providerLevelShortensCommission() {
    // A Provider earns 20% for 12 months from the sold date: the 2024-01-15 deal pays from 2024-01
    // to 2024-12. With month-end MRR revenue of 500 USD, 2025-01 accrues nothing.
    LedgerCsv.LedgerFile file = read(HEADER
        + "partner-level,PROVIDER\n"
        + "deal,d1,bolt,2024-01-15,NEW_CLIENT,SOURCED,Sales Hub,500\n"
        + "mrr,bolt,2024-01-15,500\n");

    var schedule = file.dashboard().build(LocalDate.of(2025, 3, 1)).commission().schedules().get(0);
    assertThat(schedule.level()).isEqualTo(PartnerLevel.PROVIDER);
    assertThat(schedule.lastMonth()).contains(YearMonth.of(2024, 12));
  }

  @Test
  void renewalRecordsWithProductsAndPeople() {
    LedgerCsv.LedgerFile file = read(HEADER
        + "renewal,acme,2025-11-01,\"Sales Hub; Marketing Hub\",1000,1200,Ana Souza,Jo Lee\n"
        + "renewal,bolt,2025-10-15,Sales Hub,500,400\n");

    assertThat(file.renewals()).hasSize(2);
    Renewal acme = file.renewals().get(0);
    assertThat(acme.clientId()).isEqualTo(ClientId.of("acme"));
    assertThat(acme.products()).containsExactly(ProductLine.of("Marketing Hub"), ProductLine.of("Sales Hub"));
    assertThat(acme.currentMrr()).isEqualTo(Money.of(1000, "EUR"));
    assertThat(acme.mrrChange()).isEqualTo(Money.of(200, "EUR"));
    assertThat(acme.lastActiveEmployee()).contains("Ana Souza");
    assertThat(acme.renewalManager()).contains("Jo Lee");
    Renewal bolt = file.renewals().get(1);
    assertThat(bolt.lastActiveEmployee()).isEmpty();
    assertThat(bolt.renewalManager()).isEqualTo(Optional.empty());

    // On 2025-10-01 both are within 90 days: bolt in 14 days, acme in 31.
    PartnerDashboard dashboard = file.dashboard().build(LocalDate.of(2025, 10, 1));
    assertThat(dashboard.renewals().rows()).extracting(UpcomingRenewal::daysToRenewal).containsExactly(14L, 31L);
    assertThat(dashboard.renewals().rows().get(1).clientName()).isEqualTo("Acme, Ltda");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "deal,d9,acme,2025-08-01,NEW_CLIENT,SOURCED,Marketing Hub,10,,,WON|4|deal status 'WON' is not one of [OPEN, CLOSED_WON, CLOSED_LOST]",
      "deal,d9,acme,2025-08-01,NEW_CLIENT,SOURCED,Marketing Hub,10,,,OPEN,CRM|4|deal origin 'CRM' is not one of [PARTNER, VENDOR]",
      "deal,d9,acme,2025-08-01,NEW_CLIENT,SOURCED,Marketing Hub,10,,,OPEN,VENDOR,2025-08-31|4|created on 2025-08-31, after its expected close date 2025-08-01",
      "deal,d9,acme,2025-08-01,NEW_CLIENT,SOURCED,Marketing Hub,10,,,OPEN,VENDOR,yesterday|4|created on 'yesterday' is not an ISO date",
      "deal,d9,acme,2025-08-01,NEW_CLIENT,SOURCED,Marketing Hub,10,,,OPEN,VENDOR,2025-07-01,x|4|takes 7 to 12",
      "partner-level,RESELLER|4|partner level 'RESELLER' is not one of [PARTNER, PROVIDER]",
      "partner-level,PARTNER,2025-01-01|4|write 'partner-level,PROVIDER,2025-01-01' for a conversion",
      "partner-level,PROVIDER,2025-02-30|4|Provider from '2025-02-30' is not an ISO date",
      "partner-level|4|a 'partner-level' record has 0 fields after the type; it takes 1 to 2",
      "revenue,acme,2025-9,100|4|revenue month '2025-9' is not an ISO month (YYYY-MM)",
      "revenue,acme,2025-09,lots|4|net revenue 'lots' is not a plain decimal number",
      "revenue,acme,2025-09,-1|4|net revenue of client acme in 2025-09 must not be negative",
      "revenue,nobody,2025-09,100|4|client 'nobody' is not defined",
      "renewal,acme,2025-11-01,,100,120|4|renewal of client 'acme' on 2025-11-01 names no product line",
      "renewal,acme,2025-11-31,Sales Hub,100,120|4|renewal date '2025-11-31' is not an ISO date",
      "renewal,acme,2025-11-01,Sales Hub,100|4|a 'renewal' record has 4 fields after the type; it takes 5 to 7",
      "renewal,acme,2025-11-01,Sales Hub,-100,120|4|must have MRR not below zero",
      "renewal,nobody,2025-11-01,Sales Hub,100,120|4|client 'nobody' is not defined",
  })
  void badDashboardRecordsNameTheLineAndValue(String record, int line, String message) {
    assertThatThrownBy(() -> read(HEADER + record + "\n"))
        .isInstanceOf(LedgerFileException.class)
        .hasMessageStartingWith("test.csv line " + line + ": ")
        .hasMessageContaining(message)
        .satisfies(e -> assertThat(((LedgerFileException) e).line()).hasValue(line));
  }

  @Test
  void secondPartnerLevelNamesTheFirst() {
    assertThatThrownBy(() -> read(HEADER + "partner-level,PARTNER\n\npartner-level,PROVIDER\n"))
        .isInstanceOf(LedgerFileException.class)
        .hasMessage("test.csv line 6: a second 'partner-level' record (first on line 4); at most one is allowed");
  }

  @Test
  void secondRevenueRecordForAMonthNamesTheFirst() {
    assertThatThrownBy(() -> read(HEADER + "revenue,acme,2025-09,100\nrevenue,acme,2025-09,200\n"))
        .isInstanceOf(LedgerFileException.class)
        .hasMessage("test.csv line 5: client 'acme' has a second revenue record for 2025-09 (first on line 4); "
            + "give at most one per client and month");
  }

  @Test
  void theFirstBadLineWinsAndNothingIsReturned() {
    // A bad renewal after a bad revenue record: the revenue record's line is reported.
    assertThatThrownBy(() -> read(HEADER + "revenue,acme,2025-09,100\nrevenue,nobody,2025-09,1\n"
        + "renewal,nobody,2025-11-01,Sales Hub,1,2\n"))
        .isInstanceOf(LedgerFileException.class)
        .hasMessageStartingWith("test.csv line 5: client 'nobody' is not defined");
  }

  @Test
  void unknownRecordTypeListsTheNewRecords() {
    assertThatThrownBy(() -> read(HEADER + "forecast,acme\n"))
        .isInstanceOf(LedgerFileException.class)
        .hasMessageContaining("unknown record type 'forecast'")
        .hasMessageContaining("partner-level, revenue, renewal");
  }
}
