package dev.partnerpoints.io;

import com.google.common.collect.ImmutableList;
import dev.partnerpoints.commission.ClientRevenue;
import dev.partnerpoints.commission.PartnerLevel;
import dev.partnerpoints.commission.PartnerLevels;
import dev.partnerpoints.commission.RevenueSeries;
import dev.partnerpoints.io.LedgerCsv.LedgerFile;
import dev.partnerpoints.ledger.Client;
import dev.partnerpoints.ledger.ClientId;
import dev.partnerpoints.ledger.ClientMrr;
import dev.partnerpoints.ledger.Deal;
import dev.partnerpoints.ledger.DealId;
import dev.partnerpoints.ledger.DealKind;
import dev.partnerpoints.ledger.DealOrigin;
import dev.partnerpoints.ledger.DealStatus;
import dev.partnerpoints.ledger.DuplicateDealException;
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
import java.math.BigDecimal;
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
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.UnknownCurrencyException;
import org.javamoney.moneta.Money;
import org.jspecify.annotations.Nullable;

/**
 * One read of a ledger file (the format is described on {@link LedgerCsv}); not thread-safe.
 *
 * <p>Records are checked in file order as they are read; what needs another record (a client
 * named by a deal, say) is checked after the last one, again in file order, so the error reported
 * is the first of its kind in the file. A deal id given twice is found by the ledger's own
 * duplicate check and reported with both lines.
 */
final class LedgerCsvParser {

  /** The kinds of text {@link CsvFields#value} keeps apart besides value classes. */
  private static final Object RECORD_TYPE = new Object();
  private static final Object CLIENT = new Object();
  private static final Object PARTNER = new Object();

  private final String source;
  private int lineNumber;
  private Optional<PartnerId> partner = Optional.empty();
  private final Map<String, KnownClient> clients = new LinkedHashMap<>();
  private final List<Runnable> deferred = new ArrayList<>();
  private final CsvFields fields = new CsvFields();
  /** The deals in file order; null where a deal waits in {@link #deferred}. */
  private final List<@Nullable Deal> deals;
  /** The line of each deal in {@link #deals}. */
  private int[] dealLines = new int[1024];
  private final List<ManagementPeriod> periods = new ArrayList<>();
  private final List<ClientMrr> mrr = new ArrayList<>();
  private final PartnerAccount.Builder account = PartnerAccount.builder();
  private Optional<PartnerLevels> levels = Optional.empty();
  private int levelLine;
  private final List<ClientRevenue> revenue = new ArrayList<>();
  private final Map<String, Integer> revenueLines = new HashMap<>();
  private final Map<Class<?>, Function<String, ?>> byName = new HashMap<>();
  private final Map<Enum<?>, Optional<?>> optionals = new HashMap<>();
  private final List<Renewal> renewals = new ArrayList<>();

  /** A client record read: its builder, currency, id and line. */
  private record KnownClient(Client.Builder builder, CurrencyUnit currency, ClientId id, int line) {}

  /** A client id as deal records name it: one per id and read, its client set when the client record is read. */
  private static final class ClientRef {
    final String id;
    @Nullable KnownClient known;

    ClientRef(String id) {
      this.id = id;
    }
  }

  /** A partner id as deal records name it: one per id and read, made a {@link PartnerId} when first needed. */
  private static final class PartnerRef {
    final String text;
    @Nullable PartnerId id;

    PartnerRef(String text) {
      this.text = text;
    }

    /** @throws IllegalArgumentException if the text is not a partner id */
    PartnerId id() {
      PartnerId made = id;
      if (made == null) {
        made = PartnerId.of(text);
        id = made;
      }
      return made;
    }
  }

  private LedgerCsvParser(String source, int length) {
    this.source = source;
    this.deals = new ArrayList<>(Math.max(16, length / 100)); // a deal record is about 60 to 110 characters
  }

  /** Reads a ledger file's text. */
  static LedgerFile parse(String source, CsvText text, ProgramRules rules) {
    return new LedgerCsvParser(source, text.length()).parse(text, rules);
  }

