package dev.partnerpoints.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerpoints.commission.ClientRevenue;
import dev.partnerpoints.commission.CommissionPayment;
import dev.partnerpoints.commission.PartnerLevels;
import dev.partnerpoints.commission.RevenueSeries;
import dev.partnerpoints.ledger.Client;
import dev.partnerpoints.ledger.ClientId;
import dev.partnerpoints.ledger.Deal;
import dev.partnerpoints.ledger.DealId;
import dev.partnerpoints.ledger.DealKind;
import dev.partnerpoints.ledger.PartnerId;
import dev.partnerpoints.ledger.PointLedger;
import dev.partnerpoints.ledger.ProductLine;
import dev.partnerpoints.program.CountryCode;
import dev.partnerpoints.program.DealType;
import dev.partnerpoints.program.ProgramRules;
import dev.partnerpoints.segment.Segment;
import dev.partnerpoints.tier.PartnerAccount;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import javax.money.Monetary;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/** The README's Dashboard snippet, verbatim, with its commented figures checked. */
class ReadmeDashboardTest {

  @Test
  void readmeSnippet() {
    PartnerId me = PartnerId.of("acme-agency");
    ClientId globex = ClientId.of("globex");
    PointLedger ledger = PointLedger.builder(ProgramRules.builtIn(), me)
        .addClient(Client.builder().id(globex).country(CountryCode.of("US"))
            .currency(Monetary.getCurrency("USD")).build())
        .addDeal(Deal.builder().id(DealId.of("D-1")).clientId(globex).closeDate(LocalDate.of(2025, 8, 1))
            .kind(DealKind.NEW_CLIENT).dealType(DealType.SOURCED)
            .productLine(ProductLine.of("Marketing Hub")).mrrChange(Money.of(2000, "USD"))
            .partner(me).build())
        .build();

    PartnerDashboard dashboard = DashboardBuilder.of(ledger, PartnerAccount.alwaysCertified())
        .partnerLevels(PartnerLevels.alwaysPartner())
        .revenue(RevenueSeries.of(List.of(
            ClientRevenue.of(globex, YearMonth.of(2025, 8), Money.of(2000, "USD")),
            ClientRevenue.of(globex, YearMonth.of(2025, 9), Money.of(2000, "USD")))))
        .build(LocalDate.of(2025, 9, 30));            // range: 2025-09-01 .. 2025-09-30

    assertThat(dashboard.progress().sourcedMrrUsd()).hasToString("USD 2000");
    assertThat(dashboard.progress().sourcedDollarValueUsd()).hasToString("USD 24000");
    assertThat(dashboard.progress().pointsToNextTier()).hasToString("Optional[60.00]");
    CommissionPayment q3 = dashboard.commission().upcomingPayments().get(0);
    assertThat(q3.amount()).hasToString("USD 800");
    assertThat(q3.paymentDate()).isEqualTo(LocalDate.of(2025, 11, 14));
    Segment earning = dashboard.commission().toSegment("earning commission");
    assertThat(ledger.breakdown(LocalDate.of(2025, 9, 30), earning.toFilter()))
        .extracting(b -> b.client().id()).containsExactly(globex);
    assertThat(dashboard.from()).isEqualTo(LocalDate.of(2025, 9, 1));

    // the sections snippet, on the same ledger
    DashboardSections sections = DashboardBuilder.of(ledger, PartnerAccount.alwaysCertified())
        .sections(LocalDate.of(2025, 9, 30), LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 30));
    assertThat(sections.progress().sourcedMrrUsd()).hasToString("USD 2000");
    assertThat(sections.toDashboard())
        .isEqualTo(DashboardBuilder.of(ledger, PartnerAccount.alwaysCertified()).build(LocalDate.of(2025, 9, 30)));
  }
  /** The README's "Adding deals to a ledger" snippet, verbatim after the ledger of the one above. */
  @Test
  void readmeAddingDealsSnippet() {
    PartnerId me = PartnerId.of("acme-agency");
    ClientId globex = ClientId.of("globex");
    PointLedger ledger = PointLedger.builder(ProgramRules.builtIn(), me)
        .addClient(Client.builder().id(globex).country(CountryCode.of("US"))
            .currency(Monetary.getCurrency("USD")).build())
        .addDeal(Deal.builder().id(DealId.of("D-1")).clientId(globex).closeDate(LocalDate.of(2025, 8, 1))
            .kind(DealKind.NEW_CLIENT).dealType(DealType.SOURCED)
            .productLine(ProductLine.of("Marketing Hub")).mrrChange(Money.of(2000, "USD"))
            .partner(me).build())
        .build();

    Deal upsell = Deal.builder().id(DealId.of("D-2")).clientId(globex).closeDate(LocalDate.of(2025, 9, 15))
        .kind(DealKind.UPSELL).dealType(DealType.SOURCED)
        .productLine(ProductLine.of("Marketing Hub")).mrrChange(Money.of(500, "USD"))
        .partner(me).build();
    PointLedger updated = ledger.withDeals(List.of(upsell));
    assertThat(updated.pointsOn(LocalDate.of(2025, 9, 30)).soldPoints()).hasToString("125.00");
    assertThat(ledger.pointsOn(LocalDate.of(2025, 9, 30)).soldPoints()).hasToString("100.00");
    assertThatThrownBy(() -> ledger.withDeals(List.of(upsell.withMrrChange(Money.of(500, "EUR")))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("deal D-2 is in EUR but client globex pays in USD");
    assertThat(ledger.deals()).hasSize(1);
  }
}
