package dev.partnerpoints.dashboard;

import static dev.partnerpoints.dashboard.Fixtures.OTHER;
import static dev.partnerpoints.dashboard.Fixtures.P;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.Ordering;
import dev.partnerpoints.commission.CommissionMonth;
import dev.partnerpoints.commission.CommissionPayment;
import dev.partnerpoints.commission.CommissionSchedule;
import dev.partnerpoints.commission.CommissionStatement;
import dev.partnerpoints.commission.PartnerLevels;
import dev.partnerpoints.internal.Sums;
import dev.partnerpoints.ledger.Client;
import dev.partnerpoints.ledger.ClientId;
import dev.partnerpoints.ledger.ClientMrr;
import dev.partnerpoints.ledger.ClientPoints;
import dev.partnerpoints.ledger.Deal;
import dev.partnerpoints.ledger.DealId;
import dev.partnerpoints.ledger.DealKind;
import dev.partnerpoints.ledger.DealOrigin;
import dev.partnerpoints.ledger.DealStatus;
import dev.partnerpoints.ledger.ManagementPeriod;
import dev.partnerpoints.ledger.PointLedger;
import dev.partnerpoints.ledger.ProductLine;
import dev.partnerpoints.metrics.ClientRetentionRow;
import dev.partnerpoints.metrics.DealsFigure;
import dev.partnerpoints.metrics.MonthRetention;
import dev.partnerpoints.metrics.SharedSales;
import dev.partnerpoints.metrics.SourcedDealRow;
import dev.partnerpoints.money.Points;
import dev.partnerpoints.program.CountryCode;
import dev.partnerpoints.program.DealType;
import dev.partnerpoints.program.ProgramRules;
import dev.partnerpoints.renewal.Renewal;
import dev.partnerpoints.renewal.UpcomingRenewal;
import dev.partnerpoints.tier.PartnerAccount;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/** Properties of whole dashboards over random ledgers: figures add up, rows keep a stable order. */
class DashboardPropertiesTest {

  private static final String[][] MARKETS = {{"US", "USD"}, {"DE", "EUR"}, {"BR", "USD"}, {"GB", "GBP"}};
  private static final DealKind[] KINDS = DealKind.values();
  private static final LocalDate FIRST = LocalDate.of(2022, 8, 1);

  /** The inputs of a random dashboard, which can be fed to a builder in any order. */
  static final class Inputs {
    final List<Client> clients = new ArrayList<>();
    final List<Deal> deals = new ArrayList<>();
    final List<ManagementPeriod> periods = new ArrayList<>();
    final List<ClientMrr> mrr = new ArrayList<>();
    final List<Renewal> renewals = new ArrayList<>();
    final LocalDate date;

    Inputs(long seed, int clientCount, int dealCount) {
      Random r = new Random(seed);
      for (int i = 0; i < clientCount; i++) {
        String[] m = MARKETS[r.nextInt(MARKETS.length)];
        Client c = Client.builder().id(ClientId.of("c" + i)).country(CountryCode.of(m[0]))
            .currency(Monetary.getCurrency(m[1])).toolUsage(BigDecimal.valueOf(r.nextInt(6))).build();
        clients.add(c);
        LocalDate from = date(r);
        for (int k = 0; k < 3; k++) {
          mrr.add(ClientMrr.of(c.id(), from, Money.of(BigDecimal.valueOf(r.nextInt(4) == 0 ? 0 : r.nextInt(90_000), 1), c.currency())));
          from = from.plusDays(1 + r.nextInt(300));
        }
        if (r.nextBoolean()) {
          LocalDate start = date(r);
          periods.add(ManagementPeriod.builder().clientId(c.id()).partner(P).from(start)
              .until(r.nextBoolean() ? Optional.of(start.plusDays(1 + r.nextInt(700))) : Optional.empty()).build());
        }
        if (r.nextBoolean()) {
          periods.add(ManagementPeriod.builder().clientId(c.id()).partner(OTHER).from(date(r)).build());
        }
        renewals.add(Renewal.builder().clientId(c.id()).renewalDate(date(r)).addProducts(ProductLine.of("Hub"))
            .currentMrr(Money.of(r.nextInt(5000), c.currency())).renewalMrr(Money.of(r.nextInt(5000), c.currency()))
            .build());
      }
      for (int i = 0; i < dealCount; i++) {
        Client c = clients.get(r.nextInt(clients.size()));
        DealKind kind = KINDS[r.nextInt(KINDS.length)];
        BigDecimal amount = BigDecimal.valueOf(1 + r.nextInt(300_000), 2);
        LocalDate close = date(r);
        Deal.Builder deal = Deal.builder().id(DealId.of(String.format("d%02d", i))).clientId(c.id()).closeDate(close)
            .kind(kind).dealType(r.nextBoolean() ? DealType.SOURCED : DealType.ASSISTED)
            .productLine(ProductLine.of("Hub " + r.nextInt(2)))
            .mrrChange(Money.of(kind.isReduction() ? amount.negate() : amount, c.currency()))
            .status(DealStatus.values()[r.nextInt(3)])
            .origin(r.nextBoolean() ? DealOrigin.PARTNER : DealOrigin.VENDOR)
            .createdOn(close.minusDays(r.nextInt(60)));
        if (!kind.isReduction()) {
          deal.partner(r.nextInt(5) == 0 ? OTHER : P);
        }
        deals.add(deal.build());
      }
      date = date(r);
    }

