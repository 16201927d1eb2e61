package dev.partnerpoints.testkit;

import dev.partnerpoints.ledger.Client;
import dev.partnerpoints.ledger.ClientId;
import dev.partnerpoints.ledger.ManagementPeriod;
import dev.partnerpoints.ledger.PartnerId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Builds a {@link ManagementPeriod} for a test; start with {@link PointsTestKit#aManagementPeriod()}.
 * Not thread-safe.
 */
public final class ManagementPeriodBuilder {
  private @Nullable ClientId clientId;
  private PartnerId partner = PointsTestKit.DEFAULT_PARTNER;
  private LocalDate from = PointsTestKit.DEFAULT_DATE;
  private Optional<LocalDate> until = Optional.empty();

  ManagementPeriodBuilder() {}

  /**
   * Sets the managed client.
   *
   * @param client the client, not null
   * @return this builder
   */
  public ManagementPeriodBuilder ofClient(Client client) {
    this.clientId = client.id();
    return this;
  }

  /**
   * Sets the managing partner (default {@link PointsTestKit#DEFAULT_PARTNER}).
   *
   * @param partnerId the partner id, not null
   * @return this builder
   */
  public ManagementPeriodBuilder by(String partnerId) {
    this.partner = PartnerId.of(partnerId);
    return this;
  }

  /**
   * Sets the first day (default {@link PointsTestKit#DEFAULT_DATE}).
   *
   * @param isoDate such as {@code "2025-01-01"}, not null
   * @return this builder
   */
  public ManagementPeriodBuilder from(String isoDate) {
    this.from = LocalDate.parse(isoDate);
    return this;
  }

  /**
   * Sets the first day after the period (default: open-ended).
   *
   * @param isoDate such as {@code "2026-01-01"}, not null
   * @return this builder
   */
  public ManagementPeriodBuilder until(String isoDate) {
    this.until = Optional.of(LocalDate.parse(isoDate));
    return this;
  }

  /**
   * Builds the period.
   *
   * @return the period, never null
   * @throws IllegalStateException if no client was set
   */
  public ManagementPeriod build() {
    if (clientId == null) {
      throw new IllegalStateException("management period needs a client: call ofClient(client)");
    }
    return ManagementPeriod.builder().clientId(clientId).partner(partner).from(from).until(until).build();
  }
}
