package dev.partnerpoints.commission;

import static dev.partnerpoints.dashboard.Fixtures.OTHER;
import static dev.partnerpoints.dashboard.Fixtures.P;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.partnerpoints.internal.Sums;
import dev.partnerpoints.ledger.Client;
import dev.partnerpoints.ledger.ClientId;
import dev.partnerpoints.ledger.Deal;
import dev.partnerpoints.ledger.DealId;
import dev.partnerpoints.ledger.DealKind;
import dev.partnerpoints.ledger.DealStatus;
import dev.partnerpoints.ledger.ManagementPeriod;
import dev.partnerpoints.ledger.PointLedger;
import dev.partnerpoints.ledger.ProductLine;
import dev.partnerpoints.program.CountryCode;
import dev.partnerpoints.program.DealType;
import dev.partnerpoints.program.ProgramRules;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/** Properties of commission over random ledgers, levels and revenue series. */
class CommissionPropertiesTest {

  private static final String[][] CURRENCIES = {{"US", "USD"}, {"DE", "EUR"}, {"JP", "JPY"}, {"GB", "GBP"}};
  private static final DealKind[] KINDS = {DealKind.NEW_CLIENT, DealKind.CROSS_SELL, DealKind.UPSELL,
      DealKind.UPSELL, DealKind.NO_DEAL_INCREASE, DealKind.DOWNGRADE};
  private static final LocalDate FIRST = LocalDate.of(2022, 8, 1);

  /** A random scenario: clients, deals, management periods, levels and revenue. */
  static final class Scenario {
    final PointLedger ledger;
    final PartnerLevels levels;
    final RevenueSeries revenue;
    final CommissionCalculator calculator;

    Scenario(long seed, int clientCount, int dealCount, int levelChoice) {
      Random r = new Random(seed);
      PointLedger.Builder b = PointLedger.builder(ProgramRules.builtIn(), P);
      List<Client> clients = new ArrayList<>();
      for (int i = 0; i < clientCount; i++) {
        String[] cc = CURRENCIES[r.nextInt(CURRENCIES.length)];
        Client c = Client.builder().id(ClientId.of("c" + i)).country(CountryCode.of(cc[0]))
            .currency(Monetary.getCurrency(cc[1])).build();
        clients.add(c);
        b.addClient(c);
        if (r.nextBoolean()) {
          LocalDate from = randomDate(r);
          Optional<LocalDate> until = r.nextBoolean() ? Optional.of(from.plusDays(1 + r.nextInt(900))) : Optional.empty();
          b.addManagementPeriod(ManagementPeriod.builder().clientId(c.id()).partner(P).from(from).until(until).build());
        }
      }
      for (int i = 0; i < dealCount; i++) {
        Client c = clients.get(r.nextInt(clients.size()));
        DealKind kind = KINDS[r.nextInt(KINDS.length)];
        BigDecimal amount = BigDecimal.valueOf(1 + r.nextInt(500_000), 2);
        Deal.Builder deal = Deal.builder().id(DealId.of(String.format("d%02d", i))).clientId(c.id()).closeDate(randomDate(r))
            .kind(kind).dealType(r.nextInt(3) == 0 ? DealType.ASSISTED : DealType.SOURCED)
            .productLine(ProductLine.of("Hub " + r.nextInt(2)))
            .mrrChange(Money.of(kind.isReduction() ? amount.negate() : amount, c.currency()))
            .status(r.nextInt(8) == 0 ? DealStatus.OPEN : DealStatus.CLOSED_WON);
        if (!kind.isReduction()) {
          deal.partner(r.nextInt(6) == 0 ? OTHER : P);
        }
        b.addDeal(deal.build());
      }
      ledger = b.build();
      levels = levelChoice == 0 ? PartnerLevels.alwaysPartner()
          : levelChoice == 1 ? PartnerLevels.alwaysProvider()
          : PartnerLevels.convertedToProviderOn(randomDate(r));
      List<ClientRevenue> entries = new ArrayList<>();
      for (Client c : clients) {
        for (YearMonth m = YearMonth.from(FIRST); !m.isAfter(YearMonth.of(2027, 12)); m = m.plusMonths(1)) {
          int roll = r.nextInt(10);
          if (roll == 0) {
            continue; // no revenue
          }
          BigDecimal amount = roll == 1 ? BigDecimal.ZERO : BigDecimal.valueOf(r.nextInt(1_000_000), 3);
          entries.add(ClientRevenue.of(c.id(), m, Money.of(amount, c.currency())));
        }
      }
      revenue = RevenueSeries.of(entries);
      calculator = CommissionCalculator.of(ledger, levels, revenue, CommissionRules.builtIn());
    }

