package dev.partnerpoints.dashboard;

import static dev.partnerpoints.dashboard.Fixtures.P;
import static dev.partnerpoints.dashboard.Fixtures.client;
import static dev.partnerpoints.dashboard.Fixtures.d;
import static dev.partnerpoints.dashboard.Fixtures.mrr;
import static dev.partnerpoints.dashboard.Fixtures.sourcedNew;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.partnerpoints.commission.ClientRevenue;
import dev.partnerpoints.commission.CommissionRules;
import dev.partnerpoints.commission.RevenueSeries;
import dev.partnerpoints.ledger.DataGap;
import dev.partnerpoints.ledger.DataGapKind;
import dev.partnerpoints.ledger.PointLedger;
import dev.partnerpoints.program.ProgramRules;
import dev.partnerpoints.tier.PartnerAccount;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The dashboard's data gaps: the ledger's and the revenue series' merged in one order (docs/rules.md §11). */
class DashboardDataGapsTest {

  // commission schedules of three months, so they end well before the date
  private static final DashboardOptions THREE_MONTH_SHARE = DashboardOptions.defaults()
      .withCommissionRules(CommissionRules.builtIn().withClientShareMonths(3));

  // a: schedule 2025-01..03, revenue only in January (and after the schedule: none)
  // b: schedule 2025-01..03, no revenue and no MRR (a ledger gap from its deal on 2025-01-20)
  // c: no deal; its revenue runs to 2025-08, the series' last month
  private final PointLedger ledger = PointLedger.builder(ProgramRules.builtIn(), P)
      .addClient(client("a", "US", "USD"))
      .addClient(client("b", "US", "USD"))
      .addClient(client("c", "US", "USD"))
      .addDeal(sourcedNew("a1", "a", "2025-01-10", "100", "USD"))
      .addDeal(sourcedNew("b1", "b", "2025-01-20", "100", "USD"))
      .addClientMrr(mrr("a", "2025-01-10", "100", "USD"))
      .addClientMrr(mrr("c", "2025-01-01", "100", "USD"))
      .build();

  private List<DataGap> gapsOn(String date) {
    List<ClientRevenue> revenue = new ArrayList<>(Fixtures.monthly("a", "2025-01", "2025-01", "100", "USD"));
    revenue.addAll(Fixtures.monthly("c", "2025-01", "2025-08", "100", "USD"));
    return DashboardBuilder.of(ledger, PartnerAccount.alwaysCertified()).options(THREE_MONTH_SHARE)
        .revenue(RevenueSeries.of(revenue)).dataGaps(d(date));
  }

  @Test
  void revenueGapsEndWithTheScheduleAndMergeWithTheLedgersByClientThenFirstDay() {
    List<DataGap> gaps = gapsOn("2025-09-15");

    assertThat(ledger.dataGaps()).extracting(DataGap::kind).containsExactly(DataGapKind.CLIENT_WITHOUT_MRR);
    // a: February and March (the schedule ends in March though the series runs to August);
    // b: its revenue gap (January to March) starts before its ledger gap (from the deal on 01-20)
    assertThat(gaps).extracting(g -> g.clientId().value(), DataGap::kind, DataGap::start, DataGap::until)
        .containsExactly(
            tuple("a", DataGapKind.REVENUE_MISSING, d("2025-02-01"), Optional.of(d("2025-04-01"))),
            tuple("b", DataGapKind.REVENUE_MISSING, d("2025-01-01"), Optional.of(d("2025-04-01"))),
            tuple("b", DataGapKind.CLIENT_WITHOUT_MRR, d("2025-01-20"), Optional.empty()));
  }

  @Test
  void revenueGapsStopAtTheDatesMonth() {
    // on 2025-02-10 only January and February have come: a's gap is February alone
    assertThat(gapsOn("2025-02-10")).extracting(g -> g.clientId().value(), DataGap::kind, DataGap::start,
            DataGap::until)
        .containsExactly(
            tuple("a", DataGapKind.REVENUE_MISSING, d("2025-02-01"), Optional.of(d("2025-03-01"))),
            tuple("b", DataGapKind.REVENUE_MISSING, d("2025-01-01"), Optional.of(d("2025-03-01"))),
            tuple("b", DataGapKind.CLIENT_WITHOUT_MRR, d("2025-01-20"), Optional.empty()));
  }
}
