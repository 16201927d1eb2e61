package dev.partnerpoints.ledger;

import com.google.common.collect.ImmutableList;
import dev.partnerpoints.calculator.AppliedRule;
import dev.partnerpoints.internal.DateRanges;
import dev.partnerpoints.money.Points;
import dev.partnerpoints.program.ReductionOrder;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * The partner's entries while the ledger is built, as columns: each links to the one before it
 * on the same client's product line, so a reduction visits only its line. The entry objects
 * are made by {@link #toEntries} once every figure is known.
 */
final class LedgerEntries {
  final Deal[] input;
  /** Each deal's line sale (position, -1 for none): what a no-deal increase follows. */
  final int[] lineSaleOf;
  final int activeMonths;
  final LedgerIndex.EntryColumns columns;
  /** The input position of each entry's deal, and the rule that valued it. */
  final int[] dealOf;
  final AppliedRule[] rules;
  final int[] closeDay;
  final int[] expiryDay;
  final int[] previousOfLine;
  final long[] remaining;
  /** The input position of each reduction's deal, beside {@code columns.reductionEntry}. */
  int[] reductionDeal = new int[16];
  int size;

  LedgerEntries(int capacity, Deal[] input, int[] lineSaleOf, int activeMonths) {
    this.input = input;
    this.lineSaleOf = lineSaleOf;
    this.activeMonths = activeMonths;
    columns = new LedgerIndex.EntryColumns(capacity);
    dealOf = new int[capacity];
    rules = new AppliedRule[capacity];
    closeDay = columns.closeDay;
    expiryDay = columns.expiryDay;
    previousOfLine = new int[capacity];
    remaining = new long[capacity];
  }

  void add(int deal, int close, long hundredths, AppliedRule rule, int expiry, int previous) {
    dealOf[size] = deal;
    rules[size] = rule;
    closeDay[size] = close;
    expiryDay[size] = expiry;
    columns.points[size] = hundredths;
    previousOfLine[size] = previous;
    remaining[size] = hundredths;
    size++;
  }

  /** An epoch day clamped to the int range (only compared, and only with other clamped days). */
  static int day(LocalDate date) {
    return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, date.toEpochDay()));
  }

  /**
   * Reduces the entries on the reduction's client and product line that are active on its close
   * date, in the rules' {@link ReductionOrder}, never below zero; {@code last} is the latest of
   * the line (entries link to the one before them, so newest first is the links' order).
   */
  void reduce(int last, int reductionDealAt, long hundredths, ReductionOrder order, boolean sourced) {
    if (hundredths <= 0 || last < 0) {
      return;
    }
    long left = hundredths;
    LocalDate date = input[reductionDealAt].closeDate();
    int day = day(date);
    switch (order) {
      case NEWEST_FIRST -> {
        for (int i = last; i >= 0 && left > 0; i = previousOfLine[i]) {
          left = take(i, reductionDealAt, date, day, left);
        }
      }
      case OLDEST_FIRST -> {
        int count = 0;
        for (int i = last; i >= 0; i = previousOfLine[i]) {
          count++;
        }
        int[] line = new int[count];
        for (int i = last, k = count - 1; i >= 0; i = previousOfLine[i], k--) {
          line[k] = i;
        }
        for (int k = 0; k < count && left > 0; k++) {
          left = take(line[k], reductionDealAt, date, day, left);
        }
      }
      case SAME_DEAL_TYPE_FIRST -> {
        for (int pass = 0; pass < 2 && left > 0; pass++) {
          boolean sameType = pass == 0;
          for (int i = last; i >= 0 && left > 0; i = previousOfLine[i]) {
            if ((columns.sourced[i] == sourced) == sameType) {
              left = take(i, reductionDealAt, date, day, left);
            }
          }
        }
      }
    }
  }

  /**
   * Takes up to {@code left} hundredths off entry {@code i} if it is active on the reduction's
   * close date ({@code date}, {@code day}), never below zero.
   *
   * @return what is left of the reduction
   */
  private long take(int i, int reductionDealAt, LocalDate date, int day, long left) {
    boolean active;
    if (day == Integer.MIN_VALUE || day == Integer.MAX_VALUE) { // clamped: compare dates
      LocalDate close = input[dealOf[i]].closeDate();
      active = DateRanges.of(close, close.plusMonths(activeMonths)).contains(date);
    } else {
      active = closeDay[i] <= day && day < expiryDay[i];
    }
    long take = active ? Math.min(left, remaining[i]) : 0;
    if (take <= 0) {
      return left;
    }
    remaining[i] -= take;
    if (columns.reductions == reductionDeal.length) {
      reductionDeal = Arrays.copyOf(reductionDeal, 2 * reductionDeal.length);
    }
    reductionDeal[columns.reductions] = reductionDealAt;
    columns.addReduction(i, day, take);
    return left - take;
  }

  /** The entries, with their reductions in the order they were made (date order). */
  ImmutableList<SoldEntry> toEntries() {
    int reductions = columns.reductions;
    int[] start = new int[size + 1];
    for (int r = 0; r < reductions; r++) {
      start[columns.reductionEntry[r] + 1]++;
    }
    for (int i = 0; i < size; i++) {
      start[i + 1] += start[i];
    }
    Reduction[] byEntry = new Reduction[reductions];
    int[] next = start.clone();
    for (int r = 0; r < reductions; r++) {
      Deal d = input[reductionDeal[r]];
      byEntry[next[columns.reductionEntry[r]]++] =
          Reduction.of(d.closeDate(), Points.ofHundredths(columns.reductionPoints[r]), d.id());
    }
    ImmutableList.Builder<SoldEntry> result = ImmutableList.builderWithExpectedSize(size);
    LocalDate close = LocalDate.MIN;
    LocalDate expiresOn = LocalDate.MIN;
    for (int i = 0; i < size; i++) {
      Deal d = input[dealOf[i]];
      // entries come in date order: the day's first deal gives the close date and expiry that
      // the day's entries share (equal dates; the deal objects themselves are not read again)
      if (i == 0 || closeDay[i] != closeDay[i - 1] || closeDay[i] == Integer.MIN_VALUE
          || closeDay[i] == Integer.MAX_VALUE) {
        close = d.closeDate();
        expiresOn = close.plusMonths(activeMonths);
      }
      ImmutableList<Reduction> reduced = start[i + 1] == start[i] ? ImmutableList.of()
          : ImmutableList.copyOf(Arrays.asList(byEntry).subList(start[i], start[i + 1]));
      SoldEntry entry = SoldEntry.of(d, Points.ofHundredths(columns.points[i]), rules[i], close, expiresOn, reduced);
      int sale = lineSaleOf[dealOf[i]];
      result.add(sale < 0 ? entry : entry.withLineSale(input[sale]));
    }
    return result.build();
  }
}
