package dev.partnerpoints.calculator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerpoints.money.Points;
import dev.partnerpoints.program.CountryCode;
import dev.partnerpoints.program.DealType;
import dev.partnerpoints.program.ProgramRules;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import javax.money.Monetary;
import javax.money.format.MonetaryFormats;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/** The README's quick start, verbatim, with the figures it promises (derived by hand there). */
class ReadmeQuickStartTest {

  private final PointsCalculator calculator = PointsCalculator.of(ProgramRules.builtIn(), Clock.systemUTC());

  @Test
  void calculatorTab() {
    PointsEstimate estimate = calculator.estimate(EstimateRequest.builder()
        .soldMrr(Money.of(1000, "EUR"))
        .country(CountryCode.of("BR"))
        .dealType(DealType.SOURCED)
        .alsoManages(true)
        .otherManagingPartners(1)
        .date(LocalDate.of(2025, 8, 1))
        .build());
    assertThat(estimate.soldPoints()).isEqualTo(Points.parse("113.64"));
    assertThat(estimate.managedPoints()).isEqualTo(Points.parse("11.36"));
    assertThat(estimate.totalPoints()).isEqualTo(Points.parse("125.00"));
    assertThat(estimate.appliedRule().marketMultiplier()).isEqualByComparingTo("2");
  }

  @Test
  void currencyTab() {
    MoneyEquivalent money = calculator.pointsToMoney(PointsToMoneyRequest.builder()
        .soldPoints(Points.of(50)).managedPoints(Points.of(10))
        .currency(Monetary.getCurrency("EUR")).country(CountryCode.of("BR"))
        .dealType(DealType.SOURCED).date(LocalDate.of(2025, 8, 1))
        .build());
    assertThat(money.soldMrr()).isEqualTo(Money.of(440, "EUR")).hasToString("EUR 440");
    assertThat(money.managedMrr()).isEqualTo(Money.of(440, "EUR")).hasToString("EUR 440");
    assertThat(MonetaryFormats.getAmountFormat(Locale.ROOT).format(money.soldMrr())).isEqualTo("EUR 440.00");

    PointsEstimate points = calculator.moneyToPoints(MoneyToPointsRequest.builder()
        .soldMrr(Money.of(1000, "EUR")).managedMrr(Money.of(500, "EUR"))
        .country(CountryCode.of("DE")).date(LocalDate.of(2025, 8, 1))
        .build());
    assertThat(points.soldPoints()).isEqualTo(Points.parse("56.82"));
    assertThat(points.managedPoints()).isEqualTo(Points.parse("5.68"));
  }
}