  private LedgerFile parse(CsvText text, ProgramRules rules) {
    OptionalInt control = text.lineOfControlCharacter();
    if (control.isPresent()) {
      lineNumber = control.getAsInt();
      throw fail(CsvText.CONTROL_CHARACTER);
    }
    while (true) {
      try {
        if (!text.next()) {
          break;
        }
      } catch (CsvText.SyntaxError e) {
        lineNumber = text.line();
        throw fail(e.reason());
      }
      lineNumber = text.line();
      record(text);
    }
    lineNumber = 0;
    if (partner.isEmpty()) {
      throw fail("has no 'partner,<id>' record; exactly one is required");
    }
    for (Runnable r : deferred) {
      r.run();
    }
    List<Client> built = new ArrayList<>();
    for (KnownClient client : clients.values()) {
      lineNumber = client.line();
      built.add(guard(client.builder()::build));
    }
    lineNumber = 0;
    PointLedger ledger = guard(() -> ledger(rules, built));
    Optional<RevenueSeries> series = revenue.isEmpty() ? Optional.empty()
        : Optional.of(guard(() -> RevenueSeries.of(revenue.stream()
            .sorted(Comparator.comparing(ClientRevenue::clientId).thenComparing(ClientRevenue::month))
            .collect(ImmutableList.toImmutableList()))));
    return new LedgerFile(ledger, guard(account::build), levels.orElse(PartnerLevels.alwaysPartner()), series,
        ImmutableList.copyOf(renewals));
  }

  /** Builds the ledger; a deal id given twice is reported at its second line, naming the first. */
  private PointLedger ledger(ProgramRules rules, List<Client> built) {
    PointLedger.Builder builder = PointLedger.builder(rules, partner.get()).addClients(built);
    try {
      builder.addDeals(deals); // every deferred deal is made by now
    } catch (DuplicateDealException e) {
      List<Integer> lines = new ArrayList<>();
      for (int i = 0; i < deals.size(); i++) {
        if (deals.get(i).id().equals(e.dealId())) {
          lines.add(dealLines[i]);
        }
      }
      lineNumber = lines.get(1);
      throw fail("deal id '" + e.dealId().value() + "' is used twice (first on line " + lines.get(0)
          + "); every deal needs its own id", e);
    }
    return builder.addManagementPeriods(periods).addClientMrr(mrr).build();
  }

