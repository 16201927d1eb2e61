package dev.partnerpoints.ledger;

import dev.partnerpoints.program.CountryCode;
import dev.partnerpoints.program.DealType;
import dev.partnerpoints.program.ProgramRules;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * The inputs of a small random ledger, drawn from a seed: one to four clients in a few countries
 * and currencies (USD, EUR, GBP, JPY; BRL has no point value, so Brazilian clients pay in USD),
 * up to a dozen deals closed 2022-08-01..2026-06-30 (increases by this or other partners,
 * downgrades and cancellations, some with an explicit first-sale date), MRR histories and
 * subscriptions, and non-overlapping management periods of three partners.
 */
final class RandomLedger {

  static final PartnerId ME = PartnerId.of("p-m");
  static final List<PartnerId> PARTNERS = List.of(PartnerId.of("p-a"), ME, PartnerId.of("p-z"));
  static final LocalDate FIRST_CLOSE = LocalDate.of(2022, 8, 1);
  static final LocalDate LAST_CLOSE = LocalDate.of(2026, 6, 30);

  /** Country, currency. BR, MX, IN and KR are growth markets. */
  private static final String[][] MARKETS = {
      {"US", "USD"}, {"DE", "EUR"}, {"GB", "GBP"}, {"JP", "JPY"}, {"FR", "EUR"},
      {"BR", "USD"}, {"MX", "EUR"}, {"IN", "GBP"}, {"KR", "JPY"}};
  private static final List<ProductLine> LINES = List.of(
      ProductLine.of("Marketing Hub"), ProductLine.of("Sales Hub"), ProductLine.of("Service Hub"));
  private static final List<String> CLIENT_IDS = List.of("c-a", "c-b", "c-c", "c-d", "c-e", "c-f");
  private static final DealKind[] INCREASES = {
      DealKind.NEW_CLIENT, DealKind.CROSS_SELL, DealKind.UPSELL, DealKind.NO_DEAL_INCREASE};

  final long seed;
  final List<Client> clients = new ArrayList<>();
  final List<Deal> deals = new ArrayList<>();
  final List<ManagementPeriod> periods = new ArrayList<>();
  final List<ClientMrr> mrrs = new ArrayList<>();

  private RandomLedger(long seed) {
    this.seed = seed;
  }

