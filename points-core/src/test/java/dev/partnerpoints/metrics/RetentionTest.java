package dev.partnerpoints.metrics;

import static dev.partnerpoints.dashboard.Fixtures.P;
import static dev.partnerpoints.dashboard.Fixtures.client;
import static dev.partnerpoints.dashboard.Fixtures.d;
import static dev.partnerpoints.dashboard.Fixtures.id;
import static dev.partnerpoints.dashboard.Fixtures.manages;
import static dev.partnerpoints.dashboard.Fixtures.money;
import static dev.partnerpoints.dashboard.Fixtures.mrr;
import static dev.partnerpoints.dashboard.Fixtures.ym;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import dev.partnerpoints.dashboard.DashboardOptions;
import dev.partnerpoints.ledger.PointLedger;
import dev.partnerpoints.program.ProgramRules;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** C$R over a hand-computed portfolio. */
class RetentionTest {

  // Partner p1 manages from 2024-01-01:
  //   A  USD 1000, upgraded to 1500 on 2025-03-10 (an upgrade: ignored)
  //   B  EUR 880, cancels on 2025-09-10 (MRR 0 from then)
  //   C  USD 500
  //   F  USD 1600, downgraded to 1000 on 2025-05-15 (a downgrade: ignored)
  //   E  USD 700, managed until 2025-06-01 (exclusive); cancels 2025-07-05 when no longer managed
  //   D  USD 2000, managed from 2025-09-05 (new that month), cancels 2025-09-20
  private final PointLedger ledger = PointLedger.builder(ProgramRules.builtIn(), P)
      .addClient(client("A", "US", "USD"))
      .addClient(client("B", "DE", "EUR"))
      .addClient(client("C", "US", "USD"))
      .addClient(client("D", "US", "USD"))
      .addClient(client("E", "US", "USD"))
      .addClient(client("F", "US", "USD"))
      .addClientMrr(mrr("A", "2024-01-01", "1000", "USD"))
      .addClientMrr(mrr("A", "2025-03-10", "1500", "USD"))
      .addClientMrr(mrr("B", "2024-01-01", "880", "EUR"))
      .addClientMrr(mrr("B", "2025-09-10", "0", "EUR"))
      .addClientMrr(mrr("C", "2024-01-01", "500", "USD"))
      .addClientMrr(mrr("D", "2025-09-05", "2000", "USD"))
      .addClientMrr(mrr("D", "2025-09-20", "0", "USD"))
      .addClientMrr(mrr("E", "2024-01-01", "700", "USD"))
      .addClientMrr(mrr("E", "2025-07-05", "0", "USD"))
      .addClientMrr(mrr("F", "2024-01-01", "1600", "USD"))
      .addClientMrr(mrr("F", "2025-05-15", "1000", "USD"))
      .addManagementPeriod(manages("A", "2024-01-01", Optional.empty()))
      .addManagementPeriod(manages("B", "2024-01-01", Optional.empty()))
      .addManagementPeriod(manages("C", "2024-01-01", Optional.empty()))
      .addManagementPeriod(manages("D", "2025-09-05", Optional.empty()))
      .addManagementPeriod(manages("E", "2024-01-01", Optional.of("2025-06-01")))
      .addManagementPeriod(manages("F", "2024-01-01", Optional.empty()))
      .build();

  @Test
  void twelveMonthAverageByHand() {
    RetentionFigure figure = RetentionMethod.builtIn().measure(ledger, d("2025-09-30"));

    // 2025-09-30 is a month end, so the 12 months are 2024-10 .. 2025-09
    assertThat(figure.months()).hasSize(12);
    assertThat(figure.months().get(0).month()).isEqualTo(ym("2024-10"));
    MonthRetention september = figure.months().get(11);
    assertThat(september.month()).isEqualTo(ym("2025-09"));
    // managed on 09-01 with MRR: A 1500, B 880 EUR = 1000 USD (88 EUR per 100 USD), C 500, F 1000;
    // D is new in September, E is no longer managed
    assertThat(september.clients()).containsExactly(id("A"), id("B"), id("C"), id("F"));
    assertThat(september.startMrrUsd()).isEqualTo(money("4000", "USD"));
    assertThat(september.cancelledClients()).containsExactly(id("B"));
    assertThat(september.cancelledMrrUsd()).isEqualTo(money("1000", "USD"));
    // 1 - 1000 / 4000 = 0.75; 0.75^12 = 3^12 / 4^12 = 531441 / 16777216 = 0.031676352024078369140625
    assertThat(september.monthly()).contains(new BigDecimal("0.75"));
    assertThat(september.annualised().get()).isEqualByComparingTo("0.031676352024078369140625");
    // every other month: nobody managed at its start cancelled (E cancelled after management ended,
    // A's upgrade and F's downgrade are ignored) -> 1 each
    for (MonthRetention m : figure.months().subList(0, 11)) {
      assertThat(m.monthly().get()).as("%s", m.month()).isEqualByComparingTo("1");
    }
    // (11 x 1 + 0.031676352024078369140625) / 12 = 0.91930636266867319742838541666... (34 digits)
    assertThat(figure.average()).contains(new BigDecimal("0.9193063626686731974283854166666667"));
    assertThat(figure.averagePercent()).contains(new BigDecimal("91.93"));
    assertThat(figure.cancelledClients()).containsExactly(id("B"));
    // the clients behind the figure: every client counted in any month (E until May; D never, being
    // new in September)
    assertThat(figure.clients()).containsExactly(id("A"), id("B"), id("C"), id("E"), id("F"));
  }

