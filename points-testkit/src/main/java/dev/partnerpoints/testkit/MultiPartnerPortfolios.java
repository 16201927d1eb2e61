package dev.partnerpoints.testkit;

import com.google.common.collect.ImmutableList;
import dev.partnerpoints.ledger.Client;
import dev.partnerpoints.ledger.ClientId;
import dev.partnerpoints.ledger.ClientMrr;
import dev.partnerpoints.ledger.Deal;
import dev.partnerpoints.ledger.ManagementPeriod;
import dev.partnerpoints.ledger.PartnerId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Seeded random portfolios of many partners, for batch and load tests: one {@link Portfolio} per
 * partner ({@code partner-00000}, {@code partner-00001}, ...), some clients shared by several
 * partners of the portfolio.
 *
 * <pre>{@code
 * List<Portfolio> partners = MultiPartnerPortfolios.withSeed(42).generate(50_000, 20, 200);
 * }</pre>
 *
 * <p>A shared client is the same {@link Client} (one country and currency) in each partner that has
 * it; its management periods (of every partner managing it, sometimes one outside the portfolio) and
 * its MRR history are in each of those partners' portfolios, as each partner's own ledger file would
 * hold them, so the partners' managed shares of it add up to its managed points. Deal ids are unique
 * within a partner ({@code partner-00003-d17}). The same seed gives the same portfolios. An instance
 * is not thread-safe.
 */
public final class MultiPartnerPortfolios {

  /** A managing partner that is not in any generated portfolio. */
  public static final PartnerId OUTSIDE_PARTNER = PartnerId.of("outside-partner");

  private final SplittableRandom random;
  private final RandomPortfolios parts;
  private int sharedPercent = 10;

  private MultiPartnerPortfolios(long seed) {
    this.random = new SplittableRandom(seed);
    this.parts = RandomPortfolios.using(random);
  }

  /**
   * Creates a generator from a seed.
   *
   * @param seed the seed
   * @return the generator, never null
   */
  public static MultiPartnerPortfolios withSeed(long seed) {
    return new MultiPartnerPortfolios(seed);
  }

  /**
   * Sets how many of a partner's client rows (after the first partner's) reuse a client of an
   * earlier partner; 10 by default.
   *
   * @param percent the share, 0 to 100
   * @return this generator
   * @throws IllegalArgumentException if the share is out of range
   */
  public MultiPartnerPortfolios sharedPercent(int percent) {
    if (percent < 0 || percent > 100) {
      throw new IllegalArgumentException("shared percent must be 0 to 100, but was " + percent);
    }
    this.sharedPercent = percent;
    return this;
  }

  /**
   * The id of the {@code i}th generated partner.
   *
   * @param i the index, not negative
   * @return {@code partner-} and the index in five digits, never null
   */
  public static PartnerId partnerId(int i) {
    return PartnerId.of(String.format(Locale.ROOT, "partner-%05d", i));
  }

  /**
   * A QuickTheories generator of small multi-partner portfolios, each from a seed it draws.
   *
   * @param maxPartners the largest number of partners, at least 1
   * @param maxClients the largest number of clients per partner, at least 1
   * @param maxDeals the largest number of deals per partner, at least 0
   * @return the generator, never null
   */
  public static Gen<List<Portfolio>> portfolios(int maxPartners, int maxClients, int maxDeals) {
    if (maxPartners < 1 || maxClients < 1 || maxDeals < 0) {
      throw new IllegalArgumentException("need at least 1 partner, 1 client and 0 deals, but got " + maxPartners
          + ", " + maxClients + " and " + maxDeals);
    }
    return SourceDSL.longs().all().map(seed -> {
      MultiPartnerPortfolios g = withSeed(seed).sharedPercent(30);
      return g.generate(1 + g.random.nextInt(maxPartners), 1 + g.random.nextInt(maxClients),
          g.random.nextInt(maxDeals + 1));
    });
  }

