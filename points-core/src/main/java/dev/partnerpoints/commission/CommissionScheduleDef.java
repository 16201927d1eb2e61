package dev.partnerpoints.commission;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import dev.partnerpoints.internal.DateRanges;
import dev.partnerpoints.internal.Sums;
import dev.partnerpoints.ledger.ClientId;
import dev.partnerpoints.ledger.Deal;
import dev.partnerpoints.ledger.DealId;
import dev.partnerpoints.segment.ClientFigure;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.threeten.extra.LocalDateRange;

/**
 * The revenue-share schedule of one deal: the rule and basis that apply, the months it covers
 * ({@code [firstMonth, endMonth)}), and one row per covered month up to the revenue series' last
 * month. Its total is the exact sum of its rows.
 */
@Value.Immutable
abstract class CommissionScheduleDef implements ClientFigure {

  /**
   * The deal.
   *
   * @return the deal, never null
   */
  public abstract Deal deal();

  /**
   * The partner's level on the close date.
   *
   * @return the level, never null
   */
  public abstract PartnerLevel level();

  /**
   * The rule that applies.
   *
   * @return the rule, never null
   */
  public abstract CommissionRule rule();

  /**
   * What the share is paid on.
   *
   * @return the basis, never null
   */
  public abstract CommissionBasis basis();

  /**
   * The first covered month: the close date's month.
   *
   * @return the month, never null
   */
  public abstract YearMonth firstMonth();

  /**
   * The first month no longer covered.
   *
   * @return the month, or empty for a legacy schedule without a fixed end
   */
  public abstract Optional<YearMonth> endMonth();

  /**
   * The first month from which the schedule accrues only in months the partner manages the client.
   *
   * @return the month (2025-04 for a legacy schedule built in), or empty
   */
  public abstract Optional<YearMonth> managedOnlyFrom();

  /**
   * The Partner-to-Provider conversion date, when it shortened the schedule.
   *
   * @return the conversion date, or empty
   */
  public abstract Optional<LocalDate> shortenedByConversionOn();

  /**
   * The covered months up to the revenue series' last month, in month order.
   *
   * @return the rows, never null
   */
  public abstract ImmutableList<CommissionMonth> months();

  /**
   * The deal id.
   *
   * @return the id, never null
   */
  public DealId dealId() {
    return deal().id();
  }

  /**
   * The client.
   *
   * @return the client id, never null
   */
  public ClientId clientId() {
    return deal().clientId();
  }

  /**
   * The client's currency, in which the schedule pays.
   *
   * @return the currency, never null
   */
  public CurrencyUnit currency() {
    return deal().mrrChange().getCurrency();
  }

  /**
   * The last covered month.
   *
   * @return the month before {@link #endMonth()}, or empty when there is no fixed end
   */
  public Optional<YearMonth> lastMonth() {
    return endMonth().map(m -> m.minusMonths(1));
  }

  // made on first use and kept: not an attribute, so not in equals, toString or the JSON (an
  // Immutables @Value.Lazy accessor would be public in the generated class, hence written); racy
  // but safe, LocalDateRange being immutable with final fields
  @SuppressWarnings("immutables:incompat")
  private transient @Nullable LocalDateRange range;

  /**
   * The days of the covered months, half-open: from the first day of {@link #firstMonth()} to the
   * first day of {@link #endMonth()} (exclusive), unbounded at the end when there is no fixed end.
   *
   * @return the range, never null, never empty
   */
  public final LocalDateRange dates() {
    LocalDateRange r = range;
    if (r == null) {
      r = DateRanges.ofMonths(firstMonth(), endMonth());
      range = r;
    }
    return r;
  }

  /**
   * Checks whether the schedule covers a month.
   *
   * @param month the month, not null
   * @return true if {@code firstMonth <= month < endMonth}
   */
  public boolean covers(YearMonth month) {
    return dates().contains(month.atDay(1));
  }

  /**
   * The total accrued: the exact sum of the rows' amounts.
   *
   * @return the amount in the client's currency, never null
   */
  @Value.Derived
  public MonetaryAmount total() {
    return Sums.total(currency(), months().stream().map(CommissionMonth::amount)
        .collect(ImmutableList.toImmutableList()));
  }

  @Override
  public ImmutableSortedSet<ClientId> clients() {
    return ImmutableSortedSet.of(clientId());
  }

  @Value.Check
  void check() {
    if (!DateRanges.endsAfterStart(firstMonth().atDay(1), endMonth().map(m -> m.atDay(1)))) {
      throw new IllegalArgumentException("commission schedule of deal " + dealId() + " ends in " + endMonth().get()
          + ", which must be after its first month " + firstMonth());
    }
    for (CommissionMonth m : months()) {
      if (!covers(m.month()) || !m.dealId().equals(dealId())) {
        throw new IllegalArgumentException("commission schedule of deal " + dealId() + " covers " + firstMonth()
            + " until " + endMonth().map(YearMonth::toString).orElse("open end") + " but has a row for deal "
            + m.dealId() + " in " + m.month());
      }
    }
  }
}
