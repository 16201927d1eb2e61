package dev.partnerpoints.ledger;

import com.google.common.collect.ImmutableList;
import dev.partnerpoints.program.NoDealIncreaseWithoutSale;
import dev.partnerpoints.program.ProgramRules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import javax.money.MonetaryAmount;

/** Finds a ledger's {@link DataGap}s (every kind but {@link DataGapKind#REVENUE_MISSING}). */
final class DataGaps {

  /** Client, then first day, then kind, then deal id: a stable order for output. */
  static final Comparator<DataGap> ORDER = Comparator.comparing(DataGap::clientId)
      .thenComparing(DataGap::start)
      .thenComparing(DataGap::kind)
      .thenComparing(g -> g.dealId().map(DealId::value).orElse(""));

  private DataGaps() {}

  /**
   * The gaps of a ledger's input.
   *
   * @param partner the ledger's partner
   * @param rules the rules (for what a no-deal increase without a sale earns)
   * @param clients the clients by id
   * @param deals every deal, in close-date then id order
   * @param periods every management period
   * @param mrrByClient each client's MRR history, absent for a client without one
   * @return the gaps in {@link #ORDER}
   */
  static ImmutableList<DataGap> find(PartnerId partner, ProgramRules rules, Map<ClientId, Client> clients,
      List<Deal> deals, List<ManagementPeriod> periods,
      Map<ClientId, ? extends NavigableMap<LocalDate, MonetaryAmount>> mrrByClient) {
    List<DataGap> gaps = new ArrayList<>();
    Map<ClientId, LocalDate> firstDeal = new HashMap<>();
    Map<String, LocalDate> firstSale = new HashMap<>();
    Map<String, Deal> cancelledBy = new HashMap<>();
    for (Deal d : deals) {
      if (d.status() != DealStatus.CLOSED_WON) {
        continue;
      }
      firstDeal.putIfAbsent(d.clientId(), d.closeDate());
      String line = d.clientId().value() + "\u0000" + d.productLine().value();
      if (d.kind().isFirstSale()) {
        firstSale.putIfAbsent(line, d.closeDate());
        cancelledBy.remove(line);
        continue;
      }
      Deal cancellation = cancelledBy.get(line);
      if (cancellation != null) {
        gaps.add(DataGap.of(DataGapKind.DEAL_AFTER_CANCELLATION, d.clientId(), d.closeDate(), Optional.empty(),
            Optional.of(d.id()), "deal " + d.id() + " (" + d.kind() + " of " + d.productLine() + " for client "
                + d.clientId() + ", closed " + d.closeDate() + ") comes after the line's cancellation by deal "
                + cancellation.id() + " on " + cancellation.closeDate() + " with no new sale of the line in between;"
                + " the sale that restarted the line is missing from the input"));
      }
      if (d.kind() == DealKind.CANCELLATION) {
        cancelledBy.put(line, d);
      }
    }
    boolean credited = rules.noDealIncreaseWithoutSale() == NoDealIncreaseWithoutSale.CREDITED_AS_RECORDED;
    for (Deal d : deals) {
      if (d.status() != DealStatus.CLOSED_WON || d.kind() != DealKind.NO_DEAL_INCREASE) {
        continue;
      }
      LocalDate sale = firstSale.get(d.clientId().value() + "\u0000" + d.productLine().value());
      if (sale == null || sale.isAfter(d.closeDate())) {
        gaps.add(DataGap.of(DataGapKind.NO_DEAL_INCREASE_WITHOUT_SALE, d.clientId(), d.closeDate(),
            Optional.empty(), Optional.of(d.id()), "no-deal increase " + d.id() + " (" + d.productLine()
                + " for client " + d.clientId() + ", closed " + d.closeDate() + ") has no sale of the line to the"
                + " client on or before it, so the input does not say who sold the line; "
                + (credited ? "it is credited as recorded, to " + d.partner().map(PartnerId::value).orElse("nobody")
                    : "it earns no points for anyone")));
      }
    }
    Set<ClientId> withoutMrr = new HashSet<>();
    for (Client c : clients.values()) {
      if (mrrByClient.get(c.id()) == null && c.subscriptions().isEmpty()) {
        withoutMrr.add(c.id());
        LocalDate first = firstDeal.get(c.id());
        if (first != null) {
          gaps.add(DataGap.of(DataGapKind.CLIENT_WITHOUT_MRR, c.id(), first, Optional.empty(), Optional.empty(),
              "client " + c.id() + " has closed-won deals (the first on " + first + ") but no MRR history and no"
                  + " subscriptions: its MRR counts as zero on every date (no managed points, no retention, no"
                  + " revenue derived from MRR); add its mrr or subscription records"));
        }
      }
    }
    for (ManagementPeriod p : periods) {
      if (!p.partner().equals(partner)) {
        continue;
      }
      NavigableMap<LocalDate, MonetaryAmount> history = mrrByClient.get(p.clientId());
      Optional<LocalDate> until;
      String why;
      if (withoutMrr.contains(p.clientId())) {
        until = p.until();
        why = "no MRR history and no subscriptions";
      } else if (history != null && history.firstKey().isAfter(p.from())) {
        LocalDate first = history.firstKey();
        until = Optional.of(p.until().filter(u -> u.isBefore(first)).orElse(first));
        why = "no MRR before its first mrr record, effective " + first;
      } else {
        continue;
      }
      gaps.add(DataGap.of(DataGapKind.MANAGED_WITHOUT_MRR, p.clientId(), p.from(), until, Optional.empty(),
          "client " + p.clientId() + " is managed by " + partner + " from " + p.from()
              + until.map(u -> " until " + u).orElse("") + " but has " + why
              + ": its managed points are zero on those days"));
    }
    gaps.sort(ORDER);
    return ImmutableList.copyOf(gaps);
  }
}
