package dev.partnerpoints.metrics;

import dev.partnerpoints.internal.Sums;
import dev.partnerpoints.ledger.ClientId;
import dev.partnerpoints.ledger.Deal;
import dev.partnerpoints.ledger.DealId;
import dev.partnerpoints.money.PointValue;
import java.time.LocalDate;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;

/**
 * One sourced deal behind the 12-month sourced MRR: the deal, the currency point value used and its
 * MRR in US dollars at the program table (rounded once to cents, HALF_EVEN), and its dollar value.
 */
@Value.Immutable
abstract class SourcedDealRowDef {

  /**
   * The sourced deal.
   *
   * @return the deal, never null
   */
  public abstract Deal deal();

  /**
   * The program's point-value row used to express the deal's MRR in US dollars (the table in force
   * on the close date by default).
   *
   * @return the row, never null
   */
  public abstract PointValue pointValue();

  /**
   * The deal's MRR in US dollars at the program table: {@code MRR x 100 / local amount per 100 USD},
   * rounded once to cents, HALF_EVEN.
   *
   * @return the amount in USD, never null
   */
  public abstract MonetaryAmount mrrUsd();

  /**
   * The deal's dollar value: {@link #mrrUsd()} times the figure's dollar-value months (12 by
   * default), exact.
   *
   * @return the amount in USD, never null
   */
  public abstract MonetaryAmount dollarValueUsd();

  /**
   * The deal id.
   *
   * @return the id, never null
   */
  public DealId dealId() {
    return deal().id();
  }

  /**
   * The client of the deal.
   *
   * @return the client id, never null
   */
  public ClientId clientId() {
    return deal().clientId();
  }

  /**
   * The close date.
   *
   * @return the date, never null
   */
  public LocalDate closeDate() {
    return deal().closeDate();
  }

  /**
   * The deal's MRR in the client's currency.
   *
   * @return the amount, never null
   */
  public MonetaryAmount mrr() {
    return deal().mrrChange();
  }

  @Value.Check
  void check() {
    Sums.requireCurrency(Sums.USD, mrrUsd());
    Sums.requireCurrency(Sums.USD, dollarValueUsd());
  }
}
