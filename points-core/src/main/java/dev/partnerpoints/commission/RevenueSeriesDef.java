package dev.partnerpoints.commission;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.partnerpoints.ledger.Client;
import dev.partnerpoints.ledger.ClientId;
import dev.partnerpoints.ledger.PointLedger;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;

/**
 * Clients' net revenue month by month: the basis of revenue share. A client pays in a month when
 * its revenue in that month is above zero; a month without an entry has no revenue. The series'
 * last month is the horizon of commission schedules: months after it are not accrued.
 *
 * <p>Give actual revenue, or actual revenue followed by a forecast to see future payments.
 * {@link #fromMonthEndMrr} derives a series from the ledger's client MRR.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
abstract class RevenueSeriesDef {

  /**
   * The entries, at most one per client and month.
   *
   * @return the entries, never null
   */
  @Value.Parameter
  public abstract ImmutableList<ClientRevenue> entries();

  @Value.Lazy
  ImmutableMap<ClientId, ImmutableMap<YearMonth, MonetaryAmount>> index() {
    Map<ClientId, Map<YearMonth, MonetaryAmount>> index = new HashMap<>();
    for (ClientRevenue r : entries()) {
      index.computeIfAbsent(r.clientId(), k -> new HashMap<>()).put(r.month(), r.netRevenue());
    }
    ImmutableMap.Builder<ClientId, ImmutableMap<YearMonth, MonetaryAmount>> result = ImmutableMap.builder();
    index.forEach((client, months) -> result.put(client, ImmutableMap.copyOf(months)));
    return result.buildOrThrow();
  }

  /**
   * Returns a client's net revenue in a month.
   *
   * @param client the client id, not null
   * @param month the month, not null
   * @return the amount, or empty when the series has none (no revenue)
   */
  public Optional<MonetaryAmount> revenueOf(ClientId client, YearMonth month) {
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(month, "month");
    ImmutableMap<YearMonth, MonetaryAmount> months = index().get(client);
    return months == null ? Optional.empty() : Optional.ofNullable(months.get(month));
  }

  /**
   * The last month of the series.
   *
   * @return the month, or empty for an empty series
   */
  @Value.Lazy
  public Optional<YearMonth> lastMonth() {
    return entries().stream().map(ClientRevenue::month).max(Comparator.naturalOrder());
  }

  /**
   * Returns an empty series (no client pays in any month).
   *
   * @return the series, never null
   */
  public static RevenueSeries empty() {
    return RevenueSeries.builder().build();
  }

  /**
   * Derives a series from the ledger: each client's net revenue in each month from {@code first}
   * to {@code last} is its MRR on the month's last day ({@link PointLedger#clientMrrOn}); zero
   * months are left out. Entries are sorted by client id, then month.
   *
   * @param ledger the ledger, not null
   * @param first the first month, not null
   * @param last the last month, not null, not before {@code first}
   * @return the series, never null
   * @throws IllegalArgumentException if {@code last} is before {@code first}
   */
  public static RevenueSeries fromMonthEndMrr(PointLedger ledger, YearMonth first, YearMonth last) {
    Objects.requireNonNull(ledger, "ledger");
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("revenue months end in " + last + ", before their start " + first
          + "; the end must be on or after the start");
    }
    List<ClientRevenue> entries = new ArrayList<>();
    for (Client client : ledger.clients().values()) {
      for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
        MonetaryAmount mrr = ledger.clientMrrOn(client.id(), m.atEndOfMonth());
        if (mrr.isPositive()) {
          entries.add(ClientRevenue.of(client.id(), m, mrr));
        }
      }
    }
    return RevenueSeries.of(entries);
  }

  @Value.Check
  void check() {
    Map<ClientId, Map<YearMonth, ClientRevenue>> seen = new HashMap<>();
    Map<ClientId, String> currencies = new HashMap<>();
    for (ClientRevenue r : entries()) {
      if (seen.computeIfAbsent(r.clientId(), k -> new HashMap<>()).put(r.month(), r) != null) {
        throw new IllegalArgumentException("client " + r.clientId() + " has two revenue entries for " + r.month()
            + "; give at most one per client and month");
      }
      String code = r.netRevenue().getCurrency().getCurrencyCode();
      String first = currencies.putIfAbsent(r.clientId(), code);
      if (first != null && !first.equals(code)) {
        throw new IllegalArgumentException("revenue of client " + r.clientId() + " in " + r.month() + " is in " + code
            + " but its other revenue is in " + first + "; a client pays in one currency");
      }
    }
  }
}
