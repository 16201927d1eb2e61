package dev.partnerpoints.tier;

import dev.partnerpoints.ledger.Client;
import dev.partnerpoints.ledger.ClientId;
import dev.partnerpoints.ledger.Deal;
import dev.partnerpoints.ledger.DealId;
import dev.partnerpoints.ledger.DealKind;
import dev.partnerpoints.ledger.Edition;
import dev.partnerpoints.ledger.ManagementPeriod;
import dev.partnerpoints.ledger.PartnerId;
import dev.partnerpoints.ledger.PointLedger;
import dev.partnerpoints.ledger.ProductLine;
import dev.partnerpoints.ledger.Subscription;
import dev.partnerpoints.program.CountryCode;
import dev.partnerpoints.program.DealType;
import dev.partnerpoints.program.ProgramRules;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.javamoney.moneta.Money;

/**
 * Builds small ledgers with exact points for the tier tests: every client is new, in the US (not a
 * growth market) and pays in USD, so that with the built-in rules
 * <ul>
 *   <li>a sourced deal earns MRR/100 x 3 points before 2024-02-27 and MRR/100 x 5 from then on,
 *   <li>an assisted deal earns MRR/100 x 3 points,
 *   <li>a client managed by this partner alone earns MRR/100 x 1 managed points,
 * </ul>
 * and sold points are active for 12 months from the close date. Each client gets a tool usage of 3
 * unless told otherwise. Kept small on purpose: a testkit module comes later.
 */
final class TierLedger {

  static final PartnerId PARTNER = PartnerId.of("partner-1");
  static final CurrencyUnit USD = Monetary.getCurrency("USD");
  private static final CountryCode US = CountryCode.of("US");
  private static final ProductLine LINE = ProductLine.of("Marketing Hub");

  private final PointLedger.Builder builder;
  private Optional<BigDecimal> toolUsage = Optional.of(BigDecimal.valueOf(3));
  private int clients;

  private TierLedger(ProgramRules rules) {
    this.builder = PointLedger.builder(rules, PARTNER);
  }

  /** A ledger valued with the built-in rules. */
  static TierLedger ledger() {
    return new TierLedger(ProgramRules.builtIn());
  }

  /** A ledger valued with other rules (the comments above hold for rates and tables as built in). */
  static TierLedger ledger(ProgramRules rules) {
    return new TierLedger(rules);
  }

  /** The tool usage of the clients added from now on; {@code null} for unknown. */
  TierLedger toolUsage(String usage) {
    this.toolUsage = Optional.ofNullable(usage).map(BigDecimal::new);
    return this;
  }

  /** A new client whose new-client deal of {@code usdMrr} the partner sourced on {@code close}. */
  TierLedger sourced(LocalDate close, String usdMrr) {
    return sold(DealType.SOURCED, close, usdMrr);
  }

  /** A new client whose new-client deal of {@code usdMrr} the partner assisted on {@code close}. */
  TierLedger assisted(LocalDate close, String usdMrr) {
    return sold(DealType.ASSISTED, close, usdMrr);
  }

  /** A new client of {@code usdMrr} managed by the partner alone from {@code from}, open-ended. */
  TierLedger managed(LocalDate from, String usdMrr) {
    return managed(from, Optional.empty(), usdMrr);
  }

  /** A new client of {@code usdMrr} managed by the partner alone on {@code [from, until)}. */
  TierLedger managed(LocalDate from, LocalDate until, String usdMrr) {
    return managed(from, Optional.of(until), usdMrr);
  }

  /** A client without deals or management: it only counts towards the median tool usage. */
  TierLedger bystander() {
    client(Optional.empty());
    return this;
  }

  PointLedger build() {
    return builder.build();
  }

  private TierLedger sold(DealType type, LocalDate close, String usdMrr) {
    ClientId id = client(Optional.empty());
    builder.addDeal(Deal.builder()
        .id(DealId.of("deal-" + id.value()))
        .clientId(id)
        .closeDate(close)
        .kind(DealKind.NEW_CLIENT)
        .dealType(type)
        .productLine(LINE)
        .mrrChange(usd(usdMrr))
        .partner(PARTNER)
        .build());
    return this;
  }

  private TierLedger managed(LocalDate from, Optional<LocalDate> until, String usdMrr) {
    ClientId id = client(Optional.of(usdMrr));
    builder.addManagementPeriod(ManagementPeriod.builder()
        .clientId(id).partner(PARTNER).from(from).until(until).build());
    return this;
  }

  private ClientId client(Optional<String> subscriptionMrr) {
    ClientId id = ClientId.of("c" + ++clients);
    Client.Builder client = Client.builder().id(id).country(US).currency(USD).toolUsage(toolUsage);
    subscriptionMrr.ifPresent(mrr -> client.addSubscriptions(Subscription.of(LINE, Edition.PROFESSIONAL, usd(mrr))));
    builder.addClient(client.build());
    return id;
  }

  private static Money usd(String amount) {
    return Money.of(new BigDecimal(amount), USD);
  }
}
