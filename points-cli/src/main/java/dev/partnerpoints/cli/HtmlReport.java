package dev.partnerpoints.cli;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.partnerpoints.commission.CommissionPayment;
import dev.partnerpoints.commission.CommissionStatement;
import dev.partnerpoints.dashboard.PartnerDashboard;
import dev.partnerpoints.dashboard.ProgramProgress;
import dev.partnerpoints.ledger.ClientBreakdown;
import dev.partnerpoints.ledger.MonthExpiry;
import dev.partnerpoints.ledger.MonthPoints;
import dev.partnerpoints.ledger.PointsSnapshot;
import dev.partnerpoints.money.PointValue;
import dev.partnerpoints.money.Points;
import dev.partnerpoints.program.CountryCode;
import dev.partnerpoints.program.ProgramRules;
import dev.partnerpoints.program.RateEra;
import dev.partnerpoints.program.SoldMinimumBasis;
import dev.partnerpoints.program.Tier;
import dev.partnerpoints.program.TierRequirements;
import dev.partnerpoints.program.TierSchedule;
import dev.partnerpoints.tier.CreditedTier;
import dev.partnerpoints.tier.RequirementGap;
import dev.partnerpoints.tier.TierProgress;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.money.MonetaryAmount;

/**
 * The dashboard as one self-contained HTML page: inline CSS and SVG, no script, no link to fetch
 * anything; it reads on a phone (one column, tables that scroll sideways) and prints (no scrolling,
 * sections kept whole where they fit).
 *
 * <p>It shows the credited tier and tier performance, the points, a progress bar per requirement of
 * the next tier with the gap, the latest 12 complete months of sold and managed points as stacked
 * bars with the total-points thresholds of the tiers as lines, the sold points expiring in the coming
 * months, the points per client, past and upcoming commission payments and the rules in force.
 *
 * <p>Every figure is the dashboard's own value printed exactly as {@code --json} prints it; an
 * element showing one carries {@code data-json}, the JSON Pointer of that value in the {@code
 * --json} object ({@link Section#jsonDocument}), so a test can check the page against the JSON. The
 * average C$R is shown as a percentage (the JSON has the fraction) and carries none.
 */
final class HtmlReport {

  private static final String CSS = """
      :root{--ink:#1a202c;--muted:#4a5568;--line:#cbd5e0;--sold:#2b6cb0;--managed:#dd6b20;--expiring:#c53030;\
      --met:#2f855a}
      *{box-sizing:border-box}
      body{margin:0;font:16px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;\
      color:var(--ink);background:#fff}
      header,main,footer{max-width:64rem;margin:0 auto;padding:0 1rem}
      h1{font-size:1.5rem;margin:1rem 0 .25rem}
      h2{font-size:1.2rem;margin:1.75rem 0 .5rem;border-bottom:2px solid var(--line);padding-bottom:.2rem}
      h3{font-size:1rem;margin:1rem 0 .25rem}
      p{margin:.25rem 0 .5rem}
      .muted{color:var(--muted)}
      .note{border-left:4px solid var(--managed);padding:.25rem .75rem;background:#fffaf0}
      .cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(9.5rem,1fr));gap:.5rem;margin:.5rem 0}
      .card{border:1px solid var(--line);border-radius:6px;padding:.5rem .75rem}
      .card .label{display:block;font-size:.8rem;color:var(--muted)}
      .card .value{display:block;font-size:1.3rem;font-weight:600}
      .table-wrap{overflow-x:auto;margin:.5rem 0}
      table{border-collapse:collapse;min-width:100%;font-size:.9rem}
      caption{text-align:left;font-weight:600;padding:.25rem 0}
      th,td{padding:.3rem .5rem;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
      td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
      tfoot td{font-weight:600;border-top:2px solid var(--ink)}
      .requirement{margin:.5rem 0 1rem}
      .requirement .gap{font-weight:600}
      figure{margin:.75rem 0}
      svg.chart{display:block;width:100%;height:auto;max-width:40rem}
      svg .chart-title{font-size:15px;font-weight:600;fill:var(--ink)}
      svg text{font-size:11px;fill:var(--ink)}
      svg .axis-label{font-size:12px;fill:var(--muted)}
      svg .grid{stroke:#e2e8f0}
      svg .axis{stroke:var(--ink)}
      svg .bar.sold{fill:var(--sold)}
      svg .bar.managed{fill:var(--managed)}
      svg .bar.expiring{fill:var(--expiring)}
      svg .threshold line,svg line.threshold{stroke:var(--ink);stroke-width:1.5;stroke-dasharray:5 3}
      svg .line-label{font-size:11px}
      svg .track{fill:#edf2f7}
      svg .fill{fill:var(--sold)}
      svg .fill.met{fill:var(--met)}
      @media (max-width:30rem){body{font-size:15px}h1{font-size:1.25rem}}
      @media print{body{font-size:10pt}.table-wrap{overflow:visible}section,figure,table{break-inside:avoid}\
      h2{break-after:avoid}*{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
      @page{margin:1.5cm}
      """;

