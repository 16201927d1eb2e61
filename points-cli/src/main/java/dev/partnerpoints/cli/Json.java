package dev.partnerpoints.cli;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.cfg.EnumFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.util.StdConverter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import dev.partnerpoints.commission.CommissionPayment;
import dev.partnerpoints.commission.CommissionSchedule;
import dev.partnerpoints.commission.CommissionStatement;
import dev.partnerpoints.jackson.PartnerPointsModule;
import dev.partnerpoints.ledger.ClientBreakdown;
import dev.partnerpoints.ledger.ClientId;
import dev.partnerpoints.ledger.PointsSnapshot;
import dev.partnerpoints.metrics.RetentionFigure;
import dev.partnerpoints.metrics.SourcedMrrFigure;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * JSON output: one object per command, its values written by the library's {@link
 * PartnerPointsModule}: points are JSON numbers with two decimals (113.64), money is {@code {"amount":
 * "440.00", "currency": "EUR"}} with the exact amount, dates ISO strings, ids their text, the applied
 * rule an object of its attributes; enum values are lower case, as typed on the command line.
 */
final class Json {

  private static final JsonMapper MAPPER = JsonMapper.builder()
      .addModule(new PartnerPointsModule())
      .addMixIn(PointsSnapshot.class, SnapshotWithoutEntries.class)
      .addMixIn(ClientBreakdown.class, BreakdownWithoutHistory.class)
      .addMixIn(SourcedMrrFigure.class, WithoutRows.class)
      .addMixIn(RetentionFigure.class, RetentionWithoutMonths.class)
      .addMixIn(CommissionStatement.class, CommissionWithScheduleCount.class)
      .addMixIn(CommissionPayment.class, PaymentWithClients.class)
      .enable(EnumFeature.WRITE_ENUMS_TO_LOWERCASE)
      // BigDecimal rates and inputs keep their scale in a tree (129.00 stays 129.00); never exponent form
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .build();

  private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
      .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE)
      .withSeparators(Separators.createDefaultInstance()
          .withObjectFieldValueSpacing(Separators.Spacing.AFTER)));

  private Json() {}

  // What the dashboard's JSON leaves out of the module's shapes: the unsummarised rows behind a
  // figure, one or more per deal, which 'points export' writes (sold-entries, managed-spans,
  // sourced-mrr, retention, commission, payments). The JSON of a dashboard so grows with the
  // partner's clients and months, not with its deals.

  /** A snapshot's figures without its active and expired entries (export sold-entries). */
  @JsonIgnoreProperties({"activeEntries", "expiredEntries"})
  private abstract static class SnapshotWithoutEntries {}

  /** A client's breakdown without its sold and managed history (export sold-entries, managed-spans). */
  @JsonIgnoreProperties({"soldHistory", "managedHistory"})
  private abstract static class BreakdownWithoutHistory {}

  /** The sourced MRR figure without its deals (export sourced-mrr). */
  @JsonIgnoreProperties({"rows"})
  private abstract static class WithoutRows {}

  /** The C$R figure without its months (export retention). */
  @JsonIgnoreProperties({"months"})
  private abstract static class RetentionWithoutMonths {}

  /** The commission statement with the number of deal schedules, not the schedules (export commission). */
  @SuppressWarnings("UnusedMethod") // a mix-in: Jackson reads its annotations
  private abstract static class CommissionWithScheduleCount {
    @JsonSerialize(converter = Count.class)
    abstract ImmutableList<CommissionSchedule> schedules();
  }

  /** A payment with its clients instead of its accrued months (export payments). */
  @JsonIgnoreProperties({"rows"})
  @SuppressWarnings("UnusedMethod") // a mix-in: Jackson reads its annotations
  private abstract static class PaymentWithClients {
    @JsonProperty("clients")
    abstract ImmutableSortedSet<ClientId> clients();
  }

  /** A list written as its size. */
  private static final class Count extends StdConverter<List<?>, Integer> {
    @Override
    public Integer convert(List<?> list) {
      return list.size();
    }
  }

  /** Any library value (points, money, a date, an enum, an applied rule, ...) as the module writes it. */
  static JsonNode value(Object value) {
    return MAPPER.valueToTree(value);
  }

  /** A value (a record of library values, a library value) as the tree the module writes. */
  static JsonNode tree(Object value) {
    return MAPPER.valueToTree(value);
  }

  /** Prints a value (a record of library values, a library value, a tree) as one JSON document. */
  static void print(PrintWriter out, Object value) {
    try {
      out.println(WRITER.writeValueAsString(value));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
    out.flush();
  }

  /** An enum value in lower case, as typed on the command line and written in JSON (for text and CSV cells). */
  static String name(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}