  private void record(CsvText f) {
    String type = value(RECORD_TYPE, f, 0, String::strip);
    switch (type) {
      case "partner" -> {
        arity(f, 2, 2);
        if (partner.isPresent()) {
          throw fail("a second 'partner' record (" + f.text(1) + "); exactly one is allowed");
        }
        String id = f.text(1);
        partner = Optional.of(guard(() -> PartnerId.of(id)));
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
      default -> throw fail("unknown record type '" + type + "'; allowed: partner, client, subscription, deal, manage, "
          + "mrr, certification, tool-usage, partner-level, revenue, renewal");
    }
  }

  private void client(CsvText f) {
    arity(f, 5, 6);
    String id = f.text(1);
    KnownClient first = clients.get(id);
    if (first != null) {
      throw fail("client '" + id + "' is defined twice (first on line " + first.line() + ")");
    }
    String countryCode = f.text(3);
    CountryCode country = guard(() -> CountryCode.of(countryCode));
    CurrencyUnit currency = currency(f.text(4));
    ClientId clientId = guard(() -> ClientId.of(id));
    Client.Builder client = Client.builder().id(clientId).country(country).currency(currency);
    if (!f.isBlank(2)) {
      client.name(f.text(2));
    }
    if (f.size() > 5 && !f.isBlank(5)) {
      client.toolUsage(decimal(f, 5, "tool usage"));
    }
    KnownClient known = new KnownClient(client, currency, clientId, lineNumber);
    clients.put(id, known);
    fields.value(CLIENT, id, ClientRef::new).known = known;
  }

  private void subscription(CsvText f) {
    arity(f, 5, 5);
    String clientId = f.text(1);
    String name = f.text(2);
    ProductLine line = guard(() -> ProductLine.of(name));
    Edition edition = enumValue(Edition.class, f, 3, "edition");
    BigDecimal amount = decimal(f, 4, "MRR");
    withClient(clientId, client -> {
      client.builder().addSubscriptions(guard(() -> Subscription.of(line, edition, Money.of(amount, client.currency()))));
    });
  }

  private void deal(CsvText f) {
    arity(f, 8, 13);
    String id = f.text(1);
    ClientRef client = value(CLIENT, f, 2, ClientRef::new);
    LocalDate close = date(f, 3, "close date");
    DealKind kind = enumValue(DealKind.class, f, 4, "deal kind");
    DealType type = enumValue(DealType.class, f, 5, "deal type");
    ProductLine line;
    try {
      line = value(ProductLine.class, f, 6, ProductLine::of);
    } catch (IllegalArgumentException e) {
      throw fail(LedgerCsv.messageOf(e), e);
    }
    BigDecimal change = decimal(f, 7, "MRR change");
    PartnerRef partnerOfRow = f.size() > 8 && !f.isBlank(8) ? value(PARTNER, f, 8, PartnerRef::new) : null;
    Optional<LocalDate> firstSold = optionalDate(f, 9, "product line first sold");
    Optional<DealStatus> status = optionalEnum(DealStatus.class, f, 10, "deal status");
    Optional<DealOrigin> origin = optionalEnum(DealOrigin.class, f, 11, "deal origin");
    Optional<LocalDate> createdOn = optionalDate(f, 12, "created on");
    PendingDeal deal = new PendingDeal(lineNumber, id, client, close, kind, type, line, change, partnerOfRow,
        firstSold, status, origin, createdOn);
    if (dealLines.length == deals.size()) {
      dealLines = Arrays.copyOf(dealLines, 2 * deals.size());
    }
    dealLines[deals.size()] = lineNumber;
    KnownClient known = client.known;
    if (known != null && partner.isPresent()) { // the common case: made now
      try {
        deals.add(deal.deal(known));
        return;
      } catch (IllegalArgumentException | IllegalStateException | ArithmeticException | DateTimeException e) {
        // made again in its turn among the deferred checks, where it fails the same way and is reported
      }
    }
    deal.index = deals.size();
    deals.add(null);
    deferred.add(deal);
  }

  /**
   * A deal record read: made a {@link Deal} as soon as its client and the partner are known, else
   * (or when that fails) in its turn among the deferred checks.
   */
  private final class PendingDeal implements Runnable {
    int index;
    final int line;
    final String id;
    final ClientRef client;
    final LocalDate close;
    final DealKind kind;
    final DealType type;
    final ProductLine productLine;
    final BigDecimal change;
    final @Nullable PartnerRef partnerOfRow;
    final Optional<LocalDate> firstSold;
    final Optional<DealStatus> status;
    final Optional<DealOrigin> origin;
    final Optional<LocalDate> createdOn;

    PendingDeal(int line, String id, ClientRef client, LocalDate close, DealKind kind, DealType type,
        ProductLine productLine, BigDecimal change, @Nullable PartnerRef partnerOfRow, Optional<LocalDate> firstSold,
        Optional<DealStatus> status, Optional<DealOrigin> origin, Optional<LocalDate> createdOn) {
      this.line = line;
      this.id = id;
      this.client = client;
      this.close = close;
      this.kind = kind;
      this.type = type;
      this.productLine = productLine;
      this.change = change;
      this.partnerOfRow = partnerOfRow;
      this.firstSold = firstSold;
      this.status = status;
      this.origin = origin;
      this.createdOn = createdOn;
    }

    @Override
    public void run() {
      lineNumber = line;
      KnownClient known = client.known;
      if (known == null) {
        throw notDefined(client.id);
      }
      deals.set(index, guard(() -> deal(known)));
    }

    private Deal deal(KnownClient client) {
      PartnerId ofRow = partnerOfRow == null ? null : partnerOfRow.id();
      Optional<PartnerId> credited = kind.isReduction() ? Optional.ofNullable(ofRow)
          : Optional.of(ofRow != null ? ofRow : partner.get());
      Deal.Builder deal = Deal.builder()
          .id(DealId.of(id))
          .clientId(client.id())
          .closeDate(close)
          .kind(kind)
          .dealType(type)
          .productLine(productLine)
          .mrrChange(Money.of(change, client.currency()))
          .partner(credited)
          .productLineFirstSold(firstSold)
          .createdOn(createdOn);
      status.ifPresent(deal::status);
      origin.ifPresent(deal::origin);
      return deal.build();
    }
  }

  private void manage(CsvText f) {
    arity(f, 4, 5);
    String clientId = f.text(1);
    String managerId = f.text(2);
    PartnerId manager = guard(() -> PartnerId.of(managerId));
    LocalDate from = date(f, 3, "from");
    Optional<LocalDate> until = optionalDate(f, 4, "until");
    withClient(clientId, client -> {
      periods.add(guard(() -> ManagementPeriod.builder()
          .clientId(client.id()).partner(manager).from(from).until(until).build()));
    });
  }

  private void clientMrr(CsvText f) {
    arity(f, 4, 4);
    String clientId = f.text(1);
    LocalDate from = date(f, 2, "from");
    BigDecimal amount = decimal(f, 3, "client MRR");
    withClient(clientId, client -> {
      mrr.add(guard(() -> ClientMrr.of(client.id(), from, Money.of(amount, client.currency()))));
    });
  }

  private void partnerLevel(CsvText f) {
    arity(f, 2, 3);
    if (levels.isPresent()) {
      throw fail("a second 'partner-level' record (first on line " + levelLine + "); at most one is allowed");
    }
    PartnerLevel level = enumValue(PartnerLevel.class, f, 1, "partner level");
    Optional<LocalDate> providerFrom = optionalDate(f, 2, "Provider from");
    if (level == PartnerLevel.PARTNER && providerFrom.isPresent()) {
      throw fail("the date of a 'partner-level' record is when the partner became a Provider; write "
          + "'partner-level,PROVIDER," + providerFrom.get() + "' for a conversion, or 'partner-level,PARTNER' alone");
    }
    levels = Optional.of(level == PartnerLevel.PARTNER ? PartnerLevels.alwaysPartner()
        : providerFrom.map(PartnerLevels::convertedToProviderOn).orElse(PartnerLevels.alwaysProvider()));
    levelLine = lineNumber;
  }

  private void revenue(CsvText f) {
    arity(f, 4, 4);
    String clientId = f.text(1);
    YearMonth month = month(f, 2, "revenue month");
    BigDecimal amount = decimal(f, 3, "net revenue");
    String key = clientId + "\u0000" + month;
    Integer first = revenueLines.putIfAbsent(key, lineNumber);
    if (first != null) {
      throw fail("client '" + clientId + "' has a second revenue record for " + month + " (first on line " + first
          + "); give at most one per client and month");
    }
    withClient(clientId, client -> {
      revenue.add(guard(() -> ClientRevenue.of(client.id(), month, Money.of(amount, client.currency()))));
    });
  }

  private void renewal(CsvText f) {
    arity(f, 6, 8);
    String clientId = f.text(1);
    LocalDate date = date(f, 2, "renewal date");
    List<ProductLine> products = new ArrayList<>();
    for (String name : f.text(3).split(";", -1)) {
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
    Optional<String> employee = f.size() > 6 && !f.isBlank(6) ? Optional.of(f.text(6)) : Optional.empty();
    Optional<String> manager = f.size() > 7 && !f.isBlank(7) ? Optional.of(f.text(7)) : Optional.empty();
    withClient(clientId, client -> {
      renewals.add(guard(() -> Renewal.builder()
          .clientId(client.id())
          .renewalDate(date)
          .products(products)
          .currentMrr(Money.of(current, client.currency()))
          .renewalMrr(Money.of(renewed, client.currency()))
          .lastActiveEmployee(employee)
          .renewalManager(manager)
          .build()));
    });
  }

  /**
   * Runs an action on a record's client after the last record (a client may be defined after the
   * records that name it), with this record's line for its errors, in file order.
   */
  private void withClient(String clientId, Consumer<KnownClient> action) {
    int at = lineNumber;
    deferred.add(() -> {
      lineNumber = at;
      action.accept(requireClient(clientId));
    });
  }

  private KnownClient requireClient(String clientId) {
    KnownClient client = clients.get(clientId);
    if (client == null) {
      throw notDefined(clientId);
    }
    return client;
  }

  private LedgerFileException notDefined(String clientId) {
    return fail("client '" + clientId + "' is not defined; add a 'client," + clientId + ",...' record");
  }

  private void arity(CsvText f, int min, int max) {
    if (f.size() < min || f.size() > max) {
      throw fail("a '" + f.text(0) + "' record has " + (f.size() - 1) + " fields after the type; it takes "
          + (min == max ? Integer.toString(min - 1) : (min - 1) + " to " + (max - 1)));
    }
  }

  /** A field's value made by a factory, the same object for the same kind and text within the read. */
  private <T> T value(Object kind, CsvText f, int index, Function<String, T> factory) {
    return f.isQuoted(index) ? fields.value(kind, f.text(index), factory)
        : fields.value(kind, f.chars(), f.start(index), f.end(index), factory);
  }

  private LocalDate date(CsvText f, int index, String what) {
    if (!f.isQuoted(index)) { // the common case: straight from the characters
      try {
        LocalDate date = fields.isoDate(f.chars(), f.start(index), f.end(index));
        if (date != null) {
          return date;
        }
      } catch (DateTimeException e) {
        throw fail(what + " '" + f.text(index) + "' is not an ISO date (YYYY-MM-DD)", e);
      }
    }
    String text = f.text(index).strip();
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

  private Optional<LocalDate> optionalDate(CsvText f, int index, String what) {
    return f.size() > index && !f.isBlank(index) ? Optional.of(date(f, index, what)) : Optional.empty();
  }

  private YearMonth month(CsvText f, int index, String what) {
    String text = f.text(index).strip();
    try {
      return YearMonth.parse(text);
    } catch (DateTimeParseException e) {
      throw fail(what + " '" + text + "' is not an ISO month (YYYY-MM)", e);
    }
  }

  /** {@link #enumValue} of an optional field; the same {@code Optional} object for the same constant. */
  @SuppressWarnings("unchecked") // the map holds, for each constant, an Optional of it
  private <E extends Enum<E>> Optional<E> optionalEnum(Class<E> type, CsvText f, int index, String what) {
    if (f.size() <= index || f.isBlank(index)) {
      return Optional.empty();
    }
    return (Optional<E>) optionals.computeIfAbsent(enumValue(type, f, index, what), Optional::of);
  }

  private BigDecimal decimal(CsvText f, int index, String what) {
    if (!f.isQuoted(index) && CsvFields.isPlainDecimal(f.chars(), f.start(index), f.end(index))) {
      return new BigDecimal(f.chars(), f.start(index), f.end(index) - f.start(index));
    }
    String text = f.text(index).strip();
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

  /** An enum constant by its name in any case; the same text is looked up once per read. */
  private <E extends Enum<E>> E enumValue(Class<E> type, CsvText f, int index, String what) {
    try {
      return value(type, f, index, byName(type));
    } catch (IllegalArgumentException e) {
      throw fail(what + " '" + f.text(index) + "' is not one of " + Arrays.toString(type.getEnumConstants()), e);
    }
  }

  /** Makes an enum constant of a name in any case, one function per enum type and read. */
  @SuppressWarnings("unchecked") // the map holds, for each type, a function of that type
  private <E extends Enum<E>> Function<String, E> byName(Class<E> type) {
    return (Function<String, E>) byName.computeIfAbsent(type,
        t -> text -> Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT)));
  }

  private <T> T guard(Supplier<T> action) {
    try {
      return action.get();
    } catch (LedgerFileException e) {
      throw e;
    } catch (IllegalArgumentException | IllegalStateException | ArithmeticException | DateTimeException e) {
      throw fail(LedgerCsv.messageOf(e), e);
    }
  }

  private LedgerFileException fail(String message) {
    return fail(message, null);
  }

  private LedgerFileException fail(String message, @Nullable Throwable cause) {
    return new LedgerFileException(source, lineNumber, message, cause);
  }
}
