package dev.partnerpoints.ledger;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import dev.partnerpoints.calculator.AppliedRule;
import dev.partnerpoints.calculator.EstimateRequest;
import dev.partnerpoints.calculator.PointsCalculator;
import dev.partnerpoints.calculator.PointsEstimate;
import dev.partnerpoints.internal.ResolvedRule;
import dev.partnerpoints.internal.RuleResolver;
import dev.partnerpoints.money.Points;
import dev.partnerpoints.program.CountryCode;
import dev.partnerpoints.program.DealType;
import dev.partnerpoints.program.NoDealIncreaseWithoutSale;
import dev.partnerpoints.program.ProgramRules;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;

/**
 * Builds a {@link PointLedger} from what its {@link PointLedger.Builder} collected ({@link
 * LedgerInput}, which checks it): values the deals (rules in force on the close date, the product-line rate
 * lock, reductions), orders them and makes the entries, the managed intervals and the columns the
 * {@link LedgerIndex} is built from. Used once per build; not thread-safe.
 */
final class LedgerBuild {

  private final LedgerInput collected;
  private final ProgramRules rules;
  private final PartnerId partner;
  private final Map<ClientId, Client> clients;
  private final List<Deal> deals;
  private final List<ManagementPeriod> periods;
  private final List<ClientMrr> mrrHistory;

  LedgerBuild(LedgerInput input) {
    this.collected = input;
    this.rules = input.rules();
    this.partner = input.partner();
    this.clients = input.clients();
    this.deals = input.deals();
    this.periods = input.periods();
    this.mrrHistory = input.mrrHistory();
  }

  /** The rules the ledger is valued with. */
  ProgramRules rules() {
    return rules;
  }

  /** The partner whose ledger this is. */
  PartnerId partner() {
    return partner;
  }

  /** The clients as added. */
  Map<ClientId, Client> clients() {
    return clients;
  }

  /** The management periods as added. */
  List<ManagementPeriod> periods() {
    return periods;
  }

  /** The MRR history as added. */
  List<ClientMrr> mrrHistory() {
    return mrrHistory;
  }

  /**
   * The largest amount valued through the compiled rates: the calculator's own limit (10^13);
   * larger amounts go through the calculator, which rejects them.
   */
  private static final BigDecimal FAST_PATH_MAX_AMOUNT = BigDecimal.TEN.pow(13);
  private static final BigDecimal FAST_PATH_MIN_AMOUNT = FAST_PATH_MAX_AMOUNT.negate();

