package dev.partnerpoints.ledger;

import com.google.common.collect.ImmutableList;
import dev.partnerpoints.calculator.AppliedRule;
import dev.partnerpoints.internal.DateRanges;
import dev.partnerpoints.money.Points;
import dev.partnerpoints.program.DealType;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.threeten.extra.LocalDateRange;

/**
 * One ledger entry of sold points: a deal credited to the partner, its points (rounded once to
 * hundredths, HALF_EVEN, with the rules in force on the close date), the rule that produced them,
 * its active window {@code [activeFrom, expiresOn)} and the reductions by later downgrades or
 * cancellations of the same client's product line.
 */
@Value.Immutable
abstract class SoldEntryDef {

  /**
   * The deal that earned the points.
   *
   * @return the deal, never null
   */
  @Value.Parameter
  public abstract Deal deal();

  /**
   * The points earned on the close date, before reductions. Zero for a no-deal increase on or after
   * the rules' cut-off.
   *
   * @return the points, not negative
   */
  @Value.Parameter
  public abstract Points points();

  /**
   * The rule applied: rates, multiplier, currency table row, era and the product-line rate lock.
   *
   * @return the rule, never null
   */
  @Value.Parameter
  public abstract AppliedRule appliedRule();

  /**
   * The first day the points are active: the close date.
   *
   * @return the date, never null
   */
  @Value.Parameter
  public abstract LocalDate activeFrom();

  /**
   * The first day the points are expired: the close date plus the rules' active months.
   *
   * @return the date, never null
   */
  @Value.Parameter
  public abstract LocalDate expiresOn();

  /**
   * The reductions, in date order; their total never exceeds {@link #points()}.
   *
   * @return the reductions, never null
   */
  @Value.Parameter
  public abstract ImmutableList<Reduction> reductions();

  /**
   * For a no-deal increase, the sale of its product line that it follows: the latest new-client or
   * cross-sell deal of the line to the client, closed won on or before the increase. The entry is
   * credited to that sale's partner at that sale's deal type ({@link #dealType()}), whatever the
   * increase itself names.
   *
   * @return the sale; empty for every other entry, and for a no-deal increase credited as recorded
   *     because the ledger shows no sale of its line
   *     ({@link dev.partnerpoints.program.NoDealIncreaseWithoutSale#CREDITED_AS_RECORDED})
   */
  public abstract Optional<Deal> lineSale();

  /**
   * The client of the deal.
   *
   * @return the client id, never null
   */
  public ClientId clientId() {
    return deal().clientId();
  }

  /**
   * The deal type the points were earned at: the deal's own, or for a no-deal increase the deal
   * type of the {@link #lineSale()} it follows.
   *
   * @return the deal type, never null
   */
  public DealType dealType() {
    return lineSale().orElse(deal()).dealType();
  }

  /**
   * The last day the points are active.
   *
   * @return the day before {@link #expiresOn()}, never null
   */
  public LocalDate lastActiveDay() {
    return expiresOn().minusDays(1);
  }

  // made on first use and kept: not an attribute, so not in equals, toString or the JSON (an
  // Immutables @Value.Lazy accessor would be public in the generated class, hence written); racy
  // but safe, LocalDateRange being immutable with final fields
  @SuppressWarnings("immutables:incompat")
  private transient @Nullable LocalDateRange range;

  /**
   * The days the points are active, half-open: {@code [activeFrom, expiresOn)}.
   *
   * @return the range, never null, never empty
   */
  public final LocalDateRange activeDates() {
    LocalDateRange r = range;
    if (r == null) {
      r = DateRanges.of(activeFrom(), expiresOn());
      range = r;
    }
    return r;
  }

  /**
   * Checks whether the entry is active on a date: {@code activeFrom <= date < expiresOn}.
   *
   * @param date the date, not null
   * @return true if active
   */
  public boolean isActiveOn(LocalDate date) {
    return activeDates().contains(date);
  }

  /**
   * Checks whether the entry has expired by a date.
   *
   * @param date the date, not null
   * @return true if {@code date >= expiresOn}
   */
  public boolean isExpiredOn(LocalDate date) {
    return activeDates().isBefore(date);
  }

  /**
   * The points left after the reductions made on or before a date, whether or not the entry is
   * active then.
   *
   * @param date the date, not null
   * @return the points, not negative, never null
   */
  public Points remainingPointsOn(LocalDate date) {
    long hundredths = points().toHundredths();
    for (Reduction r : reductions()) {
      if (!r.date().isAfter(date)) {
        hundredths -= r.points().toHundredths();
      }
    }
    return Points.ofHundredths(hundredths);
  }

  /**
   * The active points on a date: the remaining points while active, zero before the close date and
   * from the expiry date on.
   *
   * @param date the date, not null
   * @return the points, not negative, never null
   */
  public Points activePointsOn(LocalDate date) {
    return isActiveOn(date) ? remainingPointsOn(date) : Points.zero();
  }

  /**
   * The points that expired (rather than were reduced): the remaining points on the last active
   * day.
   *
   * @return the points, not negative, never null
   */
  public Points expiredPoints() {
    return remainingPointsOn(lastActiveDay());
  }

  @Value.Check
  void check() {
    if (!DateRanges.endsAfterStart(activeFrom(), expiresOn())) {
      throw new IllegalArgumentException("sold entry of deal " + deal().id() + " expires on " + expiresOn()
          + ", which must be after its first active day " + activeFrom());
    }
  }
}
