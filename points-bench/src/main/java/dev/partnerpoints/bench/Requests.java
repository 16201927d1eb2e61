package dev.partnerpoints.bench;

import dev.partnerpoints.calculator.EstimateRequest;
import dev.partnerpoints.money.PointValue;
import dev.partnerpoints.program.CountryCode;
import dev.partnerpoints.program.DealType;
import dev.partnerpoints.program.ProgramRules;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.javamoney.moneta.Money;

/**
 * Random calculator requests as columns (what each variant needs, prepared once): mixed currencies,
 * markets (growth and not), deal types, manage flags and partner counts, with dates in the current
 * rules (2025-07-15 on), so that the baselines can hard-code today's table as a user would.
 */
final class Requests {

  static final String[][] MARKETS = {
      {"US", "USD"}, {"CA", "CAD"}, {"AU", "AUD"}, {"GB", "GBP"}, {"DE", "EUR"}, {"FR", "EUR"},
      {"JP", "JPY"}, {"SG", "SGD"}, {"ZA", "ZAR"}, {"CO", "COP"}, {"BR", "USD"}, {"IN", "USD"},
      {"MX", "USD"}, {"ES", "EUR"}, {"PH", "USD"}, {"BR", "EUR"}, {"IN", "GBP"}};
  static final String[] CURRENCIES = {"USD", "AUD", "CAD", "COP", "EUR", "GBP", "JPY", "SGD", "ZAR"};

  final int size;
  final String[] currencyCode;
  final String[] countryCode;
  final DealType[] dealType;
  final boolean[] manages;
  final int[] others;
  final BigDecimal[] amount;
  final long[] unscaled;
  final int[] scale;
  final LocalDate[] date;
  final CurrencyUnit[] currency;
  final CountryCode[] country;
  final int[] currencyIndex;
  final boolean[] growth;

  Requests(int size, long seed) {
    this.size = size;
    currencyCode = new String[size];
    countryCode = new String[size];
    dealType = new DealType[size];
    manages = new boolean[size];
    others = new int[size];
    amount = new BigDecimal[size];
    unscaled = new long[size];
    scale = new int[size];
    date = new LocalDate[size];
    currency = new CurrencyUnit[size];
    country = new CountryCode[size];
    currencyIndex = new int[size];
    growth = new boolean[size];
    ProgramRules rules = ProgramRules.builtIn();
    SplittableRandom random = new SplittableRandom(seed);
    LocalDate first = LocalDate.of(2025, 7, 15);
    Map<String, CurrencyUnit> units = new HashMap<>();
    for (int i = 0; i < size; i++) {
      String[] market = MARKETS[random.nextInt(MARKETS.length)];
      countryCode[i] = market[0];
      currencyCode[i] = market[1];
      currency[i] = units.computeIfAbsent(market[1], Monetary::getCurrency);
      country[i] = CountryCode.of(market[0]);
      dealType[i] = random.nextBoolean() ? DealType.SOURCED : DealType.ASSISTED;
      manages[i] = random.nextBoolean();
      others[i] = manages[i] ? random.nextInt(3) : 0;
      int digits = Math.max(0, currency[i].getDefaultFractionDigits());
      long minor = 1 + random.nextLong(10_000_000L); // up to 100,000.00 currency units
      if ("COP".equals(market[1]) || "JPY".equals(market[1])) {
        minor *= 100;
      }
      amount[i] = BigDecimal.valueOf(minor, 2).setScale(digits, RoundingMode.DOWN);
      unscaled[i] = amount[i].unscaledValue().longValueExact();
      scale[i] = amount[i].scale();
      date[i] = first.plusDays(random.nextInt(350));
      currencyIndex[i] = indexOf(market[1]);
      growth[i] = rules.isGrowthMarket(country[i], date[i]);
    }
  }

  static int indexOf(String code) {
    for (int i = 0; i < CURRENCIES.length; i++) {
      if (CURRENCIES[i].equals(code)) {
        return i;
      }
    }
    throw new IllegalArgumentException(code);
  }

  EstimateRequest request(int i) {
    return EstimateRequest.builder()
        .soldMrr(Money.of(amount[i], currency[i]))
        .country(country[i])
        .dealType(dealType[i])
        .alsoManages(manages[i])
        .otherManagingPartners(others[i])
        .date(date[i])
        .build();
  }

  /** Today's table (2025-07-15 on) as a user would hard-code it: code to local amount per 100 USD. */
  static Map<String, BigDecimal> currentTable() {
    Map<String, BigDecimal> table = new HashMap<>();
    for (String code : CURRENCIES) {
      PointValue value = ProgramRules.builtIn().pointValue(Monetary.getCurrency(code), LocalDate.of(2025, 8, 1));
      table.put(code, value.localAmountPer100Usd());
    }
    return table;
  }
}