  /** Validates the inputs, values the deals, orders the entries and makes the ledger (see {@link PointLedger.Builder#build}). */
  PointLedger build() {
    PointsCalculator calculator = PointsCalculator.of(rules, Clock.systemUTC());
    // clients in id order, as the ledger keeps them
    ClientId[] sortedClients = clients.keySet().toArray(new ClientId[0]);
    Arrays.sort(sortedClients);
    Map<ClientId, Integer> clientIndex = new HashMap<>(2 * sortedClients.length);
    String[] currencyOfClient = new String[sortedClients.length];
    CountryCode[] countryOf = new CountryCode[sortedClients.length];
    for (int c = 0; c < sortedClients.length; c++) {
      clientIndex.put(sortedClients[c], c);
      Client client = collected.requireClient(sortedClients[c], "the client index");
      currencyOfClient[c] = client.currency().getCurrencyCode();
      countryOf[c] = client.country();
    }

    // One pass over the deals in the caller's order (sequential in memory) reads what the build
    // needs of each into columns and checks its client and currency; after it only positions are
    // sorted: visiting Deal objects in date order costs a cache miss each.
    Deal[] input = deals.toArray(new Deal[0]);
    int n = input.length;
    DealColumns columnsOfDeals = new DealColumns(n);
    int[] closeDay = columnsOfDeals.closeDay;
    String[] ids = columnsOfDeals.ids;
    long[] idKeys = columnsOfDeals.idKeys;
    int[] clientOf = columnsOfDeals.clientOf;
    byte[] what = columnsOfDeals.what;
    boolean[] sourced = columnsOfDeals.sourced;
    LocalDate noDealCut = rules.noDealIncreasesStopEarningOn().orElse(null);
    // The partner's increases and every reduction are valued in the same pass, as if each were
    // the first sale of its product line (the rate lock is applied below, to the deals it can
    // change); a failure is thrown later, in deal order, by the calculator itself.
    // (applied[j] is null until deal j is valued)
    long[] hundredths = new long[n];
    AppliedRule[] applied = new AppliedRule[n];
    Valuer valuer = new Valuer(calculator, countryOf, sourced, hundredths, applied);
    for (int j = 0; j < n; j++) {
      Deal d = input[j];
      Integer client = clientIndex.get(d.clientId());
      // the messages only on failure: building them for every deal costs as much as the check
      if (client == null) {
        throw LedgerInput.unknownClient(d.clientId(), "deal " + d.id());
      }
      String currency = d.mrrChange().getCurrency().getCurrencyCode();
      if (!currency.equals(currencyOfClient[client])) {
        throw LedgerInput.wrongCurrency("deal " + d.id(), currency, d.clientId(), currencyOfClient[client]);
      }
      if (columnsOfDeals.read(j, d, client, partner)) {
        try {
          valuer.value(j, d, d.closeDate(), client, closeDay[j]);
        } catch (RuntimeException e) {
          applied[j] = null; // valued again below, in order, to throw
        }
      }
    }
    collected.validatePeriodsAndMrr();

    int[] order = sortOrder(input, closeDay, ids, idKeys);
    ImmutableList.Builder<Deal> sortedDeals = ImmutableList.builderWithExpectedSize(n);
    for (int k = 0; k < n; k++) {
      sortedDeals.add(input[order[k]]);
    }
    ImmutableList<Deal> sorted = sortedDeals.build();

    // each client's product line as a small int (client index x product lines + product line
    // index), with its first sale (the earliest won first sale)
    int products = Math.max(1, columnsOfDeals.productIndex.size());
    int[] productOf = columnsOfDeals.productOf;
    boolean[] firstSaleWon = columnsOfDeals.firstSaleWon;
    boolean[] ownFirstSold = columnsOfDeals.ownFirstSold;
    int lines = Math.multiplyExact(sortedClients.length, products);
    int[] lineOf = new int[n];
    int[] firstSale = new int[lines];
    Arrays.fill(firstSale, -1);
    for (int j = 0; j < n; j++) {
      int line = clientOf[j] * products + productOf[j];
      lineOf[j] = line;
      if (firstSaleWon[j]) {
        int first = firstSale[line];
        if (first < 0 || closedBefore(j, first, input, closeDay)) {
          firstSale[line] = j;
        }
      }
    }
    List<LocalDate> firstSold = new ArrayList<>(lines);
    for (int first : firstSale) {
      firstSold.add(first < 0 ? null : input[first].closeDate());
    }
    valuer.firstSold = firstSold;
    // The rate lock: a sourced deal whose product line was first sold in an earlier rate era than
    // its close date may earn at that era's rate; those (and any with a first-sale date of their
    // own, or a clamped day) are valued again with their line's first sale.
    int[] eraStart = rules.rateEras().entries().keySet().stream().mapToInt(LedgerEntries::day).toArray();
    for (int j = 0; j < n; j++) {
      if (what[j] == 0 || what[j] == NO_DEAL_INCREASE || applied[j] == null || !sourced[j]) {
        continue;
      }
      int first = firstSale[lineOf[j]];
      if (ownFirstSold[j] || (first >= 0 && mayLock(closeDay[first], closeDay[j], eraStart))) {
        try {
          valuer.value(j, input[j], lineOf[j], clientOf[j], closeDay[j]);
        } catch (RuntimeException e) {
          applied[j] = null;
        }
      }
    }

    int[] lineSaleOf = creditNoDealIncreases(input, order, columnsOfDeals, lineOf, lines, noDealCut, valuer, applied);

    // the entries as columns first; their objects are made at the end, in one go, so that a
    // collection during the build has few small objects to copy
    int entryCount = 0;
    for (byte w : what) {
      entryCount += w == ENTRY || w == NO_POINTS_ENTRY ? 1 : 0;
    }
    LedgerEntries entries = new LedgerEntries(entryCount, input, lineSaleOf, rules.soldPointsActiveMonths());
    LedgerIndex.EntryColumns columns = entries.columns;
    int[] lastOfLine = new int[lines];
    Arrays.fill(lastOfLine, -1);
    int day = 0;
    LocalDate expiresOn = null;
    int expiryDay = Integer.MIN_VALUE;
    for (int k = 0; k < n; k++) {
      int j = order[k];
      if (what[j] != ENTRY && what[j] != NO_POINTS_ENTRY) {
        continue;
      }
      if (applied[j] == null) {
        valuer.value(j, input[j], lineOf[j], clientOf[j], closeDay[j]);
      }
      if (expiresOn == null || closeDay[j] != day) { // deals come in date order: one expiry per close date
        day = closeDay[j];
        expiresOn = input[j].closeDate().plusMonths(rules.soldPointsActiveMonths());
        expiryDay = LedgerEntries.day(expiresOn);
      }
      columns.client[entries.size] = clientOf[j];
      columns.sourced[entries.size] = sourced[j];
      entries.add(j, closeDay[j], what[j] == NO_POINTS_ENTRY ? 0 : hundredths[j], applied[j], expiryDay,
          lastOfLine[lineOf[j]]);
      lastOfLine[lineOf[j]] = entries.size - 1;
    }
    for (int k = 0; k < n; k++) {
      int j = order[k];
      if (what[j] == REDUCTION) {
        if (applied[j] == null) {
          valuer.value(j, input[j], lineOf[j], clientOf[j], closeDay[j]);
        }
        entries.reduce(lastOfLine[lineOf[j]], j, hundredths[j], rules.reductionOrder(), sourced[j]);
      }
    }
    ImmutableList<SoldEntry> soldEntries = entries.toEntries();
    columns.size = entries.size;
    ImmutableMap<ClientId, ImmutableSortedMap<LocalDate, MonetaryAmount>> mrrByClient = mrrByClient();
    return new PointLedger(LedgerParts.ofBuild(this, sorted, soldEntries,
        managedIntervals(calculator, mrrByClient), sortedClients, columns, mrrByClient));
  }

