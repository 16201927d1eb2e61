package dev.partnerpoints.internal;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.partnerpoints.calculator.PointsCalculator;
import dev.partnerpoints.money.DateOutsideProgramException;
import dev.partnerpoints.money.PointValue;
import dev.partnerpoints.money.Timeline;
import dev.partnerpoints.money.UnsupportedCurrencyException;
import dev.partnerpoints.program.CountryCode;
import dev.partnerpoints.program.DealType;
import dev.partnerpoints.program.ProgramRules;
import dev.partnerpoints.program.RateEra;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import javax.money.CurrencyUnit;

/**
 * The one place where program rules are resolved for a points figure: the rate era, the market
 * multiplier, the currency table row and the product-line rate lock in force for a currency,
 * country, deal type and date, as a {@link ResolvedRule}. {@link PointsCalculator} (its calculator
 * and currency tab) and the ledger's valuation both resolve their rules here. Not API: see the
 * package's description.
 *
 * <p>{@link #of(ProgramRules)} resolves, once, every combination of date span (between two rule
 * changes), currency, market type, deal type and sold-rate era into a {@link ResolvedRule}; {@link
 * #resolve} then finds one by date, currency code and country without allocating. The lookups fail
 * as the rules' own lookups do, in the same order: the rate era, the currency table row, the
 * growth-market list. {@link #estimateHundredths} computes the calculator's total points of a sale
 * with {@code long} arithmetic: the figures of {@link PointsCalculator#estimate} for every input
 * (an intermediate product that would not fit in a {@code long} falls back to exact {@link
 * BigDecimal} arithmetic), rounded once to hundredths, HALF_EVEN.
 *
 * <pre>{@code
 * RuleResolver resolver = RuleResolver.of(ProgramRules.builtIn());
 * CurrencyUnit eur = Monetary.getCurrency("EUR");                     // look up once
 * long total = resolver.estimateHundredths(100_000, 2, eur, CountryCode.of("BR"),
 *     DealType.SOURCED, true, 1, LocalDate.of(2025, 8, 1));            // 12500 = 113.64 + 11.36
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RuleResolver {

  /**
   * The most other partners that may share a client's managed points with this partner: the
   * calculator's limit ({@code EstimateRequest.otherManagingPartners}), kept here so that both read
   * one number.
   */
  public static final int MAX_OTHER_PARTNERS = 10_000;

  private final ProgramRules rules;
  /** First day of each span, ascending; the first is the first day every rule is in force. */
  private final LocalDate[] spanFrom;
  /** {@link #spanFrom} as a list, for {@link #ruleChanges()}. */
  private final ImmutableList<LocalDate> ruleChanges;
  private final Span[] spans;
  private final int currencyCount;
  /** Currency index + 1 by the code's letters (AAA..ZZZ as 0..17575), 0 for none. */
  private final byte[] currencyByLetters;
  /** The index of each currency that {@link #currencyByLetters} does not hold (another code form, or beyond 126). */
  private final ImmutableMap<String, Integer> otherCurrencies;
  /** First day of each rate era, ascending. */
  private final LocalDate[] eraFrom;

  /** The rules in force from one rule change to the next. */
  private static final class Span {
    /**
     * Growth by the country code's letters (AA..ZZ as 0..675): a {@link CountryCode} is always two
     * letters A-Z, one of the JDK's ISO 3166-1 codes.
     */
    final boolean[] growthByLetters = new boolean[26 * 26];
    final RateEra era;
    final int eraIndex;
    /** [currency][growth 0/1][kind]: kind 0 assisted, 1 + j sourced at era j's rate; null if unsupported. */
    final ResolvedRule[][][] rates;
    /** The same, flat: [(currency x 2 + growth) x kinds + kind]. */
    final ResolvedRule[] flat;
    final int kinds;

    Span(ImmutableSet<CountryCode> growthMarkets, RateEra era, int eraIndex, ResolvedRule[][][] rates) {
      for (CountryCode country : growthMarkets) {
        growthByLetters[countryKey(country)] = true;
      }
      this.era = era;
      this.eraIndex = eraIndex;
      this.rates = rates;
      int k = 1;
      for (ResolvedRule[][] byCurrency : rates) {
        k = byCurrency == null ? k : byCurrency[0].length;
      }
      this.kinds = k;
      this.flat = new ResolvedRule[rates.length * 2 * k];
      for (int c = 0; c < rates.length; c++) {
        for (int g = 0; g < 2 && rates[c] != null; g++) {
          System.arraycopy(rates[c][g], 0, flat, (c * 2 + g) * k, k);
        }
      }
    }
  }

  private RuleResolver(ProgramRules rules) {
    this.rules = rules;
    List<LocalDate> eraDates = new ArrayList<>(rules.rateEras().entries().keySet());
    List<RateEra> eras = new ArrayList<>(rules.rateEras().entries().values());
    this.eraFrom = eraDates.toArray(new LocalDate[0]);
    TreeSet<String> codes = new TreeSet<>();
    rules.pointValues().tables().entries().values().forEach(table -> codes.addAll(table.keySet()));
    List<String> codeList = new ArrayList<>(codes);
    this.currencyCount = codeList.size();
    this.currencyByLetters = new byte[26 * 26 * 26];
    ImmutableMap.Builder<String, Integer> others = ImmutableMap.builder();
    for (int i = 0; i < codeList.size(); i++) {
      int key = letters(codeList.get(i));
      if (key >= 0 && i < Byte.MAX_VALUE) {
        currencyByLetters[key] = (byte) (i + 1);
      } else {
        others.put(codeList.get(i), i);
      }
    }
    this.otherCurrencies = others.buildOrThrow();

    // the first day every rule is in force (the latest first date of the three timelines; it is
    // one of their dates), then every later date on which one of them changes
    LocalDate start = Collections.max(List.of(rules.rateEras().firstEffectiveDate(),
        rules.pointValues().tables().firstEffectiveDate(), rules.growthMarkets().firstEffectiveDate()));
    TreeSet<LocalDate> changes = new TreeSet<>();
    changes.addAll(rules.rateEras().entries().keySet());
    changes.addAll(rules.pointValues().tables().entries().keySet());
    changes.addAll(rules.growthMarkets().entries().keySet());
    ImmutableList<LocalDate> starts = ImmutableList.copyOf(changes.tailSet(start, true));
    this.ruleChanges = starts;
    this.spanFrom = starts.toArray(new LocalDate[0]);
    this.spans = new Span[starts.size()];
    for (int s = 0; s < starts.size(); s++) {
      LocalDate from = starts.get(s);
      RateEra era = rules.rateEraOn(from);
      LocalDate eraFrom = rules.rateEras().effectiveFromOn(from);
      int eraIndex = eraDates.indexOf(eraFrom);
      ImmutableMap<String, PointValue> table = rules.pointValues().tables().valueOn(from);
      ResolvedRule[][][] rates = new ResolvedRule[codeList.size()][2][1 + eras.size()];
      for (int c = 0; c < codeList.size(); c++) {
        PointValue value = table.get(codeList.get(c));
        if (value == null) {
          rates[c] = null;
          continue;
        }
        for (int g = 0; g < 2; g++) {
          boolean growth = g == 1;
          rates[c][g][0] = new ResolvedRule(DealType.ASSISTED, growth, era, eraFrom, era, eraFrom, value);
          for (int j = 0; j <= eraIndex; j++) {
            rates[c][g][1 + j] = new ResolvedRule(DealType.SOURCED, growth, era, eraFrom, eras.get(j), eraDates.get(j), value);
          }
        }
      }
      spans[s] = new Span(rules.growthMarkets().valueOn(from), era, eraIndex, rates);
    }
  }

  /**
   * The resolvers compiled lately, by rules object (weak keys compare by identity; at most {@code
   * 8}, so the rules objects they hold are released once evicted): building many small ledgers on one
   * rules object compiles its rates once instead of once per ledger.
   */
  private static final Cache<ProgramRules, RuleResolver> COMPILED =
      CacheBuilder.newBuilder().weakKeys().maximumSize(8).build();

  /**
   * Compiles program rules, or returns the resolver already compiled for this rules object (the
   * same object, not an equal one; a resolver is immutable, so sharing it changes nothing).
   *
   * @param rules the rules, not null
   * @return the resolver, never null
   */
  public static RuleResolver of(ProgramRules rules) {
    Objects.requireNonNull(rules, "rules");
    RuleResolver compiled = COMPILED.getIfPresent(rules);
    if (compiled == null) { // two threads may both compile: either result is the same
      compiled = new RuleResolver(rules);
      COMPILED.put(rules, compiled);
    }
    return compiled;
  }

  /**
   * Returns the rules this resolver applies.
   *
   * @return the rules, never null
   */
  public ProgramRules rules() {
    return rules;
  }

  /**
   * Returns the dates on which the rules in force change: the first day on which every rule (rate
   * era, currency table, growth-market list) is in force, then each later date on which one of them
   * changes, ascending. Between two of these dates every rule lookup gives the same answer.
   *
   * @return the dates, never null, not empty
   */
  public ImmutableList<LocalDate> ruleChanges() {
    return ruleChanges;
  }

  /**
   * Returns the rule of a new product line: {@link #resolve(CurrencyUnit, CountryCode, DealType,
   * LocalDate, LocalDate)} with the line first sold on {@code date}. Allocates nothing.
   *
   * @param currency the client's currency, not null
   * @param country the client's country, not null
   * @param dealType the deal type, not null
   * @param date the date whose rules apply (the close date), not null
   * @return the rule, never null
   * @throws dev.partnerpoints.money.UnsupportedCurrencyException if the currency has no point value
   *     on the date
   * @throws dev.partnerpoints.money.DateOutsideProgramException if the date is before the first era,
   *     currency table or growth-market list
   */
  public ResolvedRule resolve(CurrencyUnit currency, CountryCode country, DealType dealType, LocalDate date) {
    return resolve(currency, country, dealType, date, date);
  }

  /**
   * Returns the rule in force on a date for a client's currency and country and a deal type: the
   * rate era, the market multiplier, the currency table row and, under the product-line rate lock,
   * the era whose sold rate applies (as {@link ProgramRules#soldRate} defines it). Allocates nothing
   * (the rules are resolved in advance).
   *
   * @param currency the client's currency, not null
   * @param country the client's country, not null
   * @param dealType the deal type, not null
   * @param date the date whose rules apply (the close date), not null
   * @param productLineFirstSold when the product line was first sold to the client, not null, not
   *     after {@code date}
   * @return the rule, never null
   * @throws IllegalArgumentException if {@code productLineFirstSold} is after {@code date}
   * @throws dev.partnerpoints.money.UnsupportedCurrencyException if the currency has no point value
   *     on the date
   * @throws dev.partnerpoints.money.DateOutsideProgramException if the date is before the first era,
   *     currency table or growth-market list
   */
  // Identity compares of the two dates are a shortcut for the common "first sold on the deal date"
  // call; equal but distinct dates take the isAfter/isBefore path and get the same answer.
  @SuppressWarnings("ReferenceEquality")
  public ResolvedRule resolve(CurrencyUnit currency, CountryCode country, DealType dealType, LocalDate date,
      LocalDate productLineFirstSold) {
    if ((productLineFirstSold != date && productLineFirstSold.isAfter(date)) || dealType == null || country == null) {
      throw badInput(dealType, country, date, productLineFirstSold);
    }
    int c = currencyIndex(currency);
    int s = spanOf(date, c);
    if (s < 0) {
      throw failure(currency, country, date);
    }
    Span span = spans[s];
    int base = base(span, c, country);
    if (dealType != DealType.SOURCED) {
      return span.flat[base];
    }
    int soldEra = span.eraIndex;
    if (productLineFirstSold != date && productLineFirstSold.isBefore(eraFrom[soldEra])
        && span.era.locksSourcedRateToFirstSale()) {
      soldEra = lockedEra(productLineFirstSold, soldEra);
    }
    return span.flat[base + 1 + soldEra];
  }

  /** The span in force on the date if it has a rate for currency {@code c}; else -1. */
  private int spanOf(LocalDate date, int c) {
    int s = spans.length - 1;
    while (s >= 0 && date.isBefore(spanFrom[s])) {
      s--;
    }
    return s >= 0 && c >= 0 && spans[s].rates[c] != null ? s : -1;
  }

  /** Where a span's flat rates hold currency {@code c}'s assisted rate for the country's market type. */
  private static int base(Span span, int c, CountryCode country) {
    return (c * 2 + (isGrowth(span, country) ? 1 : 0)) * span.kinds;
  }

  /** The era in force on the first-sale day (the first era for a day before every era). */
  private int lockedEra(LocalDate firstSold, int current) {
    int j = current;
    while (j > 0 && firstSold.isBefore(eraFrom[j])) {
      j--;
    }
    return j;
  }

  /**
   * The index of a currency, or -1: by the code's three letters, else (another code form, a code
   * beyond the letter table's 126, or no currency of the rules) by the map of the others.
   */
  private int currencyIndex(CurrencyUnit currency) {
    String code = currency.getCurrencyCode();
    int key = letters(code);
    if (key >= 0) {
      int byLetters = currencyByLetters[key] - 1;
      if (byLetters >= 0) {
        return byLetters;
      }
    }
    Integer index = otherCurrencies.get(code);
    return index == null ? -1 : index;
  }

  /** AAA..ZZZ as 0..17575; -1 for any other code. */
  private static int letters(String code) {
    if (code.length() != 3) {
      return -1;
    }
    int a = code.charAt(0) - 'A';
    int b = code.charAt(1) - 'A';
    int c = code.charAt(2) - 'A';
    return (a | b | c) >= 0 && a < 26 && b < 26 && c < 26 ? (a * 26 + b) * 26 + c : -1;
  }

  /** Whether a country is a growth market in a span. */
  private static boolean isGrowth(Span span, CountryCode country) {
    return span.growthByLetters[countryKey(country)];
  }

  /** AA..ZZ as 0..675: a {@link CountryCode} is always two letters A-Z. */
  private static int countryKey(CountryCode country) {
    String code = country.code();
    return (code.charAt(0) - 'A') * 26 + code.charAt(1) - 'A';
  }

  private static RuntimeException badInput(DealType dealType, CountryCode country, LocalDate date,
      LocalDate productLineFirstSold) {
    Objects.requireNonNull(dealType, "dealType");
    Objects.requireNonNull(country, "country");
    return new IllegalArgumentException("product line first sold on " + productLineFirstSold
        + " is after the deal's close date " + date + "; it must be on or before it");
  }

  /**
   * The exception the calculator's own lookups ({@code rateEraOn}, {@code pointValue}, {@code
   * isGrowthMarket}, in that order) throw for a date or currency without a compiled rate. A date has
   * no compiled rate only before the latest of the three timelines' first dates, and a currency only
   * when the table in force lacks it; so when the rate eras and the currency table answer, the
   * growth-market list is the lookup that fails.
   */
  private RuntimeException failure(CurrencyUnit currency, CountryCode country, LocalDate date) {
    Objects.requireNonNull(country, "country");
    Timeline<?> eras = rules.rateEras();
    if (date.isBefore(eras.firstEffectiveDate())) {
      return new DateOutsideProgramException(eras.name(), date, eras.firstEffectiveDate());
    }
    Timeline<ImmutableMap<String, PointValue>> tables = rules.pointValues().tables();
    if (date.isBefore(tables.firstEffectiveDate())) {
      return new DateOutsideProgramException(tables.name(), date, tables.firstEffectiveDate());
    }
    ImmutableMap<String, PointValue> table = tables.valueOn(date);
    if (!table.containsKey(currency.getCurrencyCode())) {
      return new UnsupportedCurrencyException(currency.getCurrencyCode(), date, table.keySet());
    }
    Timeline<?> markets = rules.growthMarkets();
    return new DateOutsideProgramException(markets.name(), date, markets.firstEffectiveDate());
  }

  /**
   * Estimates the points of a sale as {@link PointsCalculator#estimate} does and returns the total:
   * the sold points plus, when this partner also manages the client, its even share of the managed
   * points, each rounded once to hundredths, HALF_EVEN. Allocates nothing.
   *
   * @param unscaledAmount the MRR sold in units of {@code 10^-scale} of the currency (100000 with
   *     scale 2 is 1000.00), not negative
   * @param scale the number of decimal places of {@code unscaledAmount}
   * @param currency the client's currency, not null
   * @param country the client's country, not null
   * @param dealType the deal type, not null
   * @param alsoManages whether this partner also manages the client
   * @param otherManagingPartners how many other partners manage it, 0 to 10,000
   * @param date the date whose rules apply, not null
   * @return the total points, in hundredths of a point
   * @throws IllegalArgumentException if the amount or the partner count is out of range
   * @throws dev.partnerpoints.money.UnsupportedCurrencyException if the currency has no point value
   *     on the date
   * @throws dev.partnerpoints.money.DateOutsideProgramException if the date is before the first era
   * @throws ArithmeticException if the points are beyond 10^15 in magnitude
   */
  public long estimateHundredths(long unscaledAmount, int scale, CurrencyUnit currency, CountryCode country,
      DealType dealType, boolean alsoManages, int otherManagingPartners, LocalDate date) {
    if (unscaledAmount < 0 || otherManagingPartners < 0 || otherManagingPartners > MAX_OTHER_PARTNERS) {
      throw badEstimate(unscaledAmount, scale, otherManagingPartners);
    }
    ResolvedRule rate = resolve(currency, country, dealType, date, date);
    long sold = rate.soldHundredths(unscaledAmount, scale);
    return alsoManages ? sold + rate.managedHundredths(unscaledAmount, scale, 1 + otherManagingPartners) : sold;
  }

  private static IllegalArgumentException badEstimate(long unscaledAmount, int scale, int otherManagingPartners) {
    if (unscaledAmount < 0) {
      return new IllegalArgumentException("sold value must not be negative, but was "
          + BigDecimal.valueOf(unscaledAmount, scale).toPlainString());
    }
    return new IllegalArgumentException("number of other managing partners must be between 0 and "
        + MAX_OTHER_PARTNERS + ", but was " + otherManagingPartners);
  }

  @Override
  public String toString() {
    return "RuleResolver[" + rules.name() + ", " + spans.length + " rule spans, " + currencyCount
        + " currencies]";
  }
}
