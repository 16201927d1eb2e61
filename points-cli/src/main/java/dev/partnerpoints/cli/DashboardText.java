package dev.partnerpoints.cli;

import dev.partnerpoints.cli.TextTable.Align;
import dev.partnerpoints.commission.CommissionPayment;
import dev.partnerpoints.commission.CommissionStatement;
import dev.partnerpoints.dashboard.ProgramProgress;
import dev.partnerpoints.ledger.ClientBreakdown;
import dev.partnerpoints.ledger.ClientPoints;
import dev.partnerpoints.ledger.Deal;
import dev.partnerpoints.ledger.MonthExpiry;
import dev.partnerpoints.ledger.MonthPoints;
import dev.partnerpoints.ledger.PointChanges;
import dev.partnerpoints.ledger.PointsFigure;
import dev.partnerpoints.ledger.PointsSnapshot;
import dev.partnerpoints.metrics.DealsFigure;
import dev.partnerpoints.metrics.SharedSales;
import dev.partnerpoints.money.Points;
import dev.partnerpoints.program.SoldMinimumBasis;
import dev.partnerpoints.program.Tier;
import dev.partnerpoints.renewal.UpcomingRenewal;
import dev.partnerpoints.renewal.UpcomingRenewals;
import dev.partnerpoints.tier.CreditedTier;
import dev.partnerpoints.tier.KeepTierOutlook;
import dev.partnerpoints.tier.RequirementGap;
import dev.partnerpoints.tier.RequirementKind;
import dev.partnerpoints.tier.TierChange;
import dev.partnerpoints.tier.TierProgress;
import dev.partnerpoints.tier.TierStatus;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.money.MonetaryAmount;
import org.threeten.extra.YearQuarter;

/**
 * The dashboard as aligned tables, one section after another in the order of the partner dashboard:
 * program progress, tier progression, points to keep the tier, credited tier history, tier point
 * changes, the points breakdown per client, progress month by month, upcoming expiries, commission,
 * upcoming renewals and shared sales.
 */
final class DashboardText {

  private DashboardText() {}

  /**
   * Prints the dashboard: a title line, then every {@link Section} in order.
   *
   * @param title what the dashboard is of, such as the ledger file's name
   */
  static void print(PrintWriter out, DashboardReport report, String title) {
    out.println("Partner dashboard of " + report.partner() + " (" + title + ") on " + report.date()
        + "; range " + range(report.from(), report.to()));
    for (Section section : Section.values()) {
      section.printText(out, report);
    }
    out.flush();
  }

  private static void heading(PrintWriter out, String heading) {
    out.println();
    out.println(heading);
  }

  static void progress(PrintWriter out, DashboardReport report) {
    ProgramProgress progress = report.progress();
    PointsSnapshot points = report.tierStatus().points();
    CreditedTier credited = progress.creditedTier();
    heading(out, "Program progress");
    TextTable table = TextTable.of(Align.LEFT, Align.RIGHT, Align.LEFT).indent(2)
        .row("Credited tier", tier(credited.tier()), credited.since().map(d -> "since " + d).orElse(""))
        .row("Tier performance", tier(progress.performanceTier()), "")
        .row("Total points", points.totalPoints().toString(), "")
        .row("  Sourced", points.sourcedPoints().toString(), "")
        .row("  Assisted", points.assistedPoints().toString(), "")
        .row("  Sold (sourced + assisted)", points.soldPoints().toString(), "")
        .row("  Managed", points.managedPoints().toString(), "");
    if (progress.nextTier().isPresent()) {
      TierProgress next = progress.nextTier().get();
      String others = next.pointsRequirements().stream()
          .filter(g -> g.kind() != RequirementKind.TOTAL_POINTS && !g.isMet())
          .map(g -> requirement(g.kind(), next.soldMinimumBasis()) + " " + g.missing())
          .collect(Collectors.joining(", "));
      table.row("Points needed for " + title(next.tier()), progress.pointsToNextTier().get().toString(),
          "of " + next.total().required() + " total" + (others.isEmpty() ? "" : "; also short: " + others));
    } else {
      table.row("Points needed for the next tier", "-", "at the top tier");
    }
    table.row("12-month sourced dollar value", money(progress.sourcedDollarValueUsd()), "USD")
        .row("Rolling 12-month sourced MRR", money(progress.sourcedMrrUsd()), "USD")
        .row("12-month average C$R", progress.retention().averagePercent().map(p -> Text.plain(p) + "%")
            .orElse("-"), progress.retention().averagePercent().isPresent() ? "" : "no managed MRR to measure")
        .row("Certification", report.tierStatus().certified() ? "valid" : "not valid", "")
        .row("Median tool usage", report.tierStatus().medianToolUsage().map(Text::plain).orElse("unknown"), "")
        .printTo(out);
  }