  /** Each client's MRR history by effective date (dates are unique per client: validated). */
  private ImmutableMap<ClientId, ImmutableSortedMap<LocalDate, MonetaryAmount>> mrrByClient() {
    Map<ClientId, TreeMap<LocalDate, MonetaryAmount>> byClient = new HashMap<>();
    for (ClientMrr m : mrrHistory) {
      byClient.computeIfAbsent(m.clientId(), k -> new TreeMap<>()).put(m.effectiveFrom(), m.mrr());
    }
    ImmutableMap.Builder<ClientId, ImmutableSortedMap<LocalDate, MonetaryAmount>> histories = ImmutableMap.builder();
    byClient.forEach((client, history) -> histories.put(client, ImmutableSortedMap.copyOfSorted(history)));
    return histories.buildOrThrow();
  }

  /** What the build reads of each deal, as columns by the deal's position in the input. */
  private static final class DealColumns {
    final int[] closeDay;
    final String[] ids;
    final long[] idKeys;
    final int[] clientOf;
    final int[] productOf;
    final byte[] what;
    final boolean[] sourced;
    final boolean[] firstSaleWon;
    final boolean[] ownFirstSold;
    final Map<ProductLine, Integer> productIndex = new HashMap<>();

    DealColumns(int n) {
      closeDay = new int[n];
      ids = new String[n];
      idKeys = new long[n];
      clientOf = new int[n];
      productOf = new int[n];
      what = new byte[n];
      sourced = new boolean[n];
      firstSaleWon = new boolean[n];
      ownFirstSold = new boolean[n];
    }

