package dev.partnerpoints.calculator;

import dev.partnerpoints.internal.ResolvedRule;
import dev.partnerpoints.internal.RuleResolver;
import dev.partnerpoints.money.PointValue;
import dev.partnerpoints.money.Points;
import dev.partnerpoints.program.ProgramRules;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * The dashboard's points calculator and its currency tab.
 *
 * <p>Points are earned per 100 USD of MRR after converting the client's currency with the program's
 * point-value table (not market rates): {@code points = MRR / (local amount worth 100 USD) x rate x
 * market multiplier}. Each figure is computed exactly and rounded once to hundredths of a point,
 * HALF_EVEN; managed points are this partner's even share {@code managed / (1 + other partners)},
 * rounded once. Money values are rounded once to the currency's default fraction digits, HALF_EVEN.
 *
 * <pre>{@code
 * PointsCalculator calculator = PointsCalculator.of(ProgramRules.builtIn(), Clock.systemUTC());
 * PointsEstimate estimate = calculator.estimate(EstimateRequest.builder()
 *     .soldMrr(Money.of(1000, "EUR"))
 *     .country(CountryCode.of("BR"))
 *     .dealType(DealType.SOURCED)
 *     .alsoManages(true)
 *     .date(LocalDate.of(2025, 8, 1))
 *     .build());
 * estimate.soldPoints();    // 113.64 = 1000 / 88 x 5 x 2
 * estimate.managedPoints(); // 22.73  = 1000 / 88 x 1 x 2
 * estimate.totalPoints();   // 136.37
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PointsCalculator {

  private final ProgramRules rules;
  private final Clock clock;
  private final RuleResolver resolver;

  private PointsCalculator(ProgramRules rules, Clock clock) {
    this.rules = rules;
    this.clock = clock;
    this.resolver = RuleResolver.of(rules);
  }

  /**
   * Creates a calculator.
   *
   * @param rules the program rules, not null
   * @param clock the clock that gives today's date to requests without a date, not null
   * @return the calculator, never null
   */
  public static PointsCalculator of(ProgramRules rules, Clock clock) {
    return new PointsCalculator(Objects.requireNonNull(rules, "rules"), Objects.requireNonNull(clock, "clock"));
  }

  /**
   * Returns the rules this calculator applies.
   *
   * @return the rules, never null
   */
  public ProgramRules rules() {
    return rules;
  }

  /**
   * Estimates the points of a sale: the calculator tab.
   *
   * @param request the inputs, not null
   * @return sold, managed and total points with the rule applied, never null
   * @throws dev.partnerpoints.money.UnsupportedCurrencyException if the sold value's currency has no
   *     point value on the date
   * @throws dev.partnerpoints.money.DateOutsideProgramException if the date is before the first era
   */
  public PointsEstimate estimate(EstimateRequest request) {
    Objects.requireNonNull(request, "request");
    LocalDate date = dateOf(request.date());
    LocalDate firstSold = request.productLineFirstSold().orElse(date);
    if (firstSold.isAfter(date)) {
      throw new IllegalArgumentException("product line first sold on " + firstSold
          + " is after the deal date " + date + "; it must be on or before it");
    }
    MonetaryAmount sold = request.soldMrr();
    ResolvedRule rate = resolver.resolve(sold.getCurrency(), request.country(), request.dealType(), date, firstSold);
    BigDecimal amount = sold.getNumber().numberValueExact(BigDecimal.class);
    int sharers = request.alsoManages() ? 1 + request.otherManagingPartners() : 0;
    Points soldPoints = rate.soldPoints(amount);
    Points clientManaged = request.alsoManages() ? rate.managedPoints(amount, 1) : Points.zero();
    Points managedShare = request.alsoManages() ? rate.managedPoints(amount, sharers) : Points.zero();
    return PointsEstimate.builder()
        .soldPoints(soldPoints)
        .managedPoints(managedShare)
        .clientManagedPoints(clientManaged)
        .appliedRule(rate.appliedRule(date, sharers))
        .build();
  }

  /**
   * Converts money to points: the currency tab. The sold value earns sold points at the deal type's
   * rate; the managed value earns the client's managed points (before any split).
   *
   * @param request the inputs, not null
   * @return the points with the rule applied, never null; its managing-partner count is 1 when a
   *     managed value was given, otherwise 0
   * @throws dev.partnerpoints.money.UnsupportedCurrencyException if the currency has no point value
   * @throws dev.partnerpoints.money.DateOutsideProgramException if the date is before the first era
   */
  public PointsEstimate moneyToPoints(MoneyToPointsRequest request) {
    Objects.requireNonNull(request, "request");
    LocalDate date = dateOf(request.date());
    ResolvedRule rule = resolver.resolve(request.soldMrr().getCurrency(), request.country(), request.dealType(), date);
    PointValue pointValue = rule.pointValue();
    Points sold = pointValue.toPoints(request.soldMrr(), rule.soldPer100Usd(), 1);
    Points managed = request.managedMrr()
        .map(value -> pointValue.toPoints(value, rule.managedPer100Usd(), 1))
        .orElse(Points.zero());
    return PointsEstimate.builder()
        .soldPoints(sold)
        .managedPoints(managed)
        .clientManagedPoints(managed)
        .appliedRule(rule.appliedRule(date, request.managedMrr().isPresent() ? 1 : 0))
        .build();
  }

  /**
   * Converts points to money: the currency tab. Returns the MRR that earns the given sold points
   * at the deal type's rate and the managed MRR that earns the given managed points, each rounded
   * once to the currency's default fraction digits, HALF_EVEN.
   *
   * @param request the inputs, not null
   * @return the values with the rule applied, never null
   * @throws IllegalArgumentException if points are to be valued at a rate of zero
   * @throws dev.partnerpoints.money.UnsupportedCurrencyException if the currency has no point value
   * @throws dev.partnerpoints.money.DateOutsideProgramException if the date is before the first era
   */
  public MoneyEquivalent pointsToMoney(PointsToMoneyRequest request) {
    Objects.requireNonNull(request, "request");
    LocalDate date = dateOf(request.date());
    ResolvedRule rule = resolver.resolve(request.currency(), request.country(), request.dealType(), date);
    return MoneyEquivalent.builder()
        .soldMrr(rule.pointValue().toMoney(request.soldPoints(), rule.soldPer100Usd()))
        .managedMrr(rule.pointValue().toMoney(request.managedPoints(), rule.managedPer100Usd()))
        .appliedRule(rule.appliedRule(date, 1))
        .build();
  }

  private LocalDate dateOf(Optional<LocalDate> date) {
    return date.orElseGet(() -> LocalDate.now(clock));
  }
}