    private static LocalDate randomDate(Random r) {
      return FIRST.plusDays(r.nextInt(1400)); // 2022-08-01 .. 2026-06
    }

    boolean manages(ClientId client, YearMonth m) {
      return ledger.managementPeriods().stream().anyMatch(p -> p.clientId().equals(client) && p.partner().equals(P)
          && !p.from().isAfter(m.atEndOfMonth()) && (p.until().isEmpty() || p.until().get().isAfter(m.atDay(1))));
    }
  }

  @Test
  void schedulesNeverPayAfterTheirEnd() {
    CommissionRules rules = CommissionRules.builtIn();
    qt().withExamples(100).forAll(longs().all(), integers().between(1, 4), integers().between(1, 10),
            integers().between(0, 2))
        .checkAssert((seed, clients, deals, level) -> {
          Scenario s = new Scenario(seed, clients, deals, level);
          for (CommissionSchedule schedule : s.calculator.schedules()) {
            LocalDate close = schedule.deal().closeDate();
            YearMonth first = YearMonth.from(close);
            assertThat(schedule.firstMonth()).isEqualTo(first);
            // the longest any rule runs; shortened by a conversion, never longer
            switch (schedule.rule()) {
              case PROVIDER_SHARE:
                assertThat(schedule.endMonth()).contains(first.plusMonths(rules.providerMonths()));
                break;
              case CLIENT_SHARE:
                assertThat(schedule.endMonth().get()).isBeforeOrEqualTo(first.plusMonths(rules.clientShareMonths()));
                break;
              case NET_UPSELL_SHARE:
                assertThat(schedule.endMonth().get()).isBeforeOrEqualTo(first.plusMonths(rules.netUpsellMonths()));
                break;
              default:
                assertThat(close).isBefore(rules.clientShareFrom());
            }
            Optional<LocalDate> conversion = s.levels.providerFrom();
            if (conversion.isPresent() && close.isBefore(conversion.get())) {
              // a deal sold before the conversion never accrues 12 months past its sold month, and an
              // old one never from the conversion month on
              YearMonth limit = close.isBefore(conversion.get().minusMonths(12)) ? YearMonth.from(conversion.get())
                  : first.plusMonths(12);
              assertThat(schedule.endMonth()).isPresent();
              assertThat(schedule.endMonth().get()).isBeforeOrEqualTo(limit);
            }
            for (CommissionMonth m : schedule.months()) {
              assertThat(schedule.covers(m.month())).isTrue();
              assertThat(m.month()).isBeforeOrEqualTo(s.revenue.lastMonth().get());
              if (schedule.endMonth().isPresent()) {
                assertThat(m.month()).isBefore(schedule.endMonth().get());
              }
              if (m.status() != AccrualStatus.ACCRUES) {
                assertThat(m.amount().isZero()).isTrue();
                continue;
              }
              assertThat(s.revenue.revenueOf(m.clientId(), m.month()).map(MonetaryAmount::isPositive)).contains(true);
              if (schedule.managedOnlyFrom().isPresent() && !m.month().isBefore(schedule.managedOnlyFrom().get())) {
                assertThat(s.manages(m.clientId(), m.month())).isTrue();
              }
              // each month rounded once: basis x 20%, HALF_EVEN, to the currency's digits
              int digits = schedule.currency().getDefaultFractionDigits();
              BigDecimal expected = Sums.exact(m.basis()).multiply(new BigDecimal("0.2"))
                  .setScale(digits, RoundingMode.HALF_EVEN);
              assertThat(Sums.exact(m.amount())).isEqualByComparingTo(expected);
              assertThat(m.paymentDate()).isEqualTo(rules.paymentDateOf(m.month()));
              assertThat(m.paymentDate()).isAfter(m.month().atEndOfMonth());
            }
          }
        });
  }

