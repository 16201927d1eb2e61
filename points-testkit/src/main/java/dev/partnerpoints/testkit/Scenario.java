package dev.partnerpoints.testkit;

import com.google.common.collect.ImmutableList;
import dev.partnerpoints.ledger.Client;
import dev.partnerpoints.ledger.ClientMrr;
import dev.partnerpoints.ledger.Deal;
import dev.partnerpoints.ledger.ManagementPeriod;
import dev.partnerpoints.ledger.PartnerId;
import dev.partnerpoints.ledger.PointLedger;
import dev.partnerpoints.money.Points;
import dev.partnerpoints.program.ProgramRules;
import dev.partnerpoints.program.Tier;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A named ledger with answers derived by hand from the program rules (docs/rules.md), not by running
 * the code: points on given dates and tier point changes over given ranges. See {@link Scenarios}
 * for the built-in set and {@link ConformanceSuite} to run them.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Scenario {

  /** Expected points of the scenario's partner on a date. */
  public static final class ExpectedPoints {
    private final LocalDate date;
    private final Points sourced;
    private final Points assisted;
    private final Points managed;

    ExpectedPoints(LocalDate date, Points sourced, Points assisted, Points managed) {
      this.date = date;
      this.sourced = sourced;
      this.assisted = assisted;
      this.managed = managed;
    }

    /**
     * The date.
     *
     * @return the date, never null
     */
    public LocalDate date() {
      return date;
    }

    /**
     * The active sourced points.
     *
     * @return the points, never null
     */
    public Points sourced() {
      return sourced;
    }

    /**
     * The active assisted points.
     *
     * @return the points, never null
     */
    public Points assisted() {
      return assisted;
    }

    /**
     * The managed points.
     *
     * @return the points, never null
     */
    public Points managed() {
      return managed;
    }

    @Override
    public String toString() {
      return date + ": sourced " + sourced + ", assisted " + assisted + ", managed " + managed;
    }
  }

  /** Expected tier point changes over an inclusive date range. */
  public static final class ExpectedChanges {
    private final LocalDate from;
    private final LocalDate to;
    private final Points newSold;
    private final Points lostSold;
    private final Points newManaged;
    private final Points lostManaged;

    ExpectedChanges(LocalDate from, LocalDate to, Points newSold, Points lostSold, Points newManaged,
        Points lostManaged) {
      this.from = from;
      this.to = to;
      this.newSold = newSold;
      this.lostSold = lostSold;
      this.newManaged = newManaged;
      this.lostManaged = lostManaged;
    }

    /**
     * The first day.
     *
     * @return the date, never null
     */
    public LocalDate from() {
      return from;
    }

    /**
     * The last day.
     *
     * @return the date, never null
     */
    public LocalDate to() {
      return to;
    }

    /**
     * New sold points.
     *
     * @return the points, never null
     */
    public Points newSold() {
      return newSold;
    }

    /**
     * Lost sold points.
     *
     * @return the points, never null
     */
    public Points lostSold() {
      return lostSold;
    }

    /**
     * New managed points.
     *
     * @return the points, never null
     */
    public Points newManaged() {
      return newManaged;
    }

    /**
     * Lost managed points.
     *
     * @return the points, never null
     */
    public Points lostManaged() {
      return lostManaged;
    }

    @Override
    public String toString() {
      return from + ".." + to + ": new sold " + newSold + ", lost sold " + lostSold + ", new managed "
          + newManaged + ", lost managed " + lostManaged;
    }
  }

  /** The expected performance tier of the scenario's partner on a date (always certified). */
  public static final class ExpectedTier {
    private final LocalDate date;
    private final Optional<Tier> tier;

    ExpectedTier(LocalDate date, Optional<Tier> tier) {
      this.date = date;
      this.tier = tier;
    }

    /**
     * The date.
     *
     * @return the date, never null
     */
    public LocalDate date() {
      return date;
    }

    /**
     * The highest tier met on the date, certification and tool usage (3 per client) given.
     *
     * @return the tier, or empty for untiered
     */
    public Optional<Tier> tier() {
      return tier;
    }

    @Override
    public String toString() {
      return date + ": " + tier.map(Tier::name).orElse("untiered");
    }
  }

  private final String name;
  private final String description;
  private final Portfolio portfolio;
  private final ImmutableList<ExpectedTier> expectedTiers;
  private final ImmutableList<ExpectedPoints> expectedPoints;
  private final ImmutableList<ExpectedChanges> expectedChanges;

  private Scenario(Builder b) {
    this.name = b.name;
    this.description = b.description;
    this.portfolio = new Portfolio(b.partner, b.clients.build(), b.deals.build(), b.periods.build(), b.mrr.build());
    this.expectedPoints = b.points.build();
    this.expectedChanges = b.changes.build();
    this.expectedTiers = b.tiers.build();
  }

  static Builder builder(String name, String description) {
    return new Builder(name, description);
  }

  /**
   * The scenario's name, stable across releases.
   *
   * @return the name, never null
   */
  public String name() {
    return name;
  }

  /**
   * What the scenario shows and how its answers were derived.
   *
   * @return the description, never null
   */
  public String description() {
    return description;
  }

  /**
   * The scenario's inputs: the partner, clients, deals, management periods and MRR history.
   *
   * @return the inputs, never null
   */
  public Portfolio portfolio() {
    return portfolio;
  }

  /**
   * The expected points on dates.
   *
   * @return the expectations, never null
   */
  public ImmutableList<ExpectedPoints> expectedPoints() {
    return expectedPoints;
  }

  /**
   * The expected changes over ranges.
   *
   * @return the expectations, never null
   */
  public ImmutableList<ExpectedChanges> expectedChanges() {
    return expectedChanges;
  }

  /**
   * The expected performance tiers on dates (the partner certified throughout).
   *
   * @return the expectations, never null
   */
  public ImmutableList<ExpectedTier> expectedTiers() {
    return expectedTiers;
  }

  /**
   * Builds the scenario's ledger with the given rules.
   *
   * @param rules the rules, not null
   * @return the ledger, never null
   */
  public PointLedger ledger(ProgramRules rules) {
    return portfolio.ledger(rules);
  }

  @Override
  public String toString() {
    return name;
  }

  static final class Builder {
    private final String name;
    private final String description;
    private PartnerId partner = PointsTestKit.DEFAULT_PARTNER;
    private final ImmutableList.Builder<Client> clients = ImmutableList.builder();
    private final ImmutableList.Builder<Deal> deals = ImmutableList.builder();
    private final ImmutableList.Builder<ManagementPeriod> periods = ImmutableList.builder();
    private final ImmutableList.Builder<ClientMrr> mrr = ImmutableList.builder();
    private final ImmutableList.Builder<ExpectedPoints> points = ImmutableList.builder();
    private final ImmutableList.Builder<ExpectedChanges> changes = ImmutableList.builder();
    private final ImmutableList.Builder<ExpectedTier> tiers = ImmutableList.builder();

    private Builder(String name, String description) {
      this.name = name;
      this.description = description;
    }

    Builder client(Client... c) {
      clients.add(c);
      return this;
    }

    Builder deal(Deal... d) {
      deals.add(d);
      return this;
    }

    Builder managed(ManagementPeriod... p) {
      periods.add(p);
      return this;
    }

    Builder mrr(ClientMrr... m) {
      mrr.add(m);
      return this;
    }

    Builder expectPoints(String date, String sourced, String assisted, String managed) {
      points.add(new ExpectedPoints(LocalDate.parse(date), Points.parse(sourced), Points.parse(assisted),
          Points.parse(managed)));
      return this;
    }

    Builder expectChanges(String from, String to, String newSold, String lostSold, String newManaged,
        String lostManaged) {
      changes.add(new ExpectedChanges(LocalDate.parse(from), LocalDate.parse(to), Points.parse(newSold),
          Points.parse(lostSold), Points.parse(newManaged), Points.parse(lostManaged)));
      return this;
    }

    Builder expectTier(String date, Optional<Tier> tier) {
      tiers.add(new ExpectedTier(LocalDate.parse(date), tier));
      return this;
    }

    Scenario build() {
      return new Scenario(this);
    }
  }
}