  private final DashboardReport report;
  private final PartnerDashboard dashboard;
  private final ProgramRules rules;
  private final StringBuilder html = new StringBuilder(64 * 1024);

  private HtmlReport(DashboardReport report) {
    this.report = report;
    this.dashboard = report.dashboard();
    this.rules = report.ledger().rules();
  }

  /**
   * Writes the page.
   *
   * @param report the dashboard, not null
   * @param source what the dashboard is of, such as "ledger showcase-ledger.csv" (escaped here)
   * @return the whole HTML document, never null
   */
  static String render(DashboardReport report, String source) {
    return new HtmlReport(report).page(source);
  }

  private String page(String source) {
    String title = "Partner dashboard of " + report.partner() + " on " + dashboard.date();
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(Html.text(title)).append("</title>\n<style>\n").append(CSS)
        .append("</style>\n</head>\n<body>\n<header>\n<h1>").append(Html.text(title)).append("</h1>\n")
        .append("<p class=\"muted\">").append(Html.text(source)).append("; range ")
        .append(span("/from", dashboard.from().toString())).append(" to ").append(span("/to", dashboard.to().toString()))
        .append(". Points are exact to two decimals; money in the currency's own digits.</p>\n");
    if (illustrativeThresholds()) {
      html.append("<p class=\"note\">The tier thresholds are illustrative: the program publishes them only as "
          + "images.</p>\n");
    }
    html.append("</header>\n<main>\n");
    progress();
    nextTier();
    monthly();
    expiries();
    breakdown();
    commission();
    rulesInForce();
    html.append("</main>\n<footer><p class=\"muted\">Written by the points command line from the partner's "
        + "dashboard; the same figures as <code>--json</code>.</p></footer>\n</body>\n</html>\n");
    return html.toString();
  }

  private void progress() {
    ProgramProgress progress = dashboard.progress();
    PointsSnapshot points = dashboard.tierStatus().points();
    CreditedTier credited = progress.creditedTier();
    html.append("<section id=\"progress\">\n<h2>Program progress</h2>\n<div class=\"cards\">\n");
    card("Credited tier", tier("/progress/creditedTier/tier", credited.tier())
        + credited.since().map(d -> " <span class=\"muted\">since " + span("/progress/creditedTier/since", d.toString())
            + "</span>").orElse(""));
    card("Tier performance", tier("/progress/performanceTier", progress.performanceTier()));
    card("Total points", span("/tierStatus/points/totalPoints", points.totalPoints().toString()));
    card("Sourced points", span("/tierStatus/points/sourcedPoints", points.sourcedPoints().toString()));
    card("Assisted points", span("/tierStatus/points/assistedPoints", points.assistedPoints().toString()));
    card("Sold points (sourced + assisted)", span("/tierStatus/points/soldPoints", points.soldPoints().toString()));
    card("Managed points", span("/tierStatus/points/managedPoints", points.managedPoints().toString()));
    html.append("</div>\n<div class=\"table-wrap\"><table>\n<caption>Sourced value, retention, certification "
        + "and tool usage</caption>\n<tbody>\n");
    row("12-month sourced dollar value (USD)", span("/progress/sourcedMrr/dollarValueUsd/amount",
        money(progress.sourcedDollarValueUsd())));
    row("Rolling 12-month sourced MRR (USD)", span("/progress/sourcedMrr/mrrUsd/amount", money(progress.sourcedMrrUsd())));
    row("12-month average C$R (%)", progress.retention().averagePercent()
        // the JSON holds the mean as a fraction (/progress/retention/average): the page shows the percentage
        .map(Text::plain)
        .orElse("no managed MRR to measure"));
    row("Certification", dashboard.tierStatus().certified() ? "valid" : "not valid");
    row("Median tool usage", dashboard.tierStatus().medianToolUsage()
        .map(u -> span("/tierStatus/medianToolUsage", Text.plain(u))).orElse("unknown"));
    html.append("</tbody>\n</table></div>\n</section>\n");
  }

