package dev.partnerpoints.ledger;

import static dev.partnerpoints.ledger.LedgerFixtures.RULES;
import static dev.partnerpoints.ledger.LedgerFixtures.client;
import static dev.partnerpoints.ledger.LedgerFixtures.entry;
import static dev.partnerpoints.ledger.LedgerFixtures.ledger;
import static dev.partnerpoints.ledger.LedgerFixtures.sale;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.partnerpoints.calculator.EstimateRequest;
import dev.partnerpoints.calculator.PointsCalculator;
import dev.partnerpoints.calculator.PointsEstimate;
import dev.partnerpoints.program.DealType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/**
 * The ledger values each deal as {@link PointsCalculator#estimate} does (close date, client's
 * country, deal type, the line's first sale), whatever way its amount is written and whenever it
 * closes; an amount the calculator rejects fails the build with the calculator's own error.
 */
class PointLedgerValuationTest {

  private static final PointsCalculator CALCULATOR = PointsCalculator.of(RULES, Clock.systemUTC());
  private static final Client US = client("c-us", "US", "USD");
  private static final Client BR = client("c-br", "BR", "USD");

  /** Each deal a sale of a line of its own (its own first sale, so the lock is its close date). */
  private static void assertValuedAsTheCalculator(Client client, List<String> amounts, List<LocalDate> dates) {
    PointLedger.Builder builder = ledger().addClient(client);
    int i = 0;
    for (String amount : amounts) {
      for (LocalDate date : dates) {
        for (DealType type : DealType.values()) {
          builder.addDeal(sale("d" + i, client, "2024-06-01", "1").closeDate(date).dealType(type)
              .productLine(ProductLine.of("Line " + i)).mrrChange(Money.of(new BigDecimal(amount), "USD")).build());
          i++;
        }
      }
    }
    PointLedger ledger = builder.build();
    assertThat(ledger.soldEntries()).hasSize(i);
    for (SoldEntry e : ledger.soldEntries()) {
      Deal d = e.deal();
      PointsEstimate expected = CALCULATOR.estimate(EstimateRequest.builder().soldMrr(d.mrrChange())
          .country(client.country()).dealType(d.dealType()).date(d.closeDate())
          .productLineFirstSold(d.closeDate()).build());
      assertThat(e.points()).as("%s", d).isEqualTo(expected.soldPoints());
      assertThat(e.appliedRule()).as("%s", d).isEqualTo(expected.appliedRule());
    }
  }

  @Test
  void amountsWrittenAnyWayAreValuedAsTheCalculatorDoes() {
    // with and without decimals, in exponent notation, up to the calculator's limit of 10^13, and
    // with more digits than a long holds unscaled (19 significant digits)
    List<String> amounts = List.of("1000", "1000.00", "1E+3", "0.005", "123.456789", "9999999999999.999999",
        "10000000000000", "1234567890123.4567");
    assertValuedAsTheCalculator(US, amounts, List.of(LocalDate.of(2023, 5, 2), LocalDate.of(2025, 8, 1)));
    assertValuedAsTheCalculator(BR, amounts, List.of(LocalDate.of(2024, 3, 1)));
    // the 19-digit amount: 9999999999999.999999 / 100 x 5 = 499999999999.99999995, to the hundredth 500000000000.00
    PointLedger one = ledger().addClient(US)
        .addDeal(sale("big", US, "2024-06-01", "9999999999999.999999").build()).build();
    assertThat(entry(one, "big").points()).isEqualTo(LedgerFixtures.pts("500000000000.00"));
  }

  @Test
  void dealsClosingAnyDayAreValuedAsTheCalculatorDoes() {
    // around epoch day 131072 (2328-11-11) and centuries on, as well as today's dates
    List<LocalDate> dates = List.of(LocalDate.of(2024, 6, 1), LocalDate.ofEpochDay(131_071), LocalDate.ofEpochDay(131_072),
        LocalDate.ofEpochDay(131_073), LocalDate.of(2400, 2, 29), LocalDate.of(6_000_000, 1, 1));
    assertValuedAsTheCalculator(US, List.of("250.00"), dates);
    assertValuedAsTheCalculator(BR, List.of("250.00"), dates);
  }

  @Test
  void anAmountOverTheCalculatorsLimitFailsAsTheCalculatorDoes() {
    Money tooLarge = Money.of(new BigDecimal("10000000000000.01"), "USD");
    Throwable expected = catchThrowable(() -> CALCULATOR.estimate(
        EstimateRequest.builder().soldMrr(tooLarge).country(US.country()).dealType(DealType.SOURCED)
            .date(LocalDate.of(2024, 6, 1)).productLineFirstSold(LocalDate.of(2024, 6, 1)).build()));
    assertThat(expected).isNotNull();
    PointLedger.Builder builder = ledger().addClient(US)
        .addDeal(sale("huge", US, "2024-06-01", "100").mrrChange(tooLarge).build());

    assertThatThrownBy(builder::build).isInstanceOf(expected.getClass()).hasMessage(expected.getMessage());
  }

  @Test
  void aReductionOverTheCalculatorsLimitFailsAsTheCalculatorDoes() {
    Money tooLarge = Money.of(new BigDecimal("10000000000000.01"), "USD");
    Throwable expected = catchThrowable(() -> CALCULATOR.estimate(
        EstimateRequest.builder().soldMrr(tooLarge).country(US.country()).dealType(DealType.SOURCED)
            .date(LocalDate.of(2024, 6, 1)).productLineFirstSold(LocalDate.of(2024, 6, 1)).build()));
    assertThat(expected).isNotNull();
    PointLedger.Builder builder = ledger().addClient(US)
        .addDeal(sale("sale", US, "2024-03-01", "100").build())
        .addDeal(LedgerFixtures.reduction("huge-down", US, "2024-06-01", "-1").mrrChange(tooLarge.negate()).build());

    assertThatThrownBy(builder::build).isInstanceOf(expected.getClass()).hasMessage(expected.getMessage());
  }

  /** A close date before the program, a currency without a point value: the calculator's own errors. */
  @Test
  void dealsTheCalculatorRejectsFailTheBuildWithItsError() {
    Client brl = client("c-brl", "BR", "BRL");
    Object[][] cases = {{US, LocalDate.of(2022, 7, 17)}, {brl, LocalDate.of(2024, 6, 1)}};
    for (Object[] c : cases) {
      Client client = (Client) c[0];
      LocalDate close = (LocalDate) c[1];
      Money amount = Money.of(100, client.currency());
      Throwable expected = catchThrowable(() -> CALCULATOR.estimate(
          EstimateRequest.builder().soldMrr(amount).country(client.country()).dealType(DealType.SOURCED)
              .date(close).productLineFirstSold(close).build()));
      assertThat(expected).as("%s", client).isNotNull();
      PointLedger.Builder builder = ledger().addClient(client)
          .addDeal(sale("bad", client, "2024-06-01", "100").closeDate(close).build());

      assertThatThrownBy(builder::build).as("%s", client).isInstanceOf(expected.getClass())
          .hasMessage(expected.getMessage());
    }
  }
}
