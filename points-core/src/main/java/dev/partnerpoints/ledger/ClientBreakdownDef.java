package dev.partnerpoints.ledger;

import com.google.common.collect.ImmutableList;
import dev.partnerpoints.money.Points;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * One client's points as of a date: active sourced and assisted points, expired sold points,
 * managed points, and the history behind them (its sold entries and managed spans up to the date).
 */
@Value.Immutable
abstract class ClientBreakdownDef {

  /**
   * The client.
   *
   * @return the client, never null
   */
  public abstract Client client();

  /**
   * The date of the breakdown.
   *
   * @return the date, never null
   */
  public abstract LocalDate date();

  /**
   * Whether the client's country is a growth market on the date.
   *
   * @return true for a growth market
   */
  public abstract boolean growthMarket();

  /**
   * Active sourced points.
   *
   * @return the points, never null
   */
  public abstract Points activeSourced();

  /**
   * Active assisted points.
   *
   * @return the points, never null
   */
  public abstract Points activeAssisted();

  /**
   * Sold points that expired by the date (what was left of each entry when it expired).
   *
   * @return the points, never null
   */
  public abstract Points expiredSold();

  /**
   * This partner's managed points of the client on the date.
   *
   * @return the points, never null
   */
  public abstract Points managed();

  /**
   * The client's sold entries closed on or before the date, active or expired, in close-date order.
   *
   * @return the entries, never null
   */
  public abstract ImmutableList<SoldEntry> soldHistory();

  /**
   * The client's managed spans that started on or before the date, in date order.
   *
   * @return the spans, never null
   */
  public abstract ImmutableList<ManagedInterval> managedHistory();

  /**
   * Active sold points: sourced plus assisted.
   *
   * @return the points, never null
   */
  @Value.Derived
  public Points activeSold() {
    return activeSourced().plus(activeAssisted());
  }

  /**
   * Total active points of the client: sold plus managed.
   *
   * @return the points, never null
   */
  @Value.Derived
  public Points total() {
    return activeSold().plus(managed());
  }
}