  private void nextTier() {
    ProgramProgress progress = dashboard.progress();
    List<TierProgress> tiers = dashboard.tierStatus().tiers();
    html.append("<section id=\"next-tier\">\n");
    if (progress.nextTier().isEmpty()) {
      html.append("<h2>Next tier</h2>\n<p>At the top tier: no further tier to reach.</p>\n");
    } else {
      TierProgress next = progress.nextTier().get();
      int index = tiers.indexOf(next);
      String at = "/tierStatus/tiers/" + index;
      html.append("<h2>Progress towards ").append(title(next.tier())).append("</h2>\n<p>Points needed for ")
          .append(title(next.tier())).append(": <strong>")
          .append(span("/progress/pointsToNextTier", progress.pointsToNextTier().orElse(Points.zero()).toString()))
          .append("</strong> of ").append(span(at + "/total/required", next.total().required().toString()))
          .append(" total points.</p>\n");
      requirement("req-total", "Total points", next.total(), at + "/total");
      requirement("req-sold", minimumName(next.soldMinimumBasis()), next.soldMinimum(), at + "/soldMinimum");
      if (next.managedMinimum().isPresent()) {
        requirement("req-managed", "Managed minimum", next.managedMinimum().get(), at + "/managedMinimum");
      } else {
        html.append("<p class=\"muted\">No managed minimum in force for ").append(title(next.tier())).append(".</p>\n");
      }
      html.append("<p>Certification: ").append(next.certificationMet() ? "met" : "not met")
          .append("; median tool usage: ").append(next.toolUsageMet() ? "met" : "not met").append(".</p>\n");
    }
    tableStart("Every tier: required points and the gap (points)", "Tier", "#Total", "#Gap",
        "#Sold or sourced minimum", "#Gap", "#Managed minimum", "#Gap", "Met");
    for (int i = 0; i < tiers.size(); i++) {
      TierProgress p = tiers.get(i);
      String at = "/tierStatus/tiers/" + i;
      html.append("<tr><th scope=\"row\">").append(title(p.tier())).append("</th>")
          .append(num(at + "/total/required", p.total().required().toString()))
          .append(num(at + "/total/missing", p.total().missing().toString()))
          .append(num(at + "/soldMinimum/required", p.soldMinimum().required().toString()))
          .append(num(at + "/soldMinimum/missing", p.soldMinimum().missing().toString()));
      if (p.managedMinimum().isPresent()) {
        html.append(num(at + "/managedMinimum/required", p.managedMinimum().get().required().toString()))
            .append(num(at + "/managedMinimum/missing", p.managedMinimum().get().missing().toString()));
      } else {
        html.append("<td class=\"num\">none</td><td class=\"num\">-</td>");
      }
      html.append("<td>").append(p.isMet() ? "yes" : "no").append("</td></tr>\n");
    }
    html.append("</tbody>\n</table></div>\n</section>\n");
  }

