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
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.threeten.extra.LocalDateRange;

/**
 * The revenue-share schedule of one deal: the rule and basis that apply, the months it covers
 * ({@code [firstMonth, endMonth)}), and one row per covered month up to the revenue series' last
 * month. Its total is the exact sum of its rows.
 *
 * <p>A record (the library's style for results). A schedule that {@link CommissionCalculator}
 * computes holds its rows compactly: a row becomes a {@link CommissionMonth} object only when {@link
 * #months()} is read (most months of most schedules accrue nothing, and a large ledger has millions
 * of them), and {@link #total()} needs no row object. Equality compares the components, the rows
 * month by month. This class is immutable and thread-safe.
 *
 * @param deal the deal, never null
 * @param level the partner's level on the close date, never null
 * @param rule the rule that applies, never null
 * @param basis what the share is paid on, never null
 * @param firstMonth the first covered month: the close date's month, never null
 * @param endMonth the first month no longer covered, or empty for a legacy schedule without a fixed
 *     end
 * @param managedOnlyFrom the first month from which the schedule accrues only in months the partner
 *     manages the client (2025-04 for a legacy schedule built in), or empty
 * @param shortenedByConversionOn the Partner-to-Provider conversion date, when it shortened the
 *     schedule, or empty
 * @param months the covered months up to the revenue series' last month, in month order, never
 *     null; unmodifiable
 */
public record CommissionSchedule(Deal deal, PartnerLevel level, CommissionRule rule, CommissionBasis basis,
    YearMonth firstMonth, Optional<YearMonth> endMonth, Optional<YearMonth> managedOnlyFrom,
    Optional<LocalDate> shortenedByConversionOn, List<CommissionMonth> months) implements ClientFigure {

  /**
   * Creates a schedule; rows given as any list are copied.
   *
   * @throws NullPointerException if any component is null
   * @throws IllegalArgumentException if the end is not after the first month, or a row is of
   *     another deal or outside {@code [firstMonth, endMonth)}, or in another currency than the deal
   */
  public CommissionSchedule {
    Objects.requireNonNull(deal, "deal");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(firstMonth, "firstMonth");
    Objects.requireNonNull(endMonth, "endMonth");
    Objects.requireNonNull(managedOnlyFrom, "managedOnlyFrom");
    Objects.requireNonNull(shortenedByConversionOn, "shortenedByConversionOn");
    Objects.requireNonNull(months, "months");
    if (!DateRanges.endsAfterStart(firstMonth.atDay(1), endMonth.map(m -> m.atDay(1)))) {
      throw new IllegalArgumentException("commission schedule of deal " + deal.id() + " ends in " + endMonth.get()
          + ", which must be after its first month " + firstMonth);
    }
    LocalDateRange days = DateRanges.ofMonths(firstMonth, endMonth);
    if (months instanceof ScheduleRows rows) {
      // consecutive months of one deal from rows.first(): the first row outside is the first or the end
      if (!rows.isEmpty()) {
        YearMonth last = rows.first().plusMonths(rows.size() - 1L);
        boolean firstInside = rows.dealId().equals(deal.id()) && rows.clientId().equals(deal.clientId())
            && days.contains(rows.first().atDay(1));
        if (!firstInside || !days.contains(last.atDay(1))) {
          YearMonth outside = firstInside ? endMonth.orElseThrow() : rows.first();
          throw outsideRow(deal.id(), firstMonth, endMonth, rows.dealId(), outside);
        }
      }
      Sums.requireCurrency(deal.mrrChange().getCurrency(), rows.total());
    } else {
      months = ImmutableList.copyOf(months);
      CurrencyUnit currency = deal.mrrChange().getCurrency();
      for (CommissionMonth m : months) {
        if (!days.contains(m.month().atDay(1)) || !m.dealId().equals(deal.id())) {
          throw outsideRow(deal.id(), firstMonth, endMonth, m.dealId(), m.month());
        }
        Sums.requireCurrency(currency, m.amount());
      }
    }
  }

  private static IllegalArgumentException outsideRow(DealId deal, YearMonth first, Optional<YearMonth> end,
      DealId rowDeal, YearMonth rowMonth) {
    return new IllegalArgumentException("commission schedule of deal " + deal + " covers " + first + " until "
        + end.map(YearMonth::toString).orElse("open end") + " but has a row for deal " + rowDeal + " in " + rowMonth);
  }

  /**
   * The deal id.
   *
   * @return the id, never null
   */
  public DealId dealId() {
    return deal.id();
  }

  /**
   * The client.
   *
   * @return the client id, never null
   */
  public ClientId clientId() {
    return deal.clientId();
  }

  /**
   * The client's currency, in which the schedule pays.
   *
   * @return the currency, never null
   */
  public CurrencyUnit currency() {
    return deal.mrrChange().getCurrency();
  }

  /**
   * The last covered month.
   *
   * @return the month before {@link #endMonth()}, or empty when there is no fixed end
   */
  public Optional<YearMonth> lastMonth() {
    return endMonth.map(m -> m.minusMonths(1));
  }

  /**
   * The days of the covered months, half-open: from the first day of {@link #firstMonth()} to the
   * first day of {@link #endMonth()} (exclusive), unbounded at the end when there is no fixed end.
   *
   * @return the range, never null, never empty
   */
  public LocalDateRange dates() {
    return DateRanges.ofMonths(firstMonth, endMonth);
  }

  /**
   * Checks whether the schedule covers a month.
   *
   * @param month the month, not null
   * @return true if {@code firstMonth <= month < endMonth}
   */
  public boolean covers(YearMonth month) {
    return dates().contains(Objects.requireNonNull(month, "month").atDay(1));
  }

  /**
   * The total accrued: the exact sum of the rows' amounts.
   *
   * @return the amount in the client's currency, never null
   */
  public MonetaryAmount total() {
    if (months instanceof ScheduleRows rows) {
      return rows.total();
    }
    return Sums.total(currency(), months.stream().map(CommissionMonth::amount)
        .collect(ImmutableList.toImmutableList()));
  }

  @Override
  public ImmutableSortedSet<ClientId> clients() {
    return ImmutableSortedSet.of(clientId());
  }
}