  @Test
  void theCurrencyTableOfTheMonthsFirstDayApplies() {
    RetentionFigure figure = RetentionMethod.builtIn().measure(ledger, d("2025-09-30"));
    MonthRetention july = figure.months().get(9);
    assertThat(july.month()).isEqualTo(ym("2025-07"));
    // on 2025-07-01 the 2022 table is in force: 880 EUR x 100 / 75 = 1173.33... USD (34 digits);
    // start = A 1500 + B 1173.33... + C 500 + F 1000 = 4173.33...
    ClientRetentionRow b = july.rows().get(1);
    assertThat(b.clientId()).isEqualTo(id("B"));
    assertThat(b.mrrAtStartUsd().getNumber().numberValue(BigDecimal.class))
        .isEqualTo(new BigDecimal("1173.333333333333333333333333333333"));
    assertThat(july.startMrrUsd().getNumber().numberValue(BigDecimal.class))
        .isEqualByComparingTo("4173.333333333333333333333333333333");
    // in May E was still managed and paying at the month's end: counted, not cancelled
    MonthRetention may = figure.months().get(7);
    assertThat(may.clients()).contains(id("E"));
    assertThat(may.cancelledClients()).isEmpty();
  }

  @Test
  void monthsWithoutManagedMrrAreLeftOut() {
    // 24 months: 2023-10 .. 2025-09; management starts 2024-01, so 2023-10..12 have no rows
    RetentionFigure figure = RetentionMethod.lastCompleteMonths(24).measure(ledger, d("2025-09-30"));
    assertThat(figure.months()).hasSize(24);
    assertThat(figure.months().get(2).rows()).isEmpty();
    assertThat(figure.months().get(2).monthly()).isEmpty();
    assertThat(figure.months().get(2).annualised()).isEmpty();
    // (20 x 1 + 0.031676352024078369140625) / 21 = 0.95388935009638468424479166666... (34 digits)
    assertThat(figure.average()).contains(new BigDecimal("0.9538893500963846842447916666666667"));
  }

  @Test
  void aMidMonthDateUsesTheMonthsBefore() {
    // 2025-09-15: the last complete month is 2025-08, so September's cancellation is not in yet
    RetentionFigure figure = RetentionMethod.builtIn().measure(ledger, d("2025-09-15"));
    assertThat(figure.months().get(11).month()).isEqualTo(ym("2025-08"));
    assertThat(figure.average().get()).isEqualByComparingTo("1");
    assertThat(figure.averagePercent()).contains(new BigDecimal("100.00"));
  }

  @Test
  void noManagedClientsHasNoAverage() {
    PointLedger empty = PointLedger.builder(ProgramRules.builtIn(), P).addClient(client("A", "US", "USD")).build();
    RetentionFigure figure = RetentionMethod.builtIn().measure(empty, d("2025-09-30"));
    assertThat(figure.average()).isEmpty();
    assertThat(figure.averagePercent()).isEmpty();
    assertThat(figure.clients()).isEmpty();
  }

  @Test
  void oneMonthIsTheSmallestWindow() {
    RetentionFigure september = RetentionMethod.lastCompleteMonths(1).measure(ledger, d("2025-09-30"));
    assertThat(september.months()).extracting(MonthRetention::month).containsExactly(ym("2025-09"));
    // the mean of one month is that month: 0.75^12
    assertThat(september.average().get()).isEqualByComparingTo("0.031676352024078369140625");
    assertThat(september.clients()).containsExactly(id("A"), id("B"), id("C"), id("F"));
    // on 2025-09-29 September is not complete: August, in which nobody cancelled
    assertThat(RetentionMethod.lastCompleteMonths(1).measure(ledger, d("2025-09-29")).months())
        .extracting(MonthRetention::month).containsExactly(ym("2025-08"));
  }

  @Test
  void builtInMethodsAreEqualExactlyWhenTheirMonthsAre() {
    new EqualsTester()
        .addEqualityGroup(RetentionMethod.builtIn(), RetentionMethod.lastCompleteMonths(12))
        .addEqualityGroup(RetentionMethod.lastCompleteMonths(6))
        .addEqualityGroup(RetentionMethod.lastCompleteMonths(1))
        .testEquals();
    assertThat(DashboardOptions.defaults().withRetentionMethod(RetentionMethod.lastCompleteMonths(12)))
        .isEqualTo(DashboardOptions.defaults())
        .isNotEqualTo(DashboardOptions.defaults().withRetentionMethod(RetentionMethod.lastCompleteMonths(6)));
    assertThat(RetentionMethod.lastCompleteMonths(6).toString()).contains("6 complete months");
    assertThatThrownBy(() -> RetentionMethod.lastCompleteMonths(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("C$R months must be at least 1, but was 0");
  }
}
