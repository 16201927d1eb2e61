package dev.partnerpoints.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.google.common.collect.ImmutableList;
import dev.partnerpoints.calculator.EstimateRequest;
import dev.partnerpoints.calculator.PointsCalculator;
import dev.partnerpoints.calculator.PointsEstimate;
import dev.partnerpoints.ledger.ClientId;
import dev.partnerpoints.ledger.DealId;
import dev.partnerpoints.ledger.ManagementPeriod;
import dev.partnerpoints.ledger.PartnerId;
import dev.partnerpoints.ledger.PointsSnapshot;
import dev.partnerpoints.money.Points;
import dev.partnerpoints.program.CountryCode;
import dev.partnerpoints.program.ProgramRules;
import dev.partnerpoints.tier.Certification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.FastMoney;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/** The documented JSON shapes, written and read. */
class JsonShapesTest {

  private static String write(Object value) {
    return RoundTrip.write(value);
  }

  private static <T> T read(String json, Class<T> type) {
    return RoundTrip.read(json, type);
  }

  @Test
  void aLibraryRecordsDerivedFiguresAreWrittenAndIgnoredWhenRead() {
    PointsSnapshot snapshot = new PointsSnapshot(LocalDate.of(2025, 10, 1), Points.parse("320.18"),
        Points.parse("90.00"), Points.parse("69.09"), ImmutableList.of(), ImmutableList.of());

    String json = write(snapshot);

    assertThat(json).startsWith("{\"date\":\"2025-10-01\",\"sourcedPoints\":320.18,\"assistedPoints\":90.00,"
        + "\"managedPoints\":69.09,\"activeEntries\":[],\"expiredEntries\":[]")
        .contains("\"soldPoints\":410.18", "\"totalPoints\":479.27");
    assertThat(read(json, PointsSnapshot.class)).isEqualTo(snapshot);
    // derived figures are computed again, never taken from the JSON
    assertThat(read(json.replace("479.27", "1.00"), PointsSnapshot.class).totalPoints())
        .isEqualTo(Points.parse("479.27"));
  }

  @Test
  void pointsAreNumbersWithTwoDecimals() {
    assertThat(write(Points.parse("113.64"))).isEqualTo("113.64");
    assertThat(write(Points.of(129))).isEqualTo("129.00");
    assertThat(write(Points.parse("-0.5"))).isEqualTo("-0.50");
    assertThat(write(Points.of(new BigDecimal("1E+3")))).isEqualTo("1000.00");
    assertThat(write(Points.ofHundredths(1))).isEqualTo("0.01");
  }

  @Test
  void pointsAreReadExactlyFromNumbersAndStrings() {
    assertThat(read("113.64", Points.class)).isEqualTo(Points.parse("113.64"));
    assertThat(read("4.4E+2", Points.class)).isEqualTo(Points.of(440));
    assertThat(read("\"7.1\"", Points.class)).isEqualTo(Points.parse("7.10"));
    assertThat(read("12", Points.class)).isEqualTo(Points.of(12));
    // a double would make this 0.30000000000000004 or round it: read as the exact decimal
    assertThat(read("0.30", Points.class)).isEqualTo(Points.ofHundredths(30));
  }

  @Test
  void pointsWithMoreThanTwoDecimalsAreAnErrorNotARounding() {
    assertThatThrownBy(() -> read("1.234", Points.class)).isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("1.234").hasMessageContaining("at most 2 decimal places");
    assertThatThrownBy(() -> read("\"ten\"", Points.class)).hasMessageContaining("ten");
    assertThatThrownBy(() -> read("true", Points.class)).hasMessageContaining("Points");
  }

  @Test
  void moneyIsAnAmountStringWithTheCurrencysDigitsAndACode() {
    assertThat(write(Money.of(440, "EUR"))).isEqualTo("{\"amount\":\"440.00\",\"currency\":\"EUR\"}");
    assertThat(write(Money.of(new BigDecimal("4.4E+2"), "EUR"))).isEqualTo("{\"amount\":\"440.00\",\"currency\":\"EUR\"}");
    assertThat(write(Money.of(144000, "JPY"))).isEqualTo("{\"amount\":\"144000\",\"currency\":\"JPY\"}");
    assertThat(write(FastMoney.of(12.5, "USD"))).isEqualTo("{\"amount\":\"12.50\",\"currency\":\"USD\"}");
  }

