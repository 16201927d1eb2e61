package dev.partnerpoints.cli;

import dev.partnerpoints.dashboard.CommissionMonth;
import dev.partnerpoints.dashboard.CommissionPayment;
import dev.partnerpoints.dashboard.CommissionSchedule;
import dev.partnerpoints.dashboard.ClientRetentionRow;
import dev.partnerpoints.dashboard.DealsFigure;
import dev.partnerpoints.dashboard.MonthRetention;
import dev.partnerpoints.dashboard.SharedSales;
import dev.partnerpoints.dashboard.SourcedDealRow;
import dev.partnerpoints.dashboard.UpcomingRenewal;
import dev.partnerpoints.ledger.ClientBreakdown;
import dev.partnerpoints.ledger.ClientPoints;
import dev.partnerpoints.ledger.Deal;
import dev.partnerpoints.ledger.ManagedInterval;
import dev.partnerpoints.ledger.MonthExpiry;
import dev.partnerpoints.ledger.MonthPoints;
import dev.partnerpoints.ledger.PartnerId;
import dev.partnerpoints.ledger.PointsFigure;
import dev.partnerpoints.ledger.SoldEntry;
import dev.partnerpoints.money.Points;
import dev.partnerpoints.tier.RequirementGap;
import dev.partnerpoints.tier.RequirementKind;
import dev.partnerpoints.tier.TierChange;
import dev.partnerpoints.tier.TierProgress;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.money.MonetaryAmount;

/**
 * The figures {@code points export} writes: for each, the unsummarised rows behind a dashboard
 * figure, in the figure's stable order. Names are stable; new figures may be added.
 */
enum ExportFigure {

  TOTAL_POINTS("total-points", "total points on --as-of, by client",
      r -> clientPoints(r, r.dashboard().progress().totalPoints())),
  NEW_SOLD("new-sold", "new sold points in the range, by client",
      r -> clientPoints(r, r.dashboard().pointChanges().newSold())),
  LOST_SOLD("lost-sold", "sold points expired or reduced in the range, by client",
      r -> clientPoints(r, r.dashboard().pointChanges().lostSold())),
  NEW_MANAGED("new-managed", "managed points gained over the range, by client",
      r -> clientPoints(r, r.dashboard().pointChanges().newManaged())),
  LOST_MANAGED("lost-managed", "managed points lost over the range, by client",
      r -> clientPoints(r, r.dashboard().pointChanges().lostManaged())),
  BREAKDOWN("breakdown", "points per client on --as-of: sourced, assisted, managed", ExportFigure::breakdown),
  SOLD_ENTRIES("sold-entries", "every sold entry (deal) behind the breakdown",
      ExportFigure::soldEntries),
  MANAGED_SPANS("managed-spans", "every span of constant managed points behind it",
      ExportFigure::managedSpans),
  PROGRESS("progress", "points at the end of each of the 12 latest complete months",
      ExportFigure::progress),
  EXPIRING("expiring", "sold points expiring in the coming 6 months, by client",
      ExportFigure::expiring),
  TIER_PROGRESSION("tier-progression", "each tier's requirements on --as-of and the gaps",
      ExportFigure::tierProgression),
  TIER_HISTORY("tier-history", "every change of the credited tier up to --as-of", ExportFigure::tierHistory),
  SOURCED_MRR("sourced-mrr", "sourced deals behind the 12-month sourced MRR and value",
      ExportFigure::sourcedMrr),
  RETENTION("retention", "managed clients of each month behind the 12-month C$R",
      ExportFigure::retention),
  COMMISSION("commission", "every month of every deal's commission schedule", ExportFigure::commission),
  PAYMENTS("payments", "accrued months in each past and upcoming payment",
      ExportFigure::payments),
  RENEWALS("renewals", "upcoming renewals in the next 90 days", ExportFigure::renewals),
  SHARED_SALES("shared-sales", "deals behind the shared-sales figures in the range",
      ExportFigure::sharedSales);

  private final String cliName;
  private final String description;
  // Every value is a reference to a stateless static method of this enum, so the constants are immutable.
  @SuppressWarnings("ImmutableEnumChecker")
  private final Function<DashboardReport, Table> table;

  ExportFigure(String cliName, String description, Function<DashboardReport, Table> table) {
    this.cliName = cliName;
    this.description = description;
    this.table = table;
  }

  /** The name on the command line, such as {@code new-sold}. */
  String cliName() {
    return cliName;
  }

  String description() {
    return description;
  }

  Table table(DashboardReport report) {
    return table.apply(report);
  }

  /** Every name, comma-separated, in declaration order. */
  static String names() {
    return Arrays.stream(values()).map(ExportFigure::cliName).collect(Collectors.joining(", "));
  }

