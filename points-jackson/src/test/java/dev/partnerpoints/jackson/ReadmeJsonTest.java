package dev.partnerpoints.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.partnerpoints.calculator.EstimateRequest;
import dev.partnerpoints.calculator.PointsCalculator;
import dev.partnerpoints.calculator.PointsEstimate;
import dev.partnerpoints.program.CountryCode;
import dev.partnerpoints.program.DealType;
import dev.partnerpoints.program.ProgramRules;
import java.time.Clock;
import java.time.LocalDate;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/** The README's JSON snippet, verbatim, with what it says it prints. */
class ReadmeJsonTest {

  @Test
  void registerTheModule() throws Exception {
    PointsCalculator calculator = PointsCalculator.of(ProgramRules.builtIn(), Clock.systemUTC());
    PointsEstimate estimate = calculator.estimate(EstimateRequest.builder()
        .soldMrr(Money.of(1000, "EUR")).country(CountryCode.of("BR")).dealType(DealType.SOURCED)
        .alsoManages(true).otherManagingPartners(1).date(LocalDate.of(2025, 8, 1))
        .build());

    // README snippet
    ObjectMapper mapper = JsonMapper.builder().addModule(new PartnerPointsModule()).build();
    String json = mapper.writeValueAsString(estimate);
    PointsEstimate back = mapper.readValue(json, PointsEstimate.class);   // equals estimate
    String money = mapper.writeValueAsString(Money.of(440, "EUR"));
    // end of snippet

    assertThat(json).startsWith("{\"soldPoints\":113.64,\"managedPoints\":11.36,").endsWith("\"totalPoints\":125.00}");
    assertThat(back).isEqualTo(estimate);
    assertThat(money).isEqualTo("{\"amount\":\"440.00\",\"currency\":\"EUR\"}");
  }
}