  @Test
  void moneyWithMoreDigitsThanTheCurrencyIsWrittenExactlyNeverRounded() {
    assertThat(write(Money.of(new BigDecimal("0.125"), "USD"))).isEqualTo("{\"amount\":\"0.125\",\"currency\":\"USD\"}");
    assertThat(write(Money.of(new BigDecimal("440.000"), "EUR"))).isEqualTo("{\"amount\":\"440.00\",\"currency\":\"EUR\"}");
    assertThat(write(Money.of(new BigDecimal("0.5"), "JPY"))).isEqualTo("{\"amount\":\"0.5\",\"currency\":\"JPY\"}");
    MonetaryAmount odd = Money.of(new BigDecimal("1234.56789"), "EUR");
    assertThat(read(write(odd), MonetaryAmount.class)).isEqualTo(odd);
  }

  @Test
  void moneyIsReadFromAStringOrANumberAmount() {
    assertThat(read("{\"amount\":\"440.00\",\"currency\":\"EUR\"}", MonetaryAmount.class)).isEqualTo(Money.of(440, "EUR"));
    assertThat(read("{\"currency\":\"EUR\",\"amount\":440.10}", Money.class)).isEqualTo(Money.of(new BigDecimal("440.1"), "EUR"));
    assertThat(read("{\"currency\":\"USD\",\"amount\":1e2}", MonetaryAmount.class)).isEqualTo(Money.of(100, "USD"));
  }

  @Test
  void badMoneyNamesWhatIsWrong() {
    assertThatThrownBy(() -> read("{\"amount\":\"440.00\"}", MonetaryAmount.class))
        .hasMessageContaining("currency was missing");
    assertThatThrownBy(() -> read("{\"currency\":\"EUR\"}", MonetaryAmount.class))
        .hasMessageContaining("amount was missing");
    assertThatThrownBy(() -> read("{\"amount\":\"1\",\"currency\":\"XYZ\"}", MonetaryAmount.class))
        .hasMessageContaining("'XYZ' is not an ISO 4217 currency code");
    assertThatThrownBy(() -> read("{\"amount\":\"lots\",\"currency\":\"EUR\"}", MonetaryAmount.class))
        .hasMessageContaining("lots");
    assertThatThrownBy(() -> read("{\"amount\":\"1\",\"currency\":\"EUR\",\"cents\":3}", MonetaryAmount.class))
        .hasMessageContaining("unknown field 'cents'");
    assertThatThrownBy(() -> read("440", MonetaryAmount.class)).hasMessageContaining("MonetaryAmount");
  }

  @Test
  void currenciesDatesMonthsAndIdsAreStrings() {
    assertThat(write(Monetary.getCurrency("EUR"))).isEqualTo("\"EUR\"");
    assertThat(read("\"GBP\"", CurrencyUnit.class)).isEqualTo(Monetary.getCurrency("GBP"));
    assertThat(write(LocalDate.of(2025, 8, 1))).isEqualTo("\"2025-08-01\"");
    assertThat(read("\"2025-08-01\"", LocalDate.class)).isEqualTo(LocalDate.of(2025, 8, 1));
    assertThat(write(YearMonth.of(2025, 8))).isEqualTo("\"2025-08\"");
    assertThat(read("\"2025-08\"", YearMonth.class)).isEqualTo(YearMonth.of(2025, 8));
    assertThat(write(ClientId.of("acme"))).isEqualTo("\"acme\"");
    assertThat(read("\"acme\"", ClientId.class)).isEqualTo(ClientId.of("acme"));
    assertThat(read("\"partner-1\"", PartnerId.class)).isEqualTo(PartnerId.of("partner-1"));
    assertThat(write(DealId.of("D-1"))).isEqualTo("\"D-1\"");
    assertThat(read("\"D-1\"", DealId.class)).isEqualTo(DealId.of("D-1"));
    assertThat(write(CountryCode.of("BR"))).isEqualTo("\"BR\"");
    assertThat(read("\"BR\"", CountryCode.class)).isEqualTo(CountryCode.of("BR"));
  }

