package dev.partnerpoints.ledger;

import dev.partnerpoints.program.DealType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.money.MonetaryAmount;

/**
 * A brute-force recomputation of a {@link RandomLedger}'s points, written from docs/rules.md and
 * PointLedger's documented defaults without using the ledger, the calculator or the program-rules
 * code: its own copies of the rate eras, currency table and growth markets, amounts in hundredths.
 */
final class LedgerOracle {

  private static final LocalDate LAUNCH = LocalDate.of(2022, 7, 18);
  private static final LocalDate FIVE_POINT_ERA = LocalDate.of(2024, 2, 27);
  private static final LocalDate RULE_CHANGE = LocalDate.of(2025, 7, 15);
  private static final Map<String, String> TABLE_2022 = Map.of("USD", "100", "EUR", "75", "GBP", "62.50", "JPY", "12000");
  private static final Map<String, String> TABLE_2025 = Map.of("USD", "100", "EUR", "88", "GBP", "74.00", "JPY", "14400");
  private static final Set<String> GROWTH = Set.of("BR", "MX", "IN", "KR");
  private static final Comparator<Deal> CLOSE_THEN_ID =
      Comparator.comparing(Deal::closeDate).thenComparing(Deal::id);

  /** One of the partner's sold entries, with the points taken off it by date. */
  static final class Entry {
    final Deal deal;
    final DealType type;
    final long points;
    final LocalDate start;
    final LocalDate end;
    long left;
    final List<Map.Entry<LocalDate, Long>> takes = new ArrayList<>();

    Entry(Deal deal, DealType type, long points) {
      this.deal = deal;
      this.type = type;
      this.points = points;
      this.start = deal.closeDate();
      this.end = deal.closeDate().plusMonths(12);
      this.left = points;
    }

    boolean activeOn(LocalDate t) {
      return !t.isBefore(start) && t.isBefore(end);
    }

    long remainingOn(LocalDate t) {
      long sum = points;
      for (Map.Entry<LocalDate, Long> take : takes) {
        if (!take.getKey().isAfter(t)) {
          sum -= take.getValue();
        }
      }
      return sum;
    }

    long activeOnHundredths(LocalDate t) {
      return activeOn(t) ? remainingOn(t) : 0;
    }
  }

  private final RandomLedger in;
  final List<Entry> entries = new ArrayList<>();

  LedgerOracle(RandomLedger in) {
    this.in = in;
    List<Deal> sorted = new ArrayList<>(in.deals);
    sorted.sort(CLOSE_THEN_ID);
    for (Deal d : sorted) {
      if (d.kind() == DealKind.NO_DEAL_INCREASE) {
        // credited to the partner who sold the line: its latest first sale on or before the
        // increase (the last by id on one day), at that sale's deal type; without one, nobody
        Optional<Deal> sale = sorted.stream()
            .filter(o -> o.kind() == DealKind.NEW_CLIENT || o.kind() == DealKind.CROSS_SELL)
            .filter(o -> o.clientId().equals(d.clientId()) && o.productLine().equals(d.productLine()))
            .filter(o -> !o.closeDate().isAfter(d.closeDate()))
            .reduce((a, b) -> b);
        if (sale.isPresent() && sale.get().partner().get().equals(RandomLedger.ME)) {
          DealType type = sale.get().dealType();
          boolean cut = !d.closeDate().isBefore(RULE_CHANGE);
          entries.add(new Entry(d, type, cut ? 0 : soldMrr(d, type)));
        }
      } else if (!d.kind().isReduction() && d.partner().get().equals(RandomLedger.ME)) {
        entries.add(new Entry(d, d.dealType(), soldMrr(d)));
      }
    }
    for (Deal reduction : sorted) {
      if (!reduction.kind().isReduction()) {
        continue;
      }
      long left = soldMrr(reduction);
      for (int i = entries.size() - 1; i >= 0 && left > 0; i--) {
        Entry e = entries.get(i);
        if (e.deal.clientId().equals(reduction.clientId()) && e.deal.productLine().equals(reduction.productLine())
            && e.activeOn(reduction.closeDate()) && e.left > 0) {
          long take = Math.min(left, e.left);
          e.left -= take;
          left -= take;
          e.takes.add(Map.entry(reduction.closeDate(), take));
        }
      }
    }
  }

  private Client client(ClientId id) {
    return in.clients.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
  }

  private static BigDecimal per100Usd(String currency, LocalDate date) {
    return new BigDecimal((date.isBefore(RULE_CHANGE) ? TABLE_2022 : TABLE_2025).get(currency));
  }

  private static long hundredths(BigDecimal value, BigDecimal ratePer100Usd, BigDecimal per100Usd) {
    // points = value / (local amount worth 100 USD) x rate, rounded once to hundredths, HALF_EVEN
    return value.multiply(ratePer100Usd).divide(per100Usd, 2, RoundingMode.HALF_EVEN).movePointRight(2)
        .longValueExact();
  }

  private static BigDecimal number(MonetaryAmount amount) {
    return amount.getNumber().numberValueExact(BigDecimal.class);
  }

  private BigDecimal multiplier(Client client) {
    return GROWTH.contains(client.country().code()) ? BigDecimal.valueOf(2) : BigDecimal.ONE;
  }

