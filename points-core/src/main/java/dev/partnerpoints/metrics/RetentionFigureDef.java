package dev.partnerpoints.metrics;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import dev.partnerpoints.ledger.ClientId;
import dev.partnerpoints.segment.ClientFigure;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The average customer dollar retention (C$R) on a date: the mean of the annualised retention of
 * the months behind it (12 by default), with the months and their clients as rows.
 *
 * <p>Months without managed MRR at their start have no retention and are left out of the mean.
 * The mean is computed to 34 significant digits (DECIMAL128), HALF_EVEN; {@link #averagePercent()}
 * rounds it once more, for display only, to hundredths of a percent.
 */
@Value.Immutable
abstract class RetentionFigureDef implements ClientFigure {

  /**
   * The date of the figure.
   *
   * @return the date, never null
   */
  public abstract LocalDate date();

  /**
   * The months behind the figure, oldest first.
   *
   * @return the months, never null
   */
  public abstract ImmutableList<MonthRetention> months();

  /**
   * The mean of the months' annualised retention: {@code sum / count}, to 34 significant digits.
   *
   * @return the ratio between 0 and 1, or empty when no month has a retention
   */
  @Value.Derived
  public Optional<BigDecimal> average() {
    BigDecimal sum = BigDecimal.ZERO;
    int count = 0;
    for (MonthRetention m : months()) {
      if (m.annualised().isPresent()) {
        sum = sum.add(m.annualised().get());
        count++;
      }
    }
    return count == 0 ? Optional.empty()
        : Optional.of(sum.divide(BigDecimal.valueOf(count), MathContext.DECIMAL128));
  }

  /**
   * {@link #average()} as a percentage rounded once to two decimal places, HALF_EVEN, such as
   * {@code 91.68}.
   *
   * @return the percentage, or empty when {@link #average()} is empty
   */
  public Optional<BigDecimal> averagePercent() {
    return average().map(a -> a.movePointRight(2).setScale(2, RoundingMode.HALF_EVEN));
  }

  @Override
  public ImmutableSortedSet<ClientId> clients() {
    return months().stream().flatMap(m -> m.clients().stream())
        .collect(ImmutableSortedSet.toImmutableSortedSet(Comparator.naturalOrder()));
  }

  /**
   * The clients that cancelled in any month of the figure, sorted by id.
   *
   * @return the client ids, never null
   */
  public ImmutableSortedSet<ClientId> cancelledClients() {
    return months().stream().flatMap(m -> m.cancelledClients().stream())
        .collect(ImmutableSortedSet.toImmutableSortedSet(Comparator.naturalOrder()));
  }
}
