package dev.partnerpoints.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import dev.partnerpoints.commission.PartnerLevels;
import dev.partnerpoints.ledger.ClientId;
import dev.partnerpoints.ledger.ProductLine;
import dev.partnerpoints.program.ProgramRules;
import dev.partnerpoints.renewal.Renewal;
import dev.partnerpoints.tier.Certification;
import dev.partnerpoints.tier.PartnerAccount;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/** {@code LedgerCsv.write}: what it writes is read back equal. */
class LedgerCsvWriteTest {

  private static final ProgramRules RULES = ProgramRules.builtIn();

  private static LedgerCsv.LedgerFile read(String text) {
    return LedgerCsv.read(new StringReader(text), "test.csv", RULES);
  }

  /** Every part of a file, compared field by field. */
  static void assertSameFile(LedgerCsv.LedgerFile actual, LedgerCsv.LedgerFile expected) {
    assertThat(actual.ledger().partner()).isEqualTo(expected.ledger().partner());
    assertThat(actual.ledger().clients()).isEqualTo(expected.ledger().clients());
    assertThat(actual.ledger().deals()).isEqualTo(expected.ledger().deals());
    assertThat(actual.ledger().managementPeriods()).isEqualTo(expected.ledger().managementPeriods());
    assertThat(actual.ledger().clientMrrHistory()).isEqualTo(expected.ledger().clientMrrHistory());
    assertThat(actual.account()).isEqualTo(expected.account());
    assertThat(actual.partnerLevels()).isEqualTo(expected.partnerLevels());
    assertThat(actual.revenue()).isEqualTo(expected.revenue());
    assertThat(actual.renewals()).isEqualTo(expected.renewals());
  }

  @Test
  void theShowcaseLedgerIsWrittenAndReadBackEqual() {
    LedgerCsv.LedgerFile showcase = LedgerCsv.read(Path.of("..", "examples", "showcase-ledger.csv"), RULES);
    String written = LedgerCsv.toCsv(showcase);
    LedgerCsv.LedgerFile back = read(written);

    assertSameFile(back, showcase);
    assertThat(LedgerCsv.toCsv(back)).isEqualTo(written);
    assertThat(back.ledger().pointsOn(LocalDate.of(2025, 10, 1)))
        .isEqualTo(showcase.ledger().pointsOn(LocalDate.of(2025, 10, 1)));
  }

  @Test
  void everyRecordTypeAndOptionalFieldSurvives() throws IOException {
    String text = String.join("\n",
        "partner,partner-1",
        "client,acme,\"Acme, \"\"the\"\" Ltda\",BR,EUR,3.5",
        "client,bolt,\" Bolt \",US,USD",
        "client,coda,#coda,GB,GBP,0.10",
        "subscription,acme,Marketing Hub,PROFESSIONAL,1000.00",
        "deal,d1,acme,2025-08-01,NEW_CLIENT,SOURCED,Marketing Hub,1000.00",
        "deal,d2,bolt,2025-11-30,CROSS_SELL,ASSISTED,Sales Hub,400,,,OPEN,VENDOR,2025-09-15",
        "deal,d3,bolt,2025-12-01,DOWNGRADE,ASSISTED,Sales Hub,-100",
        "deal,\"d,4\",coda,2025-10-15,UPSELL,SOURCED,Service Hub,45.5,partner-2,2023-05-01,CLOSED_LOST,PARTNER",
        "manage,acme,partner-1,2025-08-01,2026-01-01",
        "manage,acme,partner-2,2025-09-01",
        "mrr,acme,2025-08-01,1000",
        "certification,2024-01-01,2025-01-01",
        "certification,2025-01-01",
        "tool-usage,2025-01-01,3.20",
        "partner-level,PROVIDER,2025-11-01",
        "revenue,acme,2025-08,1000.00",
        "revenue,bolt,2025-09,12",
        "renewal,acme,2025-11-01,Marketing Hub;Sales Hub,1000,1200,Ana Souza,\"Lee, Jo\"",
        "renewal,bolt,2026-01-01,Sales Hub,400,400");
    LedgerCsv.LedgerFile original = read(text);
    StringWriter out = new StringWriter();
    LedgerCsv.write(original, out);

    assertSameFile(read(out.toString()), original);
    assertThat(out.toString())
        .startsWith("# partner-points ledger v1\npartner,partner-1\n")
        .contains("client,acme,\"Acme, \"\"the\"\" Ltda\",BR,EUR,3.5\n")
        .contains("client,bolt,\" Bolt \",US,USD\n")
        .contains("client,coda,\"#coda\",GB,GBP,0.10\n")
        .contains("deal,d2,bolt,2025-11-30,CROSS_SELL,ASSISTED,Sales Hub,400,partner-1,,OPEN,VENDOR,2025-09-15\n")
        .contains("deal,d3,bolt,2025-12-01,DOWNGRADE,ASSISTED,Sales Hub,-100,,,CLOSED_WON,VENDOR\n")
        .contains("partner-level,PROVIDER,2025-11-01\n")
        .contains("renewal,acme,2025-11-01,Marketing Hub;Sales Hub,1000,1200,Ana Souza,\"Lee, Jo\"\n");
  }