  /** Looks a figure up by its command-line name. */
  static Optional<ExportFigure> named(String name) {
    return Arrays.stream(values()).filter(f -> f.cliName.equals(name)).findFirst();
  }

  private static BigDecimal n(Points points) {
    return points.toBigDecimal();
  }

  private static BigDecimal n(MonetaryAmount amount) {
    return Text.decimal(amount);
  }

  private static String currency(MonetaryAmount amount) {
    return amount.getCurrency().getCurrencyCode();
  }

  private static Object text(Optional<?> value) {
    return Table.orNone(value.map(Object::toString));
  }

  private static Table clientPoints(DashboardReport r, PointsFigure figure) {
    Table table = Table.of("client", "name", "points");
    for (ClientPoints row : figure.rows()) {
      table.row(row.clientId().value(), r.name(row.clientId()), n(row.points()));
    }
    return table;
  }

  private static Table breakdown(DashboardReport r) {
    Table table = Table.of("client", "name", "country", "growthMarket", "activeSourced", "activeAssisted",
        "activeSold", "managed", "total", "expiredSold");
    for (ClientBreakdown b : r.dashboard().breakdown()) {
      table.row(b.client().id().value(), b.client().name(), b.client().country().code(), b.growthMarket(),
          n(b.activeSourced()), n(b.activeAssisted()), n(b.activeSold()), n(b.managed()), n(b.total()),
          n(b.expiredSold()));
    }
    return table;
  }

  private static Table soldEntries(DashboardReport r) {
    LocalDate date = r.dashboard().date();
    Table table = Table.of("client", "dealId", "closeDate", "kind", "dealType", "productLine", "mrrChange",
        "currency", "soldRate", "marketMultiplier", "localAmountPer100Usd", "points", "reducedPoints",
        "activePoints", "expiredPoints", "expiresOn");
    for (ClientBreakdown b : r.dashboard().breakdown()) {
      for (SoldEntry e : b.soldHistory()) {
        Deal d = e.deal();
        table.row(d.clientId().value(), d.id(), d.closeDate().toString(), Json.name(d.kind()),
            Json.name(e.dealType()), d.productLine().value(), n(d.mrrChange()), currency(d.mrrChange()),
            e.appliedRule().soldRate(), e.appliedRule().marketMultiplier(),
            e.appliedRule().pointValue().localAmountPer100Usd(), n(e.points()),
            n(e.points().minus(e.remainingPointsOn(date))),
            n(e.activePointsOn(date)), n(e.isExpiredOn(date) ? e.expiredPoints() : Points.zero()),
            e.expiresOn().toString());
      }
    }
    return table;
  }

  private static Table managedSpans(DashboardReport r) {
    Table table = Table.of("client", "from", "until", "clientMrr", "currency", "clientManagedPoints",
        "managingPartners", "share");
    for (ClientBreakdown b : r.dashboard().breakdown()) {
      for (ManagedInterval m : b.managedHistory()) {
        table.row(m.clientId().value(), m.from().toString(), text(m.until()), n(m.clientMrr()),
            currency(m.clientMrr()), n(m.clientManagedPoints()),
            m.managingPartners().stream().map(PartnerId::value).collect(Collectors.joining(";")), n(m.share()));
      }
    }
    return table;
  }

  private static Table progress(DashboardReport r) {
    Table table = Table.of("month", "sold", "managed", "total");
    for (MonthPoints m : r.monthly()) {
      table.row(m.month().toString(), n(m.sold()), n(m.managed()), n(m.total()));
    }
    return table;
  }

  private static Table expiring(DashboardReport r) {
    Table table = Table.of("month", "client", "name", "points");
    for (MonthExpiry e : r.dashboard().upcomingExpiries()) {
      for (ClientPoints row : e.expiring().rows()) {
        table.row(e.month().toString(), row.clientId().value(), r.name(row.clientId()), n(row.points()));
      }
    }
    return table;
  }

  private static Table tierProgression(DashboardReport r) {
    Table table = Table.of("tier", "requirement", "required", "current", "missing", "met");
    for (TierProgress p : r.dashboard().tierStatus().tiers()) {
      for (RequirementGap gap : p.pointsRequirements()) {
        table.row(Json.name(p.tier()), Json.name(gap.kind()), n(gap.required()), n(gap.current()),
            n(gap.missing()), gap.isMet());
      }
      table.row(Json.name(p.tier()), Json.name(RequirementKind.CERTIFICATION), Table.NONE, Table.NONE, Table.NONE, p.certificationMet());
      table.row(Json.name(p.tier()), Json.name(RequirementKind.TOOL_USAGE), Table.NONE, Table.NONE, Table.NONE, p.toolUsageMet());
    }
    return table;
  }

