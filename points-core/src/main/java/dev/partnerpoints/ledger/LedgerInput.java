package dev.partnerpoints.ledger;

import dev.partnerpoints.program.ProgramRules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import javax.money.MonetaryAmount;

/**
 * What a {@link PointLedger.Builder} collected (the rules, the partner, clients by id, deals, the
 * management periods and the MRR history, in the order added) and the checks on it that name the
 * offending value. The valuation ({@link LedgerBuild}) reads it; nothing here values anything.
 *
 * @param rules the rules to value with
 * @param partner the partner whose ledger it is
 * @param clients the clients by id
 * @param deals the deals (ids unique: checked as they were added)
 * @param periods the management periods of any partner
 * @param mrrHistory the clients' MRR entries
 */
record LedgerInput(ProgramRules rules, PartnerId partner, Map<ClientId, Client> clients, List<Deal> deals,
    List<ManagementPeriod> periods, List<ClientMrr> mrrHistory) {

  /**
   * Checks the management periods and the MRR history: each names a client that was added, periods
   * of one partner on one client do not overlap, MRR is in the client's currency and one client has
   * at most one MRR entry per date.
   *
   * @throws UnknownClientException if a period or MRR entry names a client that was not added
   * @throws OverlappingPeriodsException if two periods of one partner on one client overlap
   * @throws IllegalArgumentException naming the value when another check fails
   */
  void validatePeriodsAndMrr() {
    Map<String, List<ManagementPeriod>> byPartnerClient = new HashMap<>();
    for (ManagementPeriod p : periods) {
      requireClient(p.clientId(), "management period of " + p.partner());
      List<ManagementPeriod> same = byPartnerClient.computeIfAbsent(p.partner() + "\u0000" + p.clientId(),
          k -> new ArrayList<>());
      for (ManagementPeriod other : same) {
        if (overlap(p, other)) {
          throw new OverlappingPeriodsException(other, p);
        }
      }
      same.add(p);
    }
    Map<ClientId, TreeSet<LocalDate>> mrrDates = new HashMap<>();
    for (ClientMrr m : mrrHistory) {
      Client client = requireClient(m.clientId(), "MRR entry");
      requireCurrency(client, m.mrr(), "MRR of client " + m.clientId() + " from " + m.effectiveFrom());
      if (!mrrDates.computeIfAbsent(m.clientId(), k -> new TreeSet<>()).add(m.effectiveFrom())) {
        throw new IllegalArgumentException("client " + m.clientId() + " has two MRR entries effective "
            + m.effectiveFrom());
      }
    }
  }

  private static boolean overlap(ManagementPeriod a, ManagementPeriod b) {
    return a.dates().overlaps(b.dates());
  }

  /** The client with an id, which a deal, period or MRR entry ({@code who}) names. */
  Client requireClient(ClientId id, String who) {
    Client client = clients.get(id);
    if (client == null) {
      throw unknownClient(id, who);
    }
    return client;
  }

  static UnknownClientException unknownClient(ClientId id, String who) {
    return new UnknownClientException(id, who + " names client " + id + ", which was not added; add the client first");
  }

  static void requireCurrency(Client client, MonetaryAmount amount, String what) {
    String currency = amount.getCurrency().getCurrencyCode();
    String clientCurrency = client.currency().getCurrencyCode();
    if (!currency.equals(clientCurrency)) {
      throw wrongCurrency(what, currency, client.id(), clientCurrency);
    }
  }

  static CurrencyMismatchException wrongCurrency(String what, String currency, ClientId client,
      String clientCurrency) {
    return new CurrencyMismatchException(client, currency, clientCurrency,
        what + " is in " + currency + " but client " + client + " pays in " + clientCurrency);
  }

}