  /** The hundredths a deal's MRR change is worth on its close date (its magnitude). */
  long soldMrr(Deal d) {
    return soldMrr(d, d.dealType());
  }

  /** The hundredths a deal's MRR change is worth on its close date at a deal type. */
  long soldMrr(Deal d, DealType type) {
    Client client = client(d.clientId());
    int rate;
    if (type == DealType.ASSISTED || d.closeDate().isBefore(FIVE_POINT_ERA)) {
      rate = 3;
    } else {
      LocalDate firstSold = d.productLineFirstSold().orElseGet(() -> earliestFirstSale(d).orElse(d.closeDate()));
      if (firstSold.isAfter(d.closeDate())) {
        firstSold = d.closeDate();
      }
      rate = firstSold.isBefore(FIVE_POINT_ERA) ? 3 : 5;
    }
    return hundredths(number(d.mrrChange()).abs(), BigDecimal.valueOf(rate).multiply(multiplier(client)),
        per100Usd(client.currency().getCurrencyCode(), d.closeDate()));
  }

  private Optional<LocalDate> earliestFirstSale(Deal d) {
    return in.deals.stream()
        .filter(o -> o.kind() == DealKind.NEW_CLIENT || o.kind() == DealKind.CROSS_SELL)
        .filter(o -> o.clientId().equals(d.clientId()) && o.productLine().equals(d.productLine()))
        .map(Deal::closeDate)
        .min(Comparator.naturalOrder());
  }

  long soldOn(LocalDate t, DealType type) {
    long sum = 0;
    for (Entry e : entries) {
      if (e.type == type) {
        sum += e.activeOnHundredths(t);
      }
    }
    return sum;
  }

  long soldOn(LocalDate t) {
    return soldOn(t, DealType.SOURCED) + soldOn(t, DealType.ASSISTED);
  }

  /** This partner's share of a client's managed points on a date, in hundredths. */
  long managedShare(ClientId id, LocalDate t) {
    if (t.isBefore(LAUNCH)) {
      return 0;
    }
    TreeSet<PartnerId> managers = new TreeSet<>();
    for (ManagementPeriod p : in.periods) {
      if (p.clientId().equals(id) && !t.isBefore(p.from()) && (p.until().isEmpty() || t.isBefore(p.until().get()))) {
        managers.add(p.partner());
      }
    }
    if (!managers.contains(RandomLedger.ME)) {
      return 0;
    }
    Client client = client(id);
    BigDecimal mrr = BigDecimal.ZERO;
    TreeMap<LocalDate, MonetaryAmount> history = new TreeMap<>();
    in.mrrs.stream().filter(m -> m.clientId().equals(id)).forEach(m -> history.put(m.effectiveFrom(), m.mrr()));
    if (history.isEmpty()) {
      for (Subscription s : client.subscriptions()) {
        mrr = mrr.add(number(s.mrr()));
      }
    } else if (history.floorEntry(t) != null) {
      mrr = number(history.floorEntry(t).getValue());
    }
    long clientPoints = hundredths(mrr, multiplier(client), per100Usd(client.currency().getCurrencyCode(), t));
    int n = managers.size();
    int index = managers.headSet(RandomLedger.ME).size();
    long base = clientPoints / n;
    long extra = clientPoints - base * n;
    return base + (index < extra ? 1 : 0);
  }

  long managedOn(LocalDate t) {
    long sum = 0;
    for (Client c : in.clients) {
      sum += managedShare(c.id(), t);
    }
    return sum;
  }

  /** Per client: points of entries closed in [from, to]. */
  Map<ClientId, Long> newSold(LocalDate from, LocalDate to) {
    Map<ClientId, Long> result = new HashMap<>();
    for (Entry e : entries) {
      if (!e.start.isBefore(from) && !e.start.isAfter(to)) {
        result.merge(e.deal.clientId(), e.points, Long::sum);
      }
    }
    result.values().removeIf(v -> v == 0);
    return result;
  }

  /** Per client: points reduced in [from, to] plus points left on entries whose expiry day is in it. */
  Map<ClientId, Long> lostSold(LocalDate from, LocalDate to) {
    Map<ClientId, Long> result = new HashMap<>();
    for (Entry e : entries) {
      long lost = 0;
      for (Map.Entry<LocalDate, Long> take : e.takes) {
        if (!take.getKey().isBefore(from) && !take.getKey().isAfter(to)) {
          lost += take.getValue();
        }
      }
      if (!e.end.isBefore(from) && !e.end.isAfter(to)) {
        lost += e.remainingOn(e.end.minusDays(1));
      }
      result.merge(e.deal.clientId(), lost, Long::sum);
    }
    result.values().removeIf(v -> v == 0);
    return result;
  }

  /** Per client: the net managed change between the day before {@code from} and {@code to}, if positive ({@code sign} 1) or negative ({@code sign} -1), as a positive number. */
  Map<ClientId, Long> managedChange(LocalDate from, LocalDate to, int sign) {
    Map<ClientId, Long> result = new HashMap<>();
    for (Client c : in.clients) {
      long delta = sign * (managedShare(c.id(), to) - managedShare(c.id(), from.minusDays(1)));
      if (delta > 0) {
        result.put(c.id(), delta);
      }
    }
    return result;
  }
}
