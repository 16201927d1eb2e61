package dev.partnerpoints.io;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.google.common.collect.ImmutableList;
import com.google.common.io.CharStreams;
import dev.partnerpoints.commission.ClientRevenue;
import dev.partnerpoints.commission.PartnerLevel;
import dev.partnerpoints.commission.PartnerLevels;
import dev.partnerpoints.commission.RevenueSeries;
import dev.partnerpoints.dashboard.DashboardBuilder;
import dev.partnerpoints.ledger.Client;
import dev.partnerpoints.ledger.ClientId;
import dev.partnerpoints.ledger.ClientMrr;
import dev.partnerpoints.ledger.Deal;
import dev.partnerpoints.ledger.DealId;
import dev.partnerpoints.ledger.DealKind;
import dev.partnerpoints.ledger.DealOrigin;
import dev.partnerpoints.ledger.DealStatus;
import dev.partnerpoints.ledger.Edition;
import dev.partnerpoints.ledger.ManagementPeriod;
import dev.partnerpoints.ledger.PartnerId;
import dev.partnerpoints.ledger.PointLedger;
import dev.partnerpoints.ledger.ProductLine;
import dev.partnerpoints.ledger.Subscription;
import dev.partnerpoints.program.CountryCode;
import dev.partnerpoints.program.DealType;
import dev.partnerpoints.program.ProgramRules;
import dev.partnerpoints.renewal.Renewal;
import dev.partnerpoints.tier.Certification;
import dev.partnerpoints.tier.PartnerAccount;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.UnknownCurrencyException;
import org.javamoney.moneta.Money;
import org.jspecify.annotations.Nullable;

