package dev.partnerpoints.testkit;

import com.google.common.collect.ImmutableList;
import dev.partnerpoints.ledger.Client;
import dev.partnerpoints.ledger.PointLedger;
import dev.partnerpoints.money.Points;
import dev.partnerpoints.program.ProgramRules;
import dev.partnerpoints.program.Tier;
import dev.partnerpoints.tier.PartnerAccount;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Ready partners at every tier and near every tier boundary, read on {@link #AS_OF} (2025-10-01,
 * when the 2025-07-15 tier schedule is in force: totals 129 / 329 / 840 / 3,833, sourced minimums
 * 63 / 113 / 300 / 1,950, managed minimums 60 / 200 / 500 / 1,700; illustrative thresholds).
 *
 * <p>Each partner has two US clients paying USD (non-growth market): one with a sourced new-client
 * deal closed on 2025-09-01 (5 points per 100 USD, so 20 USD of MRR per point) and one it alone
 * manages from 2025-09-01 (1 point per 100 USD). The partner exactly at a tier has
 * {@code managed = managed minimum} and {@code sourced = total - managed minimum}; one point short
 * has one sourced point less, one point over one more. Every partner is certified and its clients'
 * tool usage is 3.
 *
 * <p>All fixtures are built once and are immutable and thread-safe.
 */
public final class PartnerFixtures {

  /** The date every fixture's expectations hold on: 2025-10-01. */
  public static final LocalDate AS_OF = LocalDate.of(2025, 10, 1);

  private static final LocalDate START = LocalDate.of(2025, 9, 1);

  /** Managed minimum of each tier (2025-07-15 schedule). */
  private static final int[] MANAGED = {60, 200, 500, 1700};
  /** Total of each tier (2025-07-15 schedule). */
  private static final int[] TOTAL = {129, 329, 840, 3833};

  private static final PartnerFixture UNTIERED = fixture("untiered", 10, 5, Optional.empty());
  private static final Map<Tier, PartnerFixture> EXACT = new EnumMap<>(Tier.class);
  private static final Map<Tier, PartnerFixture> SHORT = new EnumMap<>(Tier.class);
  private static final Map<Tier, PartnerFixture> OVER = new EnumMap<>(Tier.class);

  static {
    int i = 0; // the tier's rank, lowest first: the index into MANAGED and TOTAL
    Optional<Tier> below = Optional.empty();
    for (Tier tier : Tier.values()) {
      int managed = MANAGED[i];
      int sourced = TOTAL[i] - managed;
      String name = tier.name().toLowerCase(Locale.ROOT);
      EXACT.put(tier, fixture(name, sourced, managed, Optional.of(tier)));
      SHORT.put(tier, fixture("one point short of " + name, sourced - 1, managed, below));
      OVER.put(tier, fixture("one point over " + name, sourced + 1, managed, Optional.of(tier)));
      below = Optional.of(tier);
      i++;
    }
  }

  private PartnerFixtures() {}

  private static PartnerFixture fixture(String name, int sourcedPoints, int managedPoints, Optional<Tier> tier) {
    String prefix = name.replace(' ', '-');
    // 5 sourced points per 100 USD: 20 USD per point. 1 managed point per 100 USD.
    String soldMrr = Integer.toString(sourcedPoints * 20);
    String managedMrr = Integer.toString(managedPoints * 100);
    Client sold = PointsTestKit.aClient().withId(prefix + "-sold").named(name + " (sold)")
        .withSubscription("Marketing Hub", "PROFESSIONAL", soldMrr).build();
    Client managed = PointsTestKit.aClient().withId(prefix + "-managed").named(name + " (managed)")
        .withSubscription("Sales Hub", "ENTERPRISE", managedMrr).build();
    PointLedger ledger = PointsTestKit.aLedger()
        .forPartner(PointsTestKit.DEFAULT_PARTNER.value())
        .withClient(sold, managed)
        .withDeal(PointsTestKit.aDeal().forClient(sold).sourced().closedOn(START).mrrChange(soldMrr).build())
        .withManagementPeriod(PointsTestKit.aManagementPeriod().ofClient(managed).from(START.toString()).build())
        .build();
    return new PartnerFixture(name, ledger, PartnerAccount.alwaysCertified(), AS_OF,
        Points.of(sourcedPoints), Points.of(managedPoints), tier);
  }

