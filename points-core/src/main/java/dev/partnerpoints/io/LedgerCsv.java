package dev.partnerpoints.io;

import com.google.common.collect.ImmutableList;
import dev.partnerpoints.commission.PartnerLevels;
import dev.partnerpoints.commission.RevenueSeries;
import dev.partnerpoints.dashboard.DashboardBuilder;
import dev.partnerpoints.ledger.Deal;
import dev.partnerpoints.ledger.PointLedger;
import dev.partnerpoints.program.ProgramRules;
import dev.partnerpoints.renewal.Renewal;
import dev.partnerpoints.tier.PartnerAccount;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads a partner's clients, deals, management periods, MRR history and account, and the
 * dashboard's extra inputs (partner level, clients' net revenue, renewals), from a CSV file, and
 * builds its {@link PointLedger}, {@link PartnerAccount} and {@link DashboardBuilder}.
 *
 * <h2>Format (version 1)</h2>
 * UTF-8 text (RFC 4180 CSV); one record per line; fields separated
 * by commas, a field may be enclosed in double quotes (a quote inside is written twice), and a
 * quoted field may hold line breaks (the record then spans lines; errors name the line where it
 * starts); spaces around an unquoted field are ignored; blank lines and lines starting with {@code
 * #} are ignored. The first field names the record; the records may come in any order. Optional trailing
 * fields may be left out or empty. Dates are ISO {@code YYYY-MM-DD}, months {@code YYYY-MM};
 * amounts are plain decimals in the client's currency; enum values may be in any case.
 *
 * <pre>
 * partner,&lt;partner id&gt;                                            exactly once
 * client,&lt;id&gt;,&lt;name&gt;,&lt;country&gt;,&lt;currency&gt;[,&lt;tool usage&gt;]
 * subscription,&lt;client id&gt;,&lt;product line&gt;,&lt;STARTER|PROFESSIONAL|ENTERPRISE&gt;,&lt;mrr&gt;
 * deal,&lt;id&gt;,&lt;client id&gt;,&lt;close date&gt;,&lt;kind&gt;,&lt;SOURCED|ASSISTED&gt;,&lt;product line&gt;,&lt;mrr change&gt;[,&lt;partner id&gt;[,&lt;line first sold&gt;[,&lt;status&gt;[,&lt;origin&gt;[,&lt;created on&gt;]]]]]
 * manage,&lt;client id&gt;,&lt;partner id&gt;,&lt;from&gt;[,&lt;until, exclusive&gt;]
 * mrr,&lt;client id&gt;,&lt;from&gt;,&lt;client MRR&gt;
 * certification,&lt;valid from&gt;[,&lt;valid until, exclusive&gt;]
 * tool-usage,&lt;from&gt;,&lt;median tool usage&gt;
 * partner-level,&lt;PARTNER|PROVIDER&gt;[,&lt;Provider from&gt;]              at most once
 * revenue,&lt;client id&gt;,&lt;month YYYY-MM&gt;,&lt;net revenue&gt;
 * renewal,&lt;client id&gt;,&lt;renewal date&gt;,&lt;product lines, separated by ;&gt;,&lt;current MRR&gt;,&lt;MRR at renewal&gt;[,&lt;last active employee&gt;[,&lt;renewal manager&gt;]]
 * </pre>
 *
 * <p>Deal kinds: {@code NEW_CLIENT, CROSS_SELL, UPSELL, DOWNGRADE, CANCELLATION, NO_DEAL_INCREASE};
 * the MRR change is negative for downgrades and cancellations. A deal without a partner id is
 * credited to the file's partner (reductions name none). A {@code NO_DEAL_INCREASE} row (an MRR
 * increase that came from no deal) is credited to whoever sold its product line, not to the partner
 * or deal type on the row: the latest closed-won {@code NEW_CLIENT} or {@code CROSS_SELL} row of the
 * same client and product line, closed on or before it, gives its partner, deal type and (through
 * the line's first sale) its rate; with no such row the increase earns nothing by default
 * ({@link ProgramRules#noDealIncreaseWithoutSale()}); from 2025-07-15 it earns nothing in any case.
 * So a file that records increases must also record the line's sale, whichever partner made it.
 * The optional trailing deal fields feed the
 * dashboard's shared-sales section: the status ({@code OPEN, CLOSED_WON, CLOSED_LOST}; default
 * {@code CLOSED_WON}, and only closed-won deals earn points or commission; for an open deal the close
 * date is the expected one), the origin ({@code PARTNER} or {@code VENDOR}, who created the deal;
 * default {@code VENDOR} for assisted deals, else {@code PARTNER}) and the creation date (on or
 * before the close date; default none).
 *
 * <p>The dashboard's extra inputs, all optional:
 * <ul>
 *   <li>{@code partner-level}: the partner's level for revenue share ({@link PartnerLevels}).
 *       {@code PARTNER} (the default without the record) or {@code PROVIDER} throughout; {@code
 *       PROVIDER,<date>} for a Partner that converted to Provider on that date.
 *   <li>{@code revenue}: a client's net revenue in a month, at most one per client and month
 *       ({@link RevenueSeries}); without any, the dashboard derives revenue from month-end MRR.
 *   <li>{@code renewal}: a client's coming renewal ({@link Renewal}): its renewing product lines
 *       (at least one, separated by semicolons), the MRR of those lines now and after the renewal,
 *       and optionally the client's last active employee and the vendor's renewal manager.
 * </ul>
 *
 * <pre>{@code
 * # partner-points ledger v1
 * partner,partner-1
 * client,acme,"Acme, Ltda",BR,EUR,3.5
 * deal,d1,acme,2025-08-01,NEW_CLIENT,SOURCED,Marketing Hub,1000
 * deal,d2,acme,2025-11-30,CROSS_SELL,ASSISTED,Sales Hub,400,,,OPEN,VENDOR,2025-09-15
 * manage,acme,partner-1,2025-08-01
 * certification,2024-01-01
 * revenue,acme,2025-08,1000
 * renewal,acme,2025-11-01,Marketing Hub,1000,1200,Ana Souza,Jo Lee
 * }</pre>
 *
 * <p>{@code examples/showcase-ledger.csv} in the repository is a complete example.
 *
 * <p>Any error is a {@link LedgerFileException} naming the line, the value and what is allowed;
 * nothing is returned partially. A read holds the whole text in memory while it parses it (two
 * bytes a character: about 200 MB for a file of a million deals), besides the ledger it builds.
 * This class is stateless and thread-safe.
 */
public final class LedgerCsv {


  private LedgerCsv() {}

  /**
   * A ledger file, read: the partner's ledger and account, and the dashboard's extra inputs.
   *
   * <p>This class is immutable and thread-safe.
   */
  public static final class LedgerFile {
    private final PointLedger ledger;
    private final PartnerAccount account;
    private final PartnerLevels partnerLevels;
    private final Optional<RevenueSeries> revenue;
    private final ImmutableList<Renewal> renewals;

    LedgerFile(PointLedger ledger, PartnerAccount account, PartnerLevels partnerLevels,
        Optional<RevenueSeries> revenue, ImmutableList<Renewal> renewals) {
      this.ledger = ledger;
      this.account = account;
      this.partnerLevels = partnerLevels;
      this.revenue = revenue;
      this.renewals = renewals;
    }

    /**
     * Gathers what a ledger file holds, to write it with {@link LedgerCsv#write}.
     *
     * @param ledger the partner's ledger, not null
     * @param account the partner's account, not null
     * @param partnerLevels the partner's level over time, not null
     * @param revenue the clients' net revenue by month, or empty to let the dashboard derive it, not null
     * @param renewals the renewals, not null
     * @return the file's contents, never null
     */
    public static LedgerFile of(PointLedger ledger, PartnerAccount account, PartnerLevels partnerLevels,
        Optional<RevenueSeries> revenue, List<Renewal> renewals) {
      return new LedgerFile(Objects.requireNonNull(ledger, "ledger"), Objects.requireNonNull(account, "account"),
          Objects.requireNonNull(partnerLevels, "partnerLevels"), Objects.requireNonNull(revenue, "revenue"),
          ImmutableList.copyOf(renewals));
    }

    /**
     * The partner's ledger.
     *
     * @return the ledger, never null
     */
    public PointLedger ledger() {
      return ledger;
    }

    /**
     * The partner's account (certifications, recorded tool usage).
     *
     * @return the account, never null
     */
    public PartnerAccount account() {
      return account;
    }

    /**
     * The partner's level over time, from the {@code partner-level} record.
     *
     * @return the levels, {@link PartnerLevels#alwaysPartner()} without the record, never null
     */
    public PartnerLevels partnerLevels() {
      return partnerLevels;
    }

    /**
     * The clients' net revenue by month, from the {@code revenue} records.
     *
     * @return the series sorted by client id, then month; empty when the file has no {@code
     *     revenue} record (the dashboard then derives revenue from month-end MRR)
     */
    public Optional<RevenueSeries> revenue() {
      return revenue;
    }

    /**
     * The renewals, from the {@code renewal} records, in file order.
     *
     * @return the renewals, never null
     */
    public ImmutableList<Renewal> renewals() {
      return renewals;
    }

    /**
     * Returns a dashboard builder over everything in the file: ledger, account, partner levels,
     * revenue (when given) and renewals; other settings at their defaults.
     *
     * <pre>{@code
     * PartnerDashboard dashboard = LedgerCsv.read(path, ProgramRules.builtIn()).dashboard()
     *     .build(LocalDate.of(2025, 10, 1));
     * }</pre>
     *
     * @return a new builder, never null
     */
    public DashboardBuilder dashboard() {
      DashboardBuilder builder = DashboardBuilder.of(ledger, account).partnerLevels(partnerLevels)
          .addRenewals(renewals);
      revenue.ifPresent(builder::revenue);
      return builder;
    }
  }

  /**
   * Reads a ledger file.
   *
   * @param file the file, not null
   * @param rules the rules to value the ledger with, not null
   * @return the ledger and account, never null
   * @throws LedgerFileException if the file cannot be read or a record is invalid
   */
  public static LedgerFile read(Path file, ProgramRules rules) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(rules, "rules");
    CsvText text;
    String name = file.getFileName().toString();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      try {
        text = CsvText.read(reader, Files.size(file)); // UTF-8 has no more characters than bytes
      } catch (IOException e) { // opened, but its text cannot be read (not UTF-8, say): named as records are
        throw new LedgerFileException(name, 0, "cannot be read: " + e.getMessage(), e);
      }
    } catch (IOException e) {
      throw new LedgerFileException(file.toString(), 0, "cannot be read: " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw new LedgerFileException(file.toString(), 0, "cannot be read: " + messageOf(e.getCause()), e);
    }
    return LedgerCsvParser.parse(name, text, rules);
  }

  /**
   * Reads ledger records from a reader.
   *
   * @param reader the text, not null; not closed by this method
   * @param source a name for messages, such as the file name, not null
   * @param rules the rules to value the ledger with, not null
   * @return the ledger and account, never null
   * @throws LedgerFileException if the text cannot be read or a record is invalid
   */
  public static LedgerFile read(Reader reader, String source, ProgramRules rules) {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(rules, "rules");
    CsvText text;
    try {
      text = CsvText.read(reader, 0);
    } catch (IOException e) {
      throw new LedgerFileException(source, 0, "cannot be read: " + e.getMessage(), e);
    }
    return LedgerCsvParser.parse(source, text, rules);
  }

  /**
   * Writes a ledger file that {@link #read} reads back equal: the partner, account (certifications,
   * tool usage), partner level (when not always a Partner), clients with their subscriptions, every
   * deal with all its fields, management periods, client MRR history, revenue (when given) and
   * renewals, in that order, each list in the ledger's own order. A field holding a comma, a double
   * quote, a line break or white space at either end, or starting with {@code #}, is quoted; empty
   * trailing fields are left out; amounts keep their scale. The rules are not written.
   *
   * @param file what to write, not null
   * @param writer where to write, not null; flushed, not closed
   * @throws IOException if the writer fails
   * @throws IllegalArgumentException if a renewal's product line holds a ';' (the format's product
   *     separator) or a date is outside the years 0000-9999; nothing is written then
   */
  public static void write(LedgerFile file, Writer writer) throws IOException {
    Objects.requireNonNull(writer, "writer");
    writer.write(toCsv(file));
    writer.flush();
  }

  /**
   * Returns a ledger file's text (see {@link #write}).
   *
   * @param file what to write, not null
   * @return the text, never null
   * @throws IllegalArgumentException if a value cannot be held by the format (see {@link #write})
   */
  public static String toCsv(LedgerFile file) {
    Objects.requireNonNull(file, "file");
    StringWriter text = new StringWriter();
    try {
      new LedgerCsvWriter(text).write(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return text.toString();
  }

  /** The exception's message, or its class name when it has none. */
  static String messageOf(@Nullable Throwable e) {
    String message = e == null ? null : e.getMessage();
    return message != null ? message : String.valueOf(e);
  }
}
