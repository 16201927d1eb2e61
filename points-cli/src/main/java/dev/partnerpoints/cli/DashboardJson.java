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
    ObjectNode node = Json.object();
    node.put("partner", report.partner());
    node.set("date", Json.value(report.date()));
    node.set("from", Json.value(report.from()));
    node.set("to", Json.value(report.to()));
    for (Section section : Section.values()) {
      node.set(section.jsonField(), Json.value(section.json(report)));
    }
    return node;
  }

  static Object progress(DashboardReport r) {
    return progress(r.dashboard());
  }

  static Object tierProgression(DashboardReport r) {
    return tierProgression(r.tierStatus());
  }

  static Object keepTier(DashboardReport r) {
    return keepTier(r.keepTier());
  }

  static Object tierHistory(DashboardReport r) {
    return tierHistory(r.progress().creditedTier());
  }

  static Object pointChanges(DashboardReport r) {
    return pointChanges(r.pointChanges());
  }

  static Object breakdown(DashboardReport r) {
    return breakdown(r.breakdown());
  }

  static Object monthly(DashboardReport r) {
    return monthly(r.monthly());
  }

  static Object expiries(DashboardReport r) {
    return expiries(r.upcomingExpiries());
  }

  static Object commission(DashboardReport r) {
    return commission(r.commission());
  }

  static Object renewals(DashboardReport r) {
    return renewals(r.renewals());
  }

  static Object sharedSales(DashboardReport r) {
    return sharedSales(r.sharedSales());
  }

  private static ObjectNode progress(PartnerDashboard dashboard) {
    ProgramProgress progress = dashboard.progress();
    PointsSnapshot points = dashboard.tierStatus().points();
    CreditedTier credited = progress.creditedTier();
    ObjectNode node = Json.object();
    putTier(node, "creditedTier", credited.tier());
    putDate(node, "creditedSince", credited.since());
    putTier(node, "performanceTier", progress.performanceTier());
    node.set("totalPoints", Json.value(points.totalPoints()));
    node.set("sourcedPoints", Json.value(points.sourcedPoints()));
    node.set("assistedPoints", Json.value(points.assistedPoints()));
    node.set("soldPoints", Json.value(points.soldPoints()));
    node.set("managedPoints", Json.value(points.managedPoints()));
    putTier(node, "nextTier", progress.nextTier().map(TierProgress::tier));
    if (progress.pointsToNextTier().isPresent()) {
      node.set("pointsToNextTier", Json.value(progress.pointsToNextTier().get()));
    } else {
      node.putNull("pointsToNextTier");
    }
    node.set("sourcedDollarValueUsd", Json.value(progress.sourcedDollarValueUsd()));
    node.set("sourcedMrrUsd", Json.value(progress.sourcedMrrUsd()));
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
      tier.set("tier", Json.value(p.tier()));
      tier.put("met", p.isMet());
      tier.set("total", gap(p.total()));
      ObjectNode sold = gap(p.soldMinimum());
      sold.set("basis", Json.value(p.soldMinimumBasis()));
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
        unmet.add(Json.value(kind));
      }
    }
    return tiers;
  }

  private static ObjectNode gap(RequirementGap gap) {
    ObjectNode node = Json.object();
    node.set("required", Json.value(gap.required()));
    node.set("current", Json.value(gap.current()));
    node.set("missing", Json.value(gap.missing()));
    return node;
  }

  private static ObjectNode keepTier(KeepTierOutlook keep) {
    ObjectNode node = Json.object();
    putTier(node, "tier", keep.tier());
    node.set("nextRecalibration", Json.value(keep.nextRecalibration()));
    ArrayNode gaps = node.putArray("gaps");
    for (RequirementGap gap : keep.gaps()) {
      ObjectNode row = gap(gap);
      row.set("requirement", Json.value(gap.kind()));
      gaps.add(row);
    }
    return node;
  }

  private static ArrayNode tierHistory(CreditedTier credited) {
    ArrayNode history = Json.array();
    for (TierChange change : credited.history()) {
      ObjectNode row = history.addObject();
      row.set("date", Json.value(change.date()));
      putTier(row, "from", change.from());
      putTier(row, "to", change.to());
      row.set("reason", Json.value(change.reason()));
    }
    return history;
  }

  private static ObjectNode pointChanges(PointChanges changes) {
    ObjectNode node = Json.object();
    node.set("from", Json.value(changes.from()));
    node.set("to", Json.value(changes.to()));
    node.set("soldBefore", Json.value(changes.soldBefore()));
    node.set("soldAtEnd", Json.value(changes.soldAtEnd()));
    node.set("managedBefore", Json.value(changes.managedBefore()));
    node.set("managedAtEnd", Json.value(changes.managedAtEnd()));
    node.set("newSold", figure(changes.newSold()));
    node.set("lostSold", figure(changes.lostSold()));
    node.set("newManaged", figure(changes.newManaged()));
    node.set("lostManaged", figure(changes.lostManaged()));
    return node;
  }

  private static ObjectNode figure(PointsFigure figure) {
    ObjectNode node = Json.object();
    node.set("total", Json.value(figure.total()));
    node.set("clients", clients(figure));
    return node;
  }

  private static ArrayNode clients(PointsFigure figure) {
    ArrayNode rows = Json.array();
    for (ClientPoints row : figure.rows()) {
      ObjectNode client = rows.addObject();
      client.put("client", row.clientId().value());
      client.set("points", Json.value(row.points()));
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
      row.set("activeSourced", Json.value(b.activeSourced()));
      row.set("activeAssisted", Json.value(b.activeAssisted()));
      row.set("activeSold", Json.value(b.activeSold()));
      row.set("managed", Json.value(b.managed()));
      row.set("total", Json.value(b.total()));
      row.set("expiredSold", Json.value(b.expiredSold()));
    }
    return rows;
  }

  private static ArrayNode monthly(List<MonthPoints> months) {
    ArrayNode rows = Json.array();
    for (MonthPoints m : months) {
      ObjectNode row = rows.addObject();
      row.set("month", Json.value(m.month()));
      row.set("sold", Json.value(m.sold()));
      row.set("managed", Json.value(m.managed()));
      row.set("total", Json.value(m.total()));
    }
    return rows;
  }

  private static ArrayNode expiries(List<MonthExpiry> expiries) {
    ArrayNode rows = Json.array();
    for (MonthExpiry e : expiries) {
      ObjectNode row = rows.addObject();
      row.set("month", Json.value(e.month()));
      row.set("points", Json.value(e.expiring().total()));
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
      row.set("paymentDate", Json.value(p.paymentDate()));
      row.set("quarterStart", Json.value(p.quarterStart()));
      row.set("amount", Json.value(p.amount()));
      row.put("currency", p.currency().getCurrencyCode());
      ArrayNode clients = row.putArray("clients");
      p.clients().forEach(c -> clients.add(c.value()));
    }
    return rows;
  }

  private static ObjectNode byCurrency(Map<String, MonetaryAmount> totals) {
    ObjectNode node = Json.object();
    totals.forEach((code, amount) -> node.set(code, Json.value(amount)));
    return node;
  }

  private static ObjectNode renewals(UpcomingRenewals renewals) {
    ObjectNode node = Json.object();
    node.set("horizonEnd", Json.value(renewals.horizonEnd()));
    ArrayNode rows = node.putArray("rows");
    for (UpcomingRenewal r : renewals.rows()) {
      ObjectNode row = rows.addObject();
      row.put("client", r.clientId().value());
      row.put("name", r.clientName());
      row.set("renewalDate", Json.value(r.renewal().renewalDate()));
      row.put("daysToRenewal", r.daysToRenewal());
      ArrayNode products = row.putArray("products");
      r.products().forEach(p -> products.add(p.value()));
      row.set("currentMrr", Json.value(r.renewal().currentMrr()));
      row.set("renewalMrr", Json.value(r.renewal().renewalMrr()));
      row.set("mrrChange", Json.value(r.mrrChange()));
      row.put("currency", r.mrrChange().getCurrency().getCurrencyCode());
      putText(row, "lastActiveEmployee", r.lastActiveEmployee());
      putText(row, "renewalManager", r.renewalManager());
    }
    node.set("mrrChangeByCurrency", byCurrency(renewals.mrrChangeByCurrency()));
    return node;
  }

  private static ObjectNode sharedSales(SharedSales shared) {
    ObjectNode node = Json.object();
    node.set("from", Json.value(shared.from()));
    node.set("to", Json.value(shared.to()));
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
      node.set(field, Json.value(tier.get()));
    } else {
      node.putNull(field);
    }
  }

  private static void putDate(ObjectNode node, String field, Optional<LocalDate> date) {
    if (date.isPresent()) {
      node.set(field, Json.value(date.get()));
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
