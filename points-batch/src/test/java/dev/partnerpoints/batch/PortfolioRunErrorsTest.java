package dev.partnerpoints.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import dev.partnerpoints.ledger.Client;
import dev.partnerpoints.ledger.ClientId;
import dev.partnerpoints.ledger.ClientMrr;
import dev.partnerpoints.ledger.Deal;
import dev.partnerpoints.ledger.DealId;
import dev.partnerpoints.ledger.DealKind;
import dev.partnerpoints.ledger.ManagementPeriod;
import dev.partnerpoints.ledger.PartnerId;
import dev.partnerpoints.ledger.ProductLine;
import dev.partnerpoints.program.CountryCode;
import dev.partnerpoints.program.DealType;
import dev.partnerpoints.program.ProgramRules;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import javax.money.Monetary;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/** Bad rows: errors per partner naming the partner, the row and the value; the other partners answer. */
class PortfolioRunErrorsTest {

  private static final ProgramRules RULES = ProgramRules.builtIn();
  private static final LocalDate AS_OF = LocalDate.of(2025, 10, 1);
  private static final PartnerId A = PartnerId.of("a");
  private static final PartnerId B = PartnerId.of("b");
  private static final PartnerId C = PartnerId.of("c");

  private static Client client(String id, String country, String currency) {
    return Client.builder().id(ClientId.of(id)).country(CountryCode.of(country))
        .currency(Monetary.getCurrency(currency)).build();
  }

  private static Deal deal(PartnerId partner, String id, String client, String amount, String currency) {
    return Deal.builder().id(DealId.of(id)).clientId(ClientId.of(client)).closeDate(LocalDate.of(2025, 8, 1))
        .kind(DealKind.NEW_CLIENT).dealType(DealType.SOURCED).productLine(ProductLine.of("Marketing Hub"))
        .mrrChange(Money.of(new BigDecimal(amount), currency)).partner(partner).build();
  }

  @Test
  void dealForAClientOfAnotherPartner() {
    PortfolioInput input = PortfolioInput.create()
        .addClient(A, client("acme", "US", "USD"))
        .addClient(B, client("globex", "DE", "EUR"))
        .addDeal(B, deal(B, "d1", "globex", "100", "EUR"))
        .addDeal(A, deal(A, "d2", "globex", "100", "EUR"), "portfolio.csv line 7");
    BatchResult result = PortfolioRun.of(RULES, AS_OF).withThreads(2).run(input);
    assertThat(result.results()).extracting(PartnerResult::partner).containsExactly(B);
    assertThat(result.errors()).hasSize(1);
    BatchError error = result.errors().get(0);
    assertThat(error.partner()).isEqualTo(A);
    assertThat(error.row()).isEqualTo("portfolio.csv line 7");
    assertThat(error.value()).isEqualTo("globex");
    assertThat(error.message()).contains("partner a", "portfolio.csv line 7", "deal d2", "'globex'",
        "a client of partner b (client globex)");
    assertThat(result.results().get(0).points().sourcedPoints().toHundredths()).isPositive();
  }

  @Test
  void aPartialInputNamesNoOwnerOfAForeignClient() {
    PortfolioInput input = PortfolioInput.createPartial()
        .addClient(A, client("acme", "US", "USD"))
        .addDeal(A, deal(A, "d2", "globex", "100", "EUR"));
    BatchResult result = PortfolioRun.of(RULES, AS_OF).withThreads(1).run(input);
    assertThat(result.results()).isEmpty();
    assertThat(result.errors()).singleElement().satisfies(error -> {
      assertThat(error.row()).isEqualTo("deal d2");
      assertThat(error.value()).isEqualTo("globex");
      assertThat(error.message()).isEqualTo("partner a, deal d2: deal d2 names client 'globex', which is not a"
          + " client of partner a. A row may only name the clients of its own partner");
    });
  }

  @Test
  void clientInTwoPartnersWithDifferentCountriesFailsBoth() {
    PortfolioInput input = PortfolioInput.create()
        .addClient(A, client("acme", "US", "USD"), "a.csv line 3")
        .addClient(B, client("acme", "BR", "USD"), "b.csv line 4")
        .addClient(C, client("acme", "US", "USD"))
        .addDeal(C, deal(C, "d1", "acme", "100", "USD"));
    BatchResult result = PortfolioRun.of(RULES, AS_OF).run(input);
    assertThat(result.results()).extracting(PartnerResult::partner).containsExactly(C);
    assertThat(result.errors()).extracting(BatchError::partner).containsExactly(A, B);
    assertThat(result.errors().get(0).message()).contains("partner a", "a.csv line 3", "US/USD", "BR/USD",
        "partner b (b.csv line 4)");
    assertThat(result.errors().get(1).value()).isEqualTo("BR/USD");
    assertThat(result.errors().get(1).row()).isEqualTo("b.csv line 4");
  }

  @Test
  void dealIdInTwoPartnersAsDifferentDealsFailsBothButTheSameDealOnASharedClientIsAllowed() {
    Deal shared = deal(A, "d5", "acme", "100", "USD");
    PortfolioInput input = PortfolioInput.create()
        .addClient(A, client("acme", "US", "USD"))
        .addDeal(A, deal(A, "d1", "acme", "100", "USD"), "a.csv line 7")
        .addDeal(A, shared)
        .addClient(B, client("globex", "US", "USD"))
        .addDeal(B, deal(B, "d1", "globex", "100", "USD"), "b.csv line 2")
        .addClient(C, client("acme", "US", "USD"))
        .addDeal(C, shared);
    BatchResult result = PortfolioRun.of(RULES, AS_OF).run(input);
    assertThat(result.results()).extracting(PartnerResult::partner).containsExactly(C);
    assertThat(result.errors()).extracting(BatchError::partner).containsExactly(A, B);
    assertThat(result.errors()).extracting(BatchError::row).containsExactly("a.csv line 7", "b.csv line 2");
    assertThat(result.errors()).extracting(BatchError::value).containsExactly("d1", "d1");
    assertThat(result.errors().get(0).message()).contains("partner a", "deal id 'd1'", "partner b (b.csv line 2)");
    assertThat(result.errors().get(1).message()).contains("partner b", "deal id 'd1'", "partner a (a.csv line 7)");
  }

