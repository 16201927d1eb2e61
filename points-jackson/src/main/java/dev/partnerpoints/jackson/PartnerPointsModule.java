package dev.partnerpoints.jackson;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.guava.GuavaModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import dev.partnerpoints.money.Points;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * A Jackson 2 module for every public value type of partner-points. Register it once:
 *
 * <pre>{@code
 * ObjectMapper mapper = JsonMapper.builder().addModule(new PartnerPointsModule()).build();
 * String json = mapper.writeValueAsString(estimate);
 * PointsEstimate back = mapper.readValue(json, PointsEstimate.class);   // equals estimate
 * }</pre>
 *
 * <p>The shapes, the same whatever the mapper's features:
 *
 * <ul>
 *   <li>{@link Points}: a JSON number with two decimals, {@code 113.64}, {@code 129.00}, never in
 *       exponent form. Read from a number or a string with at most two decimals, exactly (more
 *       decimals are an error: nothing is rounded).
 *   <li>{@link MonetaryAmount}: {@code {"amount": "440.00", "currency": "EUR"}}; the amount is a
 *       string holding the exact decimal, padded with zeros to the currency's default fraction
 *       digits. An amount with more digits than the currency allows is written exactly with all of
 *       them ({@code "0.125"} USD), never rounded; trailing zeros beyond the currency's digits are
 *       dropped ({@code 440.000} EUR is {@code "440.00"}: the same value). Read back as a Moneta
 *       {@link Money}, exactly.
 *   <li>{@link CurrencyUnit}: its ISO 4217 code, {@code "EUR"}.
 *   <li>{@link LocalDate} and {@link YearMonth}: ISO strings, {@code "2025-08-01"} and {@code
 *       "2025-08"}, also as map keys.
 *   <li>Ids and codes ({@code ClientId}, {@code PartnerId}, {@code DealId}, {@code
 *       ProductLine}, {@code CountryCode}): their text, {@code "acme"}, also as map keys.
 *   <li>Value types (requests, results, rows, the dashboard and its sections): an object with one
 *       field per attribute, named as the accessor ({@code soldPoints}), in declaration order;
 *       derived attributes (such as {@code totalPoints}) are written and ignored when read (they are
 *       computed again); an absent {@code Optional} is {@code null}. Reading goes through the type's
 *       builder, so its validation applies; an unknown field or a missing required attribute is an
 *       error naming it.
 *   <li>Enums: their constant names, {@code "SOURCED"} (Jackson's default; a mapper may change it).
 * </ul>
 *
 * <p>It registers Jackson's {@link Jdk8Module} (for {@code Optional}) and {@link GuavaModule} (for
 * Guava's immutable collections) as its dependencies. Thread-safe and stateless.
 */
public final class PartnerPointsModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** The module. */
  public PartnerPointsModule() {
    super("PartnerPointsModule", Version.unknownVersion());
    addSerializer(Points.class, new ScalarJson.PointsSerializer());
    addDeserializer(Points.class, new ScalarJson.PointsDeserializer());
    addSerializer(MonetaryAmount.class, new MoneyJson.AmountSerializer());
    addDeserializer(MonetaryAmount.class, new MoneyJson.AmountDeserializer<>(MonetaryAmount.class));
    addDeserializer(Money.class, new MoneyJson.AmountDeserializer<>(Money.class));
    addSerializer(CurrencyUnit.class, new MoneyJson.CurrencySerializer());
    addDeserializer(CurrencyUnit.class, new MoneyJson.CurrencyDeserializer());
    addKeyDeserializer(CurrencyUnit.class, new MoneyJson.CurrencyKeyDeserializer());
    addSerializer(LocalDate.class, new ScalarJson.TextSerializer<>(LocalDate.class));
    addDeserializer(LocalDate.class, new ScalarJson.TextDeserializer<>(LocalDate.class, ScalarJson::date));
    addKeyDeserializer(LocalDate.class, new ScalarJson.TextKeyDeserializer(ScalarJson::date));
    addSerializer(YearMonth.class, new ScalarJson.TextSerializer<>(YearMonth.class));
    addDeserializer(YearMonth.class, new ScalarJson.TextDeserializer<>(YearMonth.class, ScalarJson::month));
    addKeyDeserializer(YearMonth.class, new ScalarJson.TextKeyDeserializer(ScalarJson::month));
  }

  @Override
  public Iterable<? extends Module> getDependencies() {
    return List.of(new Jdk8Module(), new GuavaModule());
  }

  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    context.addSerializers(new TextValues.Serializers());
    context.addDeserializers(new TextValues.Deserializers());
    context.addKeyDeserializers(new TextValues.KeyDeserializers());
    context.appendAnnotationIntrospector(new ValueTypeIntrospector());
  }
}