    private static LocalDate date(Random r) {
      return FIRST.plusDays(r.nextInt(1300));
    }

    PartnerDashboard build(Random order) {
      List<Client> cs = shuffled(clients, order);
      List<Deal> ds = shuffled(deals, order);
      List<ManagementPeriod> ps = shuffled(periods, order);
      List<ClientMrr> ms = shuffled(mrr, order);
      PointLedger ledger = PointLedger.builder(ProgramRules.builtIn(), P)
          .addClients(cs).addDeals(ds).addManagementPeriods(ps).addClientMrr(ms).build();
      return DashboardBuilder.of(ledger, PartnerAccount.alwaysCertified())
          .partnerLevels(PartnerLevels.convertedToProviderOn(LocalDate.of(2025, 1, 15)))
          .addRenewals(shuffled(renewals, order))
          .options(DashboardOptions.defaults().withRenewalHorizon(Period.ofDays(400)))
          .build(date, date.minusDays(45), date);
    }

    private static <T> List<T> shuffled(List<T> list, Random order) {
      List<T> copy = new ArrayList<>(list);
      Collections.shuffle(copy, order);
      return copy;
    }
  }

  @Test
  void everyFigureEqualsTheSumOfItsRows() {
    qt().withExamples(40).forAll(longs().all(), integers().between(1, 5), integers().between(0, 10))
        .checkAssert((seed, clients, deals) -> {
          PartnerDashboard dashboard = new Inputs(seed, clients, deals).build(new Random(seed));
          ProgramProgress progress = dashboard.progress();

          // total points: rows add up to the partner's total on the date
          assertThat(points(progress.totalPoints().rows())).isEqualTo(dashboard.tierStatus().points().totalPoints());
          // sourced MRR and dollar value
          assertThat(sum(progress.sourcedMrr().rows().stream().map(SourcedDealRow::mrrUsd)))
              .isEqualByComparingTo(Sums.exact(progress.sourcedMrrUsd()));
          assertThat(sum(progress.sourcedMrr().rows().stream().map(SourcedDealRow::dollarValueUsd)))
              .isEqualByComparingTo(Sums.exact(progress.sourcedDollarValueUsd()));
          assertThat(Sums.exact(progress.sourcedDollarValueUsd()))
              .isEqualByComparingTo(Sums.exact(progress.sourcedMrrUsd()).multiply(BigDecimal.valueOf(12)));
          // C$R months: start and cancelled MRR
          for (MonthRetention m : progress.retention().months()) {
            assertThat(sum(m.rows().stream().map(ClientRetentionRow::mrrAtStartUsd)))
                .isEqualByComparingTo(Sums.exact(m.startMrrUsd()));
            assertThat(sum(m.rows().stream().filter(ClientRetentionRow::cancelled).map(ClientRetentionRow::mrrAtStartUsd)))
                .isEqualByComparingTo(Sums.exact(m.cancelledMrrUsd()));
          }
          // shared sales and renewals, per currency
          SharedSales sales = dashboard.sharedSales();
          for (DealsFigure f : List.of(sales.vendorCreated(), sales.openShared(), sales.closedVendor())) {
            assertThat(norm(f.mrrChangeByCurrency())).isEqualTo(byCurrency(f.rows().stream().map(Deal::mrrChange).iterator()));
            assertThat(f.count()).isEqualTo(f.rows().size());
          }
          assertThat(norm(dashboard.renewals().mrrChangeByCurrency()))
              .isEqualTo(byCurrency(dashboard.renewals().rows().stream().map(UpcomingRenewal::mrrChange).iterator()));
          // commission: statement totals are the payments, payments are their rows
          CommissionStatement c = dashboard.commission();
          List<CommissionPayment> all = new ArrayList<>(c.pastPayments());
          all.addAll(c.upcomingPayments());
          for (CommissionPayment p : all) {
            assertThat(sum(p.rows().stream().map(CommissionMonth::amount))).isEqualByComparingTo(Sums.exact(p.amount()));
          }
          assertThat(norm(c.pastTotals())).isEqualTo(byCurrency(c.pastPayments().stream().map(CommissionPayment::amount).iterator()));
          assertThat(byCurrency(all.stream().map(CommissionPayment::amount).iterator())).isEqualTo(
              byCurrency(c.schedules().stream().map(CommissionSchedule::total).filter(t -> !t.isZero()).iterator()));
        });
  }

