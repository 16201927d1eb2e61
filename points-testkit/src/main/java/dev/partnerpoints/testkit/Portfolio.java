package dev.partnerpoints.testkit;

import com.google.common.collect.ImmutableList;
import dev.partnerpoints.ledger.Client;
import dev.partnerpoints.ledger.ClientMrr;
import dev.partnerpoints.ledger.Deal;
import dev.partnerpoints.ledger.ManagementPeriod;
import dev.partnerpoints.ledger.PartnerId;
import dev.partnerpoints.ledger.PointLedger;
import dev.partnerpoints.program.ProgramRules;
import java.util.Objects;

/**
 * A partner portfolio: clients, deals, management periods and MRR history, ready to build a
 * {@link PointLedger} from. Made by {@link RandomPortfolios}; also the inputs of a {@link Scenario}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Portfolio {
  private final PartnerId partner;
  private final ImmutableList<Client> clients;
  private final ImmutableList<Deal> deals;
  private final ImmutableList<ManagementPeriod> managementPeriods;
  private final ImmutableList<ClientMrr> clientMrr;

  Portfolio(PartnerId partner, ImmutableList<Client> clients, ImmutableList<Deal> deals,
      ImmutableList<ManagementPeriod> managementPeriods, ImmutableList<ClientMrr> clientMrr) {
    this.partner = partner;
    this.clients = clients;
    this.deals = deals;
    this.managementPeriods = managementPeriods;
    this.clientMrr = clientMrr;
  }

  /**
   * The partner the portfolio belongs to.
   *
   * @return the partner id, never null
   */
  public PartnerId partner() {
    return partner;
  }

  /**
   * The clients.
   *
   * @return the clients, never null
   */
  public ImmutableList<Client> clients() {
    return clients;
  }

  /**
   * The deals (some credited to other partners, some reductions).
   *
   * @return the deals, never null
   */
  public ImmutableList<Deal> deals() {
    return deals;
  }

  /**
   * The management periods of every partner.
   *
   * @return the periods, never null
   */
  public ImmutableList<ManagementPeriod> managementPeriods() {
    return managementPeriods;
  }

  /**
   * The clients' MRR history.
   *
   * @return the entries, never null
   */
  public ImmutableList<ClientMrr> clientMrr() {
    return clientMrr;
  }

  /**
   * Builds the partner's ledger under the built-in rules.
   *
   * @return the ledger, never null
   */
  public PointLedger ledger() {
    return ledger(ProgramRules.builtIn());
  }

  /**
   * Builds the partner's ledger.
   *
   * @param rules the rules, not null
   * @return the ledger, never null
   */
  public PointLedger ledger(ProgramRules rules) {
    return PointLedger.builder(Objects.requireNonNull(rules, "rules"), partner)
        .addClients(clients)
        .addDeals(deals)
        .addManagementPeriods(managementPeriods)
        .addClientMrr(clientMrr)
        .build();
  }

  @Override
  public String toString() {
    return "Portfolio[" + partner + ": " + clients.size() + " clients, " + deals.size() + " deals, "
        + managementPeriods.size() + " management periods, " + clientMrr.size() + " MRR entries]";
  }
}
