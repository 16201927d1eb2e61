package dev.partnerpoints.cli;

import com.google.common.collect.ImmutableList;
import dev.partnerpoints.commission.AccrualStatus;
import dev.partnerpoints.commission.CommissionBasis;
import dev.partnerpoints.commission.CommissionMonth;
import dev.partnerpoints.commission.CommissionPayment;
import dev.partnerpoints.commission.CommissionRule;
import dev.partnerpoints.commission.CommissionSchedule;
import dev.partnerpoints.ledger.ClientBreakdown;
import dev.partnerpoints.ledger.ClientId;
import dev.partnerpoints.ledger.ClientPoints;
import dev.partnerpoints.ledger.Deal;
import dev.partnerpoints.ledger.DealId;
import dev.partnerpoints.ledger.DealKind;
import dev.partnerpoints.ledger.DealOrigin;
import dev.partnerpoints.ledger.DealStatus;
import dev.partnerpoints.ledger.ManagedInterval;
import dev.partnerpoints.ledger.MonthExpiry;
import dev.partnerpoints.ledger.PartnerId;
import dev.partnerpoints.ledger.PointsFigure;
import dev.partnerpoints.ledger.ProductLine;
import dev.partnerpoints.ledger.SoldEntry;
import dev.partnerpoints.metrics.ClientRetentionRow;
import dev.partnerpoints.metrics.DealsFigure;
import dev.partnerpoints.metrics.MonthRetention;
import dev.partnerpoints.metrics.SharedSales;
import dev.partnerpoints.metrics.SourcedDealRow;
import dev.partnerpoints.money.Points;
import dev.partnerpoints.program.DealType;
import dev.partnerpoints.program.Tier;
import dev.partnerpoints.renewal.UpcomingRenewal;
import dev.partnerpoints.tier.RequirementGap;
import dev.partnerpoints.tier.RequirementKind;
import dev.partnerpoints.tier.TierChange;
import dev.partnerpoints.tier.TierChangeReason;
import dev.partnerpoints.tier.TierProgress;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.money.MonetaryAmount;

/**
 * The rows of each figure {@code points export} writes, one record type per figure: the record's
 * components are the columns, in order, and {@link Json}'s mapper (the library's Jackson module)
 * writes every cell, for the JSON rows and the CSV fields alike. Money is split into an exact
 * decimal with the currency's fraction digits and a currency column, so that a CSV row stays flat.
 */
final class ExportRows {

  private ExportRows() {}

  /** Points of one client. */
  record ClientPointsRow(ClientId client, String name, Points points) {}

  /** One client's points on the date by kind. */
  record BreakdownRow(ClientId client, String name, String country, boolean growthMarket, Points activeSourced,
      Points activeAssisted, Points activeSold, Points managed, Points total, Points expiredSold) {}

  /** One sold entry (deal) behind the breakdown, valued on the date. */
  record SoldEntryRow(ClientId client, DealId dealId, LocalDate closeDate, DealKind kind, DealType dealType,
      ProductLine productLine, BigDecimal mrrChange, String currency, BigDecimal soldRate,
      BigDecimal marketMultiplier, BigDecimal localAmountPer100Usd, Points points, Points reducedPoints,
      Points activePoints, Points expiredPoints, LocalDate expiresOn) {}

  /** One span of constant managed points. */
  record ManagedSpanRow(ClientId client, LocalDate from, Optional<LocalDate> until, BigDecimal clientMrr,
      String currency, Points clientManagedPoints, String managingPartners, Points share) {}

  /** Points on the last day of one month. */
  record MonthRow(YearMonth month, Points sold, Points managed, Points total) {}

  /** One client's sold points expiring in one month. */
  record ExpiringRow(YearMonth month, ClientId client, String name, Points points) {}

  /** One requirement of one tier; certification and tool usage have no figures. */
  record TierRequirementRow(Tier tier, RequirementKind requirement, Optional<Points> required,
      Optional<Points> current, Optional<Points> missing, boolean met) {}

  /** One change of the credited tier. */
  record TierChangeRow(LocalDate date, Optional<Tier> from, Optional<Tier> to, TierChangeReason reason) {}

  /** One sourced deal behind the 12-month sourced MRR and dollar value. */
  record SourcedMrrRow(DealId dealId, ClientId client, LocalDate closeDate, BigDecimal mrr, String currency,
      BigDecimal localAmountPer100Usd, LocalDate tableFrom, BigDecimal mrrUsd, BigDecimal dollarValueUsd) {}

  /** One managed client of one month behind the 12-month C$R. */
  record RetentionRow(YearMonth month, ClientId client, BigDecimal mrrAtStart, String currency,
      BigDecimal mrrAtStartUsd, BigDecimal mrrAtEnd, boolean cancelled) {}