    /**
     * Reads deal {@code j}, of the client at index {@code client}.
     *
     * @return whether the partner's ledger values it (an entry or a reduction)
     */
    boolean read(int j, Deal d, int client, PartnerId partner) {
      clientOf[j] = client;
      closeDay[j] = LedgerEntries.day(d.closeDate());
      ids[j] = d.id().value();
      idKeys[j] = DealOrder.key(ids[j]);
      Integer product = productIndex.get(d.productLine());
      if (product == null) {
        product = productIndex.size();
        productIndex.put(d.productLine(), product);
      }
      productOf[j] = product;
      what[j] = what(d, partner);
      sourced[j] = d.dealType() == DealType.SOURCED;
      firstSaleWon[j] = d.status() == DealStatus.CLOSED_WON && d.kind().isFirstSale();
      ownFirstSold[j] = what[j] != 0 && d.productLineFirstSold().isPresent();
      return what[j] != 0 && what[j] != NO_DEAL_INCREASE;
    }
  }

  /**
   * What a deal is in the partner's ledger: 0 nothing (open, lost, or credited to another
   * partner), an {@link #ENTRY}, a {@link #REDUCTION} or, until its line's sale is known, a
   * {@link #NO_DEAL_INCREASE} (which may become a {@link #NO_POINTS_ENTRY}).
   */
  private static byte what(Deal d, PartnerId partner) {
    if (d.status() != DealStatus.CLOSED_WON) {
      return 0; // open and lost deals earn and reduce nothing
    }
    if (d.kind().isReduction()) {
      return REDUCTION;
    }
    if (d.kind() == DealKind.NO_DEAL_INCREASE) {
      return NO_DEAL_INCREASE; // whose it is depends on the line's sale: creditNoDealIncreases
    }
    return d.partner().orElseThrow().equals(partner) ? ENTRY : 0;
  }

  private static final byte ENTRY = 1;
  private static final byte NO_POINTS_ENTRY = 2;
  private static final byte REDUCTION = 3;
  /** A closed-won no-deal increase, until {@link #creditNoDealIncreases} decides whose it is. */
  private static final byte NO_DEAL_INCREASE = 4;

  /**
   * Credits each closed-won no-deal increase to the partner who sold its product line: the latest
   * closed-won first sale (new client or cross-sell) of the client's line closed on or before the
   * increase (of several on one day, the last in id order). When that partner is this ledger's,
   * the increase becomes an entry (with no points from the rules' cut-off on) at the sale's deal
   * type and is valued with the line's rate lock; otherwise it is nothing here. Without such a
   * sale, {@link ProgramRules#noDealIncreaseWithoutSale()} decides.
   *
   * @return each deal's line sale (its position), -1 for none
   */
  private int[] creditNoDealIncreases(Deal[] input, int[] order, DealColumns columns, int[] lineOf, int lines,
      @Nullable LocalDate noDealCut, Valuer valuer, AppliedRule[] applied) {
    int n = input.length;
    byte[] what = columns.what;
    int[] saleOf = new int[n];
    Arrays.fill(saleOf, -1);
    boolean any = false;
    for (byte w : what) {
      any |= w == NO_DEAL_INCREASE;
    }
    if (!any) {
      return saleOf;
    }
    int[] latestSale = new int[lines];
    Arrays.fill(latestSale, -1);
    int[] closeDay = columns.closeDay;
    boolean creditAsRecorded = rules.noDealIncreaseWithoutSale() == NoDealIncreaseWithoutSale.CREDITED_AS_RECORDED;
    for (int start = 0; start < n; ) {
      // one close date at a time: its sales first, so a sale on the increase's own day counts
      int end = start + 1;
      while (end < n && sameDay(order[start], order[end], input, closeDay)) {
        end++;
      }
      for (int k = start; k < end; k++) {
        int j = order[k];
        if (columns.firstSaleWon[j]) {
          latestSale[lineOf[j]] = j;
        }
      }
      for (int k = start; k < end; k++) {
        int j = order[k];
        if (what[j] != NO_DEAL_INCREASE) {
          continue;
        }
        Deal d = input[j];
        int sale = latestSale[lineOf[j]];
        boolean ours;
        if (sale >= 0) {
          ours = input[sale].partner().orElseThrow().equals(partner);
          columns.sourced[j] = columns.sourced[sale];
          saleOf[j] = sale;
        } else {
          ours = creditAsRecorded && d.partner().orElseThrow().equals(partner);
        }
        if (!ours) {
          what[j] = 0;
          continue;
        }
        what[j] = noDealCut != null && !d.closeDate().isBefore(noDealCut) ? NO_POINTS_ENTRY : ENTRY;
        try {
          valuer.value(j, d, lineOf[j], columns.clientOf[j], closeDay[j]);
        } catch (RuntimeException e) {
          applied[j] = null; // valued again, in order, to throw
        }
      }
      start = end;
    }
    return saleOf;
  }