  private static Table tierHistory(DashboardReport r) {
    Table table = Table.of("date", "from", "to", "reason");
    for (TierChange c : r.dashboard().progress().creditedTier().history()) {
      table.row(c.date().toString(), Table.orNone(c.from().map(Json::name)), Table.orNone(c.to().map(Json::name)),
          Json.name(c.reason()));
    }
    return table;
  }

  private static Table sourcedMrr(DashboardReport r) {
    Table table = Table.of("dealId", "client", "closeDate", "mrr", "currency", "localAmountPer100Usd",
        "tableFrom", "mrrUsd", "dollarValueUsd");
    for (SourcedDealRow row : r.dashboard().progress().sourcedMrr().rows()) {
      table.row(row.dealId(), row.clientId().value(), row.closeDate().toString(), n(row.mrr()), currency(row.mrr()),
          row.pointValue().localAmountPer100Usd(), row.pointValue().effectiveFrom().toString(), n(row.mrrUsd()),
          n(row.dollarValueUsd()));
    }
    return table;
  }

  private static Table retention(DashboardReport r) {
    Table table = Table.of("month", "client", "mrrAtStart", "currency", "mrrAtStartUsd", "mrrAtEnd", "cancelled");
    for (MonthRetention m : r.dashboard().progress().retention().months()) {
      for (ClientRetentionRow row : m.rows()) {
        table.row(m.month().toString(), row.clientId().value(), n(row.mrrAtStart()), currency(row.mrrAtStart()),
            n(row.mrrAtStartUsd()), n(row.mrrAtEnd()), row.cancelled());
      }
    }
    return table;
  }

  private static Table commission(DashboardReport r) {
    Table table = Table.of("dealId", "client", "rule", "basisType", "month", "status", "revenue", "basis",
        "amount", "currency", "paymentDate", "coveredBy");
    for (CommissionSchedule s : r.dashboard().commission().schedules()) {
      for (CommissionMonth m : s.months()) {
        table.row(s.dealId(), s.clientId().value(), Json.name(s.rule()), Json.name(s.basis()),
            m.month().toString(), Json.name(m.status()), n(m.revenue()), n(m.basis()), n(m.amount()),
            currency(m.amount()), m.paymentDate().toString(), text(m.coveredBy()));
      }
    }
    return table;
  }

  private static Table payments(DashboardReport r) {
    Table table = Table.of("payment", "paymentDate", "quarterStart", "currency", "client", "dealId", "month",
        "amount");
    paymentRows(table, "past", r.dashboard().commission().pastPayments());
    paymentRows(table, "upcoming", r.dashboard().commission().upcomingPayments());
    return table;
  }

  private static void paymentRows(Table table, String when, List<CommissionPayment> payments) {
    for (CommissionPayment p : payments) {
      for (CommissionMonth m : p.rows()) {
        table.row(when, p.paymentDate().toString(), p.quarterStart().toString(), p.currency().getCurrencyCode(),
            m.clientId().value(), m.dealId(), m.month().toString(), n(m.amount()));
      }
    }
  }

  private static Table renewals(DashboardReport r) {
    Table table = Table.of("renewalDate", "daysToRenewal", "client", "name", "products", "currentMrr",
        "renewalMrr", "mrrChange", "currency", "lastActiveEmployee", "renewalManager");
    for (UpcomingRenewal u : r.dashboard().renewals().rows()) {
      table.row(u.renewal().renewalDate().toString(), u.daysToRenewal(), u.clientId().value(), u.clientName(),
          u.products().stream().map(p -> p.value()).collect(Collectors.joining(";")),
          n(u.renewal().currentMrr()), n(u.renewal().renewalMrr()), n(u.mrrChange()), currency(u.mrrChange()),
          Table.orNone(u.lastActiveEmployee()), Table.orNone(u.renewalManager()));
    }
    return table;
  }

  private static Table sharedSales(DashboardReport r) {
    Table table = Table.of("figure", "dealId", "client", "createdOn", "closeDate", "status", "origin", "dealType",
        "kind", "productLine", "mrrChange", "currency");
    SharedSales shared = r.dashboard().sharedSales();
    dealRows(table, "vendor-created", shared.vendorCreated());
    dealRows(table, "open-shared", shared.openShared());
    dealRows(table, "closed-vendor", shared.closedVendor());
    return table;
  }

  private static void dealRows(Table table, String figure, DealsFigure deals) {
    for (Deal d : deals.rows()) {
      table.row(figure, d.id(), d.clientId().value(), text(d.createdOn()), d.closeDate().toString(),
          Json.name(d.status()), Json.name(d.origin()), Json.name(d.dealType()), Json.name(d.kind()),
          d.productLine().value(), n(d.mrrChange()), currency(d.mrrChange()));
    }
  }
}
