package dev.partnerpoints.cli;

import static dev.partnerpoints.cli.BadInputTest.assertBadInput;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code points calculate} with bad input: status 2, one line naming the value, no stack trace. */
class CalculateBadInputTest {

  private static Cli.Result calculate(String amount, String currency, String country, String... more) {
    String[] base = {"calculate", "--amount", amount, "--currency", currency, "--country", country, "--deal", "sourced"};
    String[] args = new String[base.length + more.length];
    System.arraycopy(base, 0, args, 0, base.length);
    System.arraycopy(more, 0, args, base.length, more.length);
    return Cli.run(args);
  }

  @Test
  void unknownFlag() {
    assertBadInput(calculate("1000", "EUR", "BR", "--managed"), "points calculate: unknown option '--managed'");
    assertBadInput(Cli.run("calculate", "--amout", "1000", "--currency", "EUR", "--country", "BR", "--deal", "sourced"),
        "unknown option '--amout'", "did you mean --amount?");
  }

  @Test
  void currencyThatIsNotIso4217() {
    assertBadInput(calculate("1000", "XYZ", "BR"), "'--currency'", "'XYZ'", "ISO 4217");
  }

  @Test
  void currencyWithoutAPointValue() {
    assertBadInput(calculate("1000", "CHF", "BR"),
        "points calculate: currency CHF has no point value on 2025-08-01",
        "supported currencies: AUD, CAD, COP, EUR, GBP, JPY, SGD, USD, ZAR");
  }

  @Test
  void unknownCountry() {
    assertBadInput(calculate("1000", "EUR", "ZZ"), "'--country'", "'ZZ'", "ISO 3166-1 alpha-2");
    assertBadInput(calculate("1000", "EUR", "BRA"), "'--country'", "'BRA'");
  }

  @Test
  void codesInLowerCaseAreRejectedAsTheLibraryRejectsThem() {
    // the library's CountryCode.of, LedgerCsv and the rules file take ISO codes in upper case only;
    // the command line validates the same way and names the upper-case form
    assertBadInput(calculate("1000", "EUR", "br"), "'--country'", "country code 'br' is not an ISO 3166-1 alpha-2",
        "did you mean BR?");
    assertBadInput(calculate("1000", "eur", "BR"), "'--currency'", "'eur' is not an ISO 4217 currency code",
        "did you mean EUR?");
    assertBadInput(Cli.run("convert", "--to-points", "--currency", "Eur", "--country", "BR", "--sold-mrr", "1"),
        "'--currency'", "'Eur'", "did you mean EUR?");
    assertBadInput(Cli.run("convert", "--to-points", "--currency", "EUR", "--country", "de", "--sold-mrr", "1"),
        "'--country'", "'de'", "did you mean DE?");
  }

  @Test
  void aCodeInLowerCaseThatIsNoCodeInUpperCaseGetsNoSuggestion() {
    Cli.Result result = calculate("1000", "EUR", "zz");
    assertBadInput(result, "'--country'", "'zz'");
    assertThat(result.err()).doesNotContain("did you mean");
  }

  @Test
  void malformedDate() {
    assertBadInput(calculate("1000", "EUR", "BR", "--date", "2025-8-1"), "'--date'", "'2025-8-1'", "YYYY-MM-DD");
    assertBadInput(calculate("1000", "EUR", "BR", "--date", "tomorrow"), "'--date'", "'tomorrow'");
  }

  @Test
  void dateBeforeTheProgram() {
    assertBadInput(calculate("1000", "EUR", "BR", "--date", "2022-07-17"), "date 2022-07-17", "2022-07-18");
  }

  @Test
  void malformedNumber() {
    assertBadInput(calculate("abc", "EUR", "BR"), "'--amount'", "'abc'", "not a decimal number");
    assertBadInput(calculate("1,000", "EUR", "BR"), "'--amount'", "'1,000'", "not a decimal number");
    assertBadInput(calculate("1e3", "EUR", "BR"), "'--amount'", "'1e3'", "not a decimal number");
    assertBadInput(calculate("1000", "EUR", "BR", "--manage", "--other-partners", "two"),
        "'--other-partners'", "'two'", "not a whole number");
    assertBadInput(calculate("1000", "EUR", "BR", "--manage", "--other-partners", "1.5"),
        "'--other-partners'", "'1.5'");
  }

  @Test
  void negativeAmount() {
    assertBadInput(calculate("-5", "EUR", "BR"), "'--amount'", "'-5'", "negative");
    assertBadInput(Cli.run("calculate", "--amount=-0.01", "--currency", "EUR", "--country", "BR", "--deal", "sourced"),
        "'--amount'", "'-0.01'", "negative");
  }

  @Test
  void amountTooLarge() {
    assertBadInput(calculate("100000000000000", "EUR", "BR"), "points calculate: sold value must be at most",
        "100000000000000");
  }

  @Test
  void negativeOrTooManyOtherPartners() {
    assertBadInput(calculate("1000", "EUR", "BR", "--manage", "--other-partners", "-1"),
        "'--other-partners'", "'-1'", "negative");
    assertBadInput(calculate("1000", "EUR", "BR", "--manage", "--other-partners", "10001"),
        "other managing partners", "10001");
  }

  @Test
  void otherPartnersWithoutManage() {
    assertBadInput(calculate("1000", "EUR", "BR", "--other-partners", "2"), "--other-partners 2 needs --manage");
  }

  @Test
  void unknownDealType() {
    assertBadInput(Cli.run("calculate", "--amount", "1000", "--currency", "EUR", "--country", "BR", "--deal", "direct"),
        "'--deal'", "'direct'", "sourced or assisted");
  }

  @Test
  void missingRequiredOption() {
    assertBadInput(Cli.run("calculate", "--amount", "1000", "--currency", "EUR", "--country", "BR"),
        "Missing required option", "--deal");
  }
}