  static void tierProgression(PrintWriter out, DashboardReport report) {
    TierStatus status = report.tierStatus();
    heading(out, "Tier progression");
    boolean sourced = status.tiers().stream().anyMatch(p -> p.soldMinimumBasis() == SoldMinimumBasis.SOURCED);
    String sold = sourced ? "Sourced" : "Sold";
    TextTable table = TextTable.of(Align.LEFT, Align.RIGHT, Align.RIGHT, Align.RIGHT, Align.RIGHT, Align.RIGHT,
            Align.RIGHT, Align.RIGHT, Align.RIGHT, Align.LEFT).indent(2)
        .header("Tier", "Total", "Gap", sold + " min", sold, "Gap", "Managed min", "Managed", "Gap", "Met");
    for (TierProgress p : status.tiers()) {
      Optional<RequirementGap> managed = p.managedMinimum();
      table.row(title(p.tier()),
          p.total().required().toString(),
          p.total().missing().toString(),
          p.soldMinimum().required().toString(),
          p.soldMinimum().current().toString(),
          p.soldMinimum().missing().toString(),
          managed.map(g -> g.required().toString()).orElse("none"),
          managed.map(g -> g.current().toString()).orElse("-"),
          managed.map(g -> g.missing().toString()).orElse("-"),
          p.isMet() ? "yes" : "no: " + p.unmet().stream().map(k -> requirement(k, p.soldMinimumBasis()))
              .collect(Collectors.joining(", ")));
    }
    table.printTo(out);
  }

  static void keepTier(PrintWriter out, DashboardReport report) {
    KeepTierOutlook keep = report.keepTier();
    if (keep.tier().isEmpty()) {
      heading(out, "Points to keep the tier: none (untiered); next recalibration on " + keep.nextRecalibration());
      return;
    }
    heading(out, "Points to keep " + title(keep.tier().get()) + " at the " + keep.nextRecalibration() + " recalibration");
    SoldMinimumBasis basis = report.ledger().rules().tierScheduleOn(keep.nextRecalibration())
        .requirementsOf(keep.tier().get()).soldMinimumBasis();
    TextTable table = TextTable.of(Align.LEFT, Align.RIGHT, Align.RIGHT, Align.RIGHT).indent(2)
        .header("Requirement", "Required", "Active then", "Missing");
    for (RequirementGap gap : keep.gaps()) {
      String label = requirement(gap.kind(), basis);
      table.row(Character.toUpperCase(label.charAt(0)) + label.substring(1), gap.required().toString(),
          gap.current().toString(), gap.missing().toString());
    }
    table.printTo(out);
  }

  static void tierHistory(PrintWriter out, DashboardReport report) {
    List<TierChange> history = report.progress().creditedTier().history();
    heading(out, "Credited tier history");
    if (history.isEmpty()) {
      out.println("  No tier credited yet.");
      return;
    }
    TextTable table = TextTable.of(Align.LEFT, Align.LEFT, Align.LEFT, Align.LEFT).indent(2)
        .header("Date", "From", "To", "Reason");
    for (TierChange change : history) {
      table.row(change.date().toString(), tier(change.from()), tier(change.to()), words(change.reason()));
    }
    table.printTo(out);
  }