  @Test
  void duplicateDealAndClientIdsAndForeignCurrenciesAreAllCollected() {
    PortfolioInput input = PortfolioInput.create()
        .addClient(A, client("acme", "US", "USD"))
        .addClient(A, client("acme", "US", "USD"))
        .addDeal(A, deal(A, "d1", "acme", "100", "USD"))
        .addDeal(A, deal(A, "d1", "acme", "200", "USD"))
        .addDeal(A, deal(A, "d2", "acme", "200", "EUR"))
        .addManagementPeriod(A, ManagementPeriod.builder().clientId(ClientId.of("nobody")).partner(A)
            .from(LocalDate.of(2025, 1, 1)).build())
        .addClientMrr(A, ClientMrr.of(ClientId.of("acme"), LocalDate.of(2025, 1, 1), Money.of(5, "EUR")))
        .addDeal(B, deal(B, "d9", "globex", "100", "USD"))
        .addClient(B, client("globex", "US", "USD"));
    BatchResult result = PortfolioRun.of(RULES, AS_OF).run(input);
    assertThat(result.results()).extracting(PartnerResult::partner).containsExactly(B);
    List<String> rows = new ArrayList<>();
    result.errors().forEach(e -> rows.add(e.row() + " = " + e.value()));
    assertThat(rows).containsExactly("client acme = acme", "deal d1 = d1", "deal d2 = EUR 200",
        "management of client nobody by a from 2025-01-01 = nobody", "MRR of client acme from 2025-01-01 = EUR 5");
    assertThat(result.errors().get(1).message()).contains("partner a", "deal id 'd1'", "allowed once");
    assertThat(result.errors().get(3).message()).contains("no partner of the portfolio has it");
  }

  @Test
  void ledgerLevelFailuresBecomeErrorsOfTheLedgerRow() {
    PortfolioInput input = PortfolioInput.create()
        .addClient(A, client("acme", "US", "USD"))
        .addManagementPeriod(A, ManagementPeriod.builder().clientId(ClientId.of("acme")).partner(A)
            .from(LocalDate.of(2025, 1, 1)).build())
        .addManagementPeriod(A, ManagementPeriod.builder().clientId(ClientId.of("acme")).partner(A)
            .from(LocalDate.of(2025, 3, 1)).build())
        .addClient(B, client("globex", "US", "USD"));
    BatchResult result = PortfolioRun.of(RULES, AS_OF).run(input);
    assertThat(result.results()).extracting(PartnerResult::partner).containsExactly(B);
    assertThat(result.errors()).singleElement().satisfies(e -> {
      assertThat(e.partner()).isEqualTo(A);
      assertThat(e.row()).isEqualTo("ledger");
      assertThat(e.message()).startsWith("partner a, ledger: ").contains("acme");
    });
  }

  @Test
  void progressIsToldAfterEveryPartnerAndMonthsDefaultToTheLastCompleteYear() {
    PortfolioInput input = PortfolioInput.create();
    for (int i = 0; i < 9; i++) {
      input.addClient(PartnerId.of("p" + i), client("c" + i, "US", "USD"));
    }
    List<Integer> done = new ArrayList<>();
    PortfolioRun run = PortfolioRun.of(RULES, AS_OF).withThreads(4).withProgress((d, total) -> {
      assertThat(total).isEqualTo(9);
      done.add(d);
    });
    assertThat(run.run(input).results()).hasSize(9);
    assertThat(done).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
    assertThat(run.firstMonth()).isEqualTo(YearMonth.of(2024, 10));
    assertThat(run.lastMonth()).isEqualTo(YearMonth.of(2025, 9));
    PortfolioRun monthEnd = PortfolioRun.of(RULES, LocalDate.of(2025, 9, 30));
    assertThat(monthEnd.lastMonth()).isEqualTo(YearMonth.of(2025, 9));
    assertThat(monthEnd.withProgressMonths(YearMonth.of(2025, 1), YearMonth.of(2025, 2)).run(input).results().get(0)
        .progress()).hasSize(2);
  }

  @Test
  void badSettingsAndASinkThatFailsStopTheRun() {
    assertThatThrownBy(() -> PortfolioRun.of(RULES, AS_OF).withThreads(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("was 0");
    assertThatThrownBy(() -> PortfolioRun.of(RULES, AS_OF).withProgressMonths(YearMonth.of(2025, 2),
        YearMonth.of(2025, 1))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2025-02..2025-01");
    assertThatThrownBy(() -> new PartnerInputException(List.of())).isInstanceOf(IllegalArgumentException.class);
    PortfolioInput input = PortfolioInput.create();
    for (int i = 0; i < 50; i++) {
      input.addClient(PartnerId.of("p" + i), client("c" + i, "US", "USD"));
    }
    assertThatThrownBy(() -> PortfolioRun.of(RULES, AS_OF).withThreads(2).run(input, new BatchSink() {
      @Override
      public void result(PartnerResult result) {
        throw new IllegalStateException("disk full");
      }

      @Override
      public void errors(PartnerId partner, ImmutableList<BatchError> errors) {}
    })).hasMessage("disk full");
  }
}
