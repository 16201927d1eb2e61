package dev.partnerpoints.io;

import com.google.common.collect.ImmutableSet;
import dev.partnerpoints.money.PointValueTable;
import dev.partnerpoints.money.Timeline;
import dev.partnerpoints.program.CountryCode;
import dev.partnerpoints.program.NoDealIncreaseWithoutSale;
import dev.partnerpoints.program.ProgramRules;
import dev.partnerpoints.program.RateEra;
import dev.partnerpoints.program.ReductionOrder;
import dev.partnerpoints.program.SoldMinimumBasis;
import dev.partnerpoints.program.Tier;
import dev.partnerpoints.program.TierRequirements;
import dev.partnerpoints.program.TierSchedule;
import dev.partnerpoints.program.UnknownCountryException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.money.Monetary;
import javax.money.UnknownCurrencyException;
import org.jspecify.annotations.Nullable;

/** One read of a rules file's JSON tree into {@link ProgramRules}; see {@link ProgramRulesFile}. */
final class RulesFileReader {

  private static final Set<String> TOP = fields("version", "name", "soldPointsActiveMonths",
      "noDealIncreasesStopEarningOn", "noDealIncreaseWithoutSale", "reductionOrder", "rateEras", "growthMarkets", "pointValues", "tierSchedules");
  private static final Set<String> RATE_ERA = fields("from", "sourcedRate", "assistedRate", "managedRate",
      "growthMultiplier", "locksSourcedRateToFirstSale");
  private static final Set<String> GROWTH = fields("from", "countries");
  private static final Set<String> POINT_VALUES = fields("from", "values");
  private static final Set<String> SCHEDULE = fields("from", "certificationRequired", "minimumMedianToolUsage",
      "GOLD", "PLATINUM", "DIAMOND", "ELITE");
  private static final Set<String> TIER = fields("total", "soldMinimum", "soldMinimumBasis", "managedMinimum");

  private final RulesNode root;
  private @Nullable LocalDate programStart;

  RulesFileReader(RulesNode root) {
    this.root = root;
  }

  ProgramRules rules() {
    root.object(TOP);
    RulesNode version = root.required("version");
    if (version.intValue() != ProgramRulesFile.VERSION) {
      throw version.fail("this library reads version " + ProgramRulesFile.VERSION + ", was " + version.written());
    }
    String name = root.required("name").text();
    RulesNode months = root.required("soldPointsActiveMonths");
    int activeMonths = months.intValue();
    if (activeMonths < 1) {
      throw months.fail("must be at least 1, was " + months.written());
    }
    Optional<LocalDate> noDealStop = root.optional("noDealIncreasesStopEarningOn").map(RulesNode::date);
    Optional<NoDealIncreaseWithoutSale> withoutSale = root.optional("noDealIncreaseWithoutSale")
        .map(n -> constant(n, NoDealIncreaseWithoutSale.class));
    Optional<ReductionOrder> reductionOrder = root.optional("reductionOrder")
        .map(n -> constant(n, ReductionOrder.class));
    Timeline<RateEra> eras = rateEras(root.required("rateEras"));
    Timeline<ImmutableSet<CountryCode>> markets = growthMarkets(root.required("growthMarkets"));
    PointValueTable values = pointValues(root.required("pointValues"));
    Timeline<TierSchedule> schedules = tierSchedules(root.required("tierSchedules"));
    ProgramRules.Builder builder = ProgramRules.builder();
    withoutSale.ifPresent(builder::noDealIncreaseWithoutSale);
    reductionOrder.ifPresent(builder::reductionOrder);
    return guard(root, () -> builder
        .name(name)
        .rateEras(eras)
        .growthMarkets(markets)
        .pointValues(values)
        .tierSchedules(schedules)
        .soldPointsActiveMonths(activeMonths)
        .noDealIncreasesStopEarningOn(noDealStop)
        .build());
  }

  private Timeline<RateEra> rateEras(RulesNode list) {
    Timeline.Builder<RateEra> timeline = Timeline.builder("point rates");
    LocalDate previous = null;
    for (RulesNode era : list.nonEmptyArray()) {
      era.object(RATE_ERA);
      LocalDate from = from(era, previous);
      previous = from;
      BigDecimal sourced = era.required("sourcedRate").nonNegativeDecimal();
      BigDecimal assisted = era.required("assistedRate").nonNegativeDecimal();
      BigDecimal managed = era.required("managedRate").nonNegativeDecimal();
      RateEra.Builder rates = RateEra.builder().sourcedRate(sourced).assistedRate(assisted).managedRate(managed);
      Optional<RulesNode> multiplier = era.optional("growthMultiplier");
      if (multiplier.isPresent()) {
        BigDecimal factor = multiplier.get().decimal();
        if (factor.compareTo(BigDecimal.ONE) < 0) {
          throw multiplier.get().fail("must be at least 1, was " + multiplier.get().written());
        }
        rates.growthMultiplier(factor);
      }
      era.optional("locksSourcedRateToFirstSale").map(RulesNode::bool).ifPresent(rates::locksSourcedRateToFirstSale);
      timeline.add(from, guard(era, rates::build));
    }
    return timeline.build();
  }

