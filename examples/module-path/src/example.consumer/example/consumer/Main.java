package example.consumer;

import dev.partnerpoints.calculator.EstimateRequest;
import dev.partnerpoints.calculator.PointsCalculator;
import dev.partnerpoints.calculator.PointsEstimate;
import dev.partnerpoints.io.LedgerCsv;
import dev.partnerpoints.ledger.PointLedger;
import dev.partnerpoints.program.CountryCode;
import dev.partnerpoints.program.DealType;
import dev.partnerpoints.program.ProgramRules;
import java.io.StringReader;
import java.time.Clock;
import java.time.LocalDate;
import javax.money.Monetary;
import javax.money.MonetaryAmount;

/** Prints an estimate and a ledger's points, computed by partner-points from a named module. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    PointsCalculator calculator = PointsCalculator.of(ProgramRules.builtIn(), Clock.systemUTC());
    MonetaryAmount mrr = Monetary.getDefaultAmountFactory().setCurrency("EUR").setNumber(1000).create();
    PointsEstimate estimate = calculator.estimate(EstimateRequest.builder().soldMrr(mrr)
        .country(CountryCode.of("BR")).dealType(DealType.SOURCED).alsoManages(true).otherManagingPartners(1)
        .date(LocalDate.of(2025, 8, 1)).build());
    System.out.println("estimate " + estimate.soldPoints() + " " + estimate.managedPoints() + " "
        + estimate.totalPoints());
    PointLedger ledger = LedgerCsv.read(new StringReader("partner,p\nclient,acme,Acme,BR,USD,3\n"
        + "deal,d1,acme,2025-03-10,NEW_CLIENT,SOURCED,Marketing Hub,2500\n"), "ledger.csv", ProgramRules.builtIn())
        .ledger();
    System.out.println("ledger " + ledger.pointsOn(LocalDate.of(2025, 10, 1)).sourcedPoints());
    System.out.println(Main.class.getModule().getName() + " uses " + PointsCalculator.class.getModule().getName());
  }
}
