package dev.partnerpoints.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.ImmutableList;
import dev.partnerpoints.commission.ClientRevenue;
import dev.partnerpoints.commission.PartnerLevels;
import dev.partnerpoints.commission.RevenueSeries;
import dev.partnerpoints.io.LedgerCsv;
import dev.partnerpoints.ledger.Client;
import dev.partnerpoints.ledger.PointLedger;
import dev.partnerpoints.program.ProgramRules;
import dev.partnerpoints.renewal.Renewal;
import dev.partnerpoints.tier.Certification;
import dev.partnerpoints.tier.PartnerAccount;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** {@code LedgerCsv}: a file written from a random portfolio is read back equal, part by part. */
class LedgerCsvRoundTripTest {

  private static final ProgramRules RULES = ProgramRules.builtIn();

  /** A random portfolio with a random account, partner level, revenue and renewals around it. */
  private static Gen<LedgerCsv.LedgerFile> files() {
    return RandomPortfolios.portfolios(12, 60).zip(longs().all(),
        (portfolio, seed) -> fileAround(portfolio.ledger(RULES), new SplittableRandom(seed)));
  }

  private static LedgerCsv.LedgerFile fileAround(PointLedger ledger, SplittableRandom random) {
    PartnerAccount.Builder account = PartnerAccount.builder();
    LocalDate start = LocalDate.of(2022, 7, 18).plusDays(random.nextInt(400));
    account.addCertifications(random.nextBoolean() ? Certification.of(start, Optional.empty())
        : Certification.of(start, Optional.of(start.plusDays(1 + random.nextInt(900)))));
    for (int i = random.nextInt(3); i > 0; i--) {
      account.putMedianToolUsage(start.plusMonths(i * 7L), BigDecimal.valueOf(random.nextInt(100), random.nextInt(3)));
    }
    PartnerLevels levels = switch (random.nextInt(3)) {
      case 0 -> PartnerLevels.alwaysPartner();
      case 1 -> PartnerLevels.alwaysProvider();
      default -> PartnerLevels.convertedToProviderOn(start.plusDays(random.nextInt(1000)));
    };
    List<ClientRevenue> revenue = new ArrayList<>();
    List<Renewal> renewals = new ArrayList<>();
    for (Client c : ledger.clients().values()) {
      YearMonth month = YearMonth.of(2024, 1 + random.nextInt(12));
      for (int i = random.nextInt(3); i > 0; i--) {
        revenue.add(ClientRevenue.of(c.id(), month, c.subscriptions().get(0).mrr()));
        month = month.plusMonths(1 + random.nextInt(4));
      }
      if (random.nextInt(3) == 0) {
        renewals.add(Renewal.builder().clientId(c.id()).renewalDate(start.plusDays(random.nextInt(900)))
            .addProducts(c.subscriptions().get(0).productLine())
            .currentMrr(c.subscriptions().get(0).mrr()).renewalMrr(c.subscriptions().get(0).mrr().multiply(2))
            .lastActiveEmployee(random.nextBoolean() ? Optional.of("Ana, \"the\" Souza") : Optional.empty())
            .renewalManager(random.nextBoolean() ? Optional.of(" Jo Lee ") : Optional.empty())
            .build());
      }
    }
    Optional<RevenueSeries> series = revenue.isEmpty() ? Optional.empty() : Optional.of(RevenueSeries.of(
        revenue.stream().sorted(Comparator.comparing(ClientRevenue::clientId).thenComparing(ClientRevenue::month))
            .collect(ImmutableList.toImmutableList())));
    return LedgerCsv.LedgerFile.of(ledger, account.build(), levels, series, renewals);
  }

  @Test
  void writeThenReadIsEqual() {
    qt().withExamples(150).forAll(files()).checkAssert(file -> {
      String text = LedgerCsv.toCsv(file);
      LedgerCsv.LedgerFile back = LedgerCsv.read(new StringReader(text), "random.csv", RULES);
      assertThat(back.ledger().partner()).isEqualTo(file.ledger().partner());
      assertThat(back.ledger().clients()).isEqualTo(file.ledger().clients());
      assertThat(back.ledger().deals()).isEqualTo(file.ledger().deals());
      assertThat(back.ledger().managementPeriods()).isEqualTo(file.ledger().managementPeriods());
      assertThat(back.ledger().clientMrrHistory()).isEqualTo(file.ledger().clientMrrHistory());
      assertThat(back.account()).isEqualTo(file.account());
      assertThat(back.partnerLevels()).isEqualTo(file.partnerLevels());
      assertThat(back.revenue()).isEqualTo(file.revenue());
      assertThat(back.renewals()).isEqualTo(file.renewals());
      // and the ledger built from the file answers the same
      LocalDate on = LocalDate.of(2025, 10, 1);
      assertThat(back.ledger().pointsOn(on)).isEqualTo(file.ledger().pointsOn(on));
      assertThat(LedgerCsv.toCsv(back)).isEqualTo(text);
    });
  }
}
