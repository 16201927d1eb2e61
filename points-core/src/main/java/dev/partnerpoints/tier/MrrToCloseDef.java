package dev.partnerpoints.tier;

import dev.partnerpoints.ledger.MarketType;
import dev.partnerpoints.program.DealType;
import dev.partnerpoints.program.Tier;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;

/**
 * The least additional MRR that would close the gaps to a tier, for new deals of one deal type in
 * one market type, valued with the rules in force on the evaluation date.
 *
 * <p>The sold MRR closes the total and the sold (or sourced) minimum together; {@link #binding()}
 * names the requirement that decides it. Managed points need managed MRR, reported separately.
 * Amounts are the exact requirement rounded up (CEILING) to the currency's minor unit, so they
 * always suffice.
 */
@Value.Immutable
abstract class MrrToCloseDef {

  /**
   * The tier aimed at.
   *
   * @return the tier, never null
   */
  public abstract Tier tier();

  /**
   * The deal type of the new deals.
   *
   * @return the deal type, never null
   */
  public abstract DealType dealType();

  /**
   * The market of the new clients.
   *
   * @return the market type, never null
   */
  public abstract MarketType marketType();

  /**
   * The requirement that decides {@link #soldMrr()}: the total or the sold minimum (the total when
   * the two gaps are equal).
   *
   * @return the binding requirement, or empty when both are met
   */
  public abstract Optional<RequirementKind> binding();

  /**
   * The least new sold MRR, in the requested currency, that meets the total and the sold minimum.
   *
   * @return the amount (zero when both are met), or empty when deals of this type cannot meet the
   *     sold minimum (assisted deals under a sourced minimum) or earn no points (a rate of zero)
   */
  public abstract Optional<MonetaryAmount> soldMrr();

  /**
   * {@link #soldMrr()} in US dollars at the program's point value.
   *
   * @return the amount, or empty when {@code soldMrr} is empty
   */
  public abstract Optional<MonetaryAmount> soldMrrUsd();

  /**
   * The least new managed MRR (managed alone) that meets the managed minimum.
   *
   * @return the amount (zero when met), or empty when the era has no managed minimum or a managed
   *     rate of zero while the minimum is short
   */
  public abstract Optional<MonetaryAmount> managedMrr();

  /**
   * {@link #managedMrr()} in US dollars at the program's point value.
   *
   * @return the amount, or empty when {@code managedMrr} is empty
   */
  public abstract Optional<MonetaryAmount> managedMrrUsd();
}
