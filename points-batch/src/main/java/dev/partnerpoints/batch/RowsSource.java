package dev.partnerpoints.batch;

import dev.partnerpoints.batch.PortfolioInput.Labelled;
import dev.partnerpoints.batch.PortfolioInput.PartnerRows;
import dev.partnerpoints.ledger.Client;
import dev.partnerpoints.ledger.ClientId;
import dev.partnerpoints.ledger.ClientMrr;
import dev.partnerpoints.ledger.Deal;
import dev.partnerpoints.ledger.DealId;
import dev.partnerpoints.ledger.ManagementPeriod;
import dev.partnerpoints.ledger.PartnerId;
import dev.partnerpoints.ledger.PointLedger;
import dev.partnerpoints.program.ProgramRules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.money.CurrencyUnit;
import org.jspecify.annotations.Nullable;

/**
 * One partner's rows checked and built into its ledger: every row error is collected (the ledger is
 * built only when there is none), then the builder's own checks run.
 */
final class RowsSource implements PartnerSource {

  /** Where a client id was first seen in the portfolio, in partner id order. */
  record Owner(PartnerId partner, Client client, String row) {}

  /** Where a deal id was first seen in the portfolio, in partner id order (its row named only on an error). */
  private record DealOwner(PartnerId partner, Labelled<Deal> deals, int index) {}

  private final ProgramRules rules;
  private final PartnerRows rows;
  private final Map<ClientId, Owner> firstOwners;
  private final List<BatchError> portfolioErrors;
  private final boolean partialPortfolio;

  RowsSource(ProgramRules rules, PartnerRows rows, Map<ClientId, Owner> firstOwners, List<BatchError> portfolioErrors,
      boolean partialPortfolio) {
    this.rules = rules;
    this.rows = rows;
    this.firstOwners = firstOwners;
    this.portfolioErrors = portfolioErrors;
    this.partialPortfolio = partialPortfolio;
  }

  @Override
  public PartnerId partner() {
    return rows.partner;
  }

  static String clientRow(Labelled<Client> clients, int i) {
    String label = clients.label(i);
    return label != null ? label : "client " + clients.items.get(i).id();
  }

  private static String dealRow(Labelled<Deal> deals, int i) {
    String label = deals.label(i);
    return label != null ? label : "deal " + deals.items.get(i).id();
  }

  private static String periodRow(Labelled<ManagementPeriod> periods, int i) {
    String label = periods.label(i);
    if (label != null) {
      return label;
    }
    ManagementPeriod p = periods.items.get(i);
    return "management of client " + p.clientId() + " by " + p.partner() + " from " + p.from();
  }

  private static String mrrRow(Labelled<ClientMrr> mrr, int i) {
    String label = mrr.label(i);
    if (label != null) {
      return label;
    }
    ClientMrr m = mrr.items.get(i);
    return "MRR of client " + m.clientId() + " from " + m.effectiveFrom();
  }

  @Override
  public Loaded load() {
    PartnerId partner = rows.partner;
    List<BatchError> errors = new ArrayList<>(portfolioErrors);
    PointLedger.Builder builder = PointLedger.builder(rules, partner);
    Map<ClientId, Client> own = new HashMap<>(2 * rows.clients.size() + 1);
    for (int i = 0; i < rows.clients.size(); i++) {
      Client client = rows.clients.items.get(i);
      if (own.putIfAbsent(client.id(), client) != null) {
        errors.add(BatchError.of(partner, clientRow(rows.clients, i), client.id().toString(),
            "client '" + client.id() + "' is a second time among this partner's clients; a client id is allowed once"));
      } else {
        builder.addClient(client);
      }
    }
    for (int i = 0; i < rows.deals.size(); i++) {
      Deal deal = rows.deals.items.get(i);
      Client client = own.get(deal.clientId());
      if (client == null) {
        errors.add(unknownClient(dealRow(rows.deals, i), "deal " + deal.id(), deal.clientId()));
        continue;
      }
      CurrencyUnit currency = deal.mrrChange().getCurrency();
      if (!currency.equals(client.currency())) {
        errors.add(BatchError.of(partner, dealRow(rows.deals, i), deal.mrrChange().toString(), "deal " + deal.id()
            + " changes MRR by " + deal.mrrChange() + ", but its client " + client.id() + " pays in "
            + client.currency() + "; the amount must be in the client's currency"));
        continue;
      }
      try {
        builder.addDeal(deal);
      } catch (IllegalArgumentException e) {
        errors.add(BatchError.of(partner, dealRow(rows.deals, i), deal.id().value(),
            "deal id '" + deal.id() + "' is a second time in this partner's deals; a deal id is allowed once"));
      }
    }
    for (int i = 0; i < rows.periods.size(); i++) {
      ManagementPeriod period = rows.periods.items.get(i);
      if (!own.containsKey(period.clientId())) {
        errors.add(unknownClient(periodRow(rows.periods, i), "the management period", period.clientId()));
      } else {
        builder.addManagementPeriod(period);
      }
    }
    for (int i = 0; i < rows.mrr.size(); i++) {
      ClientMrr mrr = rows.mrr.items.get(i);
      Client client = own.get(mrr.clientId());
      if (client == null) {
        errors.add(unknownClient(mrrRow(rows.mrr, i), "the MRR", mrr.clientId()));
      } else if (!mrr.mrr().getCurrency().equals(client.currency())) {
        errors.add(BatchError.of(partner, mrrRow(rows.mrr, i), mrr.mrr().toString(), "MRR " + mrr.mrr()
            + " of client " + client.id() + " is not in the client's currency " + client.currency()));
      } else {
        builder.addClientMrr(mrr);
      }
    }
    if (!errors.isEmpty()) {
      throw new PartnerInputException(errors);
    }
    return new Loaded(builder.build(), rows.account);
  }