/**
 * Reads a partner's clients, deals, management periods, MRR history and account, and the
 * dashboard's extra inputs (partner level, clients' net revenue, renewals), from a CSV file, and
 * builds its {@link PointLedger}, {@link PartnerAccount} and {@link DashboardBuilder}.
 *
 * <h2>Format (version 1)</h2>
 * UTF-8 text (RFC 4180 CSV, read with Jackson's CSV parser); one record per line; fields separated
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
 * nothing is returned partially. This class is stateless and thread-safe.
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
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(reader, file.getFileName().toString(), rules);
    } catch (IOException e) {
      throw new LedgerFileException(file.toString(), 0, "cannot be read: " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw new LedgerFileException(file.toString(), 0, "cannot be read: " + messageOf(e.getCause()), e);
    }
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
    return new Parser(source).parse(reader, rules);
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

  /** One parse; not thread-safe. */
  private static final class Parser {
    private final String source;
    private int lineNumber;
    private Optional<PartnerId> partner = Optional.empty();
    private final Map<String, Client.Builder> clients = new LinkedHashMap<>();
    private final Map<String, CurrencyUnit> currencies = new HashMap<>();
    private final Map<String, Integer> clientLines = new HashMap<>();
    private final Map<String, Integer> dealLines = new HashMap<>();
    private final List<Runnable> deferred = new ArrayList<>();
    private final CsvFields fields = new CsvFields();
    private final List<Deal> deals = new ArrayList<>();
    private final List<ManagementPeriod> periods = new ArrayList<>();
    private final List<ClientMrr> mrr = new ArrayList<>();
    private final PartnerAccount.Builder account = PartnerAccount.builder();
    private Optional<PartnerLevels> levels = Optional.empty();
    private int levelLine;
    private final List<ClientRevenue> revenue = new ArrayList<>();
    private final Map<String, Integer> revenueLines = new HashMap<>();
    private final List<Renewal> renewals = new ArrayList<>();

    Parser(String source) {
      this.source = source;
    }

    LedgerFile parse(Reader reader, ProgramRules rules) {
      String text;
      try {
        text = CharStreams.toString(reader);
      } catch (IOException e) {
        throw new LedgerFileException(source, 0, "cannot be read: " + e.getMessage(), e);
      }
      OptionalInt control = CsvText.lineOfControlCharacter(text);
      if (control.isPresent()) {
        lineNumber = control.getAsInt();
        throw fail(CsvText.CONTROL_CHARACTER);
      }
      try (CsvParser csv = CsvText.FACTORY.createParser(text)) {
        List<String> row = new ArrayList<>();
        JsonToken token;
        while ((token = csv.nextToken()) != null) {
          if (token == JsonToken.START_ARRAY) {
            row.clear();
            lineNumber = csv.currentLocation().getLineNr(); // the line where the record starts
          } else if (token == JsonToken.END_ARRAY) {
            record(row); // read, never kept: the list is reused for the next record
          } else {
            String value = csv.getText();
            row.add(value == null ? "" : value);
          }
        }
      } catch (JacksonException e) {
        throw fail(CsvText.syntaxError(e), e);
      } catch (IOException e) {
        throw new LedgerFileException(source, 0, "cannot be read: " + e.getMessage(), e);
      }
      lineNumber = 0;
      if (partner.isEmpty()) {
        throw fail("has no 'partner,<id>' record; exactly one is required");
      }
      for (Runnable r : deferred) {
        r.run();
      }
      List<Client> built = new ArrayList<>();
      for (Map.Entry<String, Client.Builder> e : clients.entrySet()) {
        lineNumber = clientLines.getOrDefault(e.getKey(), 0);
        built.add(guard(() -> e.getValue().build()));
      }
      lineNumber = 0;
      PointLedger ledger = guard(() -> PointLedger.builder(rules, partner.get())
          .addClients(built).addDeals(deals).addManagementPeriods(periods).addClientMrr(mrr).build());
      Optional<RevenueSeries> series = revenue.isEmpty() ? Optional.empty()
          : Optional.of(guard(() -> RevenueSeries.of(revenue.stream()
              .sorted(Comparator.comparing(ClientRevenue::clientId).thenComparing(ClientRevenue::month))
              .collect(ImmutableList.toImmutableList()))));
      return new LedgerFile(ledger, guard(account::build), levels.orElse(PartnerLevels.alwaysPartner()), series,
          ImmutableList.copyOf(renewals));
    }

    private void record(List<String> f) {
      String type = f.get(0).strip();
      switch (type) {
        case "partner" -> {
          arity(f, 2, 2);
          if (partner.isPresent()) {
            throw fail("a second 'partner' record (" + f.get(1) + "); exactly one is allowed");
          }
          partner = Optional.of(guard(() -> PartnerId.of(f.get(1))));
        }
        case "client" -> client(f);
        case "subscription" -> subscription(f);
        case "deal" -> deal(f);
        case "manage" -> manage(f);
        case "mrr" -> clientMrr(f);
        case "certification" -> {
          arity(f, 2, 3);
          LocalDate from = date(f, 1, "valid from");
          Optional<LocalDate> until = optionalDate(f, 2, "valid until");
          account.addCertifications(guard(() -> Certification.of(from, until)));
        }
        case "tool-usage" -> {
          arity(f, 3, 3);
          account.putMedianToolUsage(date(f, 1, "from"), decimal(f, 2, "median tool usage"));
        }
        case "partner-level" -> partnerLevel(f);
        case "revenue" -> revenue(f);
        case "renewal" -> renewal(f);
        default -> throw fail("unknown record type '" + type + "'; allowed: partner, client, subscription, deal, manage, mrr, "
            + "certification, tool-usage, partner-level, revenue, renewal");
      }
    }

    private void client(List<String> f) {
      arity(f, 5, 6);
      String id = f.get(1);
      if (clients.containsKey(id)) {
        throw fail("client '" + id + "' is defined twice (first on line " + clientLines.get(id) + ")");
      }
      CountryCode country = guard(() -> CountryCode.of(f.get(3)));
      CurrencyUnit currency = currency(f.get(4));
      Client.Builder client = Client.builder().id(guard(() -> ClientId.of(id))).country(country).currency(currency);
      if (!f.get(2).isBlank()) {
        client.name(f.get(2));
      }
      if (f.size() > 5 && !f.get(5).isBlank()) {
        client.toolUsage(decimal(f, 5, "tool usage"));
      }
      clients.put(id, client);
      currencies.put(id, currency);
      clientLines.put(id, lineNumber);
    }

    private void subscription(List<String> f) {
      arity(f, 5, 5);
      String clientId = f.get(1);
      ProductLine line = guard(() -> ProductLine.of(f.get(2)));
      Edition edition = enumValue(Edition.class, f.get(3), "edition");
      BigDecimal amount = decimal(f, 4, "MRR");
      int at = lineNumber;
      deferred.add(() -> {
        lineNumber = at;
        Client.Builder client = requireClient(clientId);
        client.addSubscriptions(guard(() -> Subscription.of(line, edition, Money.of(amount, currencies.get(clientId)))));
      });
    }

    private void deal(List<String> f) {
      arity(f, 8, 13);
      String id = f.get(1);
      String clientId = f.get(2);
      LocalDate close = date(f, 3, "close date");
      DealKind kind = enumValue(DealKind.class, f.get(4), "deal kind");
      DealType type = enumValue(DealType.class, f.get(5), "deal type");
      ProductLine line = guard(() -> fields.value(ProductLine.class, f.get(6), ProductLine::of));
      BigDecimal change = decimal(f, 7, "MRR change");
      Optional<String> partnerId = f.size() > 8 && !f.get(8).isBlank() ? Optional.of(f.get(8)) : Optional.empty();
      Optional<LocalDate> firstSold = optionalDate(f, 9, "product line first sold");
      Optional<DealStatus> status = optionalEnum(DealStatus.class, f, 10, "deal status");
      Optional<DealOrigin> origin = optionalEnum(DealOrigin.class, f, 11, "deal origin");
      Optional<LocalDate> createdOn = optionalDate(f, 12, "created on");
      Integer first = dealLines.putIfAbsent(id, lineNumber);
      if (first != null) {
        throw fail("deal id '" + id + "' is used twice (first on line " + first + "); every deal needs its own id");
      }
      int at = lineNumber;
      deferred.add(() -> {
        lineNumber = at;
        requireClient(clientId);
        deals.add(guard(() -> {
          Optional<PartnerId> partnerOfRow = partnerId.map(p -> fields.value(PartnerId.class, p, PartnerId::of));
          Optional<PartnerId> credited = kind.isReduction() ? partnerOfRow : Optional.of(partnerOfRow.orElse(partner.get()));
          Deal.Builder deal = Deal.builder()
              .id(DealId.of(id))
              .clientId(fields.value(ClientId.class, clientId, ClientId::of))
              .closeDate(close)
              .kind(kind)
              .dealType(type)
              .productLine(line)
              .mrrChange(Money.of(change, currencies.get(clientId)))
              .partner(credited)
              .productLineFirstSold(firstSold)
              .createdOn(createdOn);
          status.ifPresent(deal::status);
          origin.ifPresent(deal::origin);
          return deal.build();
        }));
      });
    }

    private void manage(List<String> f) {
      arity(f, 4, 5);
      String clientId = f.get(1);
      PartnerId manager = guard(() -> PartnerId.of(f.get(2)));
      LocalDate from = date(f, 3, "from");
      Optional<LocalDate> until = optionalDate(f, 4, "until");
      int at = lineNumber;
      deferred.add(() -> {
        lineNumber = at;
        requireClient(clientId);
        periods.add(guard(() -> ManagementPeriod.builder()
            .clientId(ClientId.of(clientId)).partner(manager).from(from).until(until).build()));
      });
    }

    private void clientMrr(List<String> f) {
      arity(f, 4, 4);
      String clientId = f.get(1);
      LocalDate from = date(f, 2, "from");
      BigDecimal amount = decimal(f, 3, "client MRR");
      int at = lineNumber;
      deferred.add(() -> {
        lineNumber = at;
        requireClient(clientId);
        mrr.add(guard(() -> ClientMrr.of(ClientId.of(clientId), from, Money.of(amount, currencies.get(clientId)))));
      });
    }

    private void partnerLevel(List<String> f) {
      arity(f, 2, 3);
      if (levels.isPresent()) {
        throw fail("a second 'partner-level' record (first on line " + levelLine + "); at most one is allowed");
      }
      PartnerLevel level = enumValue(PartnerLevel.class, f.get(1), "partner level");
      Optional<LocalDate> providerFrom = optionalDate(f, 2, "Provider from");
      if (level == PartnerLevel.PARTNER && providerFrom.isPresent()) {
        throw fail("the date of a 'partner-level' record is when the partner became a Provider; write "
            + "'partner-level,PROVIDER," + providerFrom.get() + "' for a conversion, or 'partner-level,PARTNER' alone");
      }
      levels = Optional.of(level == PartnerLevel.PARTNER ? PartnerLevels.alwaysPartner()
          : providerFrom.map(PartnerLevels::convertedToProviderOn).orElse(PartnerLevels.alwaysProvider()));
      levelLine = lineNumber;
    }

    private void revenue(List<String> f) {
      arity(f, 4, 4);
      String clientId = f.get(1);
      YearMonth month = month(f, 2, "revenue month");
      BigDecimal amount = decimal(f, 3, "net revenue");
      String key = clientId + "\u0000" + month;
      Integer first = revenueLines.putIfAbsent(key, lineNumber);
      if (first != null) {
        throw fail("client '" + clientId + "' has a second revenue record for " + month + " (first on line " + first
            + "); give at most one per client and month");
      }
      int at = lineNumber;
      deferred.add(() -> {
        lineNumber = at;
        requireClient(clientId);
        revenue.add(guard(() -> ClientRevenue.of(ClientId.of(clientId), month, Money.of(amount, currencies.get(clientId)))));
      });
    }

    private void renewal(List<String> f) {
      arity(f, 6, 8);
      String clientId = f.get(1);
      LocalDate date = date(f, 2, "renewal date");
      List<ProductLine> products = new ArrayList<>();
      for (String name : f.get(3).split(";", -1)) {
        if (!name.isBlank()) {
          products.add(guard(() -> ProductLine.of(name.strip())));
        }
      }
      if (products.isEmpty()) {
        throw fail("renewal of client '" + clientId + "' on " + date + " names no product line; give at least one, "
            + "several separated by ';' such as \"Marketing Hub;Sales Hub\"");
      }
      BigDecimal current = decimal(f, 4, "current MRR");
      BigDecimal renewed = decimal(f, 5, "MRR at renewal");
      Optional<String> employee = f.size() > 6 && !f.get(6).isBlank() ? Optional.of(f.get(6)) : Optional.empty();
      Optional<String> manager = f.size() > 7 && !f.get(7).isBlank() ? Optional.of(f.get(7)) : Optional.empty();
      int at = lineNumber;
      deferred.add(() -> {
        lineNumber = at;
        requireClient(clientId);
        CurrencyUnit currency = currencies.get(clientId);
        renewals.add(guard(() -> Renewal.builder()
            .clientId(ClientId.of(clientId))
            .renewalDate(date)
            .products(products)
            .currentMrr(Money.of(current, currency))
            .renewalMrr(Money.of(renewed, currency))
            .lastActiveEmployee(employee)
            .renewalManager(manager)
            .build()));
      });
    }

    private Client.Builder requireClient(String clientId) {
      Client.Builder client = clients.get(clientId);
      if (client == null) {
        throw fail("client '" + clientId + "' is not defined; add a 'client," + clientId + ",...' record");
      }
      return client;
    }

    private void arity(List<String> f, int min, int max) {
      if (f.size() < min || f.size() > max) {
        throw fail("a '" + f.get(0) + "' record has " + (f.size() - 1) + " fields after the type; it takes "
            + (min == max ? Integer.toString(min - 1) : (min - 1) + " to " + (max - 1)));
      }
    }

    private LocalDate date(List<String> f, int index, String what) {
      String text = f.get(index).strip();
      LocalDate date;
      try {
        date = fields.isoDate(text);
      } catch (DateTimeException e) {
        throw fail(what + " '" + text + "' is not an ISO date (YYYY-MM-DD)", e);
      }
      if (date == null) { // four-digit years only: no "+999999999-12-31"
        throw fail(what + " '" + text + "' is not an ISO date (YYYY-MM-DD)");
      }
      return date;
    }

    private Optional<LocalDate> optionalDate(List<String> f, int index, String what) {
      return f.size() > index && !f.get(index).isBlank() ? Optional.of(date(f, index, what)) : Optional.empty();
    }

    private YearMonth month(List<String> f, int index, String what) {
      String text = f.get(index).strip();
      try {
        return YearMonth.parse(text);
      } catch (DateTimeParseException e) {
        throw fail(what + " '" + text + "' is not an ISO month (YYYY-MM)", e);
      }
    }

    private <E extends Enum<E>> Optional<E> optionalEnum(Class<E> type, List<String> f, int index, String what) {
      return f.size() > index && !f.get(index).isBlank() ? Optional.of(enumValue(type, f.get(index), what))
          : Optional.empty();
    }

    private BigDecimal decimal(List<String> f, int index, String what) {
      String text = f.get(index).strip();
      if (!CsvFields.isPlainDecimal(text)) {
        throw fail(what + " '" + text + "' is not a plain decimal number such as 1000 or -12.50");
      }
      return new BigDecimal(text);
    }

    private CurrencyUnit currency(String code) {
      try {
        return Monetary.getCurrency(code.strip());
      } catch (UnknownCurrencyException e) {
        throw fail("currency '" + code + "' is not an ISO 4217 currency code (upper case, such as EUR)", e);
      }
    }

    private <E extends Enum<E>> E enumValue(Class<E> type, String text, String what) {
      try {
        return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw fail(what + " '" + text + "' is not one of " + Arrays.toString(type.getEnumConstants()), e);
      }
    }

    private <T> T guard(Supplier<T> action) {
      try {
        return action.get();
      } catch (LedgerFileException e) {
        throw e;
      } catch (IllegalArgumentException | IllegalStateException | ArithmeticException | DateTimeException e) {
        throw fail(messageOf(e), e);
      }
    }

    private LedgerFileException fail(String message) {
      return fail(message, null);
    }

    private LedgerFileException fail(String message, @Nullable Throwable cause) {
      return new LedgerFileException(source, lineNumber, message, cause);
    }
  }

  /** The exception's message, or its class name when it has none. */
  private static String messageOf(@Nullable Throwable e) {
    String message = e == null ? null : e.getMessage();
    return message != null ? message : String.valueOf(e);
  }
}
