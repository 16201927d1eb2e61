package dev.partnerpoints.metrics;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import dev.partnerpoints.ledger.ClientId;
import dev.partnerpoints.ledger.Deal;
import dev.partnerpoints.ledger.DealOrigin;
import dev.partnerpoints.ledger.DealStatus;
import dev.partnerpoints.ledger.PointLedger;
import dev.partnerpoints.segment.ClientFigure;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import org.immutables.value.Value;

/**
 * The shared-sales section over an inclusive date range, each figure with its deals. A deal is
 * shared when it names the ledger's partner.
 * <ul>
 *   <li>{@link #vendorCreated()}: shared deals created by the vendor
 *       ({@link dev.partnerpoints.ledger.DealOrigin#VENDOR}) in the range, any status; by creation
 *       date.
 *   <li>{@link #openShared()}: shared deals still
 *       {@link dev.partnerpoints.ledger.DealStatus#OPEN}, created in the range; by creation date.
 *   <li>{@link #closedVendor()}: shared vendor-created deals
 *       {@link dev.partnerpoints.ledger.DealStatus#CLOSED_WON} in the range; by close date.
 * </ul>
 * A deal without a creation date counts as created on its close date.
 */
@Value.Immutable
abstract class SharedSalesDef implements ClientFigure {

  /**
   * The first day of the range.
   *
   * @return the date, never null
   */
  @SuppressWarnings("immutables:from")
  public abstract LocalDate from();

  /**
   * The last day of the range.
   *
   * @return the date, never null
   */
  public abstract LocalDate to();

  /**
   * Deals created by the vendor in the range, sorted by creation date, then id.
   *
   * @return the figure, never null
   */
  public abstract DealsFigure vendorCreated();

  /**
   * Open shared deals created in the range, sorted by creation date, then id.
   *
   * @return the figure, never null
   */
  public abstract DealsFigure openShared();

  /**
   * Vendor-created deals closed won in the range, sorted by close date, then id.
   *
   * @return the figure, never null
   */
  public abstract DealsFigure closedVendor();

  @Override
  public ImmutableSortedSet<ClientId> clients() {
    return ImmutableSortedSet.<ClientId>naturalOrder().addAll(vendorCreated().clients())
        .addAll(openShared().clients()).addAll(closedVendor().clients()).build();
  }

  @Value.Check
  void check() {
    if (to().isBefore(from())) {
      throw new IllegalArgumentException("date range ends on " + to() + ", before its start " + from()
          + "; the end must be on or after the start");
    }
  }

  /**
   * Computes the section from the ledger's deals.
   *
   * @param ledger the ledger, not null
   * @param from the first day, not null
   * @param to the last day, not null, not before {@code from}
   * @return the section, never null
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public static SharedSales from(PointLedger ledger, LocalDate from, LocalDate to) {
    Objects.requireNonNull(ledger, "ledger");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Predicate<Deal> shared = d -> d.partner().map(ledger.partner()::equals).orElse(false);
    return SharedSales.builder()
        .from(from)
        .to(to)
        .vendorCreated(select(ledger, shared.and(d -> d.origin() == DealOrigin.VENDOR), Deal::createdOrClosedOn, from, to))
        .openShared(select(ledger, shared.and(d -> d.status() == DealStatus.OPEN), Deal::createdOrClosedOn, from, to))
        .closedVendor(select(ledger, shared.and(d -> d.origin() == DealOrigin.VENDOR && d.status() == DealStatus.CLOSED_WON),
            Deal::closeDate, from, to))
        .build();
  }

  private static DealsFigure select(PointLedger ledger, Predicate<Deal> keep, Function<Deal, LocalDate> dateOf,
      LocalDate from, LocalDate to) {
    return DealsFigure.builder().rows(ledger.deals().stream()
        .filter(keep)
        .filter(d -> !dateOf.apply(d).isBefore(from) && !dateOf.apply(d).isAfter(to))
        .sorted(Comparator.comparing(dateOf).thenComparing(Deal::id))
        .collect(ImmutableList.toImmutableList())).build();
  }
}
