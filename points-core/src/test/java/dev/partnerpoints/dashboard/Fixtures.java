package dev.partnerpoints.dashboard;

import dev.partnerpoints.commission.ClientRevenue;
import dev.partnerpoints.ledger.Client;
import dev.partnerpoints.ledger.ClientId;
import dev.partnerpoints.ledger.ClientMrr;
import dev.partnerpoints.ledger.Deal;
import dev.partnerpoints.ledger.DealId;
import dev.partnerpoints.ledger.DealKind;
import dev.partnerpoints.ledger.ManagementPeriod;
import dev.partnerpoints.ledger.PartnerId;
import dev.partnerpoints.ledger.ProductLine;
import dev.partnerpoints.program.CountryCode;
import dev.partnerpoints.program.DealType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/** Small builders for the dashboard tests. */
public final class Fixtures {
  public static final PartnerId P = PartnerId.of("p1");
  public static final PartnerId OTHER = PartnerId.of("p2");
  public static final ProductLine MARKETING = ProductLine.of("Marketing Hub");
  public static final ProductLine SALES = ProductLine.of("Sales Hub");

  private Fixtures() {}

  public static ClientId id(String id) {
    return ClientId.of(id);
  }

  public static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  public static YearMonth ym(String iso) {
    return YearMonth.parse(iso);
  }

  public static MonetaryAmount money(String amount, String currency) {
    return Money.of(new BigDecimal(amount), currency);
  }

  public static Client client(String id, String country, String currency) {
    return Client.builder().id(ClientId.of(id)).country(CountryCode.of(country))
        .currency(Monetary.getCurrency(currency)).build();
  }

  public static Client client(String id, String country, String currency, int toolUsage) {
    return client(id, country, currency).withToolUsage(BigDecimal.valueOf(toolUsage));
  }

  /** A closed-won deal of partner P on Marketing Hub. */
  public static Deal deal(String id, String client, String close, DealKind kind, DealType type, String amount,
      String currency) {
    return Deal.builder().id(DealId.of(id)).clientId(ClientId.of(client)).closeDate(d(close)).kind(kind).dealType(type)
        .productLine(MARKETING).mrrChange(money(amount, currency)).partner(P).build();
  }

  public static Deal sourcedNew(String id, String client, String close, String amount, String currency) {
    return deal(id, client, close, DealKind.NEW_CLIENT, DealType.SOURCED, amount, currency);
  }

  public static ManagementPeriod manages(String client, String from, Optional<String> until) {
    return ManagementPeriod.builder().clientId(ClientId.of(client)).partner(P).from(d(from))
        .until(until.map(LocalDate::parse)).build();
  }

  public static ClientMrr mrr(String client, String from, String amount, String currency) {
    return ClientMrr.of(ClientId.of(client), d(from), money(amount, currency));
  }

  /** Net revenue of one client, the same amount every month from {@code first} to {@code last}. */
  public static List<ClientRevenue> monthly(String client, String first, String last, String amount, String currency) {
    List<ClientRevenue> result = new ArrayList<>();
    for (YearMonth m = ym(first); !m.isAfter(ym(last)); m = m.plusMonths(1)) {
      result.add(ClientRevenue.of(ClientId.of(client), m, money(amount, currency)));
    }
    return result;
  }
}