  static RandomLedger fromSeed(long seed) {
    Random r = new Random(seed);
    RandomLedger in = new RandomLedger(seed);
    List<String> ids = new ArrayList<>(CLIENT_IDS);
    Collections.shuffle(ids, r);
    int clientCount = 1 + r.nextInt(4);
    for (int c = 0; c < clientCount; c++) {
      String[] market = MARKETS[r.nextInt(MARKETS.length)];
      Client.Builder client = Client.builder()
          .id(ClientId.of(ids.get(c)))
          .country(CountryCode.of(market[0]))
          .currency(Monetary.getCurrency(market[1]));
      for (ProductLine line : LINES) {
        if (r.nextInt(10) < 4) {
          client.addSubscriptions(Subscription.of(line, Edition.STARTER, amount(r, market[1], true)));
        }
      }
      in.clients.add(client.build());
    }
    for (Client client : in.clients) {
      if (r.nextInt(10) < 6) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        int count = 1 + r.nextInt(3);
        while (dates.size() < count) {
          dates.add(randomDate(r, LocalDate.of(2022, 6, 1), LAST_CLOSE));
        }
        for (LocalDate d : dates) {
          in.mrrs.add(ClientMrr.of(client.id(), d, amount(r, client.currency().getCurrencyCode(), true)));
        }
      }
      for (PartnerId partner : PARTNERS) {
        if (r.nextBoolean()) {
          in.periods.addAll(randomPeriods(r, client, partner));
        }
      }
    }
    int dealCount = r.nextInt(13);
    for (int i = 0; i < dealCount; i++) {
      in.deals.add(randomDeal(r, in, "d" + i));
    }
    return in;
  }

  /**
   * Adds {@code count} more random deals (ids {@code prefix0, prefix1, ...}) on the same clients,
   * drawn as the first ones were (reductions mostly of a line already sold).
   */
  RandomLedger withMoreDeals(Random r, int count, String prefix) {
    for (int i = 0; i < count; i++) {
      deals.add(randomDeal(r, this, prefix + i));
    }
    return this;
  }

  private static Deal randomDeal(Random r, RandomLedger in, String id) {
    Client client = in.clients.get(r.nextInt(in.clients.size()));
    ProductLine line = LINES.get(r.nextInt(LINES.size()));
    boolean reduction = r.nextInt(10) < 3;
    if (reduction && !in.deals.isEmpty() && r.nextInt(10) < 7) {
      // mostly reduce a line that was sold
      Deal sold = in.deals.get(r.nextInt(in.deals.size()));
      client = in.clients.stream().filter(c -> c.id().equals(sold.clientId())).findFirst().orElseThrow();
      line = sold.productLine();
    }
    LocalDate close = randomDate(r, FIRST_CLOSE, LAST_CLOSE);
    String currency = client.currency().getCurrencyCode();
    Deal.Builder deal = Deal.builder()
        .id(DealId.of(id))
        .clientId(client.id())
        .closeDate(close)
        .productLine(line)
        .dealType(r.nextBoolean() ? DealType.SOURCED : DealType.ASSISTED);
    if (reduction) {
      deal.kind(r.nextBoolean() ? DealKind.DOWNGRADE : DealKind.CANCELLATION)
          .mrrChange(amount(r, currency, false).negate());
    } else {
      deal.kind(INCREASES[r.nextInt(INCREASES.length)])
          .mrrChange(amount(r, currency, false))
          .partner(r.nextInt(10) < 7 ? ME : PARTNERS.get(r.nextInt(PARTNERS.size())));
    }
    if (r.nextInt(10) < 2) {
      deal.productLineFirstSold(randomDate(r, LocalDate.of(2022, 7, 18), close));
    }
    return deal.build();
  }

  private static List<ManagementPeriod> randomPeriods(Random r, Client client, PartnerId partner) {
    int bounds = 1 + r.nextInt(4);
    TreeSet<LocalDate> dates = new TreeSet<>();
    while (dates.size() < bounds) {
      dates.add(randomDate(r, LocalDate.of(2022, 6, 1), LAST_CLOSE.plusMonths(6)));
    }
    List<LocalDate> sorted = new ArrayList<>(dates);
    List<ManagementPeriod> result = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i += 2) {
      ManagementPeriod.Builder period = ManagementPeriod.builder()
          .clientId(client.id()).partner(partner).from(sorted.get(i));
      if (i + 1 < sorted.size()) {
        period.until(sorted.get(i + 1));
      }
      result.add(period.build());
    }
    return result;
  }

  /** A random amount: JPY in whole hundreds, others to the cent; sometimes zero if allowed. */
  private static MonetaryAmount amount(Random r, String currency, boolean zeroAllowed) {
    if (zeroAllowed && r.nextInt(10) == 0) {
      return Money.of(BigDecimal.ZERO, currency);
    }
    BigDecimal value = currency.equals("JPY")
        ? BigDecimal.valueOf(100L * (1 + r.nextInt(600)))
        : BigDecimal.valueOf(1 + r.nextInt(500_000), 2);
    return Money.of(value, currency);
  }

  static LocalDate randomDate(Random r, LocalDate first, LocalDate last) {
    long span = last.toEpochDay() - first.toEpochDay() + 1;
    return first.plusDays((long) (r.nextDouble() * span));
  }

  PointLedger build(ProgramRules rules) {
    return PointLedger.builder(rules, ME)
        .addClients(clients)
        .addDeals(deals)
        .addManagementPeriods(periods)
        .addClientMrr(mrrs)
        .build();
  }

  /**
   * Builds the same ledger from the same inputs added in another order: each list shuffled, and
   * MRR, periods and deals added before the clients they name.
   */
  PointLedger buildShuffled(ProgramRules rules, long shuffleSeed) {
    Random r = new Random(shuffleSeed);
    List<Client> c = new ArrayList<>(clients);
    List<Deal> d = new ArrayList<>(deals);
    List<ManagementPeriod> p = new ArrayList<>(periods);
    List<ClientMrr> m = new ArrayList<>(mrrs);
    Collections.shuffle(c, r);
    Collections.shuffle(d, r);
    Collections.shuffle(p, r);
    Collections.shuffle(m, r);
    PointLedger.Builder builder = PointLedger.builder(rules, ME);
    m.forEach(builder::addClientMrr);
    p.forEach(builder::addManagementPeriod);
    d.forEach(builder::addDeal);
    c.forEach(builder::addClient);
    return builder.build();
  }

  @Override
  public String toString() {
    return "RandomLedger[seed=" + seed + ", clients=" + clients + ", deals=" + deals + ", periods=" + periods
        + ", mrrs=" + mrrs + "]";
  }
}