  /** Whether deals {@code a} and {@code b} closed on the same date. */
  private static boolean sameDay(int a, int b, Deal[] input, int[] closeDay) {
    if (closeDay[a] != closeDay[b]) {
      return false;
    }
    boolean clamped = closeDay[a] == Integer.MIN_VALUE || closeDay[a] == Integer.MAX_VALUE;
    return !clamped || input[a].closeDate().equals(input[b].closeDate());
  }

  /**
   * The positions of the deals in {@link PointLedger#DEAL_ORDER} (close date, then id; ids are unique, so the
   * order is total): counted into days, then each day sorted by id; by a comparison sort when the
   * days span far more than the deals.
   */
  private static int[] sortOrder(Deal[] input, int[] closeDay, String[] ids, long[] keys) {
    int n = input.length;
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (int day : closeDay) {
      min = Math.min(min, day);
      max = Math.max(max, day);
    }
    boolean clamped = min == Integer.MIN_VALUE || max == Integer.MAX_VALUE;
    if (n == 0 || clamped || max - min > 4L * n + 100_000) {
      int[] order = new int[n];
      Integer[] boxed = new Integer[n];
      for (int j = 0; j < n; j++) {
        boxed[j] = j;
      }
      Arrays.sort(boxed, (a, b) -> PointLedger.DEAL_ORDER.compare(input[a], input[b]));
      for (int k = 0; k < n; k++) {
        order[k] = boxed[k];
      }
      return order;
    }
    return DealOrder.byDayThenId(closeDay, (int) min, (int) (max - min + 1), ids, keys);
  }

  /** A resolved rule on a date ({@link ResolvedRule} has identity equality). */
  private record RuleKey(ResolvedRule rate, LocalDate date) {}


  /**
   * Values deals as {@link PointsCalculator#estimate} does, through the rules it resolves (the same
   * figures, see {@link RuleResolver}); equal applied rules are shared. Anything the fast path
   * does not take (an amount beyond the calculator's limit, a date or currency outside the rules)
   * goes through the calculator itself, which gives the same result or throws the same exception.
   */
  private final class Valuer {
    private final PointsCalculator calculator;
    private final RuleResolver resolver;
    /** Each deal's deal type (by position): its own, or its line sale's for a no-deal increase. */
    private final boolean[] sourced;
    /** Each product line's first sale date (null for none), once known. */
    private List<@Nullable LocalDate> firstSold = List.of();
    private final CountryCode[] countryOf;
    /**
     * The applied rules by rate (by identity) and close day, in blocks of {@link #BLOCK} days from
     * the epoch day 0 on, made when first needed; other days, and every day of a ledger of fewer
     * than {@link #DENSE_FROM_DEALS} deals, by rate and date.
     */
    private final IdentityHashMap<ResolvedRule, AppliedRule[][]> appliedRules =
        new IdentityHashMap<>();
    private static final int BLOCK = 1024;
    private static final int BLOCKS = 128;
    /**
     * The fewest deals for which the applied rules are kept in day blocks: a block is 1,024 slots,
     * more than a small ledger has deals, so a small ledger keeps its rules by rate and date only.
     */
    private static final int DENSE_FROM_DEALS = 4 * BLOCK;
    private final boolean dense;
    private final Map<RuleKey, AppliedRule> sparseRules = new HashMap<>();

    /** Each deal's points, in hundredths, and the rule that produced them, by position. */
    private final long[] hundredths;
    private final AppliedRule[] applied;

