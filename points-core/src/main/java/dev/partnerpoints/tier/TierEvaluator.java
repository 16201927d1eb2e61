package dev.partnerpoints.tier;

import com.google.common.collect.ImmutableList;
import dev.partnerpoints.ledger.Client;
import dev.partnerpoints.ledger.ManagedInterval;
import dev.partnerpoints.ledger.MarketType;
import dev.partnerpoints.ledger.PointLedger;
import dev.partnerpoints.ledger.PointsSnapshot;
import dev.partnerpoints.ledger.SoldEntry;
import dev.partnerpoints.money.PointValue;
import dev.partnerpoints.money.Points;
import dev.partnerpoints.program.DealType;
import dev.partnerpoints.program.ProgramRules;
import dev.partnerpoints.program.RateEra;
import dev.partnerpoints.program.SoldMinimumBasis;
import dev.partnerpoints.program.Tier;
import dev.partnerpoints.program.TierRequirements;
import dev.partnerpoints.program.TierSchedule;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * Tier status and progression over a {@link PointLedger} and a {@link PartnerAccount}.
 *
 * <h2>Rules (docs/rules.md sections 12-13; library defaults named)</h2>
 * <ul>
 *   <li>A tier is met on a date when all its requirements hold at once: total points, the sold
 *       minimum (sold points, or sourced points only where the era says so), the managed minimum
 *       while the era has one, a valid certification and a median tool usage of at least the
 *       era's minimum.
 *   <li>The median tool usage is the account's recorded value for the date; when the account
 *       records none, the median of the tool usage of the ledger's clients that have one (the mean
 *       of the two middle values for an even count). Unknown usage does not meet the requirement.
 *   <li>The credited tier rises as soon as a higher tier is met (default). It falls only on a
 *       recalibration date, Jan 15 or Jul 15: without a valid certification on that date the
 *       partner becomes untiered; in its first 6 months at a tier it keeps it; otherwise it keeps
 *       its tier if it met it in at least one month of the review window (Aug 15 - Jan 15 or
 *       Feb 15 - Jul 15), else drops to the highest tier it met in any month of the window.
 *       <b>Default:</b> a month of the window "meets" a tier if the tier is met on that month's
 *       checkpoint: the last day of each calendar month that ends inside the window, and the
 *       recalibration date itself.
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TierEvaluator {

  private static final MonthDay JAN_15 = MonthDay.of(1, 15);
  private static final MonthDay JUL_15 = MonthDay.of(7, 15);
  private static final CurrencyUnit USD = Monetary.getCurrency("USD");

  private final PointLedger ledger;
  private final PartnerAccount account;
  private final ProgramRules rules;
  private final Optional<BigDecimal> clientMedianToolUsage;

  private TierEvaluator(PointLedger ledger, PartnerAccount account) {
    this.ledger = ledger;
    this.account = account;
    this.rules = ledger.rules();
    this.clientMedianToolUsage = median(ledger.clients().values());
  }

  /**
   * Creates an evaluator.
   *
   * @param ledger the partner's ledger, not null
   * @param account the partner's certifications and tool usage, not null
   * @return the evaluator, never null
   */
  public static TierEvaluator of(PointLedger ledger, PartnerAccount account) {
    return new TierEvaluator(Objects.requireNonNull(ledger, "ledger"), Objects.requireNonNull(account, "account"));
  }

  private static Optional<BigDecimal> median(Iterable<Client> clients) {
    List<BigDecimal> values = new ArrayList<>();
    for (Client c : clients) {
      c.toolUsage().ifPresent(values::add);
    }
    if (values.isEmpty()) {
      return Optional.empty();
    }
    values.sort(null);
    int n = values.size();
    return Optional.of(n % 2 == 1 ? values.get(n / 2)
        : values.get(n / 2 - 1).add(values.get(n / 2)).divide(BigDecimal.valueOf(2)));
  }

  /**
   * Returns the median tool usage used on a date.
   *
   * @param date the date, not null
   * @return the median, or empty when unknown
   */
  public Optional<BigDecimal> medianToolUsageOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    Optional<BigDecimal> recorded = account.medianToolUsageOn(date);
    return recorded.isPresent() ? recorded : clientMedianToolUsage;
  }

  /**
   * Returns the tier performance on a date: the highest tier met and the progress towards every
   * tier of the schedule in force.
   *
   * @param date the date, not null
   * @return the status, never null
   * @throws dev.partnerpoints.money.DateOutsideProgramException if the date is before the first
   *     tier schedule or the program's first day, as {@link PointLedger#pointsOn(LocalDate)} does
   */
  public TierStatus statusOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    TierSchedule schedule = rules.tierScheduleOn(date);
    PointsSnapshot points = ledger.pointsOn(date);
    boolean certified = account.isCertifiedOn(date);
    Optional<BigDecimal> usage = medianToolUsageOn(date);
    List<TierProgress> tiers = new ArrayList<>();
    Optional<Tier> performance = Optional.empty();
    for (Map.Entry<Tier, TierRequirements> e : schedule.requirements().entrySet()) {
      TierProgress progress = progress(e.getKey(), e.getValue(), schedule, date, points, certified, usage);
      tiers.add(progress);
      if (progress.isMet()) {
        performance = Optional.of(e.getKey());
      }
    }
    return TierStatus.builder()
        .date(date)
        .performanceTier(performance)
        .points(points)
        .certified(certified)
        .medianToolUsage(usage)
        .tiers(tiers)
        .build();
  }

  /**
   * Returns the progress towards a tier on a date.
   *
   * @param tier the tier, not null
   * @param date the date, not null
   * @return the progress, never null
   * @throws IllegalArgumentException if the schedule in force has no such tier
   */
  public TierProgress progressTowards(Tier tier, LocalDate date) {
    Objects.requireNonNull(tier, "tier");
    return statusOn(date).progressTowards(tier);
  }

  private static TierProgress progress(Tier tier, TierRequirements req, TierSchedule schedule, LocalDate date,
      PointsSnapshot points, boolean certified, Optional<BigDecimal> usage) {
    Points soldBasis = soldBasis(req, points);
    return TierProgress.builder()
        .tier(tier)
        .date(date)
        .total(RequirementGap.of(RequirementKind.TOTAL_POINTS, req.totalPoints(), points.totalPoints()))
        .soldMinimum(RequirementGap.of(RequirementKind.SOLD_MINIMUM, req.soldMinimum(), soldBasis))
        .soldMinimumBasis(req.soldMinimumBasis())
        .managedMinimum(req.managedMinimum()
            .map(min -> RequirementGap.of(RequirementKind.MANAGED_MINIMUM, min, points.managedPoints())))
        .certificationMet(!schedule.certificationRequired() || certified)
        .toolUsageMet(usage.map(u -> u.compareTo(schedule.minimumMedianToolUsage()) >= 0).orElse(false))
        .build();
  }

  private static Points soldBasis(TierRequirements req, PointsSnapshot points) {
    return req.soldMinimumBasis() == SoldMinimumBasis.SOURCED ? points.sourcedPoints() : points.soldPoints();
  }

  /**
   * The highest tier met on a date: {@code statusOn(date).performanceTier()}, computed without
   * making the status and its per-tier progress objects. The credited-tier walk asks this on every
   * date on which the performance can change, hundreds of times for a ledger of a few hundred deals.
   */
  Optional<Tier> performanceTierOn(LocalDate date) {
    TierSchedule schedule = rules.tierScheduleOn(date);
    PointsSnapshot points = ledger.pointsOn(date); // first, so that a date before the program throws as statusOn does
    if (schedule.certificationRequired() && !account.isCertifiedOn(date)) {
      return Optional.empty();
    }
    Optional<BigDecimal> usage = medianToolUsageOn(date);
    if (usage.isEmpty() || usage.get().compareTo(schedule.minimumMedianToolUsage()) < 0) {
      return Optional.empty();
    }
    Optional<Tier> performance = Optional.empty();
    for (Map.Entry<Tier, TierRequirements> e : schedule.requirements().entrySet()) {
      TierRequirements req = e.getValue();
      boolean met = !points.totalPoints().isLessThan(req.totalPoints())
          && !soldBasis(req, points).isLessThan(req.soldMinimum())
          && managedMet(req.managedMinimum(), points);
      if (met) {
        performance = Optional.of(e.getKey());
      }
    }
    return performance;
  }

  private static boolean managedMet(Optional<Points> minimum, PointsSnapshot points) {
    return minimum.isEmpty() || !points.managedPoints().isLessThan(minimum.get());
  }

  /**
   * Returns, for each deal type and market type, the least additional MRR that would close the
   * points gaps to a tier on a date (see {@link MrrToClose}). Certification and tool usage are not
   * points and are not covered; check {@link TierProgress#unmet()}.
   *
   * @param tier the tier aimed at, not null
   * @param date the date whose points and rules apply, not null
   * @param currency the currency to express the MRR in, not null, with a point value on the date
   * @return four rows: sourced and assisted, each in a growth and a non-growth market; never null
   * @throws dev.partnerpoints.money.UnsupportedCurrencyException if the currency has no point value
   */
  public ImmutableList<MrrToClose> mrrToReach(Tier tier, LocalDate date, CurrencyUnit currency) {
    Objects.requireNonNull(currency, "currency");
    TierProgress progress = progressTowards(tier, date);
    RateEra era = rules.rateEraOn(date);
    PointValue local = rules.pointValue(currency, date);
    PointValue usd = rules.pointValue(USD, date);
    ImmutableList.Builder<MrrToClose> result = ImmutableList.builder();
    for (DealType type : DealType.values()) {
      for (MarketType market : MarketType.values()) {
        BigDecimal multiplier = market == MarketType.GROWTH ? era.growthMultiplier() : BigDecimal.ONE;
        BigDecimal soldRate = era.soldRate(type).multiply(multiplier);
        boolean countsToMinimum = progress.soldMinimumBasis() == SoldMinimumBasis.SOLD || type == DealType.SOURCED;
        Points totalGap = progress.total().missing();
        Points soldGap = progress.soldMinimum().missing();
        MrrToClose.Builder row = MrrToClose.builder().tier(tier).dealType(type).marketType(market);
        if (!countsToMinimum && !soldGap.isZero()) {
          row.binding(RequirementKind.SOLD_MINIMUM);
        } else {
          Points needed = Points.max(totalGap, countsToMinimum ? soldGap : Points.zero());
          if (!needed.isZero()) {
            // needed is the larger gap; when the two are equal, the total is named
            row.binding(needed.equals(totalGap) ? RequirementKind.TOTAL_POINTS : RequirementKind.SOLD_MINIMUM);
          }
          if (needed.isZero() || soldRate.signum() > 0) {
            row.soldMrr(moneyFor(needed, local, soldRate)).soldMrrUsd(moneyFor(needed, usd, soldRate));
          }
        }
        if (progress.managedMinimum().isPresent()) {
          Points managedGap = progress.managedMinimum().get().missing();
          BigDecimal managedRate = era.managedRate().multiply(multiplier);
          if (managedGap.isZero() || managedRate.signum() > 0) {
            row.managedMrr(moneyFor(managedGap, local, managedRate))
                .managedMrrUsd(moneyFor(managedGap, usd, managedRate));
          }
        }
        result.add(row.build());
      }
    }
    return result.build();
  }

  private static MonetaryAmount moneyFor(Points points, PointValue value, BigDecimal pointsPer100Usd) {
    CurrencyUnit currency = value.currency();
    if (points.isZero()) {
      return Money.zero(currency);
    }
    int digits = Math.max(0, currency.getDefaultFractionDigits());
    BigDecimal amount = points.toBigDecimal().multiply(value.localAmountPer100Usd())
        .divide(pointsPer100Usd, digits, RoundingMode.CEILING);
    return Money.of(amount, currency);
  }

  /**
   * Returns the credited tier on a date, applying the keep-a-tier rules from the ledger's first
   * activity.
   *
   * @param date the date, not null
   * @return the credited tier with its history, never null
   * @throws dev.partnerpoints.money.DateOutsideProgramException if the date is before the first
   *     tier schedule
   */
  public CreditedTier creditedTierOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    rules.tierScheduleOn(date); // rejects a date before the first tier schedule, as statusOn does
    Map<LocalDate, Optional<Tier>> memo = new HashMap<>();
    Optional<Tier> credited = Optional.empty();
    Optional<LocalDate> since = Optional.empty();
    List<TierChange> history = new ArrayList<>();
    for (long day : walkDays(date)) {
      LocalDate d = LocalDate.ofEpochDay(day);
      if (isRecalibration(d) && credited.isPresent()) {
        Optional<Tier> after = recalibrate(d, credited.get(), since.get(), memo);
        if (!after.equals(credited)) {
          TierChangeReason reason = rules.tierScheduleOn(d).certificationRequired() && !account.isCertifiedOn(d)
              ? TierChangeReason.CERTIFICATION_LAPSE : TierChangeReason.RECALIBRATION;
          history.add(TierChange.builder().date(d).from(credited).to(after).reason(reason).build());
          credited = after;
          since = after.isPresent() ? Optional.of(d) : Optional.empty();
        }
      }
      Optional<Tier> performance = performanceOn(d, memo);
      if (performance.isPresent() && (credited.isEmpty() || performance.get().isHigherThan(credited.get()))) {
        history.add(TierChange.builder().date(d).from(credited).to(performance).reason(TierChangeReason.TIER_UP).build());
        credited = performance;
        since = Optional.of(d);
      }
    }
    return CreditedTier.builder().date(date).tier(credited).since(since).history(history).build();
  }

  private Optional<Tier> recalibrate(LocalDate recalibration, Tier credited, LocalDate since,
      Map<LocalDate, Optional<Tier>> memo) {
    if (rules.tierScheduleOn(recalibration).certificationRequired() && !account.isCertifiedOn(recalibration)) {
      return Optional.empty();
    }
    if (recalibration.isBefore(since.plusMonths(6))) {
      return Optional.of(credited);
    }
    Optional<Tier> best = Optional.empty();
    for (LocalDate checkpoint : checkpoints(recalibration)) {
      Optional<Tier> met = performanceOn(checkpoint, memo);
      if (met.isPresent() && !credited.isHigherThan(met.get())) {
        return Optional.of(credited);
      }
      if (met.isPresent() && (best.isEmpty() || met.get().isHigherThan(best.get()))) {
        best = met;
      }
    }
    return best;
  }

  /**
   * Returns the review-window checkpoints of a recalibration: the last day of each calendar month
   * that ends inside the window (window start Aug 15 or Feb 15, five months before), and the
   * recalibration date itself.
   *
   * @param recalibration a Jan 15 or Jul 15, not null
   * @return the checkpoints in date order, never null
   */
  static ImmutableList<LocalDate> checkpoints(LocalDate recalibration) {
    LocalDate windowStart = recalibration.minusMonths(5);
    ImmutableList.Builder<LocalDate> result = ImmutableList.builder();
    for (YearMonth m = YearMonth.from(windowStart); m.isBefore(YearMonth.from(recalibration)); m = m.plusMonths(1)) {
      result.add(m.atEndOfMonth());
    }
    return result.add(recalibration).build();
  }

  private Optional<Tier> performanceOn(LocalDate date, Map<LocalDate, Optional<Tier>> memo) {
    if (date.isBefore(rules.tierSchedules().firstEffectiveDate())) {
      return Optional.empty();
    }
    return memo.computeIfAbsent(date, this::performanceTierOn);
  }

  private static boolean isRecalibration(LocalDate date) {
    MonthDay md = MonthDay.from(date);
    return md.equals(JAN_15) || md.equals(JUL_15);
  }

  /**
   * Returns the first recalibration date (Jan 15 or Jul 15) strictly after a date.
   *
   * @param date the date, not null
   * @return the next recalibration date, never null
   */
  public static LocalDate firstRecalibrationAfter(LocalDate date) {
    Objects.requireNonNull(date, "date");
    LocalDate jan = JAN_15.atYear(date.getYear());
    LocalDate jul = JUL_15.atYear(date.getYear());
    if (date.isBefore(jan)) {
      return jan;
    }
    if (date.isBefore(jul)) {
      return jul;
    }
    return JAN_15.atYear(date.getYear() + 1);
  }

  /**
   * The days the credited-tier walk visits, as ascending distinct epoch days: from the ledger's first
   * activity up to and including {@code last}, every date on which the performance tier can change
   * (an entry becoming active, expiring or reduced, a management interval's ends, a tier schedule,
   * certification or tool-usage change) and every recalibration date. None without activity.
   */
  private long[] walkDays(LocalDate last) {
    DayBuffer days = new DayBuffer();
    for (SoldEntry e : ledger.soldEntries()) {
      days.add(e.activeFrom());
      days.add(e.expiresOn());
      e.reductions().forEach(r -> days.add(r.date()));
    }
    for (ManagedInterval i : ledger.managedIntervals().values()) {
      days.add(i.from());
      i.until().ifPresent(days::add);
    }
    if (days.size == 0) {
      return days.days;
    }
    long first = days.min();
    long lastDay = last.toEpochDay();
    if (first > lastDay) {
      return new long[0];
    }
    rules.tierSchedules().entries().keySet().forEach(days::add);
    for (Certification c : account.certifications()) {
      days.add(c.validFrom());
      c.validUntil().ifPresent(days::add);
    }
    account.medianToolUsage().keySet().forEach(days::add);
    for (LocalDate r = firstRecalibrationAfter(LocalDate.ofEpochDay(first - 1)); !r.isAfter(last);
        r = firstRecalibrationAfter(r)) {
      days.add(r);
    }
    return days.sortedDistinctWithin(first, lastDay);
  }

  /** A growable list of epoch days. */
  private static final class DayBuffer {
    long[] days = new long[16];
    int size;

    void add(LocalDate date) {
      if (size == days.length) {
        days = Arrays.copyOf(days, size * 2);
      }
      days[size++] = date.toEpochDay();
    }

    long min() {
      long min = days[0];
      for (int i = 1; i < size; i++) {
        min = Math.min(min, days[i]);
      }
      return min;
    }

    long[] sortedDistinctWithin(long from, long to) {
      Arrays.sort(days, 0, size);
      int n = 0;
      for (int i = 0; i < size; i++) {
        long day = days[i];
        if (day >= from && day <= to && (n == 0 || days[n - 1] != day)) {
          days[n++] = day;
        }
      }
      return Arrays.copyOf(days, n);
    }
  }

  /**
   * Returns what is needed to keep the credited tier at the next recalibration after a date.
   *
   * @param date the evaluation date, not null
   * @return the outlook, never null
   * @throws dev.partnerpoints.money.DateOutsideProgramException if the date is before the first
   *     tier schedule
   */
  public KeepTierOutlook pointsToKeep(LocalDate date) {
    return keepTierOutlook(creditedTierOn(date));
  }

  /**
   * Returns what is needed to keep a credited tier, as {@link #creditedTierOn} returned it for its
   * date, at the next recalibration after that date: {@link #pointsToKeep(LocalDate)} for a caller
   * that has the credited tier already.
   *
   * @param credited the credited tier on its date, from this evaluator, not null
   * @return the outlook, never null
   */
  public KeepTierOutlook keepTierOutlook(CreditedTier credited) {
    LocalDate date = credited.date();
    LocalDate recalibration = firstRecalibrationAfter(date);
    KeepTierOutlook.Builder outlook = KeepTierOutlook.builder()
        .date(date).tier(credited.tier()).nextRecalibration(recalibration);
    if (credited.tier().isEmpty()) {
      return outlook.build();
    }
    TierRequirements req = rules.tierScheduleOn(recalibration).requirementsOf(credited.tier().get());
    long sourced = 0;
    long sold = 0;
    for (SoldEntry e : ledger.soldEntries()) {
      if (!e.activeFrom().isAfter(date) && e.isActiveOn(recalibration)) {
        long p = e.remainingPointsOn(date).toHundredths();
        sold += p;
        if (e.dealType() == DealType.SOURCED) {
          sourced += p;
        }
      }
    }
    Points managed = ledger.managedOn(recalibration);
    Points soldPoints = Points.ofHundredths(sold);
    Points basis = req.soldMinimumBasis() == SoldMinimumBasis.SOURCED ? Points.ofHundredths(sourced) : soldPoints;
    outlook.addGaps(RequirementGap.of(RequirementKind.TOTAL_POINTS, req.totalPoints(), soldPoints.plus(managed)));
    outlook.addGaps(RequirementGap.of(RequirementKind.SOLD_MINIMUM, req.soldMinimum(), basis));
    req.managedMinimum().ifPresent(min -> outlook.addGaps(RequirementGap.of(RequirementKind.MANAGED_MINIMUM, min, managed)));
    return outlook.build();
  }
}
