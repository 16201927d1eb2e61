package dev.partnerpoints.testkit;

import dev.partnerpoints.ledger.PartnerId;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Static entry points of the testkit: fluent builders with sensible defaults, so that a test
 * states only what it cares about.
 *
 * <pre>{@code
 * import static dev.partnerpoints.testkit.PointsTestKit.*;
 *
 * Client acme = aClient().named("Acme").inCountry("BR").payingIn("EUR").build();
 * Deal deal = aDeal().forClient(acme).sourced().closedOn("2025-08-01").mrrChange("1000").build();
 * PointLedger ledger = aLedger().withClient(acme).withDeal(deal).build();
 * }</pre>
 *
 * <p>Defaults: a client in the US paying USD with a Marketing Hub Professional subscription of
 * 1,000; a sourced new-client deal of 1,000 (in the client's currency) on {@link #DEFAULT_DATE},
 * credited to {@link #DEFAULT_PARTNER}; a management period by the default partner from the
 * default date, open-ended; the built-in program rules. Generated ids are unique within the JVM
 * ({@code client-1}, {@code deal-1}, ...).
 */
public final class PointsTestKit {

  /** The default date of deals and management periods: 2025-09-01. */
  public static final LocalDate DEFAULT_DATE = LocalDate.of(2025, 9, 1);

  /** The default partner: {@code partner-1}. */
  public static final PartnerId DEFAULT_PARTNER = PartnerId.of("partner-1");

  private static final AtomicLong CLIENTS = new AtomicLong();
  private static final AtomicLong DEALS = new AtomicLong();

  private PointsTestKit() {}

  /**
   * Starts a client with defaults (US, USD, Marketing Hub Professional at 1,000).
   *
   * @return a new builder, never null
   */
  public static ClientBuilder aClient() {
    return new ClientBuilder("client-" + CLIENTS.incrementAndGet());
  }

  /**
   * Starts a deal with defaults (sourced new client, 1,000, on the default date, default partner);
   * name its client with {@link DealBuilder#forClient}.
   *
   * @return a new builder, never null
   */
  public static DealBuilder aDeal() {
    return new DealBuilder("deal-" + DEALS.incrementAndGet());
  }

  /**
   * Starts a management period with defaults (default partner, from the default date, open-ended);
   * name its client with {@link ManagementPeriodBuilder#ofClient}.
   *
   * @return a new builder, never null
   */
  public static ManagementPeriodBuilder aManagementPeriod() {
    return new ManagementPeriodBuilder();
  }

  /**
   * Starts a ledger of the default partner under the built-in rules.
   *
   * @return a new builder, never null
   */
  public static LedgerBuilder aLedger() {
    return new LedgerBuilder();
  }
}