  private Timeline<ImmutableSet<CountryCode>> growthMarkets(RulesNode list) {
    Timeline.Builder<ImmutableSet<CountryCode>> timeline = Timeline.builder("growth market list");
    LocalDate previous = null;
    for (RulesNode entry : list.nonEmptyArray()) {
      entry.object(GROWTH);
      LocalDate from = from(entry, previous);
      previous = from;
      Set<CountryCode> codes = new LinkedHashSet<>();
      for (RulesNode country : entry.required("countries").array()) {
        String code = country.text();
        CountryCode parsed;
        try {
          parsed = CountryCode.of(code);
        } catch (UnknownCountryException e) {
          throw country.fail("unknown country, was " + country.written()
              + "; allowed: ISO 3166-1 alpha-2 codes in upper case, such as \"BR\"", e);
        }
        if (!codes.add(parsed)) {
          throw country.fail("country " + code + " is listed twice");
        }
      }
      timeline.add(from, ImmutableSet.copyOf(codes));
    }
    return timeline.build();
  }

  private PointValueTable pointValues(RulesNode list) {
    PointValueTable.Builder table = PointValueTable.builder();
    LocalDate previous = null;
    Set<String> previousCurrencies = Set.of();
    String previousPath = "";
    for (RulesNode entry : list.nonEmptyArray()) {
      entry.object(POINT_VALUES);
      LocalDate from = from(entry, previous);
      previous = from;
      table.table(from);
      RulesNode values = entry.required("values");
      Set<String> currencies = new LinkedHashSet<>();
      for (Map.Entry<String, RulesNode> row : values.nonEmptyFields()) {
        String code = row.getKey();
        RulesNode amount = row.getValue();
        try {
          Monetary.getCurrency(code);
        } catch (UnknownCurrencyException e) {
          throw amount.fail("unknown currency '" + code + "'; allowed: ISO 4217 codes in upper case, such as \"EUR\"", e);
        }
        BigDecimal value = amount.decimal();
        if (value.signum() <= 0) {
          throw amount.fail("must be positive (the amount of " + code + " worth 100 USD in points), was "
              + amount.written());
        }
        table.value(code, value);
        currencies.add(code);
      }
      for (String code : previousCurrencies) {
        if (!currencies.contains(code)) {
          throw values.fail("has no row for " + code + ", which " + previousPath
              + " has; every table lists every currency of the table before it (a table is complete: "
              + "deals in " + code + " on or after " + from + " would have no point value)");
        }
      }
      previousCurrencies = currencies;
      previousPath = entry.path();
    }
    return guard(list, table::build);
  }

  private Timeline<TierSchedule> tierSchedules(RulesNode list) {
    Timeline.Builder<TierSchedule> timeline = Timeline.builder("tier schedule");
    LocalDate previous = null;
    for (RulesNode entry : list.nonEmptyArray()) {
      entry.object(SCHEDULE);
      LocalDate from = from(entry, previous);
      previous = from;
      TierSchedule.Builder schedule = TierSchedule.builder();
      entry.optional("certificationRequired").map(RulesNode::bool).ifPresent(schedule::certificationRequired);
      entry.optional("minimumMedianToolUsage").map(RulesNode::nonNegativeDecimal)
          .ifPresent(schedule::minimumMedianToolUsage);
      for (Tier tier : Tier.values()) {
        RulesNode node = entry.optional(tier.name()).orElseThrow(() -> entry.child(tier.name()).fail(
            "missing; every schedule gives the requirements of all four tiers " + Arrays.toString(Tier.values())));
        node.object(TIER);
        TierRequirements.Builder req = TierRequirements.builder()
            .totalPoints(ProgramRulesFile.points(node.required("total")))
            .soldMinimum(ProgramRulesFile.points(node.required("soldMinimum")))
            .soldMinimumBasis(basis(node.required("soldMinimumBasis")))
            .managedMinimum(node.optional("managedMinimum").map(ProgramRulesFile::points));
        schedule.putRequirements(tier, guard(node, req::build));
      }
      timeline.add(from, guard(entry, schedule::build));
    }
    return timeline.build();
  }

  private static SoldMinimumBasis basis(RulesNode node) {
    return constant(node, SoldMinimumBasis.class);
  }

  private static <E extends Enum<E>> E constant(RulesNode node, Class<E> type) {
    String text = node.text();
    try {
      return Enum.valueOf(type, text);
    } catch (IllegalArgumentException e) {
      throw node.fail("must be one of " + Arrays.stream(type.getEnumConstants()).map(b -> "\"" + b + "\"")
          .collect(Collectors.joining(", ")) + ", was " + node.written(), e);
    }
  }

  /**
   * Reads an entry's {@code from} date: after the previous entry's, and the first entry of every
   * list on the program's first day (the first rate era's).
   */
  private LocalDate from(RulesNode entry, @Nullable LocalDate previous) {
    RulesNode node = entry.required("from");
    LocalDate from = node.date();
    if (previous == null) {
      LocalDate start = programStart;
      if (start == null) {
        programStart = from;
      } else if (!from.equals(start)) {
        throw node.fail("the first entry of every list must start on the program's first day " + start
            + " (rateEras[0].from), was " + node.written());
      }
    } else if (from.equals(previous)) {
      throw node.fail("duplicates the entry before it, also from " + previous
          + "; each entry runs from its date until the next entry's, so dates must differ");
    } else if (from.isBefore(previous)) {
      throw node.fail("out of order: " + from + " is before the entry before it (" + previous
          + "); list entries in date order, oldest first");
    }
    return from;
  }

  private static <T> T guard(RulesNode node, Supplier<T> build) {
    try {
      return build.get();
    } catch (RulesFileException e) {
      throw e;
    } catch (IllegalArgumentException | ArithmeticException e) {
      throw node.fail(String.valueOf(e.getMessage()), e);
    }
  }

  private static Set<String> fields(String... names) {
    return ImmutableSet.copyOf(names);
  }
}
