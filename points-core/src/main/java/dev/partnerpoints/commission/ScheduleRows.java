package dev.partnerpoints.commission;

import dev.partnerpoints.internal.Sums;
import dev.partnerpoints.ledger.ClientId;
import dev.partnerpoints.ledger.DealId;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Consumer;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.jspecify.annotations.Nullable;

/**
 * The rows of one commission schedule held compactly, as {@link CommissionCalculator} computes them:
 * one status byte per covered month, the covering deal of covered months, and the basis and amount of
 * the months that accrue (few: most months of most schedules accrue nothing). A row becomes a {@link
 * CommissionMonth} only when it is read; its revenue is read from the revenue series then.
 *
 * <p>An unmodifiable, random-access list; immutable and thread-safe once built.
 */
final class ScheduleRows extends AbstractList<CommissionMonth> implements RandomAccess {

  private static final AccrualStatus[] STATUSES = AccrualStatus.values();
  private static final int[] NO_INDEXES = {};
  private static final MonetaryAmount[] NO_AMOUNTS = {};

  private final DealId dealId;
  private final ClientId clientId;
  private final YearMonth first;
  private final MonetaryAmount zero;
  private final RevenueSeries revenue;
  private final CommissionRules rules;
  private final byte[] status;
  /** The covering deal of each row, null where the row is not covered; null when none is. */
  private final DealId @Nullable [] coveredBy;
  /** The indexes of the accruing rows, ascending, and their basis and amount. */
  private final int[] accruedAt;
  private final MonetaryAmount[] basis;
  private final MonetaryAmount[] amount;
  private final MonetaryAmount total;

  private ScheduleRows(Builder b) {
    this.dealId = b.dealId;
    this.clientId = b.clientId;
    this.first = b.first;
    this.zero = b.zero;
    this.revenue = b.revenue;
    this.rules = b.rules;
    this.status = b.size == b.status.length ? b.status : Arrays.copyOf(b.status, b.size); // the builder is done
    DealId[] covered = b.coveredBy;
    this.coveredBy = covered == null || covered.length == b.size ? covered : Arrays.copyOf(covered, b.size);
    this.accruedAt = b.accrued == 0 ? NO_INDEXES : Arrays.copyOf(b.accruedAt, b.accrued);
    this.basis = b.accrued == 0 ? NO_AMOUNTS : Arrays.copyOf(b.basis, b.accrued);
    this.amount = b.accrued == 0 ? NO_AMOUNTS : Arrays.copyOf(b.amount, b.accrued);
    if (amount.length == 0) {
      this.total = zero; // most schedules: no Money made
    } else {
      BigDecimal sum = BigDecimal.ZERO;
      for (MonetaryAmount a : amount) {
        sum = sum.add(Sums.exact(a));
      }
      this.total = Money.of(sum, zero.getCurrency());
    }
  }

  @Override
  public CommissionMonth get(int index) {
    Objects.checkIndex(index, status.length);
    YearMonth month = first.plusMonths(index);
    AccrualStatus s = STATUSES[status[index]];
    CommissionMonth.Builder row = CommissionMonth.builder()
        .dealId(dealId)
        .clientId(clientId)
        .month(month)
        .revenue(revenue.revenueOf(clientId, month).orElse(zero))
        .basis(zero)
        .amount(zero)
        .paymentDate(rules.paymentDateOf(month))
        .status(s);
    if (s == AccrualStatus.ACCRUES) {
      int k = Arrays.binarySearch(accruedAt, index);
      row.basis(basis[k]).amount(amount[k]);
    } else if (s == AccrualStatus.COVERED) {
      row.coveredBy(Objects.requireNonNull(Objects.requireNonNull(coveredBy, "covered rows")[index], "covering deal"));
    }
    return row.build();
  }

  @Override
  public int size() {
    return status.length;
  }

  /** The first row's month. */
  YearMonth first() {
    return first;
  }

  /** The deal whose schedule these rows are. */
  DealId dealId() {
    return dealId;
  }

  /** The deal's client. */
  ClientId clientId() {
    return clientId;
  }

  /** The exact sum of the accrued amounts, in the client's currency. */
  MonetaryAmount total() {
    return total;
  }

  /** Hands each accruing row, as a {@link CommissionMonth}, to an action, in month order. */
  void forEachAccrued(Consumer<CommissionMonth> action) {
    for (int index : accruedAt) {
      action.accept(get(index));
    }
  }

  /** Collects a schedule's rows month by month. Not thread-safe. */
  static final class Builder {
    private final DealId dealId;
    private final ClientId clientId;
    private final YearMonth first;
    private final MonetaryAmount zero;
    private final RevenueSeries revenue;
    private final CommissionRules rules;
    private byte[] status;
    private DealId @Nullable [] coveredBy;
    private int size;
    private int[] accruedAt = NO_INDEXES;
    private MonetaryAmount[] basis = NO_AMOUNTS;
    private MonetaryAmount[] amount = NO_AMOUNTS;
    private int accrued;

    Builder(DealId dealId, ClientId clientId, YearMonth first, MonetaryAmount zero, RevenueSeries revenue,
        CommissionRules rules, int expectedRows) {
      this.status = new byte[Math.max(1, expectedRows)];
      this.dealId = dealId;
      this.clientId = clientId;
      this.first = first;
      this.zero = zero;
      this.revenue = revenue;
      this.rules = rules;
    }

    /** Adds the next month with a status that carries nothing else (no revenue, not managed). */
    @SuppressWarnings("EnumOrdinal") // a status byte: the index into values(), read back only by get()
    void add(AccrualStatus s) {
      if (size == status.length) {
        status = Arrays.copyOf(status, size * 2);
      }
      status[size++] = (byte) s.ordinal();
    }

    /** Adds the next month, covered by another deal's schedule. */
    void addCovered(DealId by) {
      DealId[] covered = coveredBy;
      if (covered == null || covered.length < size + 1) {
        int capacity = Math.max(status.length, size + 1); // the rows expected: usually no copy at build
        covered = covered == null ? new DealId[capacity] : Arrays.copyOf(covered, capacity);
        coveredBy = covered;
      }
      covered[size] = by;
      add(AccrualStatus.COVERED);
    }

    /** Adds the next month, accruing an amount on a basis (both in the client's currency). */
    void addAccrued(MonetaryAmount onBasis, MonetaryAmount accrues) {
      if (accrued == accruedAt.length) {
        int capacity = Math.max(4, accrued * 2);
        accruedAt = Arrays.copyOf(accruedAt, capacity);
        basis = Arrays.copyOf(basis, capacity);
        amount = Arrays.copyOf(amount, capacity);
      }
      accruedAt[accrued] = size;
      basis[accrued] = onBasis;
      amount[accrued] = accrues;
      accrued++;
      add(AccrualStatus.ACCRUES);
    }

    ScheduleRows build() {
      return new ScheduleRows(this);
    }
  }
}