  private void requirement(String id, String name, RequirementGap gap, String at) {
    html.append("<div class=\"requirement\">\n<h3>").append(Html.text(name)).append("</h3>\n")
        .append(SvgCharts.progressBar(id, name, gap.current().toBigDecimal(), gap.required().toBigDecimal(),
            "points"))
        .append("\n<p>").append(span(at + "/current", gap.current().toString())).append(" of ")
        .append(span(at + "/required", gap.required().toString())).append(" points; ")
        .append(gap.isMet() ? "<span class=\"gap\">met</span>"
            : "gap <span class=\"gap\">" + span(at + "/missing", gap.missing().toString()) + "</span> points")
        .append(".</p>\n</div>\n");
  }

  private void monthly() {
    List<MonthPoints> months = report.monthly();
    html.append("<section id=\"monthly\">\n<h2>Points month by month</h2>\n");
    if (months.isEmpty()) {
      html.append("<p>No complete month in the program yet.</p>\n</section>\n");
      return;
    }
    List<String> labels = months.stream().map(m -> m.month().toString()).toList();
    List<SvgCharts.Line> lines = thresholdLines(months);
    String chartTitle = "Sold and managed points, " + labels.get(0) + " to " + labels.get(labels.size() - 1);
    html.append("<figure>\n").append(SvgCharts.barChart("chart-monthly", chartTitle,
            "Stacked bars of the sold and managed points active on the last day of each month, with the total "
                + "points each tier requires as lines.",
            labels, "Month (points on its last day)", "Points",
            List.of(new SvgCharts.Series("sold", "sold", values(months, MonthPoints::sold)),
                new SvgCharts.Series("managed", "managed", values(months, MonthPoints::managed))),
            lines))
        .append("\n<figcaption class=\"muted\">Tier thresholds: the total points each tier requires under the "
            + "schedule in force on the month's last day")
        .append(illustrativeThresholds() ? " (illustrative)" : "")
        .append(", up to the first tier above the highest month.</figcaption>\n</figure>\n");
    tableStart("Points on each month's last day (points)", "Month", "#Sold", "#Managed", "#Total");
    for (int i = 0; i < months.size(); i++) {
      MonthPoints m = months.get(i);
      String at = "/progressByMonth/" + i;
      html.append("<tr><th scope=\"row\">").append(span(at + "/month", m.month().toString())).append("</th>")
          .append(num(at + "/sold", m.sold().toString())).append(num(at + "/managed", m.managed().toString()))
          .append(num(at + "/total", m.total().toString())).append("</tr>\n");
    }
    html.append("</tbody>\n</table></div>\n</section>\n");
  }

  /**
   * The tiers' total-points thresholds per month (the schedule in force on each month's last day),
   * from the lowest tier up to the first whose threshold is above every month's total.
   */
  private List<SvgCharts.Line> thresholdLines(List<MonthPoints> months) {
    Points highest = months.stream().map(MonthPoints::total).max(Points::compareTo).orElse(Points.zero());
    List<SvgCharts.Line> lines = new ArrayList<>();
    for (Tier tier : Tier.values()) {
      ImmutableList.Builder<BigDecimal> values = ImmutableList.builder();
      boolean above = true;
      for (MonthPoints m : months) {
        TierRequirements requirements = rules.tierScheduleOn(m.month().atEndOfMonth()).requirements().get(tier);
        if (requirements == null) {
          return lines;
        }
        values.add(requirements.totalPoints().toBigDecimal());
        above &= requirements.totalPoints().isGreaterThan(highest);
      }
      lines.add(new SvgCharts.Line(title(tier), values.build()));
      if (above) {
        break;
      }
    }
    return lines;
  }

