package dev.partnerpoints.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.ThreadMXBean;
import dev.partnerpoints.ledger.Client;
import dev.partnerpoints.ledger.ClientMrr;
import dev.partnerpoints.ledger.Deal;
import dev.partnerpoints.ledger.ManagementPeriod;
import dev.partnerpoints.ledger.PointLedger;
import dev.partnerpoints.ledger.Subscription;
import dev.partnerpoints.program.ProgramRules;
import dev.partnerpoints.testkit.Portfolio;
import dev.partnerpoints.testkit.RandomPortfolios;
import dev.partnerpoints.tier.TierEvaluator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;

/**
 * Seeded mutation fuzzing of {@link LedgerCsv}: valid ledger files (the repository's showcase
 * ledger, a hand-written file with every record type, and testkit portfolios written as CSV) are
 * mutated byte by byte, line by line and field by field (flips, deletions, duplications, splices
 * from other files, huge numbers, odd dates, byte order marks, CRLF, NULs, malformed UTF-8, very
 * long lines, truncation) and read. For every input:
 * <ul>
 *   <li>nothing escapes but a {@link LedgerFileException} naming the source;
 *   <li>nothing is returned partially: a returned file holds every record of the input (counted
 *       independently of the reader) and its ledger answers queries;
 *   <li>the work is bounded: the bytes the read allocates stay below a fixed multiple of the input's
 *       size (plus a constant), and a generous per-input timeout guards against hangs.
 * </ul>
 * {@link LedgerCsvLinearityTest} checks that the work grows linearly with the input. The same seed
 * gives the same inputs; a failure prints the input's seed and writes it to {@code target/fuzz}.
 */
class LedgerCsvFuzzTest {

  /** The inputs tried per run (printed by the test and recorded in the CHANGELOG). */
  static final int INPUTS = 5_000;

  private static final long SEED = 0x5EED_16L;
  private static final ProgramRules RULES = ProgramRules.builtIn();
  private static final String SOURCE = "fuzz.csv";

  /** A valid file with every record type and every optional field. */
  static final String EVERY_RECORD = String.join("\n",
      "# partner-points ledger v1",
      "partner,partner-1",
      "partner-level,PROVIDER,2025-09-01",
      "client,acme,\"Acme, Ltda\",BR,EUR,3.5",
      "client,bolt,Bolt Inc,US,USD,2",
      "client,coda,,GB,GBP",
      "subscription,bolt,Sales Hub,PROFESSIONAL,500",
      "subscription,coda,Service Hub,STARTER,45.50",
      "deal,d1,acme,2025-08-01,NEW_CLIENT,SOURCED,Marketing Hub,1000",
      "deal,d2,bolt,2025-08-01,NEW_CLIENT,ASSISTED,Sales Hub,500,partner-1",
      "deal,d3,bolt,2025-09-01,DOWNGRADE,ASSISTED,Sales Hub,-100",
      "deal,d4,coda,2025-10-15,CROSS_SELL,SOURCED,Service Hub,45.50,partner-1,2023-05-01",
      "deal,d5,acme,2025-11-30,CROSS_SELL,ASSISTED,Sales Hub,400,,,OPEN,VENDOR,2025-09-15",
      "deal,d6,bolt,2024-06-01,NO_DEAL_INCREASE,SOURCED,Sales Hub,50",
      "manage,bolt,partner-1,2025-08-01",
      "manage,bolt,partner-2,2025-08-01,2025-10-01",
      "manage,coda,partner-1,2025-10-15",
      "mrr,bolt,2025-12-01,650",
      "mrr,coda,2026-01-01,0",
      "",
      "certification,2024-01-01",
      "certification,2025-06-01,2027-06-01",
      "tool-usage,2025-01-01,3.2",
      "revenue,acme,2025-08,1000",
      "revenue,bolt,2025-09,480.25",
      "renewal,acme,2025-11-01,Marketing Hub;Sales Hub,1000,1200,Ana Souza,Jo Lee",
      "renewal,bolt,2026-02-01,Sales Hub,500,450") + "\n";

