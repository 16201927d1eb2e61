package dev.partnerpoints.batch;

import dev.partnerpoints.ledger.Client;
import dev.partnerpoints.ledger.ClientMrr;
import dev.partnerpoints.ledger.Deal;
import dev.partnerpoints.ledger.ManagementPeriod;
import dev.partnerpoints.ledger.PartnerId;
import dev.partnerpoints.tier.PartnerAccount;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The records of a portfolio of partners, in any order: each row names the partner whose ledger it
 * belongs to, as each partner's own ledger file would hold it.
 *
 * <ul>
 *   <li>a client row: one of the partner's clients. A client shared by several partners (managed by
 *       them all, say) is a row in each, with the same country and currency;
 *   <li>a deal row: a deal on one of the partner's clients, credited to any partner (the partner's
 *       ledger credits it only the deals credited to it; the others inform the rate lock). A deal id
 *       names one deal in the whole portfolio: the same deal may be given to several partners (on a
 *       shared client), but two different deals with one id fail both partners;
 *   <li>a management period row: a period of any partner managing one of the partner's clients.
 *       Give a shared client's periods (of every partner managing it) in the rows of every partner
 *       that has it, so that each ledger splits its managed points among the same partners;
 *   <li>a client MRR row: the MRR history of one of the partner's clients (likewise for every partner
 *       that has the client);
 *   <li>an account: the partner's certifications and median tool usage; a partner without one has an
 *       empty account (never certified), as a ledger file without {@code certification} records.
 * </ul>
 *
 * <p>Each row may carry a label (such as {@code ledger.csv line 12}) that errors name; without one
 * an error names the row by its kind and id ({@code deal d7}). Checks happen when a {@link
 * PortfolioRun} runs the input, partner by partner. This class is mutable and not thread-safe.
 */
public final class PortfolioInput {

  private final Map<PartnerId, PartnerRows> partners = new HashMap<>();
  private final boolean partial;

  private PortfolioInput(boolean partial) {
    this.partial = partial;
  }

  /**
   * Creates an empty input of a whole portfolio: a row naming a client that is not its partner's is
   * told which partner of the portfolio has the client, or that none has.
   *
   * @return the input, never null
   */
  public static PortfolioInput create() {
    return new PortfolioInput(false);
  }

  /**
   * Creates an empty input that holds only some partners of a larger portfolio, such as one group of
   * a distributed run: checks across partners see only these partners, so a row naming a client that
   * is not its partner's is told just that, without a claim about the partners left out. (The
   * country and currency of a client shared with a partner left out are the caller's to check.)
   *
   * @return the input, never null
   */
  public static PortfolioInput createPartial() {
    return new PortfolioInput(true);
  }

  /** Whether this input holds only some partners of a larger portfolio. */
  boolean partial() {
    return partial;
  }

  private PartnerRows rows(PartnerId partner) {
    return partners.computeIfAbsent(Objects.requireNonNull(partner, "partner"), PartnerRows::new);
  }

  /**
   * Adds a client of a partner.
   *
   * @param partner the partner, not null
   * @param client the client, not null
   * @return this input
   */
  public PortfolioInput addClient(PartnerId partner, Client client) {
    rows(partner).clients.add(Objects.requireNonNull(client, "client"), null);
    return this;
  }

  /**
   * Adds a client of a partner with a row label for errors.
   *
   * @param partner the partner, not null
   * @param client the client, not null
   * @param row the row label, not null
   * @return this input
   */
  public PortfolioInput addClient(PartnerId partner, Client client, String row) {
    rows(partner).clients.add(Objects.requireNonNull(client, "client"), Objects.requireNonNull(row, "row"));
    return this;
  }

  /**
   * Adds a deal to a partner's ledger.
   *
   * @param partner the partner whose ledger the deal is in, not null
   * @param deal the deal, not null
   * @return this input
   */
  public PortfolioInput addDeal(PartnerId partner, Deal deal) {
    rows(partner).deals.add(Objects.requireNonNull(deal, "deal"), null);
    return this;
  }

