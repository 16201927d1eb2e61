package dev.partnerpoints.money;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.NumberValue;
import javax.money.convert.ConversionContext;
import javax.money.convert.ConversionContextBuilder;
import javax.money.convert.ConversionQuery;
import javax.money.convert.CurrencyConversionException;
import javax.money.convert.ExchangeRate;
import javax.money.convert.ProviderContext;
import javax.money.convert.ProviderContextBuilder;
import javax.money.convert.RateType;
import org.javamoney.moneta.spi.AbstractRateProvider;
import org.javamoney.moneta.spi.DefaultNumberValue;
import org.jspecify.annotations.Nullable;

/**
 * A JSR-354 {@link javax.money.convert.ExchangeRateProvider} over a {@link PointValueTable}: the
 * rate from currency A to currency B is {@code B's point value / A's point value}, so converting an
 * amount keeps the points it earns. These are program rates, not market rates.
 *
 * <p>Use an instance directly; it is deliberately not registered through
 * {@code META-INF/services}, so it never leaks into an application's other conversions. The date of
 * the rate comes from the query ({@code ConversionQueryBuilder.set(LocalDate.class, date)}) or, when
 * the query has none, from the clock given at construction. Each rate's {@link ConversionContext}
 * carries the date asked for ({@code LocalDate.class}) and the effective date of the table used
 * (attribute {@value #EFFECTIVE_FROM}).
 *
 * <pre>{@code
 * PointValueRateProvider provider = new PointValueRateProvider(PointValueTable.builtIn(), clock);
 * ExchangeRate rate = provider.getExchangeRate(ConversionQueryBuilder.of()
 *     .setBaseCurrency("USD").setTermCurrency("EUR")
 *     .set(LocalDate.class, LocalDate.of(2025, 7, 15)).build());
 * rate.getFactor();                                          // 0.88
 * rate.getContext().get(PointValueRateProvider.EFFECTIVE_FROM, LocalDate.class); // 2025-07-15
 * }</pre>
 *
 * <p>Factors are exact where the quotient terminates, otherwise rounded to 34 significant digits
 * (DECIMAL128, HALF_EVEN); the conversion result itself is not rounded (round it once, yourself).
 * This class is immutable and thread-safe.
 */
public final class PointValueRateProvider extends AbstractRateProvider {

  /** The provider name in contexts. */
  public static final String PROVIDER_NAME = "PARTNER-POINT-VALUES";

  /** The conversion-context attribute holding the effective date of the table used. */
  public static final String EFFECTIVE_FROM = "effectiveFrom";

  private static final ProviderContext CONTEXT =
      ProviderContextBuilder.of(PROVIDER_NAME, RateType.HISTORIC).build();

  private final PointValueTable table;
  private final Clock clock;

  /**
   * Creates a provider.
   *
   * @param table the point values, not null
   * @param clock the clock that dates queries without a date, not null
   */
  public PointValueRateProvider(PointValueTable table, Clock clock) {
    super(CONTEXT);
    this.table = Objects.requireNonNull(table, "table");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Returns the rate between two currencies on the query's date.
   *
   * @param query the query with base and term currency, not null
   * @return the rate, never null
   * @throws CurrencyConversionException if either currency has no point value on the date (the
   *     cause is an {@link UnsupportedCurrencyException} naming it and the supported ones) or the
   *     date is before the first table (cause {@link DateOutsideProgramException})
   */
  @Override
  public ExchangeRate getExchangeRate(ConversionQuery query) {
    Objects.requireNonNull(query, "query");
    CurrencyUnit base = Objects.requireNonNull(query.getBaseCurrency(), "query base currency");
    CurrencyUnit term = Objects.requireNonNull(query.getCurrency(), "query term currency");
    LocalDate date = dateOf(query);
    PointValue from;
    PointValue to;
    try {
      from = table.pointValue(base, date);
      to = table.pointValue(term, date);
    } catch (PointsException e) {
      throw new CurrencyConversionException(base, term, null, e.getMessage(), e);
    }
    BigDecimal factor;
    try {
      factor = to.localAmountPer100Usd().divide(from.localAmountPer100Usd());
    } catch (ArithmeticException nonTerminating) {
      factor = to.localAmountPer100Usd().divide(from.localAmountPer100Usd(), MathContext.DECIMAL128);
    }
    ConversionContext context = ConversionContextBuilder.create(CONTEXT, RateType.HISTORIC)
        .set(LocalDate.class, date)
        .set(EFFECTIVE_FROM, from.effectiveFrom())
        .build();
    return new Rate(context, base, term, factor);
  }

  /**
   * Checks whether both currencies of the query have a point value on its date.
   *
   * @param query the query, not null
   * @return true if a rate is available
   */
  @Override
  public boolean isAvailable(ConversionQuery query) {
    try {
      getExchangeRate(query);
      return true;
    } catch (CurrencyConversionException e) {
      return false;
    }
  }

  private LocalDate dateOf(ConversionQuery query) {
    LocalDate date = query.get(LocalDate.class);
    return date != null ? date : LocalDate.now(clock);
  }

  @Override
  public String toString() {
    return PROVIDER_NAME + "[" + table + "]";
  }

  /** An immutable exchange rate. */
  private static final class Rate implements ExchangeRate {
    private final ConversionContext context;
    private final CurrencyUnit base;
    private final CurrencyUnit term;
    // the exact factor: Moneta's DefaultNumberValue has identity equality, so equals compares this
    private final BigDecimal factorValue;
    private final NumberValue factor;

    Rate(ConversionContext context, CurrencyUnit base, CurrencyUnit term, BigDecimal factor) {
      this.context = context;
      this.base = base;
      this.term = term;
      this.factorValue = factor;
      this.factor = DefaultNumberValue.of(factor);
    }

    @Override
    public ConversionContext getContext() {
      return context;
    }

    @Override
    public CurrencyUnit getBaseCurrency() {
      return base;
    }

    @Override
    public CurrencyUnit getCurrency() {
      return term;
    }

    @Override
    public NumberValue getFactor() {
      return factor;
    }

    @Override
    public List<ExchangeRate> getExchangeRateChain() {
      return ImmutableList.of(this);
    }

    @Override
    public boolean equals(@Nullable Object obj) {
      if (!(obj instanceof Rate other)) {
        return false;
      }
      return base.equals(other.base) && term.equals(other.term)
          && factorValue.equals(other.factorValue) && context.equals(other.context);
    }

    @Override
    public int hashCode() {
      return Objects.hash(base, term, factorValue, context);
    }

    @Override
    public String toString() {
      return "ExchangeRate[" + base.getCurrencyCode() + "->" + term.getCurrencyCode() + " " + factor
          + ", " + context + "]";
    }
  }
}