  @Test
  void aClientsRevenueIsPaidOnce() {
    qt().withExamples(100).forAll(longs().all(), integers().between(1, 3), integers().between(2, 10),
            integers().between(0, 2))
        .checkAssert((seed, clients, deals, level) -> {
          Scenario s = new Scenario(seed, clients, deals, level);
          Map<String, String> claimed = new HashMap<>();
          for (CommissionSchedule schedule : s.calculator.schedules()) {
            if (schedule.basis() != CommissionBasis.CLIENT_REVENUE) {
              continue;
            }
            for (CommissionMonth m : schedule.months()) {
              if (m.status() == AccrualStatus.ACCRUES) {
                String key = m.clientId() + " " + m.month();
                assertThat(claimed.put(key, m.dealId().value())).as("%s paid by two deals", key).isNull();
                assertThat(Sums.exact(m.basis())).isLessThanOrEqualTo(Sums.exact(m.revenue()));
              }
            }
          }
        });
  }

  @Test
  void everyFigureEqualsTheSumOfItsRows() {
    qt().withExamples(100).forAll(longs().all(), integers().between(1, 4), integers().between(1, 10),
            integers().between(0, 2))
        .checkAssert((seed, clients, deals, level) -> {
          long day = Math.floorMod(seed, 2400L); // statement date 2022-08-01 .. 2029-02
          Scenario s = new Scenario(seed, clients, deals, level);
          Map<String, BigDecimal> scheduled = new HashMap<>();
          int accruedRows = 0;
          for (CommissionSchedule schedule : s.calculator.schedules()) {
            BigDecimal rows = BigDecimal.ZERO;
            for (CommissionMonth m : schedule.months()) {
              rows = rows.add(Sums.exact(m.amount()));
              accruedRows += m.status() == AccrualStatus.ACCRUES ? 1 : 0;
            }
            assertThat(Sums.exact(schedule.total())).isEqualByComparingTo(rows);
            scheduled.merge(schedule.currency().getCurrencyCode(), rows, BigDecimal::add);
          }
          int paidRows = 0;
          Map<String, BigDecimal> paid = new HashMap<>();
          for (CommissionPayment p : s.calculator.payments()) {
            BigDecimal rows = BigDecimal.ZERO;
            for (CommissionMonth m : p.rows()) {
              rows = rows.add(Sums.exact(m.amount()));
            }
            paidRows += p.rows().size();
            assertThat(Sums.exact(p.amount())).isEqualByComparingTo(rows);
            paid.merge(p.currency().getCurrencyCode(), rows, BigDecimal::add);
          }
          assertThat(paidRows).isEqualTo(accruedRows);
          assertThat(paid.keySet()).isSubsetOf(scheduled.keySet());
          scheduled.forEach((code, sum) ->
              assertThat(paid.getOrDefault(code, BigDecimal.ZERO)).isEqualByComparingTo(sum));

          CommissionStatement statement = s.calculator.statementOn(FIRST.plusDays(day));
          assertThat(statement.pastPayments().size() + statement.upcomingPayments().size())
              .isEqualTo(s.calculator.payments().size());
          scheduled.forEach((code, sum) -> {
            BigDecimal past = Optional.ofNullable(statement.pastTotals().get(code)).map(Sums::exact).orElse(BigDecimal.ZERO);
            BigDecimal upcoming = Optional.ofNullable(statement.upcomingTotals().get(code)).map(Sums::exact)
                .orElse(BigDecimal.ZERO);
            assertThat(past.add(upcoming)).isEqualByComparingTo(sum);
          });
        });
  }
}