  private void expiries() {
    List<MonthExpiry> expiries = dashboard.upcomingExpiries();
    html.append("<section id=\"expiring\">\n<h2>Sold points expiring in the coming months</h2>\n<p>Of the sold "
        + "points active on ").append(dashboard.date()).append(", those whose 12 months end in each month.</p>\n");
    if (expiries.isEmpty()) {
      html.append("<p>None.</p>\n</section>\n");
      return;
    }
    List<String> labels = expiries.stream().map(e -> e.month().toString()).toList();
    html.append("<figure>\n").append(SvgCharts.barChart("chart-expiring",
        "Sold points expiring, " + labels.get(0) + " to " + labels.get(labels.size() - 1),
        "Bars of the sold points that expire in each of the coming months.", labels, "Month of expiry",
        "Points expiring", List.of(new SvgCharts.Series("expiring", "expiring",
            expiries.stream().map(e -> e.expiring().total().toBigDecimal()).collect(ImmutableList.toImmutableList()))),
        List.of())).append("\n</figure>\n");
    tableStart("Sold points expiring per month (points)", "Month", "#Points", "Clients");
    for (int i = 0; i < expiries.size(); i++) {
      MonthExpiry e = expiries.get(i);
      String at = "/upcomingExpiries/" + i;
      html.append("<tr><th scope=\"row\">").append(span(at + "/month", e.month().toString())).append("</th>")
          .append(num(at + "/expiring/total", e.expiring().total().toString())).append("<td>")
          .append(e.expiring().rows().stream().map(r -> Html.text(report.name(r.clientId())) + " "
              + r.points()).collect(Collectors.joining(", "))).append("</td></tr>\n");
    }
    html.append("</tbody>\n</table></div>\n</section>\n");
  }

  private void breakdown() {
    List<ClientBreakdown> rows = dashboard.breakdown();
    html.append("<section id=\"clients\">\n<h2>Points per client on ").append(dashboard.date()).append("</h2>\n");
    if (rows.isEmpty()) {
      html.append("<p>No client has points or history yet.</p>\n</section>\n");
      return;
    }
    tableStart("Active points per client (points)", "Client", "Country", "Market", "#Sourced", "#Assisted",
        "#Managed", "#Total", "#Expired sold");
    Points sourced = Points.zero();
    Points assisted = Points.zero();
    Points managed = Points.zero();
    Points total = Points.zero();
    Points expired = Points.zero();
    for (int i = 0; i < rows.size(); i++) {
      ClientBreakdown b = rows.get(i);
      String at = "/breakdown/" + i;
      html.append("<tr><th scope=\"row\">").append(span(at + "/client/name", b.client().name()))
          .append(" <span class=\"muted\">(").append(span(at + "/client/id", b.client().id().value())).append(")</span>")
          .append("</th><td>").append(span(at + "/client/country", b.client().country().code())).append("</td><td>")
          .append(b.growthMarket() ? "growth" : "-").append("</td>")
          .append(num(at + "/activeSourced", b.activeSourced().toString()))
          .append(num(at + "/activeAssisted", b.activeAssisted().toString()))
          .append(num(at + "/managed", b.managed().toString())).append(num(at + "/total", b.total().toString()))
          .append(num(at + "/expiredSold", b.expiredSold().toString())).append("</tr>\n");
      sourced = sourced.plus(b.activeSourced());
      assisted = assisted.plus(b.activeAssisted());
      managed = managed.plus(b.managed());
      total = total.plus(b.total());
      expired = expired.plus(b.expiredSold());
    }
    html.append("</tbody>\n<tfoot><tr><td colspan=\"3\">Total</td><td class=\"num\">").append(sourced)
        .append("</td><td class=\"num\">").append(assisted).append("</td><td class=\"num\">").append(managed)
        .append("</td><td class=\"num\">").append(total).append("</td><td class=\"num\">").append(expired)
        .append("</td></tr></tfoot>\n</table></div>\n</section>\n");
  }

  private void commission() {
    CommissionStatement commission = dashboard.commission();
    html.append("<section id=\"commission\">\n<h2>Commission payments</h2>\n<p>Revenue share on ")
        .append(commission.date()).append(", from ").append(span("/commission/schedules",
            Integer.toString(commission.schedules().size()))).append(" deal schedule")
        .append(commission.schedules().size() == 1 ? "" : "s").append(".</p>\n");
    payments("Past payments", "pastPayments", "pastTotals", commission.pastPayments(), commission.pastTotals(),
        "None yet.");
    payments("Upcoming payments", "upcomingPayments", "upcomingTotals", commission.upcomingPayments(),
        commission.upcomingTotals(), "None accrued yet.");
    html.append("</section>\n");
  }

