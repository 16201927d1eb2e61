package dev.partnerpoints.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerpoints.program.CountryCode;
import dev.partnerpoints.program.DealType;
import dev.partnerpoints.program.ProgramRules;
import dev.partnerpoints.tier.Certification;
import dev.partnerpoints.tier.PartnerAccount;
import dev.partnerpoints.tier.TierEvaluator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import javax.money.Monetary;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/** The README's "Building a ledger" snippet, verbatim, with its commented figures checked. */
class ReadmeLedgerTest {

  @Test
  void readmeSnippet() {
    PartnerId me = PartnerId.of("acme-agency");
    ClientId initech = ClientId.of("initech");
    PointLedger ledger = PointLedger.builder(ProgramRules.builtIn(), me)
        .addClient(Client.builder().id(initech).country(CountryCode.of("DE"))
            .currency(Monetary.getCurrency("EUR")).build())
        .addDeal(Deal.builder().id(DealId.of("D-7")).clientId(initech).closeDate(LocalDate.of(2025, 8, 1))
            .kind(DealKind.NEW_CLIENT).dealType(DealType.SOURCED)
            .productLine(ProductLine.of("Sales Hub")).mrrChange(Money.of(880, "EUR")).partner(me).build())
        // you manage initech from 2025-03-01 with no end; another partner also manages it from 2025-09-01
        .addManagementPeriod(ManagementPeriod.builder().clientId(initech).partner(me)
            .from(LocalDate.of(2025, 3, 1)).build())
        .addManagementPeriod(ManagementPeriod.builder().clientId(initech).partner(PartnerId.of("other"))
            .from(LocalDate.of(2025, 9, 1)).build())
        // the client's MRR in its currency, each row in force until the next one
        .addClientMrr(ClientMrr.of(initech, LocalDate.of(2025, 3, 1), Money.of(750, "EUR")))
        .addClientMrr(ClientMrr.of(initech, LocalDate.of(2025, 8, 1), Money.of(1760, "EUR")))
        .build();
    PartnerAccount account = PartnerAccount.builder()
        .addCertifications(Certification.of(LocalDate.of(2025, 1, 1), Optional.empty()))  // valid, no end
        .putMedianToolUsage(LocalDate.of(2025, 1, 1), new BigDecimal("3.5"))            // from that day on
        .build();

    // 750 EUR / 75 EUR per 100 USD (the 2022 table) x 1, managed alone
    assertThat(ledger.managedOn(LocalDate.of(2025, 5, 1))).hasToString("10.00");
    // 1760 EUR / 88 (the 2025-07-15 table) x 1 = 20.00, shared by two partners from 2025-09-01
    assertThat(ledger.managedOn(LocalDate.of(2025, 9, 30))).hasToString("10.00");
    // D-7: 880 EUR / 88 x 5 (sourced) = 50.00
    assertThat(ledger.pointsOn(LocalDate.of(2025, 9, 30)).sourcedPoints()).hasToString("50.00");
    assertThat(TierEvaluator.of(ledger, account).statusOn(LocalDate.of(2025, 9, 30)).certified()).isTrue();
    assertThat(TierEvaluator.of(ledger, account).medianToolUsageOn(LocalDate.of(2025, 9, 30)))
        .hasValue(new BigDecimal("3.5"));
  }
}