  /** One month of one deal's commission schedule. */
  record CommissionRow(DealId dealId, ClientId client, CommissionRule rule, CommissionBasis basisType,
      YearMonth month, AccrualStatus status, BigDecimal revenue, BigDecimal basis, BigDecimal amount,
      String currency, LocalDate paymentDate, Optional<DealId> coveredBy) {}

  /** One accrued month in a past or upcoming payment. */
  record PaymentRow(String payment, LocalDate paymentDate, YearMonth quarterStart, String currency,
      ClientId client, DealId dealId, YearMonth month, BigDecimal amount) {}

  /** One upcoming renewal. */
  record RenewalRow(LocalDate renewalDate, long daysToRenewal, ClientId client, String name, String products,
      BigDecimal currentMrr, BigDecimal renewalMrr, BigDecimal mrrChange, String currency,
      Optional<String> lastActiveEmployee, Optional<String> renewalManager) {}

  /** One deal behind a shared-sales figure. */
  record SharedDealRow(String figure, DealId dealId, ClientId client, Optional<LocalDate> createdOn,
      LocalDate closeDate, DealStatus status, DealOrigin origin, DealType dealType, DealKind kind,
      ProductLine productLine, BigDecimal mrrChange, String currency) {}

  private static BigDecimal n(MonetaryAmount amount) {
    return Text.decimal(amount);
  }

  private static String currency(MonetaryAmount amount) {
    return amount.getCurrency().getCurrencyCode();
  }

  static List<ClientPointsRow> clientPoints(DashboardReport r, PointsFigure figure) {
    return figure.rows().stream().map(row -> new ClientPointsRow(row.clientId(), r.name(row.clientId()), row.points()))
        .collect(ImmutableList.toImmutableList());
  }

  static List<BreakdownRow> breakdown(DashboardReport r) {
    return r.breakdown().stream().map(b -> new BreakdownRow(b.client().id(), b.client().name(),
            b.client().country().code(), b.growthMarket(), b.activeSourced(), b.activeAssisted(), b.activeSold(),
            b.managed(), b.total(), b.expiredSold()))
        .collect(ImmutableList.toImmutableList());
  }

  static List<SoldEntryRow> soldEntries(DashboardReport r) {
    LocalDate date = r.date();
    ImmutableList.Builder<SoldEntryRow> rows = ImmutableList.builder();
    for (ClientBreakdown b : r.breakdown()) {
      for (SoldEntry e : b.soldHistory()) {
        Deal d = e.deal();
        rows.add(new SoldEntryRow(d.clientId(), d.id(), d.closeDate(), d.kind(), e.dealType(), d.productLine(),
            n(d.mrrChange()), currency(d.mrrChange()), e.appliedRule().soldRate(), e.appliedRule().marketMultiplier(),
            e.appliedRule().pointValue().localAmountPer100Usd(), e.points(), e.points().minus(e.remainingPointsOn(date)),
            e.activePointsOn(date), e.isExpiredOn(date) ? e.expiredPoints() : Points.zero(), e.expiresOn()));
      }
    }
    return rows.build();
  }

  static List<ManagedSpanRow> managedSpans(DashboardReport r) {
    ImmutableList.Builder<ManagedSpanRow> rows = ImmutableList.builder();
    for (ClientBreakdown b : r.breakdown()) {
      for (ManagedInterval m : b.managedHistory()) {
        rows.add(new ManagedSpanRow(m.clientId(), m.from(), m.until(), n(m.clientMrr()), currency(m.clientMrr()),
            m.clientManagedPoints(),
            m.managingPartners().stream().map(PartnerId::value).collect(Collectors.joining(";")), m.share()));
      }
    }
    return rows.build();
  }

  static List<MonthRow> progress(DashboardReport r) {
    return r.monthly().stream().map(m -> new MonthRow(m.month(), m.sold(), m.managed(), m.total()))
        .collect(ImmutableList.toImmutableList());
  }

  static List<ExpiringRow> expiring(DashboardReport r) {
    ImmutableList.Builder<ExpiringRow> rows = ImmutableList.builder();
    for (MonthExpiry e : r.upcomingExpiries()) {
      for (ClientPoints row : e.expiring().rows()) {
        rows.add(new ExpiringRow(e.month(), row.clientId(), r.name(row.clientId()), row.points()));
      }
    }
    return rows.build();
  }

