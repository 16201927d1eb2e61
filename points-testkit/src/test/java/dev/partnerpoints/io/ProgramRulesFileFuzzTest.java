package dev.partnerpoints.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.ThreadMXBean;
import dev.partnerpoints.program.ProgramRules;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Seeded mutation fuzzing of {@link ProgramRulesFile#read(java.io.Reader, String)}: the
 * repository's example rules file and the built-in rules written as JSON, mutated the way {@link
 * LedgerCsvFuzzTest} mutates ledgers (bytes, lines and fields flipped, deleted, duplicated and
 * spliced; BOMs, CRLF, NULs, malformed UTF-8, very long lines, truncation) and, for JSON, single
 * values replaced by hostile ones (huge exponents and digit strings, odd dates, wrong types, deep
 * nesting). For every input nothing escapes but a {@link RulesFileException} naming the source;
 * what is returned is complete (written back and read again it is equal); the bytes the read
 * allocates stay within a bound linear in the input's size; a per-input timeout guards against
 * hangs.
 */
class ProgramRulesFileFuzzTest {

  /** The inputs tried per run (printed by the test and recorded in the CHANGELOG). */
  static final int INPUTS = 3_000;

  private static final long SEED = 0x5EED_16_2L;
  private static final String SOURCE = "fuzz-rules.json";
  private static final Pattern VALUE = Pattern.compile("-?\\d+(\\.\\d+)?|\"(?:[^\"\\\\]|\\\\.)*\"|true|false|null");

  /** JSON values that break a field. */
  static final List<String> HOSTILE = List.of(
      "1e999999999", "-1e-999999999", "1E+2147483647", "1e-2147483648", "9".repeat(5_000), "0." + "0".repeat(900) + "1",
      "123456789012345678901234567890", "-0", "0", "-1", "0.001", "2147483648", "-2147483649",
      "9223372036854775808", "1.5", "NaN", "Infinity", "\"NaN\"", "\"5\"", "\"\"", "\"2025-02-30\"",
      "\"2025-13-01\"", "\"0000-01-01\"", "\"+999999999-12-31\"", "\"-999999999-01-01\"", "\"9999-12-31\"",
      "\"2022-07-17\"", "\"2022-07-18\"", "\"XXX\"", "\"ZZ\"", "\"br\"", "\"\\u0000\"", "\"\\uD800\"", "\"\uFEFF\"",
      "null", "true", "[]", "{}", "[null]", "{\"\":{}}", "[".repeat(5_000) + "]".repeat(5_000),
      "{\"a\":".repeat(3_000) + "1" + "}".repeat(3_000), "\"" + "a".repeat(100_000) + "\"");