    Valuer(PointsCalculator calculator, CountryCode[] countryOf, boolean[] sourced, long[] hundredths,
        AppliedRule[] applied) {
      this.sourced = sourced;
      this.dense = hundredths.length >= DENSE_FROM_DEALS;
      this.hundredths = hundredths;
      this.applied = applied;
      this.calculator = calculator;
      this.resolver = RuleResolver.of(rules);
      this.countryOf = countryOf;
    }

    /**
     * Values deal {@code j} into {@code hundredths[j]} and {@code applied[j]} with its product
     * line first sold on its own first-sale date, else on the line's first sale (once known).
     */
    void value(int j, Deal d, int line, int client, int closeDay) {
      LocalDate close = d.closeDate();
      LocalDate lineFirstSold = line < firstSold.size() ? firstSold.get(line) : null;
      LocalDate first = d.productLineFirstSold().orElse(lineFirstSold == null ? close : lineFirstSold);
      value(j, d, first.isAfter(close) ? close : first, client, closeDay);
    }

    /** Values deal {@code j} with its product line first sold on {@code first}, not after its close. */
    void value(int j, Deal d, LocalDate first, int client, int closeDay) {
      LocalDate close = d.closeDate();
      // signed (a reduction's amount is negative): HALF_EVEN is symmetric, so the points of the
      // amount's magnitude are the magnitude of its points
      BigDecimal amount = d.mrrChange().getNumber().numberValueExact(BigDecimal.class);
      if (amount.compareTo(FAST_PATH_MAX_AMOUNT) > 0 || amount.compareTo(FAST_PATH_MIN_AMOUNT) < 0) {
        slow(j, d, first);
        return;
      }
      ResolvedRule rate;
      try {
        rate = resolver.resolve(d.mrrChange().getCurrency(), countryOf[client], dealType(j), close, first);
      } catch (RuntimeException e) {
        slow(j, d, first); // throws the calculator's own exception
        throw e;
      }
      // amounts up to 10^13 with at most 5 decimals have at most 18 digits: a long unscaled value
      hundredths[j] = Math.abs(amount.precision() <= 18 && amount.scale() >= 0
          ? rate.soldHundredths(amount.movePointRight(amount.scale()).longValue(), amount.scale())
          : rate.soldPoints(amount).toHundredths());
      applied[j] = appliedRule(rate, close, closeDay);
    }

    private DealType dealType(int j) {
      return sourced[j] ? DealType.SOURCED : DealType.ASSISTED;
    }

    private AppliedRule appliedRule(ResolvedRule rate, LocalDate close, int closeDay) {
      if (dense && closeDay >= 0 && closeDay < BLOCK * BLOCKS) {
        AppliedRule[][] blocks = appliedRules.get(rate);
        if (blocks == null) {
          blocks = new AppliedRule[BLOCKS][];
          appliedRules.put(rate, blocks);
        }
        AppliedRule[] block = blocks[closeDay / BLOCK];
        if (block == null) {
          block = new AppliedRule[BLOCK];
          blocks[closeDay / BLOCK] = block;
        }
        AppliedRule rule = block[closeDay % BLOCK];
        if (rule == null) {
          rule = rate.appliedRule(close, 0);
          block[closeDay % BLOCK] = rule;
        }
        return rule;
      }
      return sparseRules.computeIfAbsent(new RuleKey(rate, close), k -> k.rate().appliedRule(k.date(), 0));
    }

    private void slow(int j, Deal d, LocalDate first) {
      PointsEstimate estimate = calculator.estimate(EstimateRequest.builder()
          .soldMrr(d.mrrChange().abs())
          .country(collected.requireClient(d.clientId(), "deal " + d.id()).country())
          .dealType(dealType(j))
          .date(d.closeDate())
          .productLineFirstSold(first)
          .build());
      hundredths[j] = estimate.soldPoints().toHundredths();
      applied[j] = estimate.appliedRule();
    }
  }

