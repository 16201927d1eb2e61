package dev.partnerpoints.cli;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import picocli.CommandLine;

/** Runs the {@code points} command in-process with captured writers and a fixed clock. */
final class Cli {

  /** Today for every test: 2025-08-01 (after the 2025-07-15 table and schedule). */
  static final Clock AUGUST_1_2025 = Clock.fixed(Instant.parse("2025-08-01T10:15:30Z"), ZoneOffset.UTC);

  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .build();

  /** The repository's examples directory (set by the build; the module is the working directory). */
  static final Path EXAMPLES = Path.of(System.getProperty("points.examples", "../examples"));

  /** The sample ledger of the showcase partner. */
  static final String SHOWCASE_LEDGER = EXAMPLES.resolve("showcase-ledger.csv").toString();

  private Cli() {}

  static Result run(String... args) {
    return run(AUGUST_1_2025, args);
  }

  static Result run(Clock clock, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = PointsCli.commandLine(clock);
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int status = commandLine.execute(args);
    return new Result(status, out.toString(), err.toString());
  }

  /** What a run printed and returned. */
  record Result(int status, String out, String err) {

    /** Parses the output as one JSON document. */
    JsonNode json() {
      try {
        return JSON.readTree(out);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
