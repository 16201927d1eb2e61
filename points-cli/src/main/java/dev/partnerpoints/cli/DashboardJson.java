package dev.partnerpoints.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.partnerpoints.dashboard.CommissionPayment;
import dev.partnerpoints.dashboard.CommissionStatement;
import dev.partnerpoints.dashboard.DealsFigure;
import dev.partnerpoints.dashboard.PartnerDashboard;
import dev.partnerpoints.dashboard.ProgramProgress;
import dev.partnerpoints.dashboard.SharedSales;
import dev.partnerpoints.dashboard.UpcomingRenewal;
import dev.partnerpoints.dashboard.UpcomingRenewals;
import dev.partnerpoints.ledger.ClientBreakdown;
import dev.partnerpoints.ledger.ClientPoints;
import dev.partnerpoints.ledger.Deal;
import dev.partnerpoints.ledger.MonthExpiry;
import dev.partnerpoints.ledger.MonthPoints;
import dev.partnerpoints.ledger.PointChanges;
import dev.partnerpoints.ledger.PointsFigure;
import dev.partnerpoints.ledger.PointsSnapshot;
import dev.partnerpoints.program.Tier;
import dev.partnerpoints.tier.CreditedTier;
import dev.partnerpoints.tier.KeepTierOutlook;
import dev.partnerpoints.tier.RequirementGap;
import dev.partnerpoints.tier.RequirementKind;
import dev.partnerpoints.tier.TierChange;
import dev.partnerpoints.tier.TierProgress;
import dev.partnerpoints.tier.TierStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * The dashboard as one JSON object. Points and money are JSON numbers as the library computed them
 * (points with two decimals, money with the currency's fraction digits); US dollar figures end in
 * {@code Usd}; other money comes with its currency code, or as an object keyed by currency code;
 * dates and months are ISO strings; enum values lower case; a missing value is {@code null}.
 */
final class DashboardJson {

  private DashboardJson() {}

  static ObjectNode of(DashboardReport report) {
    PartnerDashboard dashboard = report.dashboard();
    ObjectNode node = Json.object();
    node.put("partner", report.partner());
    node.put("date", dashboard.date().toString());
    node.put("from", dashboard.from().toString());
    node.put("to", dashboard.to().toString());
    node.set("progress", progress(dashboard));
    node.set("tierProgression", tierProgression(dashboard.tierStatus()));
    node.set("keepTier", keepTier(dashboard.keepTier()));
    node.set("tierHistory", tierHistory(dashboard.progress().creditedTier()));
    node.set("pointChanges", pointChanges(dashboard.pointChanges()));
    node.set("breakdown", breakdown(dashboard.breakdown()));
    node.set("progressByMonth", monthly(report.monthly()));
    node.set("upcomingExpiries", expiries(dashboard.upcomingExpiries()));
    node.set("commission", commission(dashboard.commission()));
    node.set("renewals", renewals(dashboard.renewals()));
    node.set("sharedSales", sharedSales(dashboard.sharedSales()));
    return node;
  }

  private static ObjectNode progress(PartnerDashboard dashboard) {
    ProgramProgress progress = dashboard.progress();
    PointsSnapshot points = dashboard.tierStatus().points();
    CreditedTier credited = progress.creditedTier();
    ObjectNode node = Json.object();
    putTier(node, "creditedTier", credited.tier());
    putDate(node, "creditedSince", credited.since());
    putTier(node, "performanceTier", progress.performanceTier());
    node.put("totalPoints", Json.number(points.totalPoints()));
    node.put("sourcedPoints", Json.number(points.sourcedPoints()));
    node.put("assistedPoints", Json.number(points.assistedPoints()));
    node.put("soldPoints", Json.number(points.soldPoints()));
    node.put("managedPoints", Json.number(points.managedPoints()));
    putTier(node, "nextTier", progress.nextTier().map(TierProgress::tier));
    if (progress.pointsToNextTier().isPresent()) {
      node.put("pointsToNextTier", Json.number(progress.pointsToNextTier().get()));
    } else {
      node.putNull("pointsToNextTier");
    }
    node.put("sourcedDollarValueUsd", Json.number(progress.sourcedDollarValueUsd()));
    node.put("sourcedMrrUsd", Json.number(progress.sourcedMrrUsd()));
    if (progress.retention().averagePercent().isPresent()) {
      node.put("averageRetentionPercent", progress.retention().averagePercent().get());
    } else {
      node.putNull("averageRetentionPercent");
    }
    node.put("certified", dashboard.tierStatus().certified());
    if (dashboard.tierStatus().medianToolUsage().isPresent()) {
      node.put("medianToolUsage", dashboard.tierStatus().medianToolUsage().get());
    } else {
      node.putNull("medianToolUsage");
    }
    node.set("totalPointsByClient", clients(progress.totalPoints()));
    return node;
  }

  private static ArrayNode tierProgression(TierStatus status) {
    ArrayNode tiers = Json.array();
    for (TierProgress p : status.tiers()) {
      ObjectNode tier = tiers.addObject();
      tier.put("tier", Json.name(p.tier()));
      tier.put("met", p.isMet());
      tier.set("total", gap(p.total()));
      ObjectNode sold = gap(p.soldMinimum());
      sold.put("basis", Json.name(p.soldMinimumBasis()));
      tier.set("soldMinimum", sold);
      if (p.managedMinimum().isPresent()) {
        tier.set("managedMinimum", gap(p.managedMinimum().get()));
      } else {
        tier.putNull("managedMinimum");
      }
      tier.put("certificationMet", p.certificationMet());
      tier.put("toolUsageMet", p.toolUsageMet());
      ArrayNode unmet = tier.putArray("unmet");
      for (RequirementKind kind : p.unmet()) {
        unmet.add(Json.name(kind));
      }
    }
    return tiers;
  }

  private static ObjectNode gap(RequirementGap gap) {
    ObjectNode node = Json.object();
    node.put("required", Json.number(gap.required()));
    node.put("current", Json.number(gap.current()));
    node.put("missing", Json.number(gap.missing()));
    return node;
  }

  private static ObjectNode keepTier(KeepTierOutlook keep) {
    ObjectNode node = Json.object();
    putTier(node, "tier", keep.tier());
    node.put("nextRecalibration", keep.nextRecalibration().toString());
    ArrayNode gaps = node.putArray("gaps");
    for (RequirementGap gap : keep.gaps()) {
      ObjectNode row = gap(gap);
      row.put("requirement", Json.name(gap.kind()));
      gaps.add(row);
    }
    return node;
  }

  private static ArrayNode tierHistory(CreditedTier credited) {
    ArrayNode history = Json.array();
    for (TierChange change : credited.history()) {
      ObjectNode row = history.addObject();
      row.put("date", change.date().toString());
      putTier(row, "from", change.from());
      putTier(row, "to", change.to());
      row.put("reason", Json.name(change.reason()));
    }
    return history;
  }

  private static ObjectNode pointChanges(PointChanges changes) {
    ObjectNode node = Json.object();
    node.put("from", changes.from().toString());
    node.put("to", changes.to().toString());
    node.put("soldBefore", Json.number(changes.soldBefore()));
    node.put("soldAtEnd", Json.number(changes.soldAtEnd()));
    node.put("managedBefore", Json.number(changes.managedBefore()));
    node.put("managedAtEnd", Json.number(changes.managedAtEnd()));
    node.set("newSold", figure(changes.newSold()));
    node.set("lostSold", figure(changes.lostSold()));
    node.set("newManaged", figure(changes.newManaged()));
    node.set("lostManaged", figure(changes.lostManaged()));
    return node;
  }

  private static ObjectNode figure(PointsFigure figure) {
    ObjectNode node = Json.object();
    node.put("total", Json.number(figure.total()));
    node.set("clients", clients(figure));
    return node;
  }

  private static ArrayNode clients(PointsFigure figure) {
    ArrayNode rows = Json.array();
    for (ClientPoints row : figure.rows()) {
      ObjectNode client = rows.addObject();
      client.put("client", row.clientId().value());
      client.put("points", Json.number(row.points()));
    }
    return rows;
  }

  private static ArrayNode breakdown(List<ClientBreakdown> breakdown) {
    ArrayNode rows = Json.array();
    for (ClientBreakdown b : breakdown) {
      ObjectNode row = rows.addObject();
      row.put("client", b.client().id().value());
      row.put("name", b.client().name());
      row.put("country", b.client().country().code());
      row.put("growthMarket", b.growthMarket());
      row.put("activeSourced", Json.number(b.activeSourced()));
      row.put("activeAssisted", Json.number(b.activeAssisted()));
      row.put("activeSold", Json.number(b.activeSold()));
      row.put("managed", Json.number(b.managed()));
      row.put("total", Json.number(b.total()));
      row.put("expiredSold", Json.number(b.expiredSold()));
    }
    return rows;
  }

  private static ArrayNode monthly(List<MonthPoints> months) {
    ArrayNode rows = Json.array();
    for (MonthPoints m : months) {
      ObjectNode row = rows.addObject();
      row.put("month", m.month().toString());
      row.put("sold", Json.number(m.sold()));
      row.put("managed", Json.number(m.managed()));
      row.put("total", Json.number(m.total()));
    }
    return rows;
  }

  private static ArrayNode expiries(List<MonthExpiry> expiries) {
    ArrayNode rows = Json.array();
    for (MonthExpiry e : expiries) {
      ObjectNode row = rows.addObject();
      row.put("month", e.month().toString());
      row.put("points", Json.number(e.expiring().total()));
      row.set("clients", clients(e.expiring()));
    }
    return rows;
  }

  private static ObjectNode commission(CommissionStatement commission) {
    ObjectNode node = Json.object();
    node.put("schedules", commission.schedules().size());
    node.set("pastPayments", payments(commission.pastPayments()));
    node.set("pastTotals", byCurrency(commission.pastTotals()));
    node.set("upcomingPayments", payments(commission.upcomingPayments()));
    node.set("upcomingTotals", byCurrency(commission.upcomingTotals()));
    return node;
  }

  private static ArrayNode payments(List<CommissionPayment> payments) {
    ArrayNode rows = Json.array();
    for (CommissionPayment p : payments) {
      ObjectNode row = rows.addObject();
      row.put("paymentDate", p.paymentDate().toString());
      row.put("quarterStart", p.quarterStart().toString());
      row.put("amount", Json.number(p.amount()));
      row.put("currency", p.currency().getCurrencyCode());
      ArrayNode clients = row.putArray("clients");
      p.clients().forEach(c -> clients.add(c.value()));
    }
    return rows;
  }

  private static ObjectNode byCurrency(Map<String, MonetaryAmount> totals) {
    ObjectNode node = Json.object();
    totals.forEach((code, amount) -> node.put(code, Json.number(amount)));
    return node;
  }

  private static ObjectNode renewals(UpcomingRenewals renewals) {
    ObjectNode node = Json.object();
    node.put("horizonEnd", renewals.horizonEnd().toString());
    ArrayNode rows = node.putArray("rows");
    for (UpcomingRenewal r : renewals.rows()) {
      ObjectNode row = rows.addObject();
      row.put("client", r.clientId().value());
      row.put("name", r.clientName());
      row.put("renewalDate", r.renewal().renewalDate().toString());
      row.put("daysToRenewal", r.daysToRenewal());
      ArrayNode products = row.putArray("products");
      r.products().forEach(p -> products.add(p.value()));
      row.put("currentMrr", Json.number(r.renewal().currentMrr()));
      row.put("renewalMrr", Json.number(r.renewal().renewalMrr()));
      row.put("mrrChange", Json.number(r.mrrChange()));
      row.put("currency", r.mrrChange().getCurrency().getCurrencyCode());
      putText(row, "lastActiveEmployee", r.lastActiveEmployee());
      putText(row, "renewalManager", r.renewalManager());
    }
    node.set("mrrChangeByCurrency", byCurrency(renewals.mrrChangeByCurrency()));
    return node;
  }

  private static ObjectNode sharedSales(SharedSales shared) {
    ObjectNode node = Json.object();
    node.put("from", shared.from().toString());
    node.put("to", shared.to().toString());
    node.set("vendorCreated", deals(shared.vendorCreated()));
    node.set("openShared", deals(shared.openShared()));
    node.set("closedVendor", deals(shared.closedVendor()));
    return node;
  }

  private static ObjectNode deals(DealsFigure figure) {
    ObjectNode node = Json.object();
    node.put("count", figure.count());
    node.set("mrrByCurrency", byCurrency(figure.mrrByCurrency()));
    ArrayNode deals = node.putArray("deals");
    for (Deal d : figure.rows()) {
      deals.add(d.id());
    }
    return node;
  }

  private static void putTier(ObjectNode node, String field, Optional<Tier> tier) {
    if (tier.isPresent()) {
      node.put(field, Json.name(tier.get()));
    } else {
      node.putNull(field);
    }
  }

  private static void putDate(ObjectNode node, String field, Optional<LocalDate> date) {
    if (date.isPresent()) {
      node.put(field, date.get().toString());
    } else {
      node.putNull(field);
    }
  }

  private static void putText(ObjectNode node, String field, Optional<String> text) {
    if (text.isPresent()) {
      node.put(field, text.get());
    } else {
      node.putNull(field);
    }
  }
}