  /** Values that break a field: huge, tiny, malformed or exotic numbers, dates and text. */
  static final List<String> HOSTILE = List.of(
      "", " ", "\"", "\"\"", "\"unclosed", "x\"y", "-", "+", ".", "-0", "+5", "1e3", "1E+999999999", "NaN",
      "Infinity", "0x10", "1_000", "١٢٣", "12.345", "1.", "999999999999999999", "-999999999999999999",
      "999999999999999999.999999999999999999", "99999999999999999999999999999999999999", "9223372036854775808",
      "0.000000000000000001", "2025-02-29", "2024-02-29", "2025-02-30", "2025-13-01", "2025-1-1", "20250801",
      "+999999999-12-31", "-999999999-01-01", "+10000-01-01", "0000-01-01", "0001-01-01", "1900-01-01",
      "2022-07-17", "2025-07-14", "2025-07-15", "9999-12-31", "2025-00", "2025-13", "9999-12", "0000-01",
      "DOWNGRADE", "cancellation", "NO_DEAL_INCREASE", "ENTERPRISE", "SOURCED", "assisted", "open", "VENDOR",
      "PROVIDER", "XX", "br", "BRL", "XXX", "JPY", "acme", "bolt", "c0", "partner-1", "client", "deal", "\u0000",
      "\uFEFF", "\u202Eevil", "ä", ";", ";;", "Marketing Hub;", "a".repeat(5_000));