  private static final PartnerFixture SHOWCASE = new PartnerFixture("showcase",
      Scenarios.showcase().ledger(ProgramRules.builtIn()), PartnerAccount.alwaysCertified(),
      AS_OF, Points.parse("320.18"), Points.parse("69.09"), Optional.of(Tier.GOLD));

  /**
   * Returns a realistic partner for demos and examples: six clients in six markets and currencies
   * (Brazil, Germany, Japan, Canada, the UK, Singapore), sourced and assisted deals, a downgrade,
   * an expired deal, a no-deal increase, the product-line rate lock and a management shared with
   * partner-2. On {@link #AS_OF} it has 320.18 sourced, 90.00 assisted and 69.09 managed points
   * (derived by hand in the {@code showcase} scenario's description) and is Gold. Its expected
   * sourced points exclude the assisted 90.00: {@link PartnerFixture#expectedTotalPoints()} is
   * sourced plus managed only, so use the ledger for the full total (479.27).
   *
   * @return the fixture, never null
   */
  public static PartnerFixture showcase() {
    return SHOWCASE;
  }

  /**
   * Returns a partner below Gold (10 sourced and 5 managed points).
   *
   * @return the fixture, never null
   */
  public static PartnerFixture untiered() {
    return UNTIERED;
  }

  /**
   * Returns a partner exactly at Gold.
   *
   * @return the fixture, never null
   */
  public static PartnerFixture gold() {
    return exactlyAt(Tier.GOLD);
  }

  /**
   * Returns a partner exactly at Platinum.
   *
   * @return the fixture, never null
   */
  public static PartnerFixture platinum() {
    return exactlyAt(Tier.PLATINUM);
  }

  /**
   * Returns a partner exactly at Diamond.
   *
   * @return the fixture, never null
   */
  public static PartnerFixture diamond() {
    return exactlyAt(Tier.DIAMOND);
  }

  /**
   * Returns a partner exactly at Elite.
   *
   * @return the fixture, never null
   */
  public static PartnerFixture elite() {
    return exactlyAt(Tier.ELITE);
  }

  /**
   * Returns a partner that meets a tier's requirements exactly.
   *
   * @param tier the tier, not null
   * @return the fixture, never null
   */
  public static PartnerFixture exactlyAt(Tier tier) {
    return of(EXACT, tier);
  }

  /**
   * Returns a partner one total point (one sourced point) short of a tier.
   *
   * @param tier the tier, not null
   * @return the fixture, never null
   */
  public static PartnerFixture onePointShortOf(Tier tier) {
    return of(SHORT, tier);
  }

  /**
   * Returns a partner one sourced point over a tier's requirements.
   *
   * @param tier the tier, not null
   * @return the fixture, never null
   */
  public static PartnerFixture onePointOver(Tier tier) {
    return of(OVER, tier);
  }

  /**
   * Returns every fixture: untiered, then for each tier one point short, exactly at, one point over.
   *
   * @return the fixtures, never null
   */
  public static ImmutableList<PartnerFixture> all() {
    ImmutableList.Builder<PartnerFixture> all = ImmutableList.<PartnerFixture>builder().add(UNTIERED);
    for (Tier tier : Tier.values()) {
      all.add(of(SHORT, tier), of(EXACT, tier), of(OVER, tier));
    }
    return all.build();
  }

  /** The fixture for a tier; every map holds every tier. */
  private static PartnerFixture of(Map<Tier, PartnerFixture> fixtures, Tier tier) {
    return Objects.requireNonNull(fixtures.get(Objects.requireNonNull(tier, "tier")), "tier");
  }
}
