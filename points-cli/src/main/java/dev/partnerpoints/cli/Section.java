package dev.partnerpoints.cli;

import com.google.common.collect.ImmutableList;
import java.io.PrintWriter;
import java.util.function.Function;

/**
 * The sections of the partner dashboard as the command line shows them, in the dashboard's order:
 * the one description that the text ({@code points dashboard}, {@code demo}), the JSON ({@code
 * --json}) and the export ({@code points export --figure}) all read. A new section is one constant
 * here: its JSON field and value, its text and the figures it exports.
 */
enum Section {

  PROGRESS("progress", DashboardJson::progress, DashboardText::progress,
      Figure.of("total-points", "total points on --as-of, by client", ExportRows.ClientPointsRow.class,
          r -> ExportRows.clientPoints(r, r.progress().totalPoints())),
      Figure.of("sourced-mrr", "sourced deals behind the 12-month sourced MRR and value",
          ExportRows.SourcedMrrRow.class, ExportRows::sourcedMrr),
      Figure.of("retention", "managed clients of each month behind the 12-month C$R",
          ExportRows.RetentionRow.class, ExportRows::retention)),
  TIER_PROGRESSION("tierProgression", DashboardJson::tierProgression, DashboardText::tierProgression,
      Figure.of("tier-progression", "each tier's requirements on --as-of and the gaps",
          ExportRows.TierRequirementRow.class, ExportRows::tierProgression)),
  KEEP_TIER("keepTier", DashboardJson::keepTier, DashboardText::keepTier),
  TIER_HISTORY("tierHistory", DashboardJson::tierHistory, DashboardText::tierHistory,
      Figure.of("tier-history", "every change of the credited tier up to --as-of", ExportRows.TierChangeRow.class,
          ExportRows::tierHistory)),
  POINT_CHANGES("pointChanges", DashboardJson::pointChanges, DashboardText::pointChanges,
      Figure.of("new-sold", "new sold points in the range, by client", ExportRows.ClientPointsRow.class,
          r -> ExportRows.clientPoints(r, r.pointChanges().newSold())),
      Figure.of("lost-sold", "sold points expired or reduced in the range, by client",
          ExportRows.ClientPointsRow.class, r -> ExportRows.clientPoints(r, r.pointChanges().lostSold())),
      Figure.of("new-managed", "managed points gained over the range, by client", ExportRows.ClientPointsRow.class,
          r -> ExportRows.clientPoints(r, r.pointChanges().newManaged())),
      Figure.of("lost-managed", "managed points lost over the range, by client", ExportRows.ClientPointsRow.class,
          r -> ExportRows.clientPoints(r, r.pointChanges().lostManaged()))),
  BREAKDOWN("breakdown", DashboardJson::breakdown, DashboardText::breakdown,
      Figure.of("breakdown", "points per client on --as-of: sourced, assisted, managed",
          ExportRows.BreakdownRow.class, ExportRows::breakdown),
      Figure.of("sold-entries", "every sold entry (deal) behind the breakdown", ExportRows.SoldEntryRow.class,
          ExportRows::soldEntries),
      Figure.of("managed-spans", "every span of constant managed points behind it", ExportRows.ManagedSpanRow.class,
          ExportRows::managedSpans)),
  PROGRESS_BY_MONTH("progressByMonth", DashboardJson::monthly, DashboardText::monthly,
      Figure.of("progress", "points at the end of each of the 12 latest complete months", ExportRows.MonthRow.class,
          ExportRows::progress)),
  UPCOMING_EXPIRIES("upcomingExpiries", DashboardJson::expiries, DashboardText::expiries,
      Figure.of("expiring", "sold points expiring in the coming 6 months, by client", ExportRows.ExpiringRow.class,
          ExportRows::expiring)),
  COMMISSION("commission", DashboardJson::commission, DashboardText::commission,
      Figure.of("commission", "every month of every deal's commission schedule", ExportRows.CommissionRow.class,
          ExportRows::commission),
      Figure.of("payments", "accrued months in each past and upcoming payment", ExportRows.PaymentRow.class,
          ExportRows::payments)),
  RENEWALS("renewals", DashboardJson::renewals, DashboardText::renewals,
      Figure.of("renewals", "upcoming renewals in the next 90 days", ExportRows.RenewalRow.class,
          ExportRows::renewals)),
  SHARED_SALES("sharedSales", DashboardJson::sharedSales, DashboardText::sharedSales,
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
  private final Function<DashboardReport, Object> json;
  @SuppressWarnings("ImmutableEnumChecker")
  private final TextRenderer text;
  @SuppressWarnings("ImmutableEnumChecker")
  private final ImmutableList<Figure> figures;

  Section(String jsonField, Function<DashboardReport, Object> json, TextRenderer text, Figure... figures) {
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

  /** The figures {@code points export} writes from this section, possibly none. */
  ImmutableList<Figure> figures() {
    return figures;
  }
}
