package dev.partnerpoints.cli;

import com.google.common.collect.ImmutableList;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The sections of the partner dashboard as the command line shows them, in the dashboard's order:
 * the one description that the text ({@code points dashboard}, {@code demo}), the JSON ({@code
 * --json}) and the export ({@code points export --figure}) all read. A new section is one constant
 * here: its JSON field and value, its text and the figures it exports.
 *
 * <p>A section's JSON value is the library's own value (a {@code ProgramProgress}, a {@code
 * TierStatus}, the breakdown's {@code ClientBreakdown} list, ...) as the points-jackson module writes
 * it, so the {@code --json} object is the {@code PartnerDashboard} as that module writes it (which
 * reads back equal), with the partner's id and the month-by-month progress added. Sections that show
 * parts of one value share its field: the credited tier history is in {@code progress}.
 */
enum Section {

  PROGRESS("progress", DashboardReport::progress, DashboardText::progress,
      Figure.of("total-points", "total points on --as-of, by client", ExportRows.ClientPointsRow.class,
          r -> ExportRows.clientPoints(r, r.progress().totalPoints())),
      Figure.of("sourced-mrr", "sourced deals behind the 12-month sourced MRR and value",
          ExportRows.SourcedMrrRow.class, ExportRows::sourcedMrr),
      Figure.of("retention", "managed clients of each month behind the 12-month C$R",
          ExportRows.RetentionRow.class, ExportRows::retention)),
  TIER_PROGRESSION("tierStatus", DashboardReport::tierStatus, DashboardText::tierProgression,
      Figure.of("tier-progression", "each tier's requirements on --as-of and the gaps",
          ExportRows.TierRequirementRow.class, ExportRows::tierProgression)),
  KEEP_TIER("keepTier", DashboardReport::keepTier, DashboardText::keepTier),
  // the credited tier history is in the progress section's creditedTier
  TIER_HISTORY("progress", DashboardReport::progress, DashboardText::tierHistory,
      Figure.of("tier-history", "every change of the credited tier up to --as-of", ExportRows.TierChangeRow.class,
          ExportRows::tierHistory)),
  POINT_CHANGES("pointChanges", DashboardReport::pointChanges, DashboardText::pointChanges,
      Figure.of("new-sold", "new sold points in the range, by client", ExportRows.ClientPointsRow.class,
          r -> ExportRows.clientPoints(r, r.pointChanges().newSold())),
      Figure.of("lost-sold", "sold points expired or reduced in the range, by client",
          ExportRows.ClientPointsRow.class, r -> ExportRows.clientPoints(r, r.pointChanges().lostSold())),
      Figure.of("new-managed", "managed points gained over the range, by client", ExportRows.ClientPointsRow.class,
          r -> ExportRows.clientPoints(r, r.pointChanges().newManaged())),
      Figure.of("lost-managed", "managed points lost over the range, by client", ExportRows.ClientPointsRow.class,
          r -> ExportRows.clientPoints(r, r.pointChanges().lostManaged()))),
  BREAKDOWN("breakdown", DashboardReport::breakdown, DashboardText::breakdown,
      Figure.of("breakdown", "points per client on --as-of: sourced, assisted, managed",
          ExportRows.BreakdownRow.class, ExportRows::breakdown),
      Figure.of("sold-entries", "every sold entry (deal) behind the breakdown", ExportRows.SoldEntryRow.class,
          ExportRows::soldEntries),
      Figure.of("managed-spans", "every span of constant managed points behind it", ExportRows.ManagedSpanRow.class,
          ExportRows::managedSpans)),
  PROGRESS_BY_MONTH("progressByMonth", DashboardReport::monthly, DashboardText::monthly,
      Figure.of("progress", "points at the end of each of the 12 latest complete months", ExportRows.MonthRow.class,
          ExportRows::progress)),
  UPCOMING_EXPIRIES("upcomingExpiries", DashboardReport::upcomingExpiries, DashboardText::expiries,
      Figure.of("expiring", "sold points expiring in the coming 6 months, by client", ExportRows.ExpiringRow.class,
          ExportRows::expiring)),
  COMMISSION("commission", DashboardReport::commission, DashboardText::commission,
      Figure.of("commission", "every month of every deal's commission schedule", ExportRows.CommissionRow.class,
          ExportRows::commission),
      Figure.of("payments", "accrued months in each past and upcoming payment", ExportRows.PaymentRow.class,
          ExportRows::payments)),
  RENEWALS("renewals", DashboardReport::renewals, DashboardText::renewals,
      Figure.of("renewals", "upcoming renewals in the next 90 days", ExportRows.RenewalRow.class,
          ExportRows::renewals)),
  SHARED_SALES("sharedSales", DashboardReport::sharedSales, DashboardText::sharedSales,
      Figure.of("shared-sales", "deals behind the shared-sales figures in the range", ExportRows.SharedDealRow.class,
          ExportRows::sharedSales));

  /** Prints a section as text. */
  @FunctionalInterface
  interface TextRenderer {
    void print(PrintWriter out, DashboardReport report);
  }

  private final String jsonField;
  // Every function is a reference to a stateless static method or a lambda without state, and the
  // figures are records of such functions, so the constants are immutable.
  @SuppressWarnings("ImmutableEnumChecker")
  private final Function<DashboardReport, ?> json;
  @SuppressWarnings("ImmutableEnumChecker")
  private final TextRenderer text;
  @SuppressWarnings("ImmutableEnumChecker")
  private final ImmutableList<Figure> figures;

  Section(String jsonField, Function<DashboardReport, ?> json, TextRenderer text, Figure... figures) {
    this.jsonField = jsonField;
    this.json = json;
    this.text = text;
    this.figures = ImmutableList.copyOf(figures);
  }

  /** The field of the dashboard's JSON object that holds this section. */
  String jsonField() {
    return jsonField;
  }

  /** The section's value in the dashboard's JSON object, written by {@link Json}'s mapper. */
  Object json(DashboardReport report) {
    return json.apply(report);
  }

  /** Prints the section as text, from its heading line (preceded by a blank line) on. */
  void printText(PrintWriter out, DashboardReport report) {
    text.print(out, report);
  }

  /**
   * The dashboard as one JSON document for {@link Json}'s mapper: the partner's id, the date and the
   * range, then each section's field in order (a field shared by sections once).
   */
  static Map<String, Object> jsonDocument(DashboardReport report) {
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("partner", report.partner());
    document.put("date", report.date());
    document.put("from", report.from());
    document.put("to", report.to());
    for (Section section : values()) {
      if (!document.containsKey(section.jsonField)) {
        document.put(section.jsonField, section.json(report));
      }
    }
    return document;
  }

  /** The figures {@code points export} writes from this section, possibly none. */
  ImmutableList<Figure> figures() {
    return figures;
  }
}