  private void payments(String heading, String field, String totalsField, List<CommissionPayment> payments,
      Map<String, MonetaryAmount> totals, String none) {
    html.append("<h3>").append(heading).append("</h3>\n");
    if (payments.isEmpty()) {
      html.append("<p>").append(none).append("</p>\n");
      return;
    }
    tableStart(heading + " (money in the payment's currency)", "Paid on", "Quarter", "#Amount", "Currency",
        "Clients");
    for (int i = 0; i < payments.size(); i++) {
      CommissionPayment p = payments.get(i);
      String at = "/commission/" + field + "/" + i;
      html.append("<tr><td>").append(span(at + "/paymentDate", p.paymentDate().toString())).append("</td><td>")
          .append(DashboardText.quarter(p.quarter())).append("</td>")
          .append(num(at + "/amount/amount", money(p.amount()))).append("<td>")
          .append(span(at + "/currency", p.currency().getCurrencyCode())).append("</td><td>")
          .append(p.clients().stream().map(c -> Html.text(report.name(c))).collect(Collectors.joining(", ")))
          .append("</td></tr>\n");
    }
    html.append("</tbody>\n<tfoot>\n");
    for (Map.Entry<String, MonetaryAmount> total : totals.entrySet()) {
      html.append("<tr><td colspan=\"2\">Total</td>")
          .append(num("/commission/" + totalsField + "/" + total.getKey() + "/amount", money(total.getValue())))
          .append("<td>").append(Html.text(total.getKey())).append("</td><td></td></tr>\n");
    }
    html.append("</tfoot>\n</table></div>\n");
  }

  private void rulesInForce() {
    LocalDate date = dashboard.date();
    RateEra era = rules.rateEraOn(date);
    html.append("<section id=\"rules\">\n<h2>Rules in force on ").append(date).append("</h2>\n<p>Program: ")
        .append(Html.text(rules.name())).append(".</p>\n<div class=\"table-wrap\"><table>\n<caption>Rate era from ")
        .append(rules.rateEras().effectiveFromOn(date)).append(" (points per 100 USD of MRR)</caption>\n<tbody>\n");
    row("Sourced deal", Text.plain(era.sourcedRate()));
    row("Assisted deal", Text.plain(era.assistedRate()));
    row("Managed client", Text.plain(era.managedRate()));
    row("Growth-market multiplier", "x" + Text.plain(era.growthMultiplier()) + " ("
        + rules.growthMarkets().valueOn(date).stream().map(CountryCode::code).sorted()
            .map(Html::text).collect(Collectors.joining(", ")) + ")");
    row("Product-line rate lock", era.locksSourcedRateToFirstSale()
        ? "yes: sourced deals on a line first sold in an earlier era keep that era's rate" : "no");
    row("Sold points active for", rules.soldPointsActiveMonths() + " months");
    html.append("</tbody>\n</table></div>\n");

    Map.Entry<LocalDate, ImmutableMap<String, PointValue>> table =
        rules.pointValues().tables().entryOn(date);
    html.append("<div class=\"table-wrap\"><table>\n<caption>Currency table from ").append(table.getKey())
        .append(" (local amount worth 100 USD of MRR)</caption>\n<thead><tr><th>Currency</th>"
            + "<th class=\"num\">Per 100 USD</th></tr></thead>\n<tbody>\n");
    table.getValue().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e ->
        html.append("<tr><td>").append(Html.text(e.getKey())).append("</td><td class=\"num\">")
            .append(Text.plain(e.getValue().localAmountPer100Usd())).append("</td></tr>\n"));
    html.append("</tbody>\n</table></div>\n");

