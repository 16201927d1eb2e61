package dev.partnerpoints.ledger;

import dev.partnerpoints.money.Points;
import dev.partnerpoints.program.CountryCode;
import dev.partnerpoints.program.DealType;
import dev.partnerpoints.program.ProgramRules;
import java.math.BigDecimal;
import java.time.LocalDate;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * Minimal helpers for building ledger inputs in tests (the points-testkit module will replace
 * them). Every builder is pre-filled with a default and can be overridden.
 */
final class LedgerFixtures {

  static final ProgramRules RULES = ProgramRules.builtIn();
  static final PartnerId ME = PartnerId.of("p-me");
  static final PartnerId OTHER = PartnerId.of("p-other");
  static final ProductLine MARKETING = ProductLine.of("Marketing Hub");
  static final ProductLine SALES = ProductLine.of("Sales Hub");
  static final ProductLine SERVICE = ProductLine.of("Service Hub");

  private LedgerFixtures() {}

  static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }

  static Points pts(String text) {
    return Points.parse(text);
  }

  static MonetaryAmount money(String amount, String currency) {
    return Money.of(new BigDecimal(amount), currency);
  }

  static Client client(String id, String country, String currency, Subscription... subscriptions) {
    return Client.builder()
        .id(ClientId.of(id))
        .country(CountryCode.of(country))
        .currency(Monetary.getCurrency(currency))
        .addSubscriptions(subscriptions)
        .build();
  }

  static Subscription subscription(ProductLine line, String amount, String currency) {
    return Subscription.of(line, Edition.PROFESSIONAL, money(amount, currency));
  }

  /**
   * A sourced cross-sell of Marketing Hub credited to {@link #ME}; override kind, type, line or
   * partner on the returned builder.
   */
  static Deal.Builder sale(String id, Client client, String closeDate, String mrrChange) {
    return Deal.builder()
        .id(DealId.of(id))
        .clientId(client.id())
        .closeDate(date(closeDate))
        .kind(DealKind.CROSS_SELL)
        .dealType(DealType.SOURCED)
        .productLine(MARKETING)
        .mrrChange(money(mrrChange, client.currency().getCurrencyCode()))
        .partner(ME);
  }

  /** A sourced downgrade of Marketing Hub (pass a negative MRR change). */
  static Deal.Builder reduction(String id, Client client, String closeDate, String mrrChange) {
    return Deal.builder()
        .id(DealId.of(id))
        .clientId(client.id())
        .closeDate(date(closeDate))
        .kind(DealKind.DOWNGRADE)
        .dealType(DealType.SOURCED)
        .productLine(MARKETING)
        .mrrChange(money(mrrChange, client.currency().getCurrencyCode()));
  }

  /** An open-ended management period. */
  static ManagementPeriod managed(Client client, PartnerId partner, String from) {
    return ManagementPeriod.builder().clientId(client.id()).partner(partner).from(date(from)).build();
  }

  /** A management period from {@code from} (inclusive) until {@code until} (exclusive). */
  static ManagementPeriod managed(Client client, PartnerId partner, String from, String until) {
    return ManagementPeriod.builder().clientId(client.id()).partner(partner).from(date(from))
        .until(date(until)).build();
  }

  static ClientMrr mrr(Client client, String from, String amount) {
    return ClientMrr.of(client.id(), date(from), money(amount, client.currency().getCurrencyCode()));
  }

  /** A builder for {@link #ME}'s ledger under the built-in rules. */
  static PointLedger.Builder ledger() {
    return PointLedger.builder(RULES, ME);
  }

  /** The entry of the given deal in the ledger. */
  static SoldEntry entry(PointLedger ledger, String dealId) {
    return ledger.soldEntries().stream()
        .filter(e -> e.deal().id().value().equals(dealId))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no sold entry for deal " + dealId));
  }
}