  private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "rules-file-fuzz");
    t.setDaemon(true);
    return t;
  });

  @AfterAll
  static void stopWorker() {
    WORKER.shutdownNow();
  }

  static List<byte[]> corpus() throws IOException {
    List<byte[]> corpus = new ArrayList<>();
    corpus.add(Files.readAllBytes(Path.of("..", "examples", "rules-builtin.json")));
    String builtIn = ProgramRulesFile.toJson(ProgramRules.builtIn());
    corpus.add(builtIn.getBytes(StandardCharsets.UTF_8));
    // the same without indentation: one long line, as machines write it
    corpus.add(builtIn.replaceAll("\\n\\s*", "").getBytes(StandardCharsets.UTF_8));
    return corpus;
  }

  /** The result of one read, and the bytes it allocated. */
  record Outcome(ProgramRules rules, Throwable failure, long allocated) {}

  private static final ThreadMXBean THREADS =
      (ThreadMXBean) ManagementFactory.getThreadMXBean();

  static Outcome read(byte[] input) {
    long before = THREADS.getCurrentThreadAllocatedBytes();
    ProgramRules rules = null;
    Throwable failure = null;
    try {
      rules = ProgramRulesFile.read(new InputStreamReader(new ByteArrayInputStream(input),
          StandardCharsets.UTF_8.newDecoder()), SOURCE);
    } catch (RuntimeException | Error e) {
      failure = e;
    }
    return new Outcome(rules, failure, THREADS.getCurrentThreadAllocatedBytes() - before);
  }

  @Test
  void theCorpusIsRead() throws IOException {
    for (byte[] input : corpus()) {
      Outcome outcome = read(input);
      assertThat(outcome.failure()).isNull();
      assertThat(outcome.rules()).isEqualTo(ProgramRules.builtIn());
    }
  }

  @Test
  void mutatedRulesFilesAreReadCompletelyOrRejected() throws Exception {
    List<byte[]> corpus = corpus();
    corpus.forEach(ProgramRulesFileFuzzTest::read); // warm-up: class loading is not the input's work
    long fixed = read("{}".getBytes(StandardCharsets.UTF_8)).allocated();
    long perByte = 0;
    for (byte[] input : corpus) {
      perByte = Math.max(perByte, read(input).allocated() / input.length);
    }
    long bytesPerInputByte = 8 * perByte;
    long constant = 8 * fixed + (4L << 20);
    SplittableRandom seeds = new SplittableRandom(SEED);
    int accepted = 0;
    int rejected = 0;
    double mostOfBound = 0;
    for (int i = 0; i < INPUTS; i++) {
      long seed = seeds.nextLong();
      SplittableRandom random = new SplittableRandom(seed);
      byte[] input = random.nextInt(3) == 0 ? replaceValue(corpus.get(random.nextInt(corpus.size())), random)
          : LedgerCsvFuzzTest.Mutator.mutate(corpus, random);
      Future<Outcome> running = WORKER.submit(() -> read(input));
      Outcome outcome;
      try {
        outcome = running.get(30, TimeUnit.SECONDS);
      } catch (TimeoutException e) {
        running.cancel(true);
        throw new AssertionError("reading the rules input of seed " + seed + " took over 30 s; saved as "
            + LedgerCsvFuzzTest.Harness.save(input, seed));
      } catch (ExecutionException e) {
        throw new AssertionError("the harness failed on seed " + seed, e.getCause());
      }
      mostOfBound = Math.max(mostOfBound, (double) outcome.allocated() / (bytesPerInputByte * input.length + constant));
      try {
        assertThat(outcome.allocated()).as("bytes allocated reading %d bytes", input.length)
            .isLessThanOrEqualTo(bytesPerInputByte * input.length + constant);
        if (outcome.failure() != null) {
          assertThat(outcome.failure()).isInstanceOf(RulesFileException.class);
          assertThat(outcome.failure().getMessage()).startsWith(SOURCE);
          assertThat(((RulesFileException) outcome.failure()).source()).isEqualTo(SOURCE);
          rejected++;
        } else {
          // complete: what was read, written back, reads back equal
          String json = ProgramRulesFile.toJson(outcome.rules());
          assertThat(ProgramRulesFile.read(new StringReader(json), "again.json")).isEqualTo(outcome.rules());
          accepted++;
        }
      } catch (AssertionError | RuntimeException e) {
        Path saved = LedgerCsvFuzzTest.Harness.save(input, seed);
        throw new AssertionError("rules fuzz input " + i + " (seed " + seed + ", saved as " + saved + ") failed: "
            + e.getMessage(), outcome.failure() != null ? outcome.failure() : e);
      }
    }
    System.out.printf("ProgramRulesFile fuzz: %d inputs tried (seed %d): %d read completely, %d rejected with "
        + "RulesFileException; allocation bound %d bytes per input byte + %d, at most %.0f%% of it used%n",
        INPUTS, SEED, accepted, rejected, bytesPerInputByte, constant, 100 * mostOfBound);
    assertThat(accepted).as("inputs read").isGreaterThan(INPUTS / 50);
    assertThat(rejected).as("inputs rejected").isGreaterThan(INPUTS / 5);
  }

  /** One JSON value (number, string, literal) of the file replaced by a hostile one. */
  static byte[] replaceValue(byte[] input, SplittableRandom random) {
    String text = new String(input, StandardCharsets.UTF_8);
    Matcher values = VALUE.matcher(text);
    List<int[]> spans = new ArrayList<>();
    while (values.find()) {
      spans.add(new int[] {values.start(), values.end()});
    }
    int[] span = spans.get(random.nextInt(spans.size()));
    // a key is a string followed by a colon: replacing it breaks the syntax, fine too
    String hostile = HOSTILE.get(random.nextInt(HOSTILE.size()));
    return (text.substring(0, span[0]) + hostile + text.substring(span[1])).getBytes(StandardCharsets.UTF_8);
  }
}
