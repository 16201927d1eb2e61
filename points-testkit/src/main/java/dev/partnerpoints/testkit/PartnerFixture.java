package dev.partnerpoints.testkit;

import dev.partnerpoints.ledger.PointLedger;
import dev.partnerpoints.money.Points;
import dev.partnerpoints.program.Tier;
import dev.partnerpoints.tier.PartnerAccount;
import dev.partnerpoints.tier.TierEvaluator;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A ready partner for tests: its ledger and account, the date the fixture is meant to be read on,
 * and the answers derived by hand from the program rules (points and performance tier on that
 * date). See {@link PartnerFixtures}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PartnerFixture {
  private final String name;
  private final PointLedger ledger;
  private final PartnerAccount account;
  private final LocalDate asOf;
  private final Points expectedSourced;
  private final Points expectedManaged;
  private final Optional<Tier> expectedTier;

  PartnerFixture(String name, PointLedger ledger, PartnerAccount account, LocalDate asOf, Points expectedSourced,
      Points expectedManaged, Optional<Tier> expectedTier) {
    this.name = name;
    this.ledger = ledger;
    this.account = account;
    this.asOf = asOf;
    this.expectedSourced = expectedSourced;
    this.expectedManaged = expectedManaged;
    this.expectedTier = expectedTier;
  }

  /**
   * Returns the fixture's name, such as {@code "gold"} or {@code "one point short of platinum"}.
   *
   * @return the name, never null
   */
  public String name() {
    return name;
  }

  /**
   * Returns the partner's ledger (built-in rules).
   *
   * @return the ledger, never null
   */
  public PointLedger ledger() {
    return ledger;
  }

  /**
   * Returns the partner's account: certified throughout, tool usage from its clients (3).
   *
   * @return the account, never null
   */
  public PartnerAccount account() {
    return account;
  }

  /**
   * Returns a tier evaluator over the ledger and account.
   *
   * @return the evaluator, never null
   */
  public TierEvaluator evaluator() {
    return TierEvaluator.of(ledger, account);
  }

  /**
   * Returns the date the expectations hold on.
   *
   * @return the date, never null
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Returns the sourced points on {@link #asOf()}, derived by hand.
   *
   * @return the points, never null
   */
  public Points expectedSourcedPoints() {
    return expectedSourced;
  }

  /**
   * Returns the managed points on {@link #asOf()}, derived by hand.
   *
   * @return the points, never null
   */
  public Points expectedManagedPoints() {
    return expectedManaged;
  }

  /**
   * Returns the total points on {@link #asOf()}, derived by hand.
   *
   * @return the points, never null
   */
  public Points expectedTotalPoints() {
    return expectedSourced.plus(expectedManaged);
  }

  /**
   * Returns the performance tier on {@link #asOf()}, derived by hand.
   *
   * @return the tier, or empty for untiered
   */
  public Optional<Tier> expectedTier() {
    return expectedTier;
  }

  @Override
  public String toString() {
    return "PartnerFixture[" + name + "]";
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof PartnerFixture other && other.name.equals(name);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name);
  }
}