  private BatchError unknownClient(String row, String what, ClientId client) {
    @Nullable Owner owner = firstOwners.get(client);
    String whose = owner != null ? "; it is a client of partner " + owner.partner() + " (" + owner.row() + ")"
        : partialPortfolio ? "" : "; no partner of the portfolio has it";
    return BatchError.of(rows.partner, row, client.toString(), what + " names client '" + client
        + "', which is not a client of partner " + rows.partner + whose
        + ". A row may only name the clients of its own partner");
  }

  /**
   * The first owner of every client id, in partner id order, and the errors of clients whose country
   * or currency differs between partners (each such error goes to both partners).
   */
  static Map<ClientId, Owner> indexClients(List<PartnerRows> partners, Map<PartnerId, List<BatchError>> errors) {
    Map<ClientId, Owner> first = new HashMap<>();
    for (PartnerRows rows : partners) {
      for (int i = 0; i < rows.clients.size(); i++) {
        Client client = rows.clients.items.get(i);
        Owner owner = first.get(client.id());
        if (owner == null) {
          first.put(client.id(), new Owner(rows.partner, client, clientRow(rows.clients, i)));
        } else if (!owner.partner().equals(rows.partner)
            && (!owner.client().country().equals(client.country())
                || !owner.client().currency().equals(client.currency()))) {
          String here = client.country() + "/" + client.currency();
          String there = owner.client().country() + "/" + owner.client().currency();
          errors.computeIfAbsent(rows.partner, p -> new ArrayList<>()).add(BatchError.of(rows.partner,
              clientRow(rows.clients, i), here, "client '" + client.id() + "' has country/currency " + here
                  + " here, but " + there + " in partner " + owner.partner() + " (" + owner.row()
                  + "); a client shared by partners must have one country and currency"));
          errors.computeIfAbsent(owner.partner(), p -> new ArrayList<>()).add(BatchError.of(owner.partner(),
              owner.row(), there, "client '" + client.id() + "' has country/currency " + there + " here, but "
                  + here + " in partner " + rows.partner + " (" + clientRow(rows.clients, i)
                  + "); a client shared by partners must have one country and currency"));
        }
      }
    }
    return first;
  }

  /**
   * The errors of deal ids given in two partners as different deals (each such error goes to both
   * partners). The same deal in several partners' rows (a deal on a shared client, given to every
   * partner that has the client) is allowed.
   */
  static void indexDeals(List<PartnerRows> partners, Map<PartnerId, List<BatchError>> errors) {
    Map<DealId, DealOwner> first = new HashMap<>();
    for (PartnerRows rows : partners) {
      for (int i = 0; i < rows.deals.size(); i++) {
        Deal deal = rows.deals.items.get(i);
        DealOwner owner = first.putIfAbsent(deal.id(), new DealOwner(rows.partner, rows.deals, i));
        if (owner != null && !owner.partner().equals(rows.partner)
            && !owner.deals().items.get(owner.index()).equals(deal)) {
          String row = dealRow(rows.deals, i);
          String ownerRow = dealRow(owner.deals(), owner.index());
          addDealIdError(errors, rows.partner, row, deal.id(), owner.partner(), ownerRow);
          addDealIdError(errors, owner.partner(), ownerRow, deal.id(), rows.partner, row);
        }
      }
    }
  }

  private static void addDealIdError(Map<PartnerId, List<BatchError>> errors, PartnerId partner, String row, DealId id,
      PartnerId otherPartner, String otherRow) {
    errors.computeIfAbsent(partner, p -> new ArrayList<>()).add(BatchError.of(partner, row, id.value(),
        "deal id '" + id + "' is also a different deal in partner " + otherPartner + " (" + otherRow
            + "); a deal id names one deal in the whole portfolio"));
  }

}
