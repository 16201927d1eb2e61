package dev.partnerpoints.ledger;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import dev.partnerpoints.money.Points;
import dev.partnerpoints.program.DealType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The date queries by scanning every entry and managed interval: the reference the index is tested
 * against, and the answer for ledgers whose dates the index cannot hold (epoch days beyond the
 * range of an {@code int}). Immutable and thread-safe.
 */
final class ScanQueries implements LedgerQueries {

  private final ImmutableList<SoldEntry> soldEntries;
  private final ImmutableListMultimap<ClientId, ManagedInterval> managedByClient;

  ScanQueries(ImmutableList<SoldEntry> soldEntries, ImmutableListMultimap<ClientId, ManagedInterval> managedByClient) {
    this.soldEntries = soldEntries;
    this.managedByClient = managedByClient;
  }

  @Override
  public PointsSnapshot pointsOn(LocalDate date) {
    long sourced = 0;
    long assisted = 0;
    ImmutableList.Builder<SoldEntry> active = ImmutableList.builder();
    ImmutableList.Builder<SoldEntry> expired = ImmutableList.builder();
    for (SoldEntry e : soldEntries) {
      if (e.isActiveOn(date)) {
        active.add(e);
        long p = e.remainingPointsOn(date).toHundredths();
        if (e.dealType() == DealType.SOURCED) {
          sourced += p;
        } else {
          assisted += p;
        }
      } else if (e.isExpiredOn(date)) {
        expired.add(e);
      }
    }
    return new PointsSnapshot(date, Points.ofHundredths(sourced), Points.ofHundredths(assisted),
        Points.ofHundredths(managedOn(date)), active.build(), expired.build());
  }

  @Override
  public long managedOn(LocalDate date) {
    long sum = 0;
    for (ClientId client : managedByClient.keySet()) {
      sum += LedgerQueries.managedShareOn(managedByClient, client, date);
    }
    return sum;
  }

  @Override
  public long soldOn(LocalDate date) {
    long sold = 0;
    for (SoldEntry e : soldEntries) {
      sold += e.activePointsOn(date).toHundredths();
    }
    return sold;
  }

  @Override
  public PointChanges changes(LocalDate from, LocalDate to) {
    LocalDate before = from.minusDays(1);
    Map<ClientId, Long> newSold = new TreeMap<>();
    Map<ClientId, Long> lostSold = new TreeMap<>();
    long soldBefore = 0;
    long soldAtEnd = 0;
    for (SoldEntry e : soldEntries) {
      long a = e.activePointsOn(before).toHundredths();
      long b = e.activePointsOn(to).toHundredths();
      long created = !e.activeFrom().isBefore(from) && !e.activeFrom().isAfter(to) ? e.points().toHundredths() : 0;
      soldBefore += a;
      soldAtEnd += b;
      newSold.merge(e.clientId(), created, Long::sum);
      lostSold.merge(e.clientId(), a + created - b, Long::sum);
    }
    Map<ClientId, Long> newManaged = new TreeMap<>();
    Map<ClientId, Long> lostManaged = new TreeMap<>();
    long managedBefore = 0;
    long managedAtEnd = 0;
    for (ClientId client : managedByClient.keySet()) {
      long a = LedgerQueries.managedShareOn(managedByClient, client, before);
      long b = LedgerQueries.managedShareOn(managedByClient, client, to);
      managedBefore += a;
      managedAtEnd += b;
      newManaged.put(client, Math.max(0, b - a));
      lostManaged.put(client, Math.max(0, a - b));
    }
    return PointChanges.builder()
        .from(from)
        .to(to)
        .soldBefore(Points.ofHundredths(soldBefore))
        .soldAtEnd(Points.ofHundredths(soldAtEnd))
        .managedBefore(Points.ofHundredths(managedBefore))
        .managedAtEnd(Points.ofHundredths(managedAtEnd))
        .newSold(LedgerQueries.figure(newSold))
        .lostSold(LedgerQueries.figure(lostSold))
        .newManaged(LedgerQueries.figure(newManaged))
        .lostManaged(LedgerQueries.figure(lostManaged))
        .build();
  }

  @Override
  public List<SoldEntry> mayBeActiveOn(LocalDate date) {
    return soldEntries;
  }
}
