package dev.partnerpoints.spark;

import dev.partnerpoints.batch.BatchError;
import dev.partnerpoints.batch.PortfolioInput;
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
import dev.partnerpoints.ledger.ProductLine;
import dev.partnerpoints.ledger.Subscription;
import dev.partnerpoints.program.CountryCode;
import dev.partnerpoints.program.DealType;
import dev.partnerpoints.tier.Certification;
import dev.partnerpoints.tier.PartnerAccount;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.UnknownCurrencyException;
import org.apache.spark.sql.Row;
import org.javamoney.moneta.Money;
import org.jspecify.annotations.Nullable;

/**
 * One partner's tagged rows read into the library's value types and put into a {@link
 * PortfolioInput} of that partner alone (a partial portfolio): what a text field cannot be (a date,
 * an amount, an enum value, a client id no client row of the partner has) is an error naming the
 * partner, the row and the value; every other check is the batch API's.
 */
final class PartnerRows {

  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d{1,18}(\\.\\d{1,18})?");

  private final PartnerId partner;
  private final PortfolioInput input = PortfolioInput.createPartial();
  private final List<BatchError> errors = new ArrayList<>();
  /** The first client row of each id: its builder (subscriptions are added to it) and currency. */
  private final Map<String, Client.Builder> clients = new HashMap<>();
  private final Map<String, CurrencyUnit> currencies = new HashMap<>();
  private final List<String> clientOrder = new ArrayList<>();
  private final Map<String, String> clientLabels = new HashMap<>();
  private final List<Row> extraClients = new ArrayList<>();
  private final PartnerAccount.Builder account = PartnerAccount.builder();
  private boolean hasAccount;

  private PartnerRows(PartnerId partner) {
    this.partner = partner;
  }

  /** A value that a row's field cannot take. */
  private static final class BadValue extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String value;

