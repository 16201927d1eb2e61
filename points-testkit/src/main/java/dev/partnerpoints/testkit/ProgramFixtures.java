package dev.partnerpoints.testkit;

import com.google.common.collect.ImmutableMap;
import dev.partnerpoints.money.PointValue;
import dev.partnerpoints.money.PointValueTable;
import dev.partnerpoints.program.ProgramRules;
import dev.partnerpoints.program.RateEra;
import dev.partnerpoints.program.TierSchedule;
import java.time.LocalDate;

/**
 * The built-in program's tables and schedules by name, for tests that want to say which era they
 * mean rather than repeat its numbers. Every constant is looked up from
 * {@link ProgramRules#builtIn()}, so it cannot drift from the library.
 */
public final class ProgramFixtures {

  /** The built-in rules. */
  public static final ProgramRules RULES = ProgramRules.builtIn();

  /** The first day of the program: 2022-07-18. */
  public static final LocalDate LAUNCH = LocalDate.of(2022, 7, 18);

  /** The day the sourced rate became 5 and the product-line rate lock started: 2024-02-27. */
  public static final LocalDate FIVE_POINT_SOURCED = LocalDate.of(2024, 2, 27);

  /** The day of the second currency table, sourced-only sold minimums and new totals: 2025-07-15. */
  public static final LocalDate JULY_2025_CHANGES = LocalDate.of(2025, 7, 15);

  /** The day the managed minimum ended: 2026-01-15. */
  public static final LocalDate NO_MANAGED_MINIMUM = LocalDate.of(2026, 1, 15);

  /** Rates from 2022-07-18: sourced 3, assisted 3, managed 1 per 100 USD. */
  public static final RateEra RATES_2022_07_18 = RULES.rateEraOn(LAUNCH);

  /** Rates from 2024-02-27: sourced 5, assisted 3, managed 1 per 100 USD, with the rate lock. */
  public static final RateEra RATES_2024_02_27 = RULES.rateEraOn(FIVE_POINT_SOURCED);

  /** The currency table from 2022-07-18, by currency code. */
  public static final ImmutableMap<String, PointValue> POINT_VALUES_2022_07_18 =
      PointValueTable.builtIn().tables().valueOn(LAUNCH);

  /** The currency table from 2025-07-15, by currency code. */
  public static final ImmutableMap<String, PointValue> POINT_VALUES_2025_07_15 =
      PointValueTable.builtIn().tables().valueOn(JULY_2025_CHANGES);

  /** Tier schedule from 2022-07-18: totals 123 / 313 / 800 / 3,650, sold minimums, managed minimums. */
  public static final TierSchedule TIERS_2022_07_18 = RULES.tierScheduleOn(LAUNCH);

  /** Tier schedule from 2025-07-15: totals 129 / 329 / 840 / 3,833, sourced minimums, managed minimums. */
  public static final TierSchedule TIERS_2025_07_15 = RULES.tierScheduleOn(JULY_2025_CHANGES);

  /** Tier schedule from 2026-01-15: as from 2025-07-15, without managed minimums. */
  public static final TierSchedule TIERS_2026_01_15 = RULES.tierScheduleOn(NO_MANAGED_MINIMUM);

  private ProgramFixtures() {}
}
