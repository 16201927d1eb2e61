package dev.partnerpoints.bench;

import dev.partnerpoints.commission.PartnerLevels;
import dev.partnerpoints.dashboard.PartnerDashboard;
import dev.partnerpoints.io.LedgerCsv.LedgerFile;
import dev.partnerpoints.io.LedgerCsv;
import dev.partnerpoints.ledger.PointLedger;
import dev.partnerpoints.money.Points;
import dev.partnerpoints.program.ProgramRules;
import dev.partnerpoints.testkit.Portfolio;
import dev.partnerpoints.testkit.RandomPortfolios;
import dev.partnerpoints.tier.Certification;
import dev.partnerpoints.tier.PartnerAccount;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scenario 8 (end to end): a ledger file of {@code RandomPortfolios.withSeed(42).portfolio(deals /
 * 100, deals)} written out by {@link LedgerCsv#toCsv} (held in memory, so no disk time), read back and
 * turned into what a user asks for, beside the ledger build from the same inputs in memory.
 *
 * <ul>
 *   <li>Baseline {@link #ledgerBuild}: {@code Portfolio.ledger()}, the builder on the in-memory inputs.
 *   <li>{@link #readCsv}: {@code LedgerCsv.read} (parsing, validation and the ledger build); the
 *       reading speed is the file's size ({@code csvBytes}, printed by the setup) over this time.
 *   <li>{@link #csvToDashboard}: the same, then the whole dashboard as of the last deal's close date.
 *   <li>{@link #csvToTotalPoints}: the same read, then one figure: the total points on that date
 *       (what {@code points export --figure total-points} shows).
 * </ul>
 *
 * <p>Setup checks that the file read back holds every deal and the same points as the in-memory ledger.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx8g")
@State(Scope.Benchmark)
public class EndToEndBenchmark {

  @Param({"100000", "1000000"})
  public int deals;

  private Portfolio portfolio;
  private String csv;
  private LocalDate asOf;

  @Setup(Level.Trial)
  public void setUp() {
    portfolio = RandomPortfolios.withSeed(42).portfolio(Math.max(1, deals / 100), deals);
    PointLedger ledger = portfolio.ledger();
    // certified since before the portfolio's first deal (alwaysCertified's LocalDate.MIN has no place in a file)
    PartnerAccount account = PartnerAccount.builder()
        .addCertifications(Certification.of(LocalDate.of(2000, 1, 1), Optional.empty())).build();
    csv = LedgerCsv.toCsv(LedgerFile.of(ledger, account, PartnerLevels.alwaysPartner(), Optional.empty(), List.of()));
    asOf = ledger.deals().get(ledger.deals().size() - 1).closeDate();
    LedgerFile read = readCsv();
    if (read.ledger().deals().size() != deals
        || !read.ledger().pointsOn(asOf).equals(ledger.pointsOn(asOf))) {
      throw new IllegalStateException("the file read back differs from the ledger written");
    }
    System.out.printf("%ncsvBytes=%d (%,d deals, as of %s)%n", csv.getBytes(StandardCharsets.UTF_8).length,
        deals, asOf);
  }

  /** Baseline: the ledger built from the in-memory inputs. */
  @Benchmark
  public PointLedger ledgerBuild() {
    return portfolio.ledger();
  }

  /** The library: the ledger file read (parsed, validated, the ledger built). */
  @Benchmark
  public LedgerFile readCsv() {
    return LedgerCsv.read(new StringReader(csv), "bench.csv", ProgramRules.builtIn());
  }

  /** The library: the ledger file read, then the whole dashboard. */
  @Benchmark
  public PartnerDashboard csvToDashboard() {
    return readCsv().dashboard().build(asOf);
  }

  /** The library: the ledger file read, then one figure, the total points on the date. */
  @Benchmark
  public Points csvToTotalPoints() {
    return readCsv().ledger().pointsOn(asOf).totalPoints();
  }
}
