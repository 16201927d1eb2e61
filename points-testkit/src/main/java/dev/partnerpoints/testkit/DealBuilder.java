package dev.partnerpoints.testkit;

import dev.partnerpoints.ledger.Client;
import dev.partnerpoints.ledger.ClientId;
import dev.partnerpoints.ledger.Deal;
import dev.partnerpoints.ledger.DealId;
import dev.partnerpoints.ledger.DealKind;
import dev.partnerpoints.ledger.PartnerId;
import dev.partnerpoints.ledger.ProductLine;
import dev.partnerpoints.program.DealType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import javax.money.Monetary;
import org.javamoney.moneta.Money;
import org.jspecify.annotations.Nullable;

/**
 * Builds a {@link Deal} for a test; start with {@link PointsTestKit#aDeal()}. The MRR is given as
 * a magnitude; reductions (downgrade, cancellation) are made negative for you. Not thread-safe.
 */
public final class DealBuilder {
  private String id;
  private @Nullable ClientId clientId;
  private String currency = "USD";
  private LocalDate closeDate = PointsTestKit.DEFAULT_DATE;
  private DealKind kind = DealKind.NEW_CLIENT;
  private DealType type = DealType.SOURCED;
  private String productLine = "Marketing Hub";
  private BigDecimal mrr = BigDecimal.valueOf(1000);
  private Optional<PartnerId> partner = Optional.of(PointsTestKit.DEFAULT_PARTNER);
  private Optional<LocalDate> firstSold = Optional.empty();

  DealBuilder(String id) {
    this.id = id;
  }

  /**
   * Sets the deal id (default: generated).
   *
   * @param id the id, not blank
   * @return this builder
   */
  public DealBuilder withId(String id) {
    this.id = Objects.requireNonNull(id, "id");
    return this;
  }

  /**
   * Sets the client and takes its currency.
   *
   * @param client the client, not null
   * @return this builder
   */
  public DealBuilder forClient(Client client) {
    this.clientId = client.id();
    this.currency = client.currency().getCurrencyCode();
    return this;
  }

  /**
   * Sets the close date.
   *
   * @param date the date, not null
   * @return this builder
   */
  public DealBuilder closedOn(LocalDate date) {
    this.closeDate = Objects.requireNonNull(date, "date");
    return this;
  }

  /**
   * Sets the close date from ISO text.
   *
   * @param isoDate such as {@code "2025-08-01"}, not null
   * @return this builder
   */
  public DealBuilder closedOn(String isoDate) {
    return closedOn(LocalDate.parse(isoDate));
  }

  /**
   * Makes the deal sourced (the default).
   *
   * @return this builder
   */
  public DealBuilder sourced() {
    this.type = DealType.SOURCED;
    return this;
  }

  /**
   * Makes the deal assisted.
   *
   * @return this builder
   */
  public DealBuilder assisted() {
    this.type = DealType.ASSISTED;
    return this;
  }

  /**
   * Sets the kind (default new client).
   *
   * @param kind the kind, not null
   * @return this builder
   */
  public DealBuilder ofKind(DealKind kind) {
    this.kind = Objects.requireNonNull(kind, "kind");
    return this;
  }

  /**
   * Sets the product line (default Marketing Hub).
   *
   * @param name the product line name, not null
   * @return this builder
   */
  public DealBuilder ofProductLine(String name) {
    this.productLine = Objects.requireNonNull(name, "name");
    return this;
  }

  /**
   * Sets the MRR change's magnitude in the client's currency (default 1,000).
   *
   * @param amount the magnitude as a plain decimal, not negative, not null
   * @return this builder
   */
  public DealBuilder mrrChange(String amount) {
    BigDecimal value = new BigDecimal(Objects.requireNonNull(amount, "amount"));
    if (value.signum() < 0) {
      throw new IllegalArgumentException("give the MRR change as a magnitude, not negative: " + amount);
    }
    this.mrr = value;
    return this;
  }

  /**
   * Sets the credited partner (default {@link PointsTestKit#DEFAULT_PARTNER}).
   *
   * @param partnerId the partner id, not null
   * @return this builder
   */
  public DealBuilder creditedTo(String partnerId) {
    this.partner = Optional.of(PartnerId.of(partnerId));
    return this;
  }

  /**
   * Sets when the product line was first sold to the client (for the rate lock).
   *
   * @param isoDate such as {@code "2023-05-01"}, not null
   * @return this builder
   */
  public DealBuilder productLineFirstSold(String isoDate) {
    this.firstSold = Optional.of(LocalDate.parse(isoDate));
    return this;
  }

  /**
   * Builds the deal.
   *
   * @return the deal, never null
   * @throws IllegalStateException if no client was set
   * @throws IllegalArgumentException if a value is invalid (the message names it)
   */
  public Deal build() {
    if (clientId == null) {
      throw new IllegalStateException("deal " + id + " needs a client: call forClient(client)");
    }
    BigDecimal signed = kind.isReduction() ? mrr.negate() : mrr;
    return Deal.builder()
        .id(DealId.of(id))
        .clientId(clientId)
        .closeDate(closeDate)
        .kind(kind)
        .dealType(type)
        .productLine(ProductLine.of(productLine))
        .mrrChange(Money.of(signed, Monetary.getCurrency(currency)))
        .partner(kind.isReduction() ? Optional.empty() : partner)
        .productLineFirstSold(firstSold)
        .build();
  }
}