    BadValue(String value, String message) {
      super(message, null, false, false);
      this.value = value;
    }
  }

  /**
   * Reads a partner's rows, sorted by kind (as {@link PointsSpark} has Spark sort each group: the
   * client rows before the deal, MRR and subscription rows that need their client's currency), so
   * that only value types are held, never the rows.
   */
  static PartnerRows read(PartnerId partner, Iterator<Row> rows) {
    PartnerRows read = new PartnerRows(partner);
    while (rows.hasNext()) {
      Row row = rows.next();
      String kind = row.getString(1);
      if (kind.equals(PointsSparkInput.CLIENT)) {
        read.guarded(row, () -> read.client(row));
      } else if (kind.equals(PointsSparkInput.ERROR)) {
        List<String> v = row.getList(3);
        read.errors.add(new BatchError(partner, label(row), String.valueOf(v.get(0)), String.valueOf(v.get(1))));
      } else {
        read.guarded(row, () -> read.other(row));
      }
    }
    read.addClients();
    if (read.hasAccount) {
      read.guarded(null, () -> read.input.account(partner, read.account.build()));
    }
    return read;
  }

  PortfolioInput input() {
    return input;
  }

  List<BatchError> errors() {
    return errors;
  }

  /** The row's label: its {@code row} column, else its kind and id. */
  static String label(Row row) {
    String given = row.isNullAt(2) ? null : row.getString(2);
    if (given != null) {
      return given;
    }
    List<String> v = row.getList(3);
    String kind = row.getString(1);
    return switch (kind) {
      case PointsSparkInput.CLIENT -> "client " + v.get(0);
      case PointsSparkInput.SUBSCRIPTION -> "subscription of client " + v.get(0) + " to " + v.get(1);
      case PointsSparkInput.DEAL -> "deal " + v.get(0);
      case PointsSparkInput.MANAGEMENT -> "management of client " + v.get(0) + " by " + v.get(1) + " from " + v.get(2);
      case PointsSparkInput.MRR -> "MRR of client " + v.get(0) + " from " + v.get(1);
      case PointsSparkInput.CERTIFICATION -> "certification from " + v.get(0);
      case PointsSparkInput.TOOL_USAGE -> "tool usage from " + v.get(0);
      default -> kind;
    };
  }

  private void guarded(@Nullable Row row, Runnable read) {
    String label = row == null ? "account" : label(row);
    try {
      read.run();
    } catch (BadValue e) {
      errors.add(BatchError.of(partner, label, e.value, String.valueOf(e.getMessage())));
    } catch (IllegalArgumentException | IllegalStateException | ArithmeticException | DateTimeException e) {
      String message = String.valueOf(e.getMessage());
      errors.add(BatchError.of(partner, label, row == null ? message : String.join(",", values(row)), message));
    }
  }

  private static List<String> values(Row row) {
    List<String> v = row.getList(3);
    List<String> text = new ArrayList<>(v.size());
    for (String s : v) {
      text.add(s == null ? "" : s);
    }
    return text;
  }

  private void client(Row row) {
    List<String> v = row.getList(3);
    String id = required(v, 0, "clientId");
    if (clients.containsKey(id)) {
      extraClients.add(row);
      return;
    }
    CurrencyUnit currency = currency(required(v, 3, "currency"));
    Client.Builder client = Client.builder().id(ClientId.of(id))
        .country(country(required(v, 2, "country"))).currency(currency);
    optional(v, 1).ifPresent(client::name);
    optional(v, 4).ifPresent(t -> client.toolUsage(decimal(t, "toolUsage")));
    clients.put(id, client);
    currencies.put(id, currency);
    clientOrder.add(id);
    if (!row.isNullAt(2)) {
      clientLabels.put(id, row.getString(2));
    }
  }

  /** Adds every client (with its subscriptions) to the input, the duplicates too for the batch API to report. */
  private void addClients() {
    for (String id : clientOrder) {
      Client.Builder builder = Objects.requireNonNull(clients.get(id));
      String label = clientLabels.get(id);
      try {
        Client client = builder.build();
        if (label == null) {
          input.addClient(partner, client);
        } else {
          input.addClient(partner, client, label);
        }
      } catch (IllegalArgumentException | IllegalStateException e) {
        String message = String.valueOf(e.getMessage());
        errors.add(BatchError.of(partner, label != null ? label : "client " + id, id, message));
      }
    }
    for (Row row : extraClients) {
      guarded(row, () -> {
        List<String> v = row.getList(3);
        Client.Builder client = Client.builder().id(ClientId.of(v.get(0)))
            .country(country(required(v, 2, "country"))).currency(currency(required(v, 3, "currency")));
        add(row, c -> input.addClient(partner, c), (c, l) -> input.addClient(partner, c, l), client.build());
      });
    }
  }

  private void other(Row row) {
    List<String> v = row.getList(3);
    switch (row.getString(1)) {
      case PointsSparkInput.SUBSCRIPTION -> {
        Client.Builder client = client(required(v, 0, "clientId"), "the subscription");
        client.addSubscriptions(Subscription.of(ProductLine.of(required(v, 1, "productLine")),
            enumValue(Edition.class, required(v, 2, "edition"), "edition"),
            Money.of(decimal(required(v, 3, "mrr"), "mrr"), currencies.get(v.get(0)))));
      }
      case PointsSparkInput.DEAL -> {
        String id = required(v, 0, "dealId");
        String clientId = required(v, 1, "clientId");
        client(clientId, "deal " + id);
        DealKind kind = enumValue(DealKind.class, required(v, 3, "kind"), "deal kind");
        Optional<PartnerId> named = optional(v, 7).map(PartnerId::of);
        Deal.Builder deal = Deal.builder()
            .id(DealId.of(id))
            .clientId(ClientId.of(clientId))
            .closeDate(date(required(v, 2, "closeDate"), "closeDate"))
            .kind(kind)
            .dealType(enumValue(DealType.class, required(v, 4, "dealType"), "deal type"))
            .productLine(ProductLine.of(required(v, 5, "productLine")))
            .mrrChange(Money.of(decimal(required(v, 6, "mrrChange"), "mrrChange"), currencies.get(clientId)))
            .partner(kind.isReduction() ? named : Optional.of(named.orElse(partner)))
            .productLineFirstSold(optional(v, 8).map(t -> date(t, "lineFirstSold")))
            .createdOn(optional(v, 11).map(t -> date(t, "createdOn")));
        optional(v, 9).ifPresent(t -> deal.status(enumValue(DealStatus.class, t, "deal status")));
        optional(v, 10).ifPresent(t -> deal.origin(enumValue(DealOrigin.class, t, "deal origin")));
        add(row, d -> input.addDeal(partner, d), (d, l) -> input.addDeal(partner, d, l), deal.build());
      }
      case PointsSparkInput.MANAGEMENT -> add(row, m -> input.addManagementPeriod(partner, m),
          (m, l) -> input.addManagementPeriod(partner, m, l), ManagementPeriod.builder()
              .clientId(ClientId.of(required(v, 0, "clientId")))
              .partner(PartnerId.of(required(v, 1, "managingPartner")))
              .from(date(required(v, 2, "from"), "from"))
              .until(optional(v, 3).map(t -> date(t, "until")))
              .build());
      case PointsSparkInput.MRR -> {
        String clientId = required(v, 0, "clientId");
        client(clientId, "the MRR");
        add(row, m -> input.addClientMrr(partner, m), (m, l) -> input.addClientMrr(partner, m, l),
            ClientMrr.of(ClientId.of(clientId), date(required(v, 1, "from"), "from"),
                Money.of(decimal(required(v, 2, "mrr"), "mrr"), currencies.get(clientId))));
      }
      case PointsSparkInput.CERTIFICATION -> {
        account.addCertifications(Certification.of(date(required(v, 0, "validFrom"), "validFrom"),
            optional(v, 1).map(t -> date(t, "validUntil"))));
        hasAccount = true;
      }
      case PointsSparkInput.TOOL_USAGE -> {
        account.putMedianToolUsage(date(required(v, 0, "from"), "from"),
            decimal(required(v, 1, "medianToolUsage"), "medianToolUsage"));
        hasAccount = true;
      }
      default -> throw new BadValue(row.getString(1), "unknown row kind '" + row.getString(1) + "'");
    }
  }

  private <T> void add(Row row, Consumer<T> plain, BiConsumer<T, String> labelled,
      T value) {
    if (row.isNullAt(2)) {
      plain.accept(value);
    } else {
      labelled.accept(value, row.getString(2));
    }
  }

  /** The client of a row that needs its currency, or a bad value naming the client. */
  private Client.Builder client(String clientId, String what) {
    Client.Builder client = clients.get(clientId);
    if (client == null) {
      throw new BadValue(clientId, what + " names client '" + clientId + "', which is not a client of partner "
          + partner + ". A row may only name the clients of its own partner");
    }
    return client;
  }

  private static String required(List<String> v, int index, String column) {
    String text = v.get(index);
    if (text == null || text.isBlank()) {
      throw new BadValue(text == null ? "" : text, "column '" + column + "' is empty; it is required");
    }
    return text.strip();
  }

  private static Optional<String> optional(List<String> v, int index) {
    String text = v.get(index);
    return text == null || text.isBlank() ? Optional.empty() : Optional.of(text.strip());
  }

  private static LocalDate date(String text, String column) {
    if (ISO_DATE.matcher(text).matches()) {
      try {
        return LocalDate.parse(text);
      } catch (DateTimeException e) {
        // falls through to the message below
      }
    }
    throw new BadValue(text, column + " '" + text + "' is not an ISO date (YYYY-MM-DD)");
  }

  private static BigDecimal decimal(String text, String column) {
    if (!DECIMAL.matcher(text).matches()) {
      throw new BadValue(text, column + " '" + text + "' is not a plain decimal number such as 1000 or -12.50");
    }
    // exact; the fraction's trailing zeros dropped as text (a decimal(38,18) column reads as
    // 2.500000000000000000), cheaper than BigDecimal.stripTrailingZeros's divisions
    int end = text.length();
    if (text.indexOf('.') >= 0) {
      while (text.charAt(end - 1) == '0') {
        end--;
      }
      if (text.charAt(end - 1) == '.') {
        end--;
      }
    }
    return new BigDecimal(text.substring(0, end));
  }

  private static CountryCode country(String code) {
    try {
      return CountryCode.of(code);
    } catch (IllegalArgumentException e) {
      throw new BadValue(code, String.valueOf(e.getMessage()));
    }
  }

  private static CurrencyUnit currency(String code) {
    try {
      return Monetary.getCurrency(code);
    } catch (UnknownCurrencyException e) {
      throw new BadValue(code, "currency '" + code + "' is not an ISO 4217 currency code");
    }
  }

  private static <E extends Enum<E>> E enumValue(Class<E> type, String text, String what) {
    try {
      return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadValue(text, what + " '" + text + "' is not one of " + Arrays.toString(type.getEnumConstants()));
    }
  }
}