  static List<TierRequirementRow> tierProgression(DashboardReport r) {
    ImmutableList.Builder<TierRequirementRow> rows = ImmutableList.builder();
    for (TierProgress p : r.tierStatus().tiers()) {
      for (RequirementGap gap : p.pointsRequirements()) {
        rows.add(new TierRequirementRow(p.tier(), gap.kind(), Optional.of(gap.required()), Optional.of(gap.current()),
            Optional.of(gap.missing()), gap.isMet()));
      }
      rows.add(new TierRequirementRow(p.tier(), RequirementKind.CERTIFICATION, Optional.empty(), Optional.empty(),
          Optional.empty(), p.certificationMet()));
      rows.add(new TierRequirementRow(p.tier(), RequirementKind.TOOL_USAGE, Optional.empty(), Optional.empty(),
          Optional.empty(), p.toolUsageMet()));
    }
    return rows.build();
  }

  static List<TierChangeRow> tierHistory(DashboardReport r) {
    return r.progress().creditedTier().history().stream()
        .map((TierChange c) -> new TierChangeRow(c.date(), c.from(), c.to(), c.reason()))
        .collect(ImmutableList.toImmutableList());
  }

  static List<SourcedMrrRow> sourcedMrr(DashboardReport r) {
    return r.progress().sourcedMrr().rows().stream()
        .map((SourcedDealRow row) -> new SourcedMrrRow(row.dealId(), row.clientId(), row.closeDate(), n(row.mrr()),
            currency(row.mrr()), row.pointValue().localAmountPer100Usd(), row.pointValue().effectiveFrom(),
            n(row.mrrUsd()), n(row.dollarValueUsd())))
        .collect(ImmutableList.toImmutableList());
  }

  static List<RetentionRow> retention(DashboardReport r) {
    ImmutableList.Builder<RetentionRow> rows = ImmutableList.builder();
    for (MonthRetention m : r.progress().retention().months()) {
      for (ClientRetentionRow row : m.rows()) {
        rows.add(new RetentionRow(m.month(), row.clientId(), n(row.mrrAtStart()), currency(row.mrrAtStart()),
            n(row.mrrAtStartUsd()), n(row.mrrAtEnd()), row.cancelled()));
      }
    }
    return rows.build();
  }

  static List<CommissionRow> commission(DashboardReport r) {
    ImmutableList.Builder<CommissionRow> rows = ImmutableList.builder();
    for (CommissionSchedule s : r.commission().schedules()) {
      for (CommissionMonth m : s.months()) {
        rows.add(new CommissionRow(s.dealId(), s.clientId(), s.rule(), s.basis(), m.month(), m.status(),
            n(m.revenue()), n(m.basis()), n(m.amount()), currency(m.amount()), m.paymentDate(),
            m.coveredBy()));
      }
    }
    return rows.build();
  }

  static List<PaymentRow> payments(DashboardReport r) {
    ImmutableList.Builder<PaymentRow> rows = ImmutableList.builder();
    paymentRows(rows, "past", r.commission().pastPayments());
    paymentRows(rows, "upcoming", r.commission().upcomingPayments());
    return rows.build();
  }

  private static void paymentRows(ImmutableList.Builder<PaymentRow> rows, String when,
      List<CommissionPayment> payments) {
    for (CommissionPayment p : payments) {
      for (CommissionMonth m : p.rows()) {
        rows.add(new PaymentRow(when, p.paymentDate(), p.quarterStart(), p.currency().getCurrencyCode(),
            m.clientId(), m.dealId(), m.month(), n(m.amount())));
      }
    }
  }

  static List<RenewalRow> renewals(DashboardReport r) {
    return r.renewals().rows().stream()
        .map((UpcomingRenewal u) -> new RenewalRow(u.renewal().renewalDate(), u.daysToRenewal(), u.clientId(),
            u.clientName(), u.products().stream().map(ProductLine::value).collect(Collectors.joining(";")),
            n(u.renewal().currentMrr()), n(u.renewal().renewalMrr()), n(u.mrrChange()), currency(u.mrrChange()),
            u.lastActiveEmployee(), u.renewalManager()))
        .collect(ImmutableList.toImmutableList());
  }

  static List<SharedDealRow> sharedSales(DashboardReport r) {
    ImmutableList.Builder<SharedDealRow> rows = ImmutableList.builder();
    SharedSales shared = r.sharedSales();
    dealRows(rows, "vendor-created", shared.vendorCreated());
    dealRows(rows, "open-shared", shared.openShared());
    dealRows(rows, "closed-vendor", shared.closedVendor());
    return rows.build();
  }

  private static void dealRows(ImmutableList.Builder<SharedDealRow> rows, String figure, DealsFigure deals) {
    for (Deal d : deals.rows()) {
      rows.add(new SharedDealRow(figure, d.id(), d.clientId(), d.createdOn(), d.closeDate(), d.status(), d.origin(),
          d.dealType(), d.kind(), d.productLine(), n(d.mrrChange()), currency(d.mrrChange())));
    }
  }
}
