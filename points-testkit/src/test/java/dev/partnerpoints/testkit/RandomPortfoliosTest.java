package dev.partnerpoints.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.partnerpoints.ledger.PointLedger;
import dev.partnerpoints.money.PointValueTable;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RandomPortfoliosTest {

  @Test
  void sameSeedGivesSamePortfolio() {
    Portfolio a = RandomPortfolios.withSeed(7).portfolio(20, 200);
    Portfolio b = RandomPortfolios.withSeed(7).portfolio(20, 200);
    assertThat(a.clients()).isEqualTo(b.clients());
    assertThat(a.deals()).isEqualTo(b.deals());
    assertThat(a.managementPeriods()).isEqualTo(b.managementPeriods());
    assertThat(a.clientMrr()).isEqualTo(b.clientMrr());
  }

  @Test
  void differentSeedsGiveDifferentPortfolios() {
    assertThat(RandomPortfolios.withSeed(1).portfolio(20, 200).deals())
        .isNotEqualTo(RandomPortfolios.withSeed(2).portfolio(20, 200).deals());
  }

  @Test
  void aRandomGeneratorCanDriveIt() {
    Portfolio a = RandomPortfolios.using(new SplittableRandom(3)).portfolio(5, 50);
    Portfolio b = RandomPortfolios.withSeed(3).portfolio(5, 50);
    assertThat(a.deals()).isEqualTo(b.deals());
  }

  @Test
  void portfoliosHaveTheRequestedSizeAndDatesInRange() {
    LocalDate from = LocalDate.of(2024, 1, 1);
    LocalDate to = LocalDate.of(2024, 12, 31);
    Portfolio p = RandomPortfolios.withSeed(11).between(from, to).portfolio(30, 300);
    assertThat(p.clients()).hasSize(30);
    assertThat(p.deals()).hasSize(300)
        .allSatisfy(d -> assertThat(d.closeDate()).isBetween(from, to));
  }

  @Test
  void everyGeneratedPortfolioBuildsALedger() {
    qt().withExamples(30).forAll(RandomPortfolios.portfolios(8, 60)).checkAssert(p -> {
      PointLedger ledger = p.ledger();
      assertThat(ledger.clients()).hasSize(p.clients().size());
      assertThat(ledger.pointsOn(LocalDate.of(2025, 1, 1)).totalPoints().isNegative()).isFalse();
    });
  }

  @Test
  void amountsAreInSupportedCurrenciesAndPositive() {
    PointValueTable table = PointValueTable.builtIn();
    qt().withExamples(200).forAll(RandomPortfolios.amounts()).checkAssert(amount -> {
      assertThat(table.supportedCurrencyCodes(LocalDate.of(2025, 7, 15))).contains(amount.getCurrency().getCurrencyCode());
      assertThat(amount.isPositive()).isTrue();
      assertThat(amount.getNumber().getScale()).isLessThanOrEqualTo(amount.getCurrency().getDefaultFractionDigits());
    });
  }

  @Test
  void rejectsEmptyPortfolioRequests() {
    assertThatThrownBy(() -> RandomPortfolios.withSeed(1).portfolio(0, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0 clients");
    assertThatThrownBy(() -> RandomPortfolios.withSeed(1).between(LocalDate.of(2022, 1, 1), LocalDate.of(2023, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2022-01-01");
  }
}