  static void pointChanges(PrintWriter out, DashboardReport report) {
    PointChanges changes = report.pointChanges();
    heading(out, "Tier point changes from " + range(changes.from(), changes.to()));
    TextTable.of(Align.LEFT, Align.RIGHT, Align.RIGHT, Align.RIGHT, Align.RIGHT).indent(2)
        .header("", "Day before", "New", "Lost", "At end")
        .row("Sold", changes.soldBefore().toString(), changes.newSold().total().toString(),
            changes.lostSold().total().toString(), changes.soldAtEnd().toString())
        .row("Managed", changes.managedBefore().toString(), changes.newManaged().total().toString(),
            changes.lostManaged().total().toString(), changes.managedAtEnd().toString())
        .printTo(out);
    TextTable clients = TextTable.of(Align.LEFT, Align.LEFT, Align.LEFT, Align.RIGHT).indent(2)
        .header("Change", "Client", "Name", "Points");
    int rows = clientRows(report, clients, "New sold", changes.newSold()) + clientRows(report, clients, "Lost sold", changes.lostSold())
        + clientRows(report, clients, "New managed", changes.newManaged())
        + clientRows(report, clients, "Lost managed", changes.lostManaged());
    out.println();
    if (rows == 0) {
      out.println("  No client's points changed in the range.");
    } else {
      clients.printTo(out);
    }
  }

  private static int clientRows(DashboardReport report, TextTable table, String change, PointsFigure figure) {
    for (ClientPoints row : figure.rows()) {
      table.row(change, row.clientId().value(), report.name(row.clientId()), row.points().toString());
    }
    return figure.rows().size();
  }

  static void breakdown(PrintWriter out, DashboardReport report) {
    heading(out, "Points breakdown per client on " + report.date());
    if (report.breakdown().isEmpty()) {
      out.println("  No client has points or history yet.");
      return;
    }
    TextTable table = TextTable.of(Align.LEFT, Align.LEFT, Align.LEFT, Align.LEFT, Align.RIGHT, Align.RIGHT,
            Align.RIGHT, Align.RIGHT, Align.RIGHT).indent(2)
        .header("Client", "Name", "Country", "Market", "Sourced", "Assisted", "Managed", "Total", "Expired");
    Points sourced = Points.zero();
    Points assisted = Points.zero();
    Points managed = Points.zero();
    Points total = Points.zero();
    Points expired = Points.zero();
    for (ClientBreakdown b : report.breakdown()) {
      table.row(b.client().id().value(), b.client().name(), b.client().country().code(),
          b.growthMarket() ? "growth" : "-", b.activeSourced().toString(), b.activeAssisted().toString(),
          b.managed().toString(), b.total().toString(), b.expiredSold().toString());
      sourced = sourced.plus(b.activeSourced());
      assisted = assisted.plus(b.activeAssisted());
      managed = managed.plus(b.managed());
      total = total.plus(b.total());
      expired = expired.plus(b.expiredSold());
    }
    table.row("Total", "", "", "", sourced.toString(), assisted.toString(), managed.toString(), total.toString(),
        expired.toString());
    table.printTo(out);
  }

  static void monthly(PrintWriter out, DashboardReport report) {
    heading(out, "Progress month by month (points on each month's last day)");
    if (report.monthly().isEmpty()) {
      out.println("  No complete month in the program yet.");
      return;
    }
    TextTable table = TextTable.of(Align.LEFT, Align.RIGHT, Align.RIGHT, Align.RIGHT).indent(2)
        .header("Month", "Sold", "Managed", "Total");
    for (MonthPoints m : report.monthly()) {
      table.row(m.month().toString(), m.sold().toString(), m.managed().toString(), m.total().toString());
    }
    table.printTo(out);
  }

  static void expiries(PrintWriter out, DashboardReport report) {
    heading(out, "Sold points expiring in the coming months (of those active on " + report.date() + ")");
    TextTable table = TextTable.of(Align.LEFT, Align.RIGHT, Align.LEFT).indent(2)
        .header("Month", "Points", "Clients");
    for (MonthExpiry e : report.upcomingExpiries()) {
      table.row(e.month().toString(), e.expiring().total().toString(), e.expiring().rows().stream()
          .map(r -> r.clientId().value() + " " + r.points()).collect(Collectors.joining(", ")));
    }
    table.printTo(out);
  }

  static void commission(PrintWriter out, DashboardReport report) {
    CommissionStatement commission = report.commission();
    heading(out, "Commission on " + commission.date() + " (revenue share; " + commission.schedules().size()
        + " deal schedule" + (commission.schedules().size() == 1 ? "" : "s") + ")");
    payments(out, "Past payments", commission.pastPayments(), commission.pastTotals(), "none yet");
    payments(out, "Upcoming payments", commission.upcomingPayments(), commission.upcomingTotals(),
        "none accrued yet");
  }

