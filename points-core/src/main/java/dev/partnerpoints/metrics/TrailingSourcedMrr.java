package dev.partnerpoints.metrics;

import dev.partnerpoints.internal.DateRanges;
import dev.partnerpoints.internal.Sums;
import dev.partnerpoints.ledger.Client;
import dev.partnerpoints.ledger.Deal;
import dev.partnerpoints.ledger.DealKind;
import dev.partnerpoints.ledger.DealStatus;
import dev.partnerpoints.ledger.PointLedger;
import dev.partnerpoints.money.PointValue;
import dev.partnerpoints.program.DealType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;
import org.javamoney.moneta.Money;

/** The built-in sourced MRR method: see {@link SourcedMrrMethod#builtIn()}. */
final class TrailingSourcedMrr implements SourcedMrrMethod {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final int windowMonths;
  private final int dollarValueMonths;

  TrailingSourcedMrr(int windowMonths, int dollarValueMonths) {
    if (windowMonths < 1 || dollarValueMonths < 1) {
      throw new IllegalArgumentException("sourced MRR window and dollar-value months must be at least 1, but were "
          + windowMonths + " and " + dollarValueMonths);
    }
    this.windowMonths = windowMonths;
    this.dollarValueMonths = dollarValueMonths;
  }

  @Override
  public SourcedMrrFigure measure(PointLedger ledger, LocalDate date) {
    Objects.requireNonNull(ledger, "ledger");
    Objects.requireNonNull(date, "date");
    SourcedMrrFigure.Builder figure = SourcedMrrFigure.builder()
        .date(date).windowMonths(windowMonths).dollarValueMonths(dollarValueMonths);
    for (Deal d : ledger.deals()) { // close date, then id
      // the deal's window, [close date, close date + windowMonths), holds the date
      if (!counts(ledger, d) || !DateRanges.contains(d.closeDate(), d.closeDate().plusMonths(windowMonths), date)) {
        continue;
      }
      Client client = Objects.requireNonNull(ledger.clients().get(d.clientId()), "client of a ledger deal");
      PointValue value = ledger.rules().pointValue(client.currency(), d.closeDate());
      BigDecimal usd = Sums.exact(d.mrrChange()).multiply(HUNDRED)
          .divide(value.localAmountPer100Usd(), 2, RoundingMode.HALF_EVEN);
      figure.addRows(SourcedDealRow.builder()
          .deal(d)
          .pointValue(value)
          .mrrUsd(Money.of(usd, Sums.USD))
          .dollarValueUsd(Money.of(usd.multiply(BigDecimal.valueOf(dollarValueMonths)), Sums.USD))
          .build());
    }
    return figure.build();
  }

  private static boolean counts(PointLedger ledger, Deal d) {
    return d.status() == DealStatus.CLOSED_WON
        && d.dealType() == DealType.SOURCED
        && !d.kind().isReduction()
        && d.kind() != DealKind.NO_DEAL_INCREASE
        && d.partner().map(ledger.partner()::equals).orElse(false);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof TrailingSourcedMrr other && other.windowMonths == windowMonths
        && other.dollarValueMonths == dollarValueMonths;
  }

  @Override
  public int hashCode() {
    return 31 * windowMonths + dollarValueMonths;
  }

  @Override
  public String toString() {
    return "trailing " + windowMonths + "-month sourced MRR, dollar value x" + dollarValueMonths;
  }
}
