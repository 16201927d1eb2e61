package dev.partnerpoints.renewal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import dev.partnerpoints.internal.Sums;
import dev.partnerpoints.ledger.Client;
import dev.partnerpoints.ledger.ClientId;
import dev.partnerpoints.ledger.PointLedger;
import dev.partnerpoints.segment.ClientFigure;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;
import org.threeten.extra.LocalDateRange;

/**
 * The upcoming renewals on a date: the renewals on or after the date and before the horizon's end,
 * sorted by time to renewal, then client id, then product lines. The MRR change per currency is the
 * exact sum of the rows.
 */
@Value.Immutable
abstract class UpcomingRenewalsDef implements ClientFigure {

  /**
   * The date of the section.
   *
   * @return the date, never null
   */
  public abstract LocalDate date();

  /**
   * The first day after the horizon: renewals before it are shown.
   *
   * @return the date, never null, not before {@link #date()}
   */
  public abstract LocalDate horizonEnd();

  /**
   * The renewals, sorted by days to renewal, then client id, then product lines.
   *
   * @return the rows, never null
   */
  public abstract ImmutableList<UpcomingRenewal> rows();

  /**
   * The MRR change at renewal per currency code: the exact sum of the rows.
   *
   * @return the totals sorted by currency code, never null
   */
  @Value.Derived
  public ImmutableSortedMap<String, MonetaryAmount> mrrChangeByCurrency() {
    return Sums.byCurrency(rows().stream().map(UpcomingRenewal::mrrChange).collect(ImmutableList.toImmutableList()));
  }

  @Override
  public ImmutableSortedSet<ClientId> clients() {
    return rows().stream().map(UpcomingRenewal::clientId)
        .collect(ImmutableSortedSet.toImmutableSortedSet(Comparator.naturalOrder()));
  }

  @Value.Check
  void check() {
    if (horizonEnd().isBefore(date())) {
      throw new IllegalArgumentException("upcoming renewals on " + date() + " have their horizon end on " + horizonEnd()
          + ", before their date; it must be on or after it");
    }
    LocalDateRange horizon = LocalDateRange.of(date(), horizonEnd()); // empty for a zero horizon
    for (UpcomingRenewal r : rows()) {
      LocalDate on = r.renewal().renewalDate();
      if (!horizon.contains(on)) {
        throw new IllegalArgumentException("upcoming renewals on " + date() + " until " + horizonEnd()
            + " may hold only renewals on or after the date and before the horizon end, but hold client "
            + r.clientId() + "'s renewal on " + on);
      }
    }
  }

  /**
   * Selects the upcoming renewals: those with {@code date <= renewalDate < date + horizon}, sorted
   * by days to renewal, then client id, then product lines.
   *
   * @param ledger the ledger that knows the clients (names and currencies), not null
   * @param renewals the renewals known, not null
   * @param date the date, not null
   * @param horizon how far ahead to look, not null, not negative (90 days on the dashboard by default)
   * @return the section, never null
   * @throws IllegalArgumentException if a renewal names a client that is not in the ledger or is in
   *     another currency than the client's, or the horizon is negative
   */
  public static UpcomingRenewals from(PointLedger ledger, Collection<Renewal> renewals, LocalDate date, Period horizon) {
    Objects.requireNonNull(ledger, "ledger");
    Objects.requireNonNull(renewals, "renewals");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(horizon, "horizon");
    if (horizon.isNegative()) {
      throw new IllegalArgumentException("renewal horizon must not be negative, but was " + horizon);
    }
    LocalDateRange window = LocalDateRange.of(date, date.plus(horizon)); // empty for a zero horizon
    List<UpcomingRenewal> rows = new ArrayList<>();
    for (Renewal r : renewals) {
      Client client = ledger.clients().get(r.clientId());
      if (client == null) {
        throw new IllegalArgumentException("renewal on " + r.renewalDate() + " names client " + r.clientId()
            + ", which is not in the ledger; known clients: " + ledger.clients().keySet());
      }
      Sums.requireCurrency(client.currency(), r.currentMrr());
      if (window.contains(r.renewalDate())) {
        rows.add(UpcomingRenewal.builder()
            .renewal(r)
            .clientName(client.name())
            .daysToRenewal(ChronoUnit.DAYS.between(date, r.renewalDate()))
            .build());
      }
    }
    rows.sort(Comparator.comparingLong(UpcomingRenewal::daysToRenewal)
        .thenComparing(UpcomingRenewal::clientId)
        .thenComparing(u -> u.products().toString()));
    return UpcomingRenewals.builder().date(date).horizonEnd(window.getEnd()).rows(rows).build();
  }
}
