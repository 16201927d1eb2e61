package dev.partnerpoints.ledger;

import static dev.partnerpoints.ledger.LedgerFixtures.ME;
import static dev.partnerpoints.ledger.LedgerFixtures.client;
import static dev.partnerpoints.ledger.LedgerFixtures.date;
import static dev.partnerpoints.ledger.LedgerFixtures.ledger;
import static dev.partnerpoints.ledger.LedgerFixtures.managed;
import static dev.partnerpoints.ledger.LedgerFixtures.mrr;
import static dev.partnerpoints.ledger.LedgerFixtures.sale;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The span and the order of a ledger's data gaps. */
class PointLedgerDataGapsTest {

  /** A period that ends before the client's first MRR record is a gap until the period's end. */
  @Test
  void aManagedGapEndsWithThePeriodWhenThatComesFirst() {
    Client late = client("late", "US", "USD");
    PointLedger ledger = ledger().addClient(late)
        .addManagementPeriod(managed(late, ME, "2025-01-10", "2025-02-01"))
        .addManagementPeriod(managed(late, ME, "2025-02-15", "2025-06-01"))
        .addClientMrr(mrr(late, "2025-03-01", "100"))
        .build();

    assertThat(ledger.dataGaps()).extracting(DataGap::kind).containsOnly(DataGapKind.MANAGED_WITHOUT_MRR);
    assertThat(ledger.dataGaps()).extracting(DataGap::start, DataGap::until).containsExactly(
        tuple(date("2025-01-10"), Optional.of(date("2025-02-01"))),
        tuple(date("2025-02-15"), Optional.of(date("2025-03-01"))));
  }

  /**
   * Gaps come by client, then first day, then kind (in {@link DataGapKind}'s order), then deal id,
   * whatever order they are found in.
   */
  @Test
  void gapsComeByClientThenDayThenKindThenDeal() {
    Client a = client("a", "US", "USD");
    Client b = client("b", "US", "USD");
    PointLedger ledger = ledger().addClient(b).addClient(a)
        // b: no MRR at all; its first deal is a no-deal increase with no sale of its line
        .addDeal(sale("n2", b, "2025-03-01", "100").kind(DealKind.NO_DEAL_INCREASE).build())
        .addDeal(sale("n1", b, "2025-03-01", "100").kind(DealKind.NO_DEAL_INCREASE).build())
        // a: a no-deal increase with no sale, a day after a managed period without MRR starts
        .addDeal(sale("n3", a, "2025-02-02", "100").kind(DealKind.NO_DEAL_INCREASE).build())
        .addManagementPeriod(managed(a, ME, "2025-02-01"))
        .addClientMrr(mrr(a, "2025-04-01", "100"))
        .build();

    assertThat(ledger.dataGaps()).extracting(g -> g.clientId().value(), DataGap::start, DataGap::kind,
        g -> g.dealId().map(DealId::value).orElse("-")).containsExactly(
        tuple("a", date("2025-02-01"), DataGapKind.MANAGED_WITHOUT_MRR, "-"),
        tuple("a", date("2025-02-02"), DataGapKind.NO_DEAL_INCREASE_WITHOUT_SALE, "n3"),
        tuple("b", date("2025-03-01"), DataGapKind.CLIENT_WITHOUT_MRR, "-"),
        tuple("b", date("2025-03-01"), DataGapKind.NO_DEAL_INCREASE_WITHOUT_SALE, "n1"),
        tuple("b", date("2025-03-01"), DataGapKind.NO_DEAL_INCREASE_WITHOUT_SALE, "n2"));
  }
}