  /**
   * Generates the portfolios.
   *
   * @param partners the number of partners, at least 1
   * @param clientsPerPartner the client rows of each partner, at least 1 (a little fewer when a
   *     reused client is already the partner's)
   * @param dealsPerPartner the deals of each partner, at least 0
   * @return one portfolio per partner, in partner order, never null
   * @throws IllegalArgumentException if a count is out of range
   */
  public List<Portfolio> generate(int partners, int clientsPerPartner, int dealsPerPartner) {
    if (partners < 1 || clientsPerPartner < 1 || dealsPerPartner < 0) {
      throw new IllegalArgumentException("need at least 1 partner, 1 client and 0 deals per partner, but got "
          + partners + ", " + clientsPerPartner + " and " + dealsPerPartner);
    }
    List<List<Client>> clientsOf = new ArrayList<>(partners);
    Map<ClientId, List<Integer>> owners = new LinkedHashMap<>();
    Map<ClientId, Client> byId = new LinkedHashMap<>();
    for (int p = 0; p < partners; p++) {
      List<Client> mine = new ArrayList<>(clientsPerPartner);
      Set<ClientId> ids = new HashSet<>();
      for (int i = 0; i < clientsPerPartner; i++) {
        Client client;
        if (p > 0 && random.nextInt(100) < sharedPercent) {
          List<Client> earlier = clientsOf.get(random.nextInt(p));
          client = earlier.get(random.nextInt(earlier.size()));
        } else {
          client = parts.client(partnerId(p) + "-c" + i);
        }
        if (ids.add(client.id())) {
          mine.add(client);
          byId.putIfAbsent(client.id(), client);
          owners.computeIfAbsent(client.id(), c -> new ArrayList<>()).add(p);
        }
      }
      clientsOf.add(mine);
    }
    Map<ClientId, List<ManagementPeriod>> periods = new LinkedHashMap<>();
    Map<ClientId, List<ClientMrr>> mrr = new LinkedHashMap<>();
    for (Map.Entry<ClientId, List<Integer>> e : owners.entrySet()) {
      ClientId id = e.getKey();
      Client client = byId.get(id);
      List<ManagementPeriod> list = new ArrayList<>();
      boolean shared = e.getValue().size() > 1;
      for (int owner : e.getValue()) {
        if (random.nextInt(4) < (shared ? 3 : 2)) {
          LocalDate start = parts.date();
          Optional<LocalDate> end = random.nextInt(3) == 0
              ? Optional.of(start.plusDays(1 + random.nextInt(700))) : Optional.empty();
          list.add(ManagementPeriod.builder().clientId(id).partner(partnerId(owner)).from(start).until(end).build());
        }
      }
      if (!list.isEmpty() && random.nextInt(5) == 0) {
        list.add(ManagementPeriod.builder().clientId(id).partner(OUTSIDE_PARTNER).from(parts.date()).build());
      }
      periods.put(id, list);
      if (client != null && random.nextInt(3) == 0) {
        LocalDate first = parts.date();
        mrr.put(id, List.of(ClientMrr.of(id, first, parts.amount(client.currency())),
            ClientMrr.of(id, first.plusDays(1 + random.nextInt(365)), parts.amount(client.currency()))));
      }
    }
    List<Portfolio> result = new ArrayList<>(partners);
    for (int p = 0; p < partners; p++) {
      PartnerId partner = partnerId(p);
      List<Client> mine = clientsOf.get(p);
      ImmutableList.Builder<Deal> deals = ImmutableList.builderWithExpectedSize(dealsPerPartner);
      for (int d = 0; d < dealsPerPartner; d++) {
        deals.add(parts.deal(partner + "-d" + d, mine.get(random.nextInt(mine.size())), partner));
      }
      ImmutableList.Builder<ManagementPeriod> myPeriods = ImmutableList.builder();
      ImmutableList.Builder<ClientMrr> myMrr = ImmutableList.builder();
      for (Client c : mine) {
        myPeriods.addAll(periods.getOrDefault(c.id(), List.of()));
        myMrr.addAll(mrr.getOrDefault(c.id(), List.of()));
      }
      result.add(new Portfolio(partner, ImmutableList.copyOf(mine), deals.build(), myPeriods.build(), myMrr.build()));
    }
    return result;
  }
}