  private static void payments(PrintWriter out, String heading, List<CommissionPayment> payments, Map<String, MonetaryAmount> totals,
      String none) {
    out.println("  " + heading + (payments.isEmpty() ? ": " + none : ""));
    if (payments.isEmpty()) {
      return;
    }
    TextTable table = TextTable.of(Align.LEFT, Align.LEFT, Align.RIGHT, Align.LEFT, Align.LEFT).indent(4)
        .header("Paid on", "Quarter", "Amount", "Currency", "Clients");
    for (CommissionPayment p : payments) {
      table.row(p.paymentDate().toString(), quarter(p.quarter()), money(p.amount()),
          p.currency().getCurrencyCode(), String.join(", ", p.clients().stream().map(c -> c.value()).toList()));
    }
    for (Map.Entry<String, MonetaryAmount> total : totals.entrySet()) {
      table.row("Total", "", money(total.getValue()), total.getKey(), "");
    }
    table.printTo(out);
  }

  static void renewals(PrintWriter out, DashboardReport report) {
    UpcomingRenewals renewals = report.renewals();
    heading(out, "Upcoming renewals from " + renewals.date() + " to " + renewals.horizonEnd().minusDays(1));
    if (renewals.rows().isEmpty()) {
      out.println("  None.");
      return;
    }
    TextTable table = TextTable.of(Align.LEFT, Align.RIGHT, Align.LEFT, Align.LEFT, Align.LEFT, Align.RIGHT,
            Align.LEFT, Align.LEFT, Align.LEFT).indent(2)
        .header("Renews on", "Days", "Client", "Name", "Products", "MRR change", "Currency", "Last active employee",
            "Renewal manager");
    for (UpcomingRenewal r : renewals.rows()) {
      table.row(r.renewal().renewalDate().toString(), Long.toString(r.daysToRenewal()), r.clientId().value(),
          r.clientName(), r.products().stream().map(p -> p.value()).collect(Collectors.joining(", ")),
          money(r.mrrChange()), r.mrrChange().getCurrency().getCurrencyCode(),
          r.lastActiveEmployee().orElse("-"), r.renewalManager().orElse("-"));
    }
    table.printTo(out);
  }

  static void sharedSales(PrintWriter out, DashboardReport report) {
    SharedSales shared = report.sharedSales();
    heading(out, "Shared sales from " + range(shared.from(), shared.to()));
    TextTable table = TextTable.of(Align.LEFT, Align.RIGHT, Align.LEFT, Align.LEFT).indent(2)
        .header("", "Deals", "MRR", "Deal ids");
    sharedRow(table, "Created by the vendor", shared.vendorCreated());
    sharedRow(table, "Open shared deals", shared.openShared());
    sharedRow(table, "Closed vendor deals", shared.closedVendor());
    table.printTo(out);
  }

  private static void sharedRow(TextTable table, String label, DealsFigure figure) {
    table.row(label, Integer.toString(figure.count()),
        figure.mrrChangeByCurrency().entrySet().stream().map(e -> money(e.getValue()) + " " + e.getKey())
            .collect(Collectors.joining(", ")),
        figure.rows().stream().map(d -> d.id().value()).collect(Collectors.joining(", ")));
  }

  static String money(MonetaryAmount amount) {
    return Text.plain(Text.decimal(amount));
  }

  static String quarter(YearQuarter quarter) {
    return quarter.getYear() + "-Q" + quarter.getQuarterValue();
  }

  private static String range(LocalDate from, LocalDate to) {
    return from + " to " + to;
  }

  static String tier(Optional<Tier> tier) {
    return tier.map(DashboardText::title).orElse("untiered");
  }

  static String title(Tier tier) {
    String name = tier.name().toLowerCase(Locale.ROOT);
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  /** A requirement in words; the sold minimum is the "sourced minimum" where only sourced points count. */
  private static String requirement(RequirementKind kind, SoldMinimumBasis basis) {
    return kind == RequirementKind.SOLD_MINIMUM && basis == SoldMinimumBasis.SOURCED ? "sourced minimum" : words(kind);
  }

  /** An enum value as lower-case words: {@code TIER_UP} is "tier up". */
  static String words(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