  /**
   * Whether a line first sold on {@code firstDay} can lock the rate of a deal closed on
   * {@code closeDay}: the first sale is earlier, in an earlier era (or a day is clamped).
   */
  private static boolean mayLock(int firstDay, int closeDay, int[] eraStart) {
    if (firstDay >= closeDay) {
      return false;
    }
    if (firstDay == Integer.MIN_VALUE || closeDay == Integer.MAX_VALUE) {
      return true;
    }
    for (int start : eraStart) {
      if (firstDay < start && start <= closeDay) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether deal {@code a} closed before deal {@code b}. Only the first sale's date matters (it is
   * all the rate lock reads), so of two first sales on one day the one met first is kept.
   */
  private static boolean closedBefore(int a, int b, Deal[] input, int[] closeDay) {
    if (closeDay[a] != closeDay[b]) {
      return closeDay[a] < closeDay[b];
    }
    boolean clamped = closeDay[a] == Integer.MIN_VALUE || closeDay[a] == Integer.MAX_VALUE;
    return clamped && input[a].closeDate().isBefore(input[b].closeDate()); // clamped days: the dates
  }

  private ImmutableListMultimap<ClientId, ManagedInterval> managedIntervals(PointsCalculator calculator,
      ImmutableMap<ClientId, ImmutableSortedMap<LocalDate, MonetaryAmount>> mrrByClient) {
    // the program's first day (when every rule is in force) and every later rule change
    List<LocalDate> ruleChanges = RuleResolver.of(rules).ruleChanges();
    LocalDate programStart = ruleChanges.get(0);

    Map<ClientId, List<ManagementPeriod>> periodsByClient = new TreeMap<>();
    for (ManagementPeriod p : periods) {
      periodsByClient.computeIfAbsent(p.clientId(), k -> new ArrayList<>()).add(p);
    }
    ImmutableListMultimap.Builder<ClientId, ManagedInterval> result = ImmutableListMultimap.builder();
    for (Map.Entry<ClientId, List<ManagementPeriod>> byClient : periodsByClient.entrySet()) {
      List<ManagementPeriod> clientPeriods = byClient.getValue();
      if (clientPeriods.stream().noneMatch(p -> p.partner().equals(partner))) {
        continue;
      }
      Client client = collected.requireClient(byClient.getKey(), "a management period");
      ImmutableSortedMap<LocalDate, MonetaryAmount> mrr = mrrByClient.get(client.id());
      TreeSet<LocalDate> starts = new TreeSet<>(ruleChanges);
      for (ManagementPeriod p : clientPeriods) {
        starts.add(p.from());
        p.until().ifPresent(starts::add);
      }
      if (mrr != null) {
        starts.addAll(mrr.keySet());
      }
      List<LocalDate> points = new ArrayList<>();
      for (LocalDate d : starts) {
        points.add(d.isBefore(programStart) ? programStart : d);
      }
      List<LocalDate> distinct = new ArrayList<>(new TreeSet<>(points));
      for (int i = 0; i < distinct.size(); i++) {
        LocalDate from = distinct.get(i);
        Optional<LocalDate> until = i + 1 < distinct.size() ? Optional.of(distinct.get(i + 1)) : Optional.empty();
        List<PartnerId> managers = new ArrayList<>();
        for (ManagementPeriod p : clientPeriods) {
          if (p.covers(from)) {
            managers.add(p.partner());
          }
        }
        if (!managers.contains(partner)) {
          continue;
        }
        managers.sort(Comparator.naturalOrder());
        MonetaryAmount clientMrr = PointLedger.mrrOn(client, mrr, from);
        PointsEstimate estimate = calculator.estimate(EstimateRequest.builder()
            .soldMrr(clientMrr)
            .country(client.country())
            .dealType(DealType.SOURCED)
            .alsoManages(true)
            .otherManagingPartners(managers.size() - 1)
            .date(from)
            .build());
        Points clientManaged = estimate.clientManagedPoints();
        Points share = clientManaged.allocate(managers.size()).get(managers.indexOf(partner));
        result.put(client.id(), ManagedInterval.builder()
            .clientId(client.id())
            .from(from)
            .until(until)
            .clientMrr(clientMrr)
            .clientManagedPoints(clientManaged)
            .managingPartners(managers)
            .share(share)
            .appliedRule(estimate.appliedRule())
            .build());
      }
    }
    return result.build();
  }
}
