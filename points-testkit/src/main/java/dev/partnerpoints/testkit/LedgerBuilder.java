package dev.partnerpoints.testkit;

import dev.partnerpoints.ledger.Client;
import dev.partnerpoints.ledger.ClientMrr;
import dev.partnerpoints.ledger.Deal;
import dev.partnerpoints.ledger.ManagementPeriod;
import dev.partnerpoints.ledger.PartnerId;
import dev.partnerpoints.ledger.PointLedger;
import dev.partnerpoints.program.ProgramRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Collects the inputs of a {@link PointLedger} for a test; start with
 * {@link PointsTestKit#aLedger()}. Not thread-safe.
 */
public final class LedgerBuilder {
  private ProgramRules rules = ProgramRules.builtIn();
  private PartnerId partner = PointsTestKit.DEFAULT_PARTNER;
  private final List<Client> clients = new ArrayList<>();
  private final List<Deal> deals = new ArrayList<>();
  private final List<ManagementPeriod> periods = new ArrayList<>();
  private final List<ClientMrr> mrr = new ArrayList<>();

  LedgerBuilder() {}

  /**
   * Sets the rules (default built-in).
   *
   * @param rules the rules, not null
   * @return this builder
   */
  public LedgerBuilder withRules(ProgramRules rules) {
    this.rules = Objects.requireNonNull(rules, "rules");
    return this;
  }

  /**
   * Sets the partner (default {@link PointsTestKit#DEFAULT_PARTNER}).
   *
   * @param partnerId the partner id, not null
   * @return this builder
   */
  public LedgerBuilder forPartner(String partnerId) {
    this.partner = PartnerId.of(partnerId);
    return this;
  }

  /**
   * Adds clients.
   *
   * @param clients the clients, not null
   * @return this builder
   */
  public LedgerBuilder withClient(Client... clients) {
    this.clients.addAll(List.of(clients));
    return this;
  }

  /**
   * Adds deals.
   *
   * @param deals the deals, not null
   * @return this builder
   */
  public LedgerBuilder withDeal(Deal... deals) {
    this.deals.addAll(List.of(deals));
    return this;
  }

  /**
   * Adds management periods.
   *
   * @param periods the periods, not null
   * @return this builder
   */
  public LedgerBuilder withManagementPeriod(ManagementPeriod... periods) {
    this.periods.addAll(List.of(periods));
    return this;
  }

  /**
   * Adds client MRR history entries.
   *
   * @param entries the entries, not null
   * @return this builder
   */
  public LedgerBuilder withClientMrr(ClientMrr... entries) {
    this.mrr.addAll(List.of(entries));
    return this;
  }

  /**
   * Builds the ledger.
   *
   * @return the ledger, never null
   * @throws IllegalArgumentException if the inputs are inconsistent (see {@link PointLedger.Builder#build()})
   */
  public PointLedger build() {
    return PointLedger.builder(rules, partner)
        .addClients(clients)
        .addDeals(deals)
        .addManagementPeriods(periods)
        .addClientMrr(mrr)
        .build();
  }
}
