package com.example.consumer;

import dev.partnerpoints.calculator.EstimateRequest;
import dev.partnerpoints.calculator.PointsCalculator;
import dev.partnerpoints.money.Points;
import dev.partnerpoints.program.CountryCode;
import dev.partnerpoints.program.DealType;
import dev.partnerpoints.program.ProgramRules;
import java.time.Clock;
import javax.money.MonetaryAmount;

/** A downstream service's own code that uses partner-points: quotes the points of a proposed sale. */
public final class CommissionDesk {
  private final PointsCalculator calculator;

  public CommissionDesk(Clock clock) {
    this.calculator = PointsCalculator.of(ProgramRules.builtIn(), clock);
  }

  /** Points a sourced sale would earn today, including a managed share when the partner manages it alone. */
  public Points quote(MonetaryAmount mrr, String country, boolean manage) {
    return calculator.estimate(EstimateRequest.builder()
        .soldMrr(mrr)
        .country(CountryCode.of(country))
        .dealType(DealType.SOURCED)
        .alsoManages(manage)
        .build()).totalPoints();
  }
}
