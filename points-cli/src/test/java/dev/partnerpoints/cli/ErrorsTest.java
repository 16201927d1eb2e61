package dev.partnerpoints.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerpoints.money.UnsupportedCurrencyException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** How failures inside a command become exit statuses. */
class ErrorsTest {

  private final StringWriter err = new StringWriter();
  private final CommandLine commandLine = PointsCli.commandLine(Cli.AUGUST_1_2025)
      .getSubcommands().get("calculate");

  ErrorsTest() {
    commandLine.setErr(new PrintWriter(err, true));
  }

  @Test
  void libraryRejectionIsBadInputWithoutStackTrace() {
    int status = Errors.handleExecutionException(new UnsupportedCurrencyException("CHF", LocalDate.of(2025, 8, 1),
        Set.of("EUR", "USD")), commandLine, null);

    assertThat(status).isEqualTo(2);
    assertThat(err.toString()).isEqualTo(
        "points calculate: currency CHF has no point value on 2025-08-01; supported currencies: EUR, USD"
            + System.lineSeparator());
  }

  @Test
  void aBugIsAnInternalErrorWithItsStackTrace() {
    int status = Errors.handleExecutionException(new IllegalStateException("boom"), commandLine, null);

    assertThat(status).isEqualTo(1);
    assertThat(err.toString())
        .startsWith("points calculate: internal error, please report it: java.lang.IllegalStateException: boom")
        .contains("at dev.partnerpoints.cli.ErrorsTest");
  }
}
