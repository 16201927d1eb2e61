package dev.partnerpoints.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerpoints.program.RateLock;
import dev.partnerpoints.money.DateOutsideProgramException;
import dev.partnerpoints.money.UnsupportedCurrencyException;
import dev.partnerpoints.program.CountryCode;
import dev.partnerpoints.program.DealType;
import dev.partnerpoints.program.ProgramRules;
import dev.partnerpoints.program.UnknownCountryException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.javamoney.moneta.CurrencyUnitBuilder;
import org.junit.jupiter.api.Test;

/**
 * The resolver finds a currency's row and a country's market type by the code's letters: every
 * code it can be given must find its own row (or none) and its own market type, on every date the
 * rules change.
 */
class RuleResolverCodeSweepTest {

  private static final ProgramRules RULES = ProgramRules.builtIn();
  private static final RuleResolver RESOLVER = RuleResolver.of(RULES);
  private static final CountryCode US = CountryCode.of("US");

  /** Every date a rule changes on, and the day before it, from the program's first day on. */
  private static List<LocalDate> ruleDates() {
    TreeSet<LocalDate> dates = new TreeSet<>();
    dates.addAll(RULES.rateEras().entries().keySet());
    dates.addAll(RULES.pointValues().tables().entries().keySet());
    dates.addAll(RULES.growthMarkets().entries().keySet());
    List<LocalDate> result = new ArrayList<>();
    for (LocalDate d : dates) {
      result.add(d.minusDays(1));
      result.add(d);
    }
    result.removeIf(d -> {
      try {
        RESOLVER.resolve(Monetary.getCurrency("USD"), US, DealType.SOURCED, d);
        return false;
      } catch (DateOutsideProgramException e) {
        return true;
      }
    });
    return result;
  }

  @Test
  void everyThreeCharacterCurrencyCodeFindsItsOwnRowOrNone() {
    // A..Z and the characters just outside them ('@' before A, '[' after Z), and other code forms
    List<String> codes = new ArrayList<>();
    for (char a = '@'; a <= '['; a++) {
      for (char b = '@'; b <= '['; b++) {
        for (char c = '@'; c <= '['; c++) {
          codes.add(new String(new char[] {a, b, c}));
        }
      }
    }
    codes.addAll(List.of("usd", "Usd", "uSD", "US", "USDX", "EU", "EURO", "`SD", "{SD", "U`D", "US{"));
    List<String> wrong = new ArrayList<>();
    List<LocalDate> dates = ruleDates();
    assertThat(dates).hasSizeGreaterThan(4);
    int supportedSeen = 0;
    for (LocalDate date : dates) {
      Set<String> supported = RULES.pointValues().supportedCurrencyCodes(date);
      for (String code : codes) {
        CurrencyUnit unit = CurrencyUnitBuilder.of(code, "sweep").build();
        try {
          ResolvedRule rate = RESOLVER.resolve(unit, US, DealType.ASSISTED, date);
          String found = rate.pointValue().currency().getCurrencyCode();
          if (!supported.contains(code) || !found.equals(code)) {
            wrong.add(code + " on " + date + " found the row of " + found);
          }
          supportedSeen++;
        } catch (UnsupportedCurrencyException e) {
          if (supported.contains(code)) {
            wrong.add(code + " on " + date + " found no row");
          }
        }
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(supportedSeen).as("codes with a row, over all dates").isGreaterThan(dates.size() * 5);
  }

  @Test
  void everyCountryHasItsOwnMarketTypeOnEveryRuleDate() {
    List<CountryCode> countries = new ArrayList<>();
    for (String code : Locale.getISOCountries()) {
      try {
        countries.add(CountryCode.of(code));
      } catch (UnknownCountryException e) {
        // a code the library does not know: it cannot reach the resolver
      }
    }
    assertThat(countries).hasSizeGreaterThan(200);
    CurrencyUnit usd = Monetary.getCurrency("USD");
    List<String> wrong = new ArrayList<>();
    int growthSeen = 0;
    for (LocalDate date : ruleDates()) {
      for (CountryCode country : countries) {
        boolean expected = RULES.isGrowthMarket(country, date);
        for (DealType type : DealType.values()) {
          ResolvedRule rate = RESOLVER.resolve(usd, country, type, date);
          if (rate.growthMarket() != expected) {
            wrong.add(country + " " + type + " on " + date + ": growth " + rate.growthMarket());
          }
          BigDecimal sold = RateLock.soldRate(RULES, type, date, date).multiply(RULES.marketMultiplier(country, date));
          if (rate.soldPer100Usd().compareTo(sold) != 0) {
            wrong.add(country + " " + type + " on " + date + ": sold rate " + rate.soldPer100Usd());
          }
        }
        growthSeen += expected ? 1 : 0;
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(growthSeen).as("growth-market country-dates").isPositive();
  }

  @Test
  void badEstimatesNameTheValueAndWhatIsAllowed() {
    CurrencyUnit usd = Monetary.getCurrency("USD");
    LocalDate date = LocalDate.of(2025, 8, 1);
    assertThatThrownBy(() -> RESOLVER.estimateHundredths(-150, 2, usd, US, DealType.SOURCED, false, 0, date))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("sold value must not be negative, but was -1.50");
    assertThatThrownBy(() -> RESOLVER.estimateHundredths(150, 2, usd, US, DealType.SOURCED, true, -1, date))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("number of other managing partners must be between 0 and 10000, but was -1");
    assertThatThrownBy(() -> RESOLVER.estimateHundredths(150, 2, usd, US, DealType.SOURCED, true, 10_001, date))
        .hasMessage("number of other managing partners must be between 0 and 10000, but was 10001");
    // the limits themselves are allowed: 1.50 USD sourced at 10 points per 100 USD, shared by 10,001
    assertThat(RESOLVER.estimateHundredths(0, 2, usd, US, DealType.SOURCED, true, 10_000, date)).isZero();
    assertThat(RESOLVER.estimateHundredths(150, 2, usd, US, DealType.SOURCED, false, 0, date))
        .isEqualTo(RULES.pointValue(usd, date).toPoints(new BigDecimal("1.50"),
            RateLock.soldRate(RULES, DealType.SOURCED, date, date), 1).toHundredths());
  }

  @Test
  void toStringsNameWhatWasCompiled() {
    assertThat(RESOLVER.toString()).startsWith("RuleResolver[" + RULES.name() + ", ")
        .contains(" rule spans, ").endsWith(" currencies]");
    ResolvedRule rate = RESOLVER.resolve(Monetary.getCurrency("EUR"), CountryCode.of("BR"), DealType.SOURCED,
        LocalDate.of(2025, 8, 1));
    assertThat(rate.toString()).startsWith("ResolvedRule[EUR ").contains(" per 100 USD from ", "SOURCED ",
        ", managed ", ", x" + rate.soldPer100Usd().divide(RateLock.soldRate(RULES, DealType.SOURCED, LocalDate.of(2025, 8, 1),
            LocalDate.of(2025, 8, 1))).stripTrailingZeros().toPlainString(), ", rate era from ", ", sold rate era from ");
  }
}
