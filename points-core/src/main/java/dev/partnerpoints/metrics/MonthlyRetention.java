package dev.partnerpoints.metrics;

import dev.partnerpoints.internal.Sums;
import dev.partnerpoints.ledger.Client;
import dev.partnerpoints.ledger.ManagementPeriod;
import dev.partnerpoints.ledger.PointLedger;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/** The built-in C$R method: see {@link RetentionMethod#lastCompleteMonths(int)}. */
final class MonthlyRetention implements RetentionMethod {
  private final int months;

  MonthlyRetention(int months) {
    if (months < 1) {
      throw new IllegalArgumentException("C$R months must be at least 1, but was " + months);
    }
    this.months = months;
  }

  @Override
  public RetentionFigure measure(PointLedger ledger, LocalDate date) {
    Objects.requireNonNull(ledger, "ledger");
    Objects.requireNonNull(date, "date");
    YearMonth last = date.equals(YearMonth.from(date).atEndOfMonth()) ? YearMonth.from(date)
        : YearMonth.from(date).minusMonths(1);
    LocalDate firstTable = ledger.rules().pointValues().tables().firstEffectiveDate();
    RetentionFigure.Builder figure = RetentionFigure.builder().date(date);
    for (YearMonth m = last.minusMonths(months - 1L); !m.isAfter(last); m = m.plusMonths(1)) {
      MonthRetention.Builder month = MonthRetention.builder().month(m);
      LocalDate start = m.atDay(1);
      if (!start.isBefore(firstTable)) {
        for (Client client : managedOn(ledger, start)) {
          MonetaryAmount atStart = ledger.clientMrrOn(client.id(), start);
          if (!atStart.isPositive()) {
            continue;
          }
          month.addRows(ClientRetentionRow.builder()
              .clientId(client.id())
              .mrrAtStart(atStart)
              .mrrAtStartUsd(Money.of(ledger.rules().pointValue(client.currency(), start)
                  .toProgramUsd(Sums.exact(atStart)), Sums.USD))
              .mrrAtEnd(ledger.clientMrrOn(client.id(), m.atEndOfMonth()))
              .build());
        }
      }
      figure.addMonths(month.build());
    }
    return figure.build();
  }

  /** The clients the ledger's partner manages on a date, sorted by id. */
  private static Set<Client> managedOn(PointLedger ledger, LocalDate date) {
    Set<Client> result = new TreeSet<>((a, b) -> a.id().compareTo(b.id()));
    for (ManagementPeriod p : ledger.managementPeriods()) {
      if (p.partner().equals(ledger.partner()) && p.covers(date)) {
        result.add(ledger.clients().get(p.clientId()));
      }
    }
    return result;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof MonthlyRetention other && other.months == months;
  }

  @Override
  public int hashCode() {
    return months;
  }

  @Override
  public String toString() {
    return "mean annualised C$R over the last " + months + " complete months";
  }
}
