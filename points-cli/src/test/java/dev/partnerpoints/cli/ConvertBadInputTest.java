package dev.partnerpoints.cli;

import static dev.partnerpoints.cli.BadInputTest.assertBadInput;

import org.junit.jupiter.api.Test;

/** {@code points convert} with bad input: status 2, one line naming the value, no stack trace. */
class ConvertBadInputTest {

  @Test
  void noDirection() {
    assertBadInput(Cli.run("convert", "--currency", "EUR", "--country", "BR", "--sold-mrr", "1000"),
        "points convert: Missing required argument", "--to-points", "--to-money");
  }

  @Test
  void bothDirections() {
    assertBadInput(Cli.run("convert", "--to-points", "--to-money", "--currency", "EUR", "--country", "BR",
        "--sold-mrr", "1000"), "--to-points, --to-money are mutually exclusive");
  }

  @Test
  void optionsOfTheOtherDirection() {
    assertBadInput(Cli.run("convert", "--to-points", "--currency", "EUR", "--country", "BR", "--sold-points", "50"),
        "--sold-points does not go with --to-points");
    assertBadInput(Cli.run("convert", "--to-money", "--currency", "EUR", "--country", "BR", "--managed-mrr", "5"),
        "--managed-mrr does not go with --to-money");
  }

  @Test
  void nothingToConvert() {
    assertBadInput(Cli.run("convert", "--to-points", "--currency", "EUR", "--country", "BR"),
        "--to-points needs --sold-mrr or --managed-mrr");
    assertBadInput(Cli.run("convert", "--to-money", "--currency", "EUR", "--country", "BR"),
        "--to-money needs --sold-points or --managed-points");
  }

  @Test
  void negativeAmountsAndPoints() {
    assertBadInput(Cli.run("convert", "--to-points", "--currency", "EUR", "--country", "BR", "--sold-mrr", "-1"),
        "'--sold-mrr'", "'-1'", "negative");
    assertBadInput(Cli.run("convert", "--to-points", "--currency", "EUR", "--country", "BR", "--managed-mrr=-2.5"),
        "'--managed-mrr'", "'-2.5'", "negative");
    assertBadInput(Cli.run("convert", "--to-money", "--currency", "EUR", "--country", "BR", "--sold-points", "-3"),
        "'--sold-points'", "'-3'", "negative");
  }

  @Test
  void malformedNumbers() {
    assertBadInput(Cli.run("convert", "--to-points", "--currency", "EUR", "--country", "BR", "--sold-mrr", "ten"),
        "'--sold-mrr'", "'ten'", "not a decimal number");
    assertBadInput(Cli.run("convert", "--to-money", "--currency", "EUR", "--country", "BR", "--sold-points", "1.005"),
        "'--sold-points'", "'1.005'", "at most 2 decimal places");
  }

  @Test
  void unknownCurrencyAndCountry() {
    assertBadInput(Cli.run("convert", "--to-money", "--currency", "EURO", "--country", "BR", "--sold-points", "5"),
        "'--currency'", "'EURO'");
    assertBadInput(Cli.run("convert", "--to-money", "--currency", "SEK", "--country", "BR", "--sold-points", "5"),
        "currency SEK has no point value on 2025-08-01", "supported currencies:");
    assertBadInput(Cli.run("convert", "--to-money", "--currency", "EUR", "--country", "XX", "--sold-points", "5"),
        "'--country'", "'XX'");
  }

  @Test
  void malformedDateAndUnknownFlag() {
    assertBadInput(Cli.run("convert", "--to-money", "--currency", "EUR", "--country", "BR", "--sold-points", "5",
        "--date", "2025/08/01"), "'--date'", "'2025/08/01'", "YYYY-MM-DD");
    assertBadInput(Cli.run("convert", "--to-money", "--currency", "EUR", "--country", "BR", "--sold-points", "5",
        "--points"), "unknown option '--points'");
  }

  @Test
  void mistypedRequiredOptionIsReportedAsUnknown() {
    assertBadInput(Cli.run("convert", "--to-money", "--curency", "EUR", "--country", "BR", "--sold-points", "5"),
        "unknown option '--curency'", "did you mean --currency?");
  }
}
