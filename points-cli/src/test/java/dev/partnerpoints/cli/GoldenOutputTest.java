package dev.partnerpoints.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.partnerpoints.ledger.Client;
import dev.partnerpoints.ledger.ClientMrr;
import dev.partnerpoints.ledger.Deal;
import dev.partnerpoints.ledger.ManagementPeriod;
import dev.partnerpoints.ledger.Subscription;
import dev.partnerpoints.testkit.Portfolio;
import dev.partnerpoints.testkit.RandomPortfolios;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The figures must not change: {@code points demo --json}, every {@code points export} figure of
 * {@code examples/showcase-ledger.csv} as JSON on two sets of dates, and the dashboards of seeded
 * random portfolios, compared as parsed JSON trees (whitespace, key order and a number's trailing
 * zeros do not matter; every value does) with the outputs saved in {@code src/test/resources/golden} before the
 * architecture-v2 redesign.
 *
 * <p>A deliberate change of a figure or of the JSON layout rewrites the files with {@code
 * -Dgolden.update=true} (run from the module directory); the diff of the golden files is then the
 * review of the change.
 */
class GoldenOutputTest {

  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  /** The two sets of dates: the showcase's hand-worked date, and a later date with a quarter's range. */
  private static final List<List<String>> DATES = List.of(
      List.of("--as-of", "2025-10-01"),
      List.of("--as-of", "2025-12-31", "--from", "2025-07-01", "--to", "2025-12-31"));

  private static final long[] SEEDS = {1, 7, 42};

  @TempDir
  static Path dir;

  @TestFactory
  Stream<DynamicTest> demo() {
    return Stream.of(
        golden("demo", List.of("demo", "--json")),
        golden("demo-2025-09-30", List.of("demo", "--json", "--as-of", "2025-09-30", "--from", "2025-09-01",
            "--to", "2025-09-30")));
  }

  @TestFactory
  Stream<DynamicTest> showcaseExports() {
    List<DynamicTest> tests = new ArrayList<>();
    for (List<String> dates : DATES) {
      List<String> dashboard = new ArrayList<>(List.of("dashboard", "--ledger", Cli.SHOWCASE_LEDGER, "--json"));
      dashboard.addAll(dates);
      tests.add(golden("showcase-dashboard-" + dates.get(1), dashboard));
      for (Figure figure : Figure.all()) {
        List<String> args = new ArrayList<>(List.of("export", "--ledger", Cli.SHOWCASE_LEDGER, "--figure",
            figure.name(), "--format", "json"));
        args.addAll(dates);
        tests.add(golden("showcase-" + figure.name() + "-" + dates.get(1), args));
      }
    }
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> randomPortfolioDashboards() {
    List<DynamicTest> tests = new ArrayList<>();
    for (long seed : SEEDS) {
      Path file = dir.resolve("portfolio-" + seed + ".csv");
      for (List<String> dates : DATES) {
        List<String> args = new ArrayList<>(List.of("dashboard", "--ledger", file.toString(), "--json"));
        args.addAll(dates);
        String name = "portfolio-" + seed + "-" + dates.get(1);
        tests.add(DynamicTest.dynamicTest(name, () -> {
          if (!Files.exists(file)) {
            Files.writeString(file, csv(RandomPortfolios.withSeed(seed).portfolio(25, 400)), StandardCharsets.UTF_8);
          }
          compare(name, args);
        }));
      }
    }
    return tests.stream();
  }

  private static DynamicTest golden(String name, List<String> args) {
    return DynamicTest.dynamicTest(name, () -> compare(name, args));
  }

  private static void compare(String name, List<String> args) throws IOException {
    Cli.Result result = Cli.run(args.toArray(new String[0]));
    if (name.startsWith("portfolio-")) {
      // random portfolios have data gaps (deals after a cancellation, no-deal increases without a
      // sale): warnings only, the figures are still printed
      assertThat(result.err().lines()).as("stderr of %s", args).allMatch(l -> l.startsWith("points dashboard: warning: "));
    } else {
      assertThat(result.err()).as("stderr of %s", args).isEmpty();
    }
    assertThat(result.status()).as("exit status of %s", args).isZero();
    JsonNode actual = result.json();
    Path file = GOLDEN.resolve(name + ".json");
    if (UPDATE) {
      Files.createDirectories(GOLDEN);
      Files.writeString(file, result.out(), StandardCharsets.UTF_8);
      return;
    }
    assertThat(file).as("golden output %s (write it with -Dgolden.update=true)", file).exists();
    JsonNode expected = new Cli.Result(0, Files.readString(file, StandardCharsets.UTF_8), "").json();
    assertThat(firstDifference("", expected, actual)).as("%s against %s", args, file).isEmpty();
  }

  /** The JSON pointer of the first difference and both values there, or empty when the trees are equal. */
  static String firstDifference(String at, JsonNode expected, JsonNode actual) {
    if (expected.equals(actual)) {
      return "";
    }
    if (expected.isObject() && actual.isObject()) {
      Set<String> names = new TreeSet<>();
      expected.fieldNames().forEachRemaining(names::add);
      actual.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        JsonNode e = expected.path(name);
        JsonNode a = actual.path(name);
        String difference = firstDifference(at + "/" + name, e, a);
        if (!difference.isEmpty()) {
          return difference;
        }
      }
    } else if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
      for (int i = 0; i < expected.size(); i++) {
        String difference = firstDifference(at + "/" + i, expected.get(i), actual.get(i));
        if (!difference.isEmpty()) {
          return difference;
        }
      }
    }
    return at + ": expected " + expected + " but was " + actual;
  }

  /** The portfolio as a ledger file (every record the portfolio has; certified throughout). */
  private static String csv(Portfolio portfolio) {
    StringBuilder out = new StringBuilder("# seeded random portfolio\n");
    out.append("partner,").append(portfolio.partner().value()).append('\n');
    out.append("certification,2020-01-01\n");
    for (Client c : portfolio.clients()) {
      out.append(String.join(",", "client", c.id().value(), quoted(c.name()), c.country().code(),
          c.currency().getCurrencyCode(), c.toolUsage().map(BigDecimal::toPlainString).orElse(""))).append('\n');
      for (Subscription s : c.subscriptions()) {
        out.append(String.join(",", "subscription", c.id().value(), s.productLine().value(), s.edition().name(),
            plain(s.mrr()))).append('\n');
      }
    }
    for (Deal d : portfolio.deals()) {
      out.append(String.join(",", "deal", d.id().value(), d.clientId().value(), d.closeDate().toString(), d.kind().name(),
          d.dealType().name(), d.productLine().value(), plain(d.mrrChange()),
          d.partner().map(p -> p.value()).orElse(""))).append('\n');
    }
    for (ManagementPeriod m : portfolio.managementPeriods()) {
      out.append(String.join(",", "manage", m.clientId().value(), m.partner().value(), m.from().toString(),
          m.until().map(Object::toString).orElse(""))).append('\n');
    }
    for (ClientMrr m : portfolio.clientMrr()) {
      out.append(String.join(",", "mrr", m.clientId().value(), m.effectiveFrom().toString(), plain(m.mrr())))
          .append('\n');
    }
    return out.toString();
  }

  private static String plain(MonetaryAmount amount) {
    return amount.getNumber().numberValue(BigDecimal.class).toPlainString();
  }

  private static String quoted(String value) {
    return "\"" + value.replace("\"", "\"\"") + "\"";
  }

  static {
    try {
      Files.createDirectories(GOLDEN);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