  @Test
  void rowsKeepAStableOrderWhateverTheInputOrder() {
    qt().withExamples(30).forAll(longs().all(), integers().between(1, 5), integers().between(0, 10))
        .checkAssert((seed, clients, deals) -> {
          Inputs inputs = new Inputs(seed, clients, deals);
          PartnerDashboard one = inputs.build(new Random(seed));
          PartnerDashboard other = inputs.build(new Random(~seed));
          assertThat(one).isEqualTo(other);
          assertThat(one.toString()).isEqualTo(other.toString());

          assertThat(Ordering.natural().isStrictlyOrdered(one.progress().totalPoints().clients())).isTrue();
          assertThat(Ordering.from(Comparator.comparing(SourcedDealRow::closeDate).thenComparing(SourcedDealRow::dealId))
              .isStrictlyOrdered(one.progress().sourcedMrr().rows())).isTrue();
          assertThat(Ordering.from(Comparator.comparingLong(UpcomingRenewal::daysToRenewal)
              .thenComparing(UpcomingRenewal::clientId)).isOrdered(one.renewals().rows())).isTrue();
          assertThat(Ordering.from(Comparator.comparing(Deal::closeDate).thenComparing(Deal::id))
              .isStrictlyOrdered(one.sharedSales().closedVendor().rows())).isTrue();
          for (CommissionPayment p : one.commission().upcomingPayments()) {
            assertThat(Ordering.from(Comparator.comparing(CommissionMonth::clientId).thenComparing(CommissionMonth::dealId)
                .thenComparing(CommissionMonth::month)).isStrictlyOrdered(p.rows())).isTrue();
          }
        });
  }

  private static Points points(List<ClientPoints> rows) {
    return Points.total(rows.stream().map(ClientPoints::points).collect(Collectors.toList()));
  }

  private static BigDecimal sum(Stream<MonetaryAmount> amounts) {
    return amounts.map(Sums::exact).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** An independent per-currency sum, compared by value. */
  private static Map<String, BigDecimal> byCurrency(Iterator<MonetaryAmount> amounts) {
    Map<String, BigDecimal> result = new HashMap<>();
    amounts.forEachRemaining(a -> result.merge(a.getCurrency().getCurrencyCode(), Sums.exact(a), BigDecimal::add));
    result.replaceAll((code, sum) -> sum.stripTrailingZeros());
    return result;
  }

  private static Map<String, BigDecimal> norm(Map<String, MonetaryAmount> totals) {
    Map<String, BigDecimal> result = new HashMap<>();
    totals.forEach((code, sum) -> result.put(code, Sums.exact(sum).stripTrailingZeros()));
    return result;
  }
}
