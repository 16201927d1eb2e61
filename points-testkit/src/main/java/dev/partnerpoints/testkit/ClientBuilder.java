package dev.partnerpoints.testkit;

import dev.partnerpoints.ledger.Client;
import dev.partnerpoints.ledger.ClientId;
import dev.partnerpoints.ledger.Edition;
import dev.partnerpoints.ledger.ProductLine;
import dev.partnerpoints.ledger.Subscription;
import dev.partnerpoints.program.CountryCode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.javamoney.moneta.Money;
import org.jspecify.annotations.Nullable;

/**
 * Builds a {@link Client} for a test; start with {@link PointsTestKit#aClient()}. Not thread-safe.
 */
public final class ClientBuilder {
  private String id;
  private @Nullable String name;
  private String country = "US";
  private String currency = "USD";
  private final List<String[]> subscriptions = new ArrayList<>();
  private boolean defaultSubscription = true;
  private BigDecimal toolUsage = BigDecimal.valueOf(3);

  ClientBuilder(String id) {
    this.id = id;
  }

  /**
   * Sets the id.
   *
   * @param id the id, not blank
   * @return this builder
   */
  public ClientBuilder withId(String id) {
    this.id = Objects.requireNonNull(id, "id");
    return this;
  }

  /**
   * Sets the display name (default: the id).
   *
   * @param name the name, not null
   * @return this builder
   */
  public ClientBuilder named(String name) {
    this.name = Objects.requireNonNull(name, "name");
    return this;
  }

  /**
   * Sets the country (default US). The currency is not changed: use {@link #payingIn}.
   *
   * @param countryCode an ISO 3166-1 alpha-2 code, not null
   * @return this builder
   */
  public ClientBuilder inCountry(String countryCode) {
    this.country = Objects.requireNonNull(countryCode, "countryCode");
    return this;
  }

  /**
   * Sets the currency (default USD).
   *
   * @param currencyCode an ISO 4217 code, not null
   * @return this builder
   */
  public ClientBuilder payingIn(String currencyCode) {
    this.currency = Objects.requireNonNull(currencyCode, "currencyCode");
    return this;
  }

  /**
   * Adds a subscription, replacing the default one on first use.
   *
   * @param productLine the product line name, not null
   * @param edition the edition name (STARTER, PROFESSIONAL, ENTERPRISE), not null
   * @param mrr the MRR in the client's currency, as a plain decimal, not null
   * @return this builder
   */
  public ClientBuilder withSubscription(String productLine, String edition, String mrr) {
    if (defaultSubscription) {
      subscriptions.clear();
      defaultSubscription = false;
    }
    subscriptions.add(new String[] {productLine, edition, mrr});
    return this;
  }

  /**
   * Removes all subscriptions (the client's MRR is then zero unless given as history).
   *
   * @return this builder
   */
  public ClientBuilder withoutSubscriptions() {
    subscriptions.clear();
    defaultSubscription = false;
    return this;
  }

  /**
   * Sets the tool usage score (default 3).
   *
   * @param score the score, as a plain decimal, not null
   * @return this builder
   */
  public ClientBuilder withToolUsage(String score) {
    this.toolUsage = new BigDecimal(Objects.requireNonNull(score, "score"));
    return this;
  }

  /**
   * Builds the client.
   *
   * @return the client, never null
   * @throws IllegalArgumentException if a value is invalid (the message names it)
   */
  public Client build() {
    CurrencyUnit unit = Monetary.getCurrency(currency);
    Client.Builder client = Client.builder()
        .id(ClientId.of(id))
        .country(CountryCode.of(country))
        .currency(unit)
        .toolUsage(toolUsage);
    if (name != null) {
      client.name(name);
    }
    if (defaultSubscription) {
      client.addSubscriptions(Subscription.of(ProductLine.of("Marketing Hub"), Edition.PROFESSIONAL, Money.of(1000, unit)));
    }
    for (String[] s : subscriptions) {
      client.addSubscriptions(Subscription.of(ProductLine.of(s[0]), Edition.valueOf(s[1]), Money.of(new BigDecimal(s[2]), unit)));
    }
    return client.build();
  }
}