  @Test
  void badScalarsNameTheValue() {
    assertThatThrownBy(() -> read("\"2025-13-01\"", LocalDate.class)).hasMessageContaining("'2025-13-01' is not an ISO date");
    assertThatThrownBy(() -> read("\"August\"", YearMonth.class)).hasMessageContaining("'August' is not an ISO month");
    assertThatThrownBy(() -> read("\" \"", ClientId.class)).hasMessageContaining("client id must not be blank");
    assertThatThrownBy(() -> read("\"\"", DealId.class)).hasMessageContaining("deal id must not be blank");
    assertThatThrownBy(() -> read("\"EURO\"", CurrencyUnit.class)).hasMessageContaining("'EURO'");
    assertThatThrownBy(() -> read("20250801", LocalDate.class)).hasMessageContaining("LocalDate");
    assertThatThrownBy(() -> read("7", ClientId.class)).hasMessageContaining("ClientId");
  }

  @Test
  void mapKeysAreTheSameStrings() {
    Map<ClientId, Map<LocalDate, Map<YearMonth, Map<CurrencyUnit, Points>>>> nested = Map.of(ClientId.of("acme"),
        Map.of(LocalDate.of(2025, 8, 1), Map.of(YearMonth.of(2025, 8), Map.of(Monetary.getCurrency("EUR"), Points.of(3)))));
    String json = write(nested);
    assertThat(json).isEqualTo("{\"acme\":{\"2025-08-01\":{\"2025-08\":{\"EUR\":3.00}}}}");
    Map<ClientId, Map<LocalDate, Map<YearMonth, Map<CurrencyUnit, Points>>>> back;
    try {
      back = RoundTrip.MAPPER.readValue(json, new TypeReference<>() {});
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(back).isEqualTo(nested);
    assertThatThrownBy(() -> RoundTrip.MAPPER.readValue("{\"2025-8-1\":1}", new TypeReference<Map<LocalDate, Integer>>() {}))
        .hasMessageContaining("'2025-8-1' is not an ISO date");
  }

  @Test
  void badMapKeysAndTokensNameTheValue() {
    assertThatThrownBy(() -> RoundTrip.MAPPER.readValue("{\"XYZ\":1}", new TypeReference<Map<CurrencyUnit, Integer>>() {}))
        .hasMessageContaining("'XYZ' is not an ISO 4217 currency code");
    assertThatThrownBy(() -> RoundTrip.MAPPER.readValue("{\" \":1}", new TypeReference<Map<ClientId, Integer>>() {}))
        .hasMessageContaining("client id must not be blank");
    assertThatThrownBy(() -> RoundTrip.MAPPER.readValue("{\"2025-13\":1}", new TypeReference<Map<YearMonth, Integer>>() {}))
        .hasMessageContaining("'2025-13' is not an ISO month");
    assertThatThrownBy(() -> read("{\"amount\":true,\"currency\":\"EUR\"}", MonetaryAmount.class))
        .hasMessageContaining("BigDecimal");
    assertThatThrownBy(() -> read("{\"amount\":\"1\",\"currency\":7}", MonetaryAmount.class))
        .hasMessageContaining("CurrencyUnit");
    assertThatThrownBy(() -> read("7", CurrencyUnit.class)).hasMessageContaining("CurrencyUnit");
    assertThatThrownBy(() -> read("7", YearMonth.class)).hasMessageContaining("YearMonth");
  }

  @Test
  void anEstimateIsAnObjectOfItsAttributesInDeclarationOrder() {
    PointsEstimate estimate = PointsCalculator.of(ProgramRules.builtIn(), Clock.systemUTC())
        .estimate(Samples.estimateRequest());
    String json = write(estimate);
    assertThat(json).isEqualTo("{\"soldPoints\":113.64,\"managedPoints\":11.36,\"clientManagedPoints\":22.73,"
        + "\"appliedRule\":{\"date\":\"2025-08-01\",\"rateEraFrom\":\"2024-02-27\",\"soldRateEraFrom\":\"2024-02-27\","
        + "\"dealType\":\"SOURCED\",\"soldRate\":5,\"managedRate\":1,\"growthMarket\":true,\"marketMultiplier\":2,"
        + "\"pointValue\":{\"currency\":\"EUR\",\"localAmountPer100Usd\":88,\"effectiveFrom\":\"2025-07-15\"},"
        + "\"managingPartners\":2},\"totalPoints\":125.00}");
    assertThat(read(json, PointsEstimate.class)).isEqualTo(estimate);
  }

  @Test
  void derivedAttributesAreWrittenAndIgnoredWhenRead() {
    PointsEstimate estimate = PointsCalculator.of(ProgramRules.builtIn(), Clock.systemUTC())
        .estimate(Samples.estimateRequest());
    String json = write(estimate).replace("\"totalPoints\":125.00", "\"totalPoints\":1.00");
    // the total is computed again from the sold and managed points, never taken from the input
    assertThat(read(json, PointsEstimate.class).totalPoints()).isEqualTo(Points.parse("125.00"));
  }

  @Test
  void aRequestIsReadThroughItsBuilderWithItsValidation() {
    String json = write(Samples.estimateRequest());
    assertThat(json).contains("\"soldMrr\":{\"amount\":\"1000.00\",\"currency\":\"EUR\"}", "\"country\":\"BR\"",
        "\"date\":\"2025-08-01\"");
    assertThat(read(json, EstimateRequest.class)).isEqualTo(Samples.estimateRequest());
    assertThatThrownBy(() -> read(json.replace("\"country\":\"BR\",", ""), EstimateRequest.class))
        .hasMessageContaining("country");
    assertThatThrownBy(() -> read(json.replace("\"country\":\"BR\"", "\"country\":\"BR\",\"colour\":\"red\""),
        EstimateRequest.class)).hasMessageContaining("colour");
  }

  @Test
  void theDateRangesAreNotProperties() {
    ManagementPeriod period = ManagementPeriod.builder().clientId(ClientId.of("c-1")).partner(PartnerId.of("p-1"))
        .from(LocalDate.of(2025, 8, 1)).until(LocalDate.of(2026, 1, 1)).build();
    assertThat(period.covers(LocalDate.of(2025, 12, 31))).isTrue(); // its range is made and kept
    assertThat(write(period))
        .isEqualTo("{\"clientId\":\"c-1\",\"partner\":\"p-1\",\"from\":\"2025-08-01\",\"until\":\"2026-01-01\"}");
    assertThat(read(write(period), ManagementPeriod.class)).isEqualTo(period);
    // the roots hold sold entries, managed intervals, certifications, data gaps, commission schedules
    // and payments, all of them queried (their ranges made) by the dashboard before being written
    StringBuilder all = new StringBuilder();
    for (Object root : Samples.roots()) {
      all.append(write(root));
    }
    assertThat(all).contains("\"activeFrom\"", "\"validUntil\"", "\"firstMonth\"", "\"quarterStart\"",
        "\"managingPartners\"");
    assertThat(all).doesNotContain("\"dates\"", "\"activeDates\"", "\"range\"", "\"quarter\"");
  }

  @Test
  void anAbsentOptionalIsNullAndNullReadsAsAbsent() {
    String json = write(Samples.roots().get(0));
    assertThat(json).contains("\"productLineFirstSold\":null");
    Certification certification = Certification.of(LocalDate.of(2024, 1, 1), Optional.empty());
    assertThat(write(certification)).isEqualTo("{\"validFrom\":\"2024-01-01\",\"validUntil\":null}");
    assertThat(read("{\"validFrom\":\"2024-01-01\",\"validUntil\":null}", Certification.class)).isEqualTo(certification);
    assertThat(read("{\"validFrom\":\"2024-01-01\"}", Certification.class)).isEqualTo(certification);
  }

  @Test
  void theShapesDoNotDependOnTheMappersFeatures() {
    ObjectMapper lenient = JsonMapper.builder().addModule(new PartnerPointsModule())
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    try {
      assertThat(lenient.writeValueAsString(Points.of(new BigDecimal("1E+3")))).isEqualTo("1000.00");
      assertThat(lenient.writeValueAsString(LocalDate.of(2025, 8, 1))).isEqualTo("\"2025-08-01\"");
      assertThat(lenient.readValue("0.10", Points.class)).isEqualTo(Points.ofHundredths(10));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