  @Test
  void alwaysProviderAndNoRevenueRoundTrip() {
    LedgerCsv.LedgerFile provider = read("partner,p\npartner-level,provider\n");
    assertThat(provider.partnerLevels()).isEqualTo(PartnerLevels.alwaysProvider());
    LedgerCsv.LedgerFile back = read(LedgerCsv.toCsv(provider));
    assertSameFile(back, provider);
    assertThat(back.revenue()).isEmpty();
    assertThat(LedgerCsv.toCsv(read("partner,p\n"))).isEqualTo("# partner-points ledger v1\npartner,p\n");
  }

  @Test
  void valuesTheFormatCannotHoldAreRejectedAndNothingIsWritten() {
    LedgerCsv.LedgerFile base = read("partner,p\nclient,acme,Acme,US,USD\n");
    Renewal semicolon = Renewal.builder().clientId(ClientId.of("acme")).renewalDate(LocalDate.of(2026, 1, 1))
        .addProducts(ProductLine.of("A;B")).currentMrr(Money.of(1, "USD")).renewalMrr(Money.of(1, "USD")).build();
    LedgerCsv.LedgerFile withSemicolon = LedgerCsv.LedgerFile.of(base.ledger(), base.account(), base.partnerLevels(),
        Optional.empty(), ImmutableList.of(semicolon));
    StringWriter out = new StringWriter();
    assertThatThrownBy(() -> LedgerCsv.write(withSemicolon, out))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("product line 'A;B' of the renewal of client 'acme' on 2026-01-01 contains ';'");
    assertThat(out.toString()).isEmpty();

    // a date the format's YYYY-MM-DD cannot hold: LocalDate.MIN of alwaysCertified(), a year past 9999
    LedgerCsv.LedgerFile always = LedgerCsv.LedgerFile.of(base.ledger(), PartnerAccount.alwaysCertified(),
        base.partnerLevels(), Optional.empty(), ImmutableList.of());
    assertThatThrownBy(() -> LedgerCsv.write(always, out))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("certification valid from -999999999-01-01 cannot be written: a ledger file holds dates of the "
            + "years 0000 to 9999 (YYYY-MM-DD)");
    LedgerCsv.LedgerFile farFuture = LedgerCsv.LedgerFile.of(base.ledger(), PartnerAccount.builder()
        .addCertifications(Certification.of(LocalDate.of(2024, 1, 1), Optional.of(LocalDate.of(10_000, 1, 1))))
        .build(), base.partnerLevels(), Optional.empty(), ImmutableList.of());
    assertThatThrownBy(() -> LedgerCsv.toCsv(farFuture))
        .hasMessageStartingWith("certification valid until +10000-01-01 cannot be written");
    assertThat(out.toString()).isEmpty();
    // the edges of the range are written and read back
    LedgerCsv.LedgerFile edges = LedgerCsv.LedgerFile.of(base.ledger(), PartnerAccount.builder()
        .addCertifications(Certification.of(LocalDate.of(0, 1, 1), Optional.of(LocalDate.of(9999, 12, 31))))
        .build(), base.partnerLevels(), Optional.empty(), ImmutableList.of());
    assertSameFile(read(LedgerCsv.toCsv(edges)), edges);
  }

  @Test
  void quotedFieldsMayHoldLineBreaksAndErrorsNameTheLineWhereTheRecordStarts() {
    LedgerCsv.LedgerFile file = read("partner,p\nclient,acme,\"Acme\nLtda\",US,USD\n"
        + "renewal,acme,2026-01-01,Hub,1,1,\"Ana\r\nSouza\"\n");
    assertThat(file.ledger().clients().get(ClientId.of("acme")).name()).isEqualTo("Acme\nLtda");
    assertThat(file.renewals().get(0).lastActiveEmployee()).hasValue("Ana\r\nSouza");
    String written = LedgerCsv.toCsv(file);
    assertThat(written).contains("client,acme,\"Acme\nLtda\",US,USD\n");
    assertSameFile(read(written), file);

    assertThatThrownBy(() -> read("partner,p\nclient,acme,\"Acme\nLtda\",US,USD\nclient,bolt,Bolt,ZZ,USD\n"))
        .isInstanceOf(LedgerFileException.class)
        .hasMessage("test.csv line 4: country code 'ZZ' is not an ISO 3166-1 alpha-2 country code (two upper-case "
            + "letters such as BR or US)");
    assertThatThrownBy(() -> read("partner,p\nclient,acme,\"Acme\nLtda\",XX,USD\n"))
        .isInstanceOf(LedgerFileException.class)
        .hasMessageStartingWith("test.csv line 2: country code 'XX'");
    assertThatThrownBy(() -> read("partner,p\nclient,acme,\"Acme\n\nLtda,US,USD\n"))
        .isInstanceOf(LedgerFileException.class)
        .hasMessage("test.csv line 2: a quoted field is not closed: its opening double quote has no closing one "
            + "before the end of the file");
  }

  @Test
  void aDuplicateDealIdNamesBothLines() {
    String text = "partner,p\nclient,acme,Acme,US,USD\n"
        + "deal,d1,acme,2025-08-01,NEW_CLIENT,SOURCED,Marketing Hub,10\n"
        + "# a comment\n"
        + "deal,d1,acme,2025-09-01,UPSELL,SOURCED,Marketing Hub,10\n";
    assertThatThrownBy(() -> read(text))
        .isInstanceOf(LedgerFileException.class)
        .hasMessage("test.csv line 5: deal id 'd1' is used twice (first on line 3); every deal needs its own id");
  }
}