  /**
   * Adds a deal to a partner's ledger with a row label for errors.
   *
   * @param partner the partner whose ledger the deal is in, not null
   * @param deal the deal, not null
   * @param row the row label, not null
   * @return this input
   */
  public PortfolioInput addDeal(PartnerId partner, Deal deal, String row) {
    rows(partner).deals.add(Objects.requireNonNull(deal, "deal"), Objects.requireNonNull(row, "row"));
    return this;
  }

  /**
   * Adds a management period (of any managing partner) to a partner's ledger.
   *
   * @param partner the partner whose ledger the period is in, not null
   * @param period the period, not null
   * @return this input
   */
  public PortfolioInput addManagementPeriod(PartnerId partner, ManagementPeriod period) {
    rows(partner).periods.add(Objects.requireNonNull(period, "period"), null);
    return this;
  }

  /**
   * Adds a management period to a partner's ledger with a row label for errors.
   *
   * @param partner the partner whose ledger the period is in, not null
   * @param period the period, not null
   * @param row the row label, not null
   * @return this input
   */
  public PortfolioInput addManagementPeriod(PartnerId partner, ManagementPeriod period, String row) {
    rows(partner).periods.add(Objects.requireNonNull(period, "period"), Objects.requireNonNull(row, "row"));
    return this;
  }

  /**
   * Adds a client's MRR from a date on to a partner's ledger.
   *
   * @param partner the partner whose ledger the MRR is in, not null
   * @param mrr the MRR, not null
   * @return this input
   */
  public PortfolioInput addClientMrr(PartnerId partner, ClientMrr mrr) {
    rows(partner).mrr.add(Objects.requireNonNull(mrr, "mrr"), null);
    return this;
  }

  /**
   * Adds a client's MRR to a partner's ledger with a row label for errors.
   *
   * @param partner the partner whose ledger the MRR is in, not null
   * @param mrr the MRR, not null
   * @param row the row label, not null
   * @return this input
   */
  public PortfolioInput addClientMrr(PartnerId partner, ClientMrr mrr, String row) {
    rows(partner).mrr.add(Objects.requireNonNull(mrr, "mrr"), Objects.requireNonNull(row, "row"));
    return this;
  }

  /**
   * Sets a partner's account (replacing one set before).
   *
   * @param partner the partner, not null
   * @param account the account, not null
   * @return this input
   */
  public PortfolioInput account(PartnerId partner, PartnerAccount account) {
    rows(partner).account = Objects.requireNonNull(account, "account");
    return this;
  }

  /**
   * The number of partners with at least one row or an account.
   *
   * @return the count
   */
  public int partnerCount() {
    return partners.size();
  }

  /** The partners' rows, in partner id order. */
  List<PartnerRows> partnersInOrder() {
    List<PartnerRows> list = new ArrayList<>(partners.values());
    list.sort((a, b) -> a.partner.compareTo(b.partner));
    return Collections.unmodifiableList(list);
  }

  /** Rows of one kind with optional labels (the label list is only made once a label is given). */
  static final class Labelled<T> {
    final ArrayList<T> items = new ArrayList<>();
    private @Nullable ArrayList<@Nullable String> labels;

    void add(T item, @Nullable String label) {
      if (label != null && labels == null) {
        labels = new ArrayList<>(Collections.nCopies(items.size(), null));
      }
      items.add(item);
      if (labels != null) {
        labels.add(label);
      }
    }

    @Nullable String label(int i) {
      return labels == null ? null : labels.get(i);
    }

    int size() {
      return items.size();
    }
  }

  /** One partner's rows. */
  static final class PartnerRows {
    final PartnerId partner;
    final Labelled<Client> clients = new Labelled<>();
    final Labelled<Deal> deals = new Labelled<>();
    final Labelled<ManagementPeriod> periods = new Labelled<>();
    final Labelled<ClientMrr> mrr = new Labelled<>();
    PartnerAccount account = PartnerAccount.builder().build();

    PartnerRows(PartnerId partner) {
      this.partner = partner;
    }
  }
}
