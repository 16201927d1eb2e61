package dev.partnerpoints.spark;

import dev.partnerpoints.ledger.Client;
import dev.partnerpoints.ledger.ClientMrr;
import dev.partnerpoints.ledger.Deal;
import dev.partnerpoints.ledger.ManagementPeriod;
import dev.partnerpoints.ledger.PartnerId;
import dev.partnerpoints.ledger.Subscription;
import dev.partnerpoints.tier.Certification;
import dev.partnerpoints.tier.PartnerAccount;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.jspecify.annotations.Nullable;

/**
 * The library's value types as input rows of {@link PointsSparkInput}, in the schemas of {@link
 * PointsSparkSchema} (dates as {@code java.sql.Date}, amounts as {@code BigDecimal}, without a
 * {@code row} column): for tests, benchmarks and applications that hold the value types already.
 * Pass them to {@code SparkSession.createDataFrame(rows, PointsSparkSchema.DEALS)} and so on. This
 * class is stateless and thread-safe.
 */
public final class PointsSparkRows {

  private PointsSparkRows() {}

  /**
   * A client row ({@link PointsSparkSchema#CLIENTS}).
   *
   * @param partner the partner whose client it is, not null
   * @param client the client, not null
   * @return the row, never null
   */
  public static Row client(PartnerId partner, Client client) {
    return RowFactory.create(partner.value(), client.id().value(), client.name(), client.country().code(),
        client.currency().getCurrencyCode(), client.toolUsage().orElse(null));
  }

  /**
   * A client's subscription rows ({@link PointsSparkSchema#SUBSCRIPTIONS}).
   *
   * @param partner the partner whose client it is, not null
   * @param client the client, not null
   * @return the rows, one per subscription, never null
   */
  public static List<Row> subscriptions(PartnerId partner, Client client) {
    List<Row> rows = new ArrayList<>(client.subscriptions().size());
    for (Subscription s : client.subscriptions()) {
      rows.add(RowFactory.create(partner.value(), client.id().value(), s.productLine().value(), s.edition().name(),
          amount(s.mrr())));
    }
    return rows;
  }

  /**
   * A deal row ({@link PointsSparkSchema#DEALS}).
   *
   * @param partner the partner whose ledger the deal is in, not null
   * @param deal the deal, not null
   * @return the row, never null
   */
  public static Row deal(PartnerId partner, Deal deal) {
    return RowFactory.create(partner.value(), String.valueOf(deal.id()), deal.clientId().value(),
        date(deal.closeDate()), deal.kind().name(), deal.dealType().name(), deal.productLine().value(),
        amount(deal.mrrChange()), deal.partner().map(PartnerId::value).orElse(null),
        date(deal.productLineFirstSold()), deal.status().name(), deal.origin().name(), date(deal.createdOn()));
  }

  /**
   * A management period row ({@link PointsSparkSchema#MANAGEMENT_PERIODS}).
   *
   * @param partner the partner whose ledger the period is in, not null
   * @param period the period, not null
   * @return the row, never null
   */
  public static Row managementPeriod(PartnerId partner, ManagementPeriod period) {
    return RowFactory.create(partner.value(), period.clientId().value(), period.partner().value(),
        date(period.from()), date(period.until()));
  }

  /**
   * A client MRR row ({@link PointsSparkSchema#CLIENT_MRR}).
   *
   * @param partner the partner whose ledger the MRR is in, not null
   * @param mrr the MRR, not null
   * @return the row, never null
   */
  public static Row clientMrr(PartnerId partner, ClientMrr mrr) {
    return RowFactory.create(partner.value(), mrr.clientId().value(), date(mrr.effectiveFrom()), amount(mrr.mrr()));
  }

  /**
   * A partner's certification rows ({@link PointsSparkSchema#CERTIFICATIONS}).
   *
   * @param partner the partner, not null
   * @param account its account, not null
   * @return the rows, one per certification, never null
   */
  public static List<Row> certifications(PartnerId partner, PartnerAccount account) {
    List<Row> rows = new ArrayList<>();
    for (Certification c : account.certifications()) {
      rows.add(RowFactory.create(partner.value(), date(c.validFrom()), date(c.validUntil())));
    }
    return rows;
  }

  /**
   * A partner's median tool usage rows ({@link PointsSparkSchema#TOOL_USAGE}).
   *
   * @param partner the partner, not null
   * @param account its account, not null
   * @return the rows, one per date, never null
   */
  public static List<Row> toolUsage(PartnerId partner, PartnerAccount account) {
    List<Row> rows = new ArrayList<>();
    for (Map.Entry<LocalDate, BigDecimal> e : account.medianToolUsage().entrySet()) {
      rows.add(RowFactory.create(partner.value(), date(e.getKey()), e.getValue()));
    }
    return rows;
  }

  private static BigDecimal amount(MonetaryAmount amount) {
    return amount.getNumber().numberValueExact(BigDecimal.class);
  }

  private static Date date(LocalDate date) {
    return Date.valueOf(date);
  }

  private static @Nullable Date date(Optional<LocalDate> date) {
    return date.map(Date::valueOf).orElse(null);
  }
}