    TierSchedule schedule = rules.tierScheduleOn(date);
    html.append("<div class=\"table-wrap\"><table>\n<caption>Tier schedule from ")
        .append(rules.tierSchedules().effectiveFromOn(date))
        .append(illustrativeThresholds() ? " (thresholds illustrative)" : " (thresholds from the rules given)")
        .append("</caption>\n<thead><tr><th>Tier</th><th class=\"num\">Total</th><th class=\"num\">Sold minimum"
            + "</th><th>Counted</th><th class=\"num\">Managed minimum</th></tr></thead>\n<tbody>\n");
    for (Map.Entry<Tier, TierRequirements> entry : schedule.requirements().entrySet()) {
      TierRequirements r = entry.getValue();
      html.append("<tr><th scope=\"row\">").append(title(entry.getKey())).append("</th><td class=\"num\">")
          .append(r.totalPoints()).append("</td><td class=\"num\">").append(r.soldMinimum()).append("</td><td>")
          .append(r.soldMinimumBasis() == SoldMinimumBasis.SOURCED ? "sourced only" : "sourced + assisted")
          .append("</td><td class=\"num\">").append(r.managedMinimum().map(Points::toString).orElse("none"))
          .append("</td></tr>\n");
    }
    html.append("</tbody>\n</table></div>\n<p>Certification ")
        .append(schedule.certificationRequired() ? "required" : "not required").append("; median tool usage at least ")
        .append(Text.plain(schedule.minimumMedianToolUsage())).append(".</p>\n</section>\n");
  }

  /**
   * Whether the tier thresholds are the built-in, illustrative ones (the program publishes them only
   * as images); rules with schedules of their own are the partner's to vouch for.
   */
  private boolean illustrativeThresholds() {
    return rules.tierSchedules().equals(ProgramRules.builtIn().tierSchedules());
  }

  /**
   * Opens a table: a caption and a header row; a header starting with {@code #} is a number column
   * (right-aligned), written without the {@code #}.
   */
  private void tableStart(String caption, String... headers) {
    html.append("<div class=\"table-wrap\"><table>\n<caption>").append(Html.text(caption))
        .append("</caption>\n<thead><tr>");
    for (String header : headers) {
      boolean number = header.startsWith("#");
      html.append(number ? "<th class=\"num\">" : "<th>").append(Html.text(number ? header.substring(1) : header))
          .append("</th>");
    }
    html.append("</tr></thead>\n<tbody>\n");
  }

  private void card(String label, String valueHtml) {
    html.append("<div class=\"card\"><span class=\"label\">").append(Html.text(label))
        .append("</span><span class=\"value\">").append(valueHtml).append("</span></div>\n");
  }

  private void row(String label, String valueHtml) {
    html.append("<tr><th scope=\"row\">").append(Html.text(label)).append("</th><td class=\"num\">").append(valueHtml)
        .append("</td></tr>\n");
  }

  /** A value with the JSON Pointer of the same figure in the dashboard's JSON. */
  private static String span(String pointer, String text) {
    return "<span data-json=\"" + Html.text(pointer) + "\">" + Html.text(text) + "</span>";
  }

  private static String num(String pointer, String text) {
    return "<td class=\"num\" data-json=\"" + Html.text(pointer) + "\">" + Html.text(text) + "</td>";
  }

  private static String tier(String pointer, Optional<Tier> tier) {
    return tier.isPresent() ? span(pointer, title(tier.get())) : "untiered";
  }

  private static String title(Tier tier) {
    return DashboardText.title(tier);
  }

  private static String minimumName(SoldMinimumBasis basis) {
    return basis == SoldMinimumBasis.SOURCED ? "Sourced minimum" : "Sold minimum";
  }

  private static String money(MonetaryAmount amount) {
    return DashboardText.money(amount);
  }

  private static ImmutableList<BigDecimal> values(List<MonthPoints> months,
      Function<MonthPoints, Points> figure) {
    return months.stream().map(m -> figure.apply(m).toBigDecimal()).collect(ImmutableList.toImmutableList());
  }
}
