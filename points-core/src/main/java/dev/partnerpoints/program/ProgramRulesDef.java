package dev.partnerpoints.program;

import com.google.common.collect.ImmutableSet;
import dev.partnerpoints.money.PointValue;
import dev.partnerpoints.money.PointValueTable;
import dev.partnerpoints.money.Timeline;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import javax.money.CurrencyUnit;
import org.immutables.value.Value;

/**
 * The rules of one partner program, as effective-dated data: point rates per deal type and era,
 * the growth markets and their multiplier, the currency point values and the tier schedules.
 * Every lookup takes a date and uses the rule in force on it.
 *
 * <p>{@link ProgramRules#builtIn()} is the program as documented (see the README for which figures
 * are illustrative). To model another program, or a future rule change, build your own:
 *
 * <pre>{@code
 * ProgramRules mine = ProgramRules.builtIn().withRateEras(
 *     Timeline.<RateEra>builder("point rates")
 *         .add(LocalDate.of(2022, 7, 18), RateEra.builder()
 *             .sourcedRate(BigDecimal.valueOf(4)).assistedRate(BigDecimal.valueOf(2))
 *             .managedRate(BigDecimal.ONE).build())
 *         .build());
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
abstract class ProgramRulesDef {

  /**
   * Returns the program as documented: the 2022-07-18 and 2024-02-27 rate eras (sourced 3 then 5,
   * assisted 3, managed 1 point per 100 USD, growth markets x2, the product-line rate lock), the
   * growth-market list, the 2022-07-18 and 2025-07-15 currency tables, and the 2022-07-18,
   * 2025-07-15 and 2026-01-15 tier schedules (thresholds illustrative: see the README), with sold
   * points active for 12 months and no-deal increases earning until 2025-07-14.
   *
   * @return the built-in rules, never null
   */
  public static ProgramRules builtIn() {
    return BuiltInProgram.RULES;
  }

  /**
   * A short name of the program, for messages and output.
   *
   * @return the name, never null
   */
  @Value.Default
  public String name() {
    return "custom program";
  }

  /**
   * The point rates by era.
   *
   * @return the rate eras, never null
   */
  public abstract Timeline<RateEra> rateEras();

  /**
   * The growth markets (client countries whose points are multiplied) by era.
   *
   * @return the growth-market lists, never null
   */
  public abstract Timeline<ImmutableSet<CountryCode>> growthMarkets();

  /**
   * The currency point values.
   *
   * @return the tables, never null
   */
  public abstract PointValueTable pointValues();

  /**
   * The tier schedules by era.
   *
   * @return the schedules, never null
   */
  public abstract Timeline<TierSchedule> tierSchedules();

  /**
   * How many months a deal's sold points stay active: a deal closed on D is active on every date t
   * with {@code D <= t < D.plusMonths(months)}.
   *
   * @return the months, at least 1; 12 by default (the library's documented default)
   */
  @Value.Default
  public int soldPointsActiveMonths() {
    return 12;
  }

  /**
   * The first date on which increases of a client's MRR that came from no deal (a discount ending
   * at renewal) no longer earn sold points.
   *
   * @return the date (2025-07-15 in the built-in program), or empty if they always earn
   */
  public abstract Optional<LocalDate> noDealIncreasesStopEarningOn();

  /**
   * What a no-deal increase earns when the ledger shows no sale of its product line to the client
   * (with a sale, it is always credited to the partner who sold the line, at that sale's deal type).
   *
   * @return the choice; {@link NoDealIncreaseWithoutSale#NOT_CREDITED} by default (the library's
   *     documented default)
   */
  @Value.Default
  public NoDealIncreaseWithoutSale noDealIncreaseWithoutSale() {
    return NoDealIncreaseWithoutSale.NOT_CREDITED;
  }

  /**
   * Which of the partner's active entries on a client's product line a downgrade or cancellation
   * consumes first.
   *
   * @return the order; {@link ReductionOrder#NEWEST_FIRST} by default (the library's documented
   *     default)
   */
  @Value.Default
  public ReductionOrder reductionOrder() {
    return ReductionOrder.NEWEST_FIRST;
  }

  @Value.Check
  void check() {
    if (soldPointsActiveMonths() < 1) {
      throw new IllegalArgumentException(
          "sold points must stay active at least 1 month, but the rules say " + soldPointsActiveMonths());
    }
  }

  /**
   * Returns the rate era in force on a date.
   *
   * @param date the date, not null
   * @return the era, never null
   * @throws dev.partnerpoints.money.DateOutsideProgramException if the date is before the first era
   */
  public RateEra rateEraOn(LocalDate date) {
    return rateEras().valueOn(date);
  }

  /**
   * Checks whether a country is a growth market on a date.
   *
   * @param country the client's country, not null
   * @param date the date, not null
   * @return true if the country is on the growth-market list in force
   * @throws dev.partnerpoints.money.DateOutsideProgramException if the date is before the first list
   */
  public boolean isGrowthMarket(CountryCode country, LocalDate date) {
    Objects.requireNonNull(country, "country");
    return growthMarkets().valueOn(date).contains(country);
  }

  /**
   * Returns the market multiplier of a country on a date: the era's growth multiplier in a growth
   * market, otherwise 1.
   *
   * @param country the client's country, not null
   * @param date the date, not null
   * @return the multiplier, never null
   * @throws dev.partnerpoints.money.DateOutsideProgramException if the date is before the first era
   */
  public BigDecimal marketMultiplier(CountryCode country, LocalDate date) {
    return isGrowthMarket(country, date) ? rateEraOn(date).growthMultiplier() : BigDecimal.ONE;
  }

  /**
   * Returns the point value of a currency on a date.
   *
   * @param currency the currency, not null
   * @param date the date, not null
   * @return the row, never null
   * @throws dev.partnerpoints.money.UnsupportedCurrencyException if the currency has no point value
   * @throws dev.partnerpoints.money.DateOutsideProgramException if the date is before the first table
   */
  public PointValue pointValue(CurrencyUnit currency, LocalDate date) {
    return pointValues().pointValue(currency, date);
  }

  /**
   * Returns the tier schedule in force on a date.
   *
   * @param date the date, not null
   * @return the schedule, never null
   * @throws dev.partnerpoints.money.DateOutsideProgramException if the date is before the first schedule
   */
  public TierSchedule tierScheduleOn(LocalDate date) {
    return tierSchedules().valueOn(date);
  }
}
