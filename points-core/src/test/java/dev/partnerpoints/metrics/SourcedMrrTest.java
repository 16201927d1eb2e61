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

import com.google.common.testing.EqualsTester;
import dev.partnerpoints.dashboard.DashboardOptions;
import dev.partnerpoints.ledger.DealKind;
import dev.partnerpoints.ledger.DealStatus;
import dev.partnerpoints.ledger.PointLedger;
import dev.partnerpoints.program.DealType;
import dev.partnerpoints.program.ProgramRules;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SourcedMrrTest {

  private final PointLedger ledger = PointLedger.builder(ProgramRules.builtIn(), P)
      .addClient(client("de", "DE", "EUR"))
      .addClient(client("gb", "GB", "GBP"))
      .addClient(client("us", "US", "USD"))
      .addClient(client("leap", "US", "USD"))
      // 880 EUR at the 2025-07-15 table (88 EUR per 100 USD) = 1000.00 USD
      .addDeal(sourcedNew("s1", "de", "2025-08-01", "880", "EUR"))
      // 750 EUR at the 2022-07-18 table (75 EUR per 100 USD) = 1000.00 USD
      .addDeal(deal("s2", "de", "2025-01-10", DealKind.CROSS_SELL, DealType.SOURCED, "750", "EUR"))
      // 100 GBP at 74.00 GBP per 100 USD = 135.135135... -> 135.14 USD (rounded once, HALF_EVEN)
      .addDeal(sourcedNew("s3", "gb", "2025-08-01", "100", "GBP"))
      // closed 2024-09-30: counts while t < 2025-09-30; 123.45 USD
      .addDeal(deal("s4", "us", "2024-09-30", DealKind.UPSELL, DealType.SOURCED, "123.45", "USD"))
      // closed on a leap day: 2024-02-29 + 12 months = 2025-02-28
      .addDeal(sourcedNew("leap", "leap", "2024-02-29", "100", "USD"))
      // never counted: assisted, a no-deal increase, a downgrade, an open deal, another partner's deal
      .addDeal(deal("a1", "de", "2025-08-01", DealKind.NEW_CLIENT, DealType.ASSISTED, "440", "EUR"))
      .addDeal(deal("n1", "us", "2025-08-01", DealKind.NO_DEAL_INCREASE, DealType.SOURCED, "50", "USD"))
      .addDeal(deal("r1", "us", "2025-08-02", DealKind.DOWNGRADE, DealType.SOURCED, "-20", "USD"))
      .addDeal(sourcedNew("o1", "us", "2025-08-03", "5000", "USD").withStatus(DealStatus.OPEN))
      .addDeal(sourcedNew("x1", "us", "2025-08-04", "7000", "USD").withPartner(OTHER))
      .build();

  @Test
  void trailingTwelveMonthsInProgramDollars() {
    SourcedMrrFigure figure = SourcedMrrMethod.builtIn().measure(ledger, d("2025-09-30"));

    // rows by close date, then id: s2 (2025-01-10), s1 and s3 (2025-08-01); s4 expired on 2025-09-30
    assertThat(figure.rows()).extracting(r -> r.dealId().value()).containsExactly("s2", "s1", "s3");
    assertThat(figure.rows()).extracting(SourcedDealRow::mrrUsd)
        .containsExactly(money("1000.00", "USD"), money("1000.00", "USD"), money("135.14", "USD"));
    assertThat(figure.rows().get(0).pointValue().localAmountPer100Usd()).isEqualByComparingTo("75");
    assertThat(figure.rows().get(1).pointValue().localAmountPer100Usd()).isEqualByComparingTo("88");
    // 1000.00 + 1000.00 + 135.14 = 2135.14; dollar value 12 x 2135.14 = 25621.68
    assertThat(figure.mrrUsd()).isEqualTo(money("2135.14", "USD"));
    assertThat(figure.dollarValueUsd()).isEqualTo(money("25621.68", "USD"));
    // 12 x 135.14 = 1621.68
    assertThat(figure.rows().get(2).dollarValueUsd()).isEqualTo(money("1621.68", "USD"));
    assertThat(figure.clients()).containsExactly(id("de"), id("gb"));
  }

  @Test
  void theWindowIsTheSoldPointsWindow() {
    // the day before s4 expires it still counts: 2135.14 + 123.45 = 2258.59
    assertThat(SourcedMrrMethod.builtIn().measure(ledger, d("2025-09-29")).mrrUsd())
        .isEqualTo(money("2258.59", "USD"));
    // leap-day deal: in on 2025-02-27, out on 2025-02-28 (= 2024-02-29 plus 12 months)
    assertThat(SourcedMrrMethod.builtIn().measure(ledger, d("2025-02-27")).rows())
        .extracting(r -> r.dealId().value()).containsExactly("leap", "s4", "s2");
    assertThat(SourcedMrrMethod.builtIn().measure(ledger, d("2025-02-28")).rows())
        .extracting(r -> r.dealId().value()).containsExactly("s4", "s2");
    // a deal counts from its close date on, not before
    assertThat(SourcedMrrMethod.builtIn().measure(ledger, d("2025-01-09")).rows())
        .extracting(r -> r.dealId().value()).containsExactly("leap", "s4");
  }

  @Test
  void theWindowAndMultiplierAreReplaceable() {
    SourcedMrrFigure oneMonth = SourcedMrrMethod.trailingMonths(1, 3).measure(ledger, d("2025-08-31"));
    // only the August deals: 1000.00 + 135.14 = 1135.14; x3 = 3405.42
    assertThat(oneMonth.mrrUsd()).isEqualTo(money("1135.14", "USD"));
    assertThat(oneMonth.dollarValueUsd()).isEqualTo(money("3405.42", "USD"));
    assertThat(SourcedMrrMethod.trailingMonths(1, 3)).isEqualTo(SourcedMrrMethod.trailingMonths(1, 3));
    assertThatThrownBy(() -> SourcedMrrMethod.trailingMonths(0, 12))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sourced MRR window and dollar-value months must be at least 1, but were 0 and 12");
  }

  @Test
  void noDealsIsZero() {
    SourcedMrrFigure figure = SourcedMrrMethod.builtIn().measure(ledger, d("2023-01-01"));
    assertThat(figure.rows()).isEmpty();
    assertThat(figure.mrrUsd().getNumber().numberValue(BigDecimal.class)).isEqualByComparingTo("0");
  }

  @Test
  void aOneMonthWindowAndAOneMonthDollarValue() {
    // the smallest counts allowed: deals closed in the month before the date, dollar value = MRR
    SourcedMrrMethod oneByOne = SourcedMrrMethod.trailingMonths(1, 1);
    SourcedMrrFigure august = oneByOne.measure(ledger, d("2025-08-31"));
    assertThat(august.windowMonths()).isEqualTo(1);
    assertThat(august.dollarValueMonths()).isEqualTo(1);
    // s1 and s3 closed on 2025-08-01: 1000.00 + 135.14 = 1135.14, and x1 the same
    assertThat(august.rows()).extracting(r -> r.dealId().value()).containsExactly("s1", "s3");
    assertThat(august.mrrUsd()).isEqualTo(money("1135.14", "USD"));
    assertThat(august.dollarValueUsd()).isEqualTo(money("1135.14", "USD"));
    // 2025-08-01 plus one month = 2025-09-01: out on that day
    assertThat(oneByOne.measure(ledger, d("2025-09-01")).rows()).isEmpty();
    assertThatThrownBy(() -> SourcedMrrMethod.trailingMonths(1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sourced MRR window and dollar-value months must be at least 1, but were 1 and 0");
  }

  @Test
  void builtInMethodsAreEqualExactlyWhenTheirMonthsAre() {
    // DashboardOptions compare their methods: the same counts are the same method
    new EqualsTester()
        .addEqualityGroup(SourcedMrrMethod.builtIn(), SourcedMrrMethod.trailingMonths(12, 12))
        .addEqualityGroup(SourcedMrrMethod.trailingMonths(12, 6))
        .addEqualityGroup(SourcedMrrMethod.trailingMonths(6, 12))
        .addEqualityGroup(SourcedMrrMethod.trailingMonths(1, 1))
        .testEquals();
    assertThat(DashboardOptions.defaults().withSourcedMrrMethod(SourcedMrrMethod.trailingMonths(12, 12)))
        .isEqualTo(DashboardOptions.defaults())
        .isNotEqualTo(DashboardOptions.defaults().withSourcedMrrMethod(SourcedMrrMethod.trailingMonths(12, 6)));
    // the options' toString says which method is in use
    assertThat(SourcedMrrMethod.trailingMonths(6, 3).toString()).contains("6-month", "x3");
  }
}