  /** Byte sequences inserted as they are: a BOM, NUL, line breaks, malformed UTF-8, CSV syntax. */
  private static final List<byte[]> RAW = List.of(
      new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, new byte[] {0}, new byte[] {'\r'}, new byte[] {'\r', '\n'},
      new byte[] {'\n'}, new byte[] {(byte) 0xC3}, new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xED, (byte) 0xA0,
      (byte) 0x80}, new byte[] {'"'}, new byte[] {','}, new byte[] {'#'}, new byte[] {' '}, new byte[] {'\t'},
      new byte[] {'-'}, new byte[] {'9'});

  private static final Path FAILURES = Path.of("target", "fuzz");

  /** The valid files mutated: the showcase, {@link #EVERY_RECORD} and testkit portfolios as CSV. */
  static List<byte[]> corpus() throws IOException {
    List<byte[]> corpus = new ArrayList<>();
    corpus.add(Files.readAllBytes(Path.of("..", "examples", "showcase-ledger.csv")));
    corpus.add(EVERY_RECORD.getBytes(StandardCharsets.UTF_8));
    for (long seed = 1; seed <= 12; seed++) {
      RandomPortfolios random = RandomPortfolios.withSeed(seed);
      int clients = 1 + (int) (seed % 6);
      corpus.add(toCsv(random.portfolio(clients, (int) (seed * 5))).getBytes(StandardCharsets.UTF_8));
    }
    return corpus;
  }

  @Test
  void theCorpusIsValid() throws IOException {
    for (byte[] input : corpus()) {
      Outcome outcome = Harness.read(input);
      assertThat(outcome.failure()).as("%s", new String(input, StandardCharsets.UTF_8)).isNull();
      assertComplete(input, outcome);
    }
  }

  @Test
  void mutatedLedgersAreReadCompletelyOrRejected() throws Exception {
    List<byte[]> corpus = corpus();
    // the bound on the work: what the smallest file costs, plus what the valid files cost per byte
    // beyond it, each many times over
    byte[] smallest = "partner,p\n".getBytes(StandardCharsets.UTF_8);
    corpus.forEach(Harness::read); // warm-up: class loading and first-use caches are not the input's work
    long fixed = Harness.read(smallest).allocated();
    long perByte = 0;
    for (byte[] input : corpus) {
      perByte = Math.max(perByte, (Harness.read(input).allocated() - fixed) / input.length);
    }
    long bytesPerInputByte = 8 * perByte;
    long constant = 8 * fixed + (4L << 20);
    double mostOfBound = 0;
    SplittableRandom seeds = new SplittableRandom(SEED);
    int read = 0;
    int rejected = 0;
    long largest = 0;
    for (int i = 0; i < INPUTS; i++) {
      long seed = seeds.nextLong();
      byte[] input = Mutator.mutate(corpus, new SplittableRandom(seed));
      largest = Math.max(largest, input.length);
      Outcome outcome = Harness.readGuarded(input, seed);
      mostOfBound = Math.max(mostOfBound,
          (double) outcome.allocated() / (bytesPerInputByte * input.length + constant));
      try {
        assertThat(outcome.allocated()).as("bytes allocated reading %d bytes", input.length)
            .isLessThanOrEqualTo(bytesPerInputByte * input.length + constant);
        if (outcome.failure() != null) {
          assertThat(outcome.failure()).isInstanceOf(LedgerFileException.class);
          assertThat(outcome.failure().getMessage()).startsWith(SOURCE);
          assertThat(((LedgerFileException) outcome.failure()).source()).isEqualTo(SOURCE);
          rejected++;
        } else {
          assertComplete(input, outcome);
          read++;
        }
      } catch (AssertionError | RuntimeException e) {
        Path saved = Harness.save(input, seed);
        throw new AssertionError("fuzz input " + i + " (seed " + seed + ", saved as " + saved
            + ") failed: " + e.getMessage(), outcome.failure() != null ? outcome.failure() : e);
      }
    }
    System.out.printf("LedgerCsv fuzz: %d inputs tried (seed %d): %d read completely, %d rejected with "
        + "LedgerFileException; largest input %d bytes; allocation bound %d bytes per input byte + %d, "
        + "at most %.0f%% of it used%n", INPUTS, SEED, read, rejected, largest, bytesPerInputByte, constant,
        100 * mostOfBound);
    // a fuzzer whose inputs were all rejected (or all read) would test one path only
    assertThat(read).as("inputs read completely").isGreaterThan(INPUTS / 20);
    assertThat(rejected).as("inputs rejected").isGreaterThan(INPUTS / 5);
  }

  /** A returned file holds every record of the input, and its ledger answers queries. */
  static void assertComplete(byte[] input, Outcome outcome) {
    LedgerCsv.LedgerFile file = outcome.file();
    assertThat(file).isNotNull();
    PointLedger ledger = file.ledger();
    Map<String, Integer> records = countRecords(input);
    if (records != null) {
      assertThat(ledger.clients()).as("clients").hasSize(records.getOrDefault("client", 0));
      assertThat(ledger.deals()).as("deals").hasSize(records.getOrDefault("deal", 0));
      assertThat(ledger.managementPeriods()).as("management periods").hasSize(records.getOrDefault("manage", 0));
      assertThat(ledger.clientMrrHistory()).as("MRR records").hasSize(records.getOrDefault("mrr", 0));
      assertThat(file.account().certifications()).as("certifications")
          .hasSize(records.getOrDefault("certification", 0));
      assertThat(file.account().medianToolUsage()).as("tool usage records")
          .hasSize(records.getOrDefault("tool-usage", 0));
      int subscriptions = ledger.clients().values().stream().mapToInt(c -> c.subscriptions().size()).sum();
      assertThat(subscriptions).as("subscriptions").isEqualTo(records.getOrDefault("subscription", 0));
      assertThat(file.renewals()).as("renewals").hasSize(records.getOrDefault("renewal", 0));
      assertThat(file.revenue().map(r -> r.entries().size()).orElse(0)).as("revenue records")
          .isEqualTo(records.getOrDefault("revenue", 0));
    }
    LocalDate on = LocalDate.of(2025, 10, 1);
    assertThat(ledger.pointsOn(on).totalPoints()).isNotNull();
    assertThat(TierEvaluator.of(ledger, file.account()).statusOn(on)).isNotNull();
  }

  /**
   * Records per type, counted apart from the reader: lines split as {@code BufferedReader} does,
   * blank and {@code #} lines skipped, the type before the first comma. Null when the input is not
   * UTF-8 or a record type is quoted (the count would need the reader's own CSV parsing).
   */
  static Map<String, Integer> countRecords(byte[] input) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(input)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
    Map<String, Integer> counts = new HashMap<>();
    for (String line : text.split("\r\n|\r|\n", -1)) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      String type = line.split(",", -1)[0];
      if (type.contains("\"")) {
        return null;
      }
      counts.merge(type.strip(), 1, Integer::sum);
    }
    return counts;
  }

  /** The result of one read: the file or what was thrown, and the bytes the read allocated. */
  record Outcome(LedgerCsv.LedgerFile file, Throwable failure, long allocated) {}

  /** Reads inputs as strict UTF-8 (as {@link LedgerCsv#read(Path, ProgramRules)} does). */
  static final class Harness {
    private static final ThreadMXBean THREADS =
        (ThreadMXBean) ManagementFactory.getThreadMXBean();

    private Harness() {}

    private static final ExecutorService WORKER =
        Executors.newSingleThreadExecutor(r -> {
          Thread t = new Thread(r, "ledger-csv-fuzz");
          t.setDaemon(true);
          return t;
        });

    /** Reads on a worker thread, failing (with the input saved) when one input takes over 30 s. */
    static Outcome readGuarded(byte[] input, long seed) throws IOException, InterruptedException {
      Future<Outcome> outcome = WORKER.submit(() -> read(input));
      try {
        return outcome.get(30, TimeUnit.SECONDS);
      } catch (TimeoutException e) {
        outcome.cancel(true);
        throw new AssertionError("reading the input of seed " + seed + " took over 30 s; saved as " + save(input, seed));
      } catch (ExecutionException e) {
        throw new AssertionError("the harness failed on the input of seed " + seed, e.getCause());
      }
    }

    static Path save(byte[] input, long seed) throws IOException {
      Files.createDirectories(FAILURES);
      Path saved = FAILURES.resolve("ledger-" + Long.toHexString(seed) + ".csv");
      Files.write(saved, input);
      return saved.toAbsolutePath();
    }

    static Outcome read(byte[] input) {
      long before = THREADS.getCurrentThreadAllocatedBytes();
      LedgerCsv.LedgerFile file = null;
      Throwable failure = null;
      try {
        file = LedgerCsv.read(new InputStreamReader(new ByteArrayInputStream(input),
            StandardCharsets.UTF_8.newDecoder()), SOURCE, RULES);
      } catch (RuntimeException | Error e) { // StackOverflowError, OutOfMemoryError: failures too
        failure = e;
      }
      return new Outcome(file, failure, THREADS.getCurrentThreadAllocatedBytes() - before);
    }
  }

  /** Seeded mutations of valid files. */
  static final class Mutator {
    private Mutator() {}

    static byte[] mutate(List<byte[]> corpus, SplittableRandom random) {
      byte[] input = corpus.get(random.nextInt(corpus.size()));
      int mutations = 1 + random.nextInt(4);
      for (int m = 0; m < mutations; m++) {
        input = once(input, corpus, random);
      }
      return input;
    }

    private static byte[] once(byte[] input, List<byte[]> corpus, SplittableRandom random) {
      // bytes as ISO-8859-1 characters: one char per byte, every byte sequence round-trips
      String text = new String(input, StandardCharsets.ISO_8859_1);
      byte[] other = corpus.get(random.nextInt(corpus.size()));
      String result = switch (random.nextInt(18)) {
        case 0 -> { // flip one bit
          if (input.length == 0) {
            yield text;
          }
          byte[] copy = input.clone();
          copy[random.nextInt(copy.length)] ^= (byte) (1 << random.nextInt(8));
          yield latin1(copy);
        }
        case 1 -> { // delete a range of bytes
          int at = random.nextInt(text.length() + 1);
          int end = Math.min(text.length(), at + 1 + random.nextInt(16));
          yield text.substring(0, at) + text.substring(end);
        }
        case 2 -> { // duplicate a range of bytes
          int at = random.nextInt(text.length() + 1);
          int end = Math.min(text.length(), at + 1 + random.nextInt(64));
          yield text.substring(0, end) + text.substring(at, end) + text.substring(end);
        }
        case 3 -> { // splice bytes of another file in
          String from = latin1(other);
          int start = random.nextInt(from.length() + 1);
          int end = Math.min(from.length(), start + random.nextInt(200));
          int at = random.nextInt(text.length() + 1);
          yield text.substring(0, at) + from.substring(start, end) + text.substring(at);
        }
        case 4 -> { // raw bytes: BOM, NUL, CR, CRLF, malformed UTF-8, quote, comma...
          String raw = latin1(RAW.get(random.nextInt(RAW.size())));
          int at = random.nextBoolean() ? 0 : random.nextInt(text.length() + 1);
          yield text.substring(0, at) + raw + text.substring(at);
        }
        case 5 -> { // one byte set to any value
          if (input.length == 0) {
            yield text;
          }
          byte[] copy = input.clone();
          copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
          yield latin1(copy);
        }
        case 6 -> lines(text, random, (lines, i) -> lines.remove(i));
        case 7 -> lines(text, random, (lines, i) -> lines.add(i, lines.get(i)));
        case 8 -> lines(text, random, (lines, i) -> {
          int j = random.nextInt(lines.size());
          String t = lines.get(i);
          lines.set(i, lines.get(j));
          lines.set(j, t);
        });
        case 9 -> { // a line of another file
          List<String> from = List.of(latin1(other).split("\n", -1));
          String line = from.get(random.nextInt(from.size()));
          yield lines(text, random, (lines, i) -> lines.add(i, line));
        }
        case 10 -> text.replace("\n", "\r\n"); // CRLF
        case 11 -> fields(text, random, (fields, i) -> fields.remove(i));
        case 12 -> fields(text, random, (fields, i) -> fields.add(i, fields.get(i)));
        case 13, 14 -> fields(text, random, (fields, i) -> fields.set(i, hostile(random)));
        case 15 -> fields(text, random, (fields, i) -> {
          int j = random.nextInt(fields.size());
          String t = fields.get(i);
          fields.set(i, fields.get(j));
          fields.set(j, t);
        });
        case 16 -> { // a very long line, field or number
          IntFunction<String> repeat = switch (random.nextInt(4)) {
            case 0 -> n -> "9".repeat(n);
            case 1 -> n -> ",".repeat(n);
            case 2 -> n -> "\"" + "\"\"".repeat(n / 2) + "\"";
            default -> n -> "deal,d1,acme,2025-08-01,NEW_CLIENT,SOURCED,Marketing Hub,1" + ",x".repeat(n / 2);
          };
          String longText = repeat.apply(10_000 + random.nextInt(90_000));
          yield random.nextBoolean() ? lines(text, random, (lines, i) -> lines.add(i, longText))
              : fields(text, random, (fields, i) -> fields.set(i, longText));
        }
        default -> text.substring(0, random.nextInt(text.length() + 1)); // truncated
      };
      return result.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String hostile(SplittableRandom random) {
      return latin1(HOSTILE.get(random.nextInt(HOSTILE.size())).getBytes(StandardCharsets.UTF_8));
    }

    private static String latin1(byte[] bytes) {
      return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    /** Applies an edit to the list of lines at a random line. */
    private static String lines(String text, SplittableRandom random, LineEdit edit) {
      List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
      edit.apply(lines, random.nextInt(lines.size()));
      return String.join("\n", lines);
    }

    /** Applies an edit to the fields of a random line at a random field. */
    private static String fields(String text, SplittableRandom random, LineEdit edit) {
      return lines(text, random, (lines, i) -> {
        List<String> fields = new ArrayList<>(List.of(lines.get(i).split(",", -1)));
        edit.apply(fields, random.nextInt(fields.size()));
        lines.set(i, String.join(",", fields));
      });
    }

    /** An edit of a list at an index. */
    interface LineEdit {
      void apply(List<String> list, int index);
    }
  }

  /** A testkit portfolio written in the ledger CSV format (every optional field the portfolio has). */
  static String toCsv(Portfolio portfolio) {
    StringBuilder csv = new StringBuilder("# a testkit portfolio\npartner,").append(portfolio.partner().value())
        .append('\n');
    for (Client c : portfolio.clients()) {
      csv.append("client,").append(c.id().value()).append(',').append(c.name()).append(',')
          .append(c.country().code()).append(',').append(c.currency().getCurrencyCode());
      c.toolUsage().ifPresent(t -> csv.append(',').append(t.toPlainString()));
      csv.append('\n');
      for (Subscription s : c.subscriptions()) {
        csv.append("subscription,").append(c.id().value()).append(',').append(s.productLine().value()).append(',')
            .append(s.edition()).append(',').append(plain(s.mrr())).append('\n');
      }
    }
    for (Deal d : portfolio.deals()) {
      csv.append("deal,").append(d.id()).append(',').append(d.clientId().value()).append(',').append(d.closeDate())
          .append(',').append(d.kind()).append(',').append(d.dealType()).append(',').append(d.productLine().value())
          .append(',').append(plain(d.mrrChange())).append(',').append(d.partner().map(p -> p.value()).orElse(""))
          .append(',').append(d.productLineFirstSold().map(LocalDate::toString).orElse("")).append(',')
          .append(d.status()).append(',').append(d.origin()).append(',')
          .append(d.createdOn().map(LocalDate::toString).orElse("")).append('\n');
    }
    for (ManagementPeriod p : portfolio.managementPeriods()) {
      csv.append("manage,").append(p.clientId().value()).append(',').append(p.partner().value()).append(',')
          .append(p.from()).append(',').append(p.until().map(LocalDate::toString).orElse("")).append('\n');
    }
    for (ClientMrr m : portfolio.clientMrr()) {
      csv.append("mrr,").append(m.clientId().value()).append(',').append(m.effectiveFrom()).append(',')
          .append(plain(m.mrr())).append('\n');
    }
    return csv.append("certification,2024-01-01\n").toString();
  }

  private static String plain(MonetaryAmount amount) {
    return amount.getNumber().numberValueExact(BigDecimal.class).toPlainString();
  }
}
