package dev.partnerpoints.spark;

import com.google.common.util.concurrent.MoreExecutors;
import dev.partnerpoints.batch.BatchError;
import dev.partnerpoints.batch.BatchResult;
import dev.partnerpoints.batch.PartnerResult;
import dev.partnerpoints.batch.PortfolioInput;
import dev.partnerpoints.batch.PortfolioRun;
import dev.partnerpoints.io.ProgramRulesFile;
import dev.partnerpoints.ledger.ClientBreakdown;
import dev.partnerpoints.ledger.MonthPoints;
import dev.partnerpoints.ledger.PartnerId;
import dev.partnerpoints.ledger.PointsSnapshot;
import dev.partnerpoints.money.Points;
import dev.partnerpoints.program.ProgramRules;
import dev.partnerpoints.tier.CreditedTier;
import dev.partnerpoints.tier.TierChange;
import dev.partnerpoints.tier.TierProgress;
import dev.partnerpoints.tier.TierStatus;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.jspecify.annotations.Nullable;

/**
 * One partner's group of tagged rows in (sorted by kind, then label and values), one {@link
 * PointsSparkSchema#PARTNER_RESULTS} row out: the rows are read into the library's value types ({@link PartnerRows}), run through the batch API
 * ({@link PortfolioRun} over a {@link PortfolioInput} of this partner alone, on the task's thread),
 * and the answer or the errors written as a row. Runs on the executors; the rules travel as their
 * JSON text and are read once per task (Spark deserializes the function once per task).
 */
final class PartnerGroup implements FlatMapGroupsFunction<String, Row, Row> {

  private static final long serialVersionUID = 1L;

  private final String rulesJson;
  private final LocalDate asOf;
  private final YearMonth firstMonth;
  private final YearMonth lastMonth;
  private final boolean java8Dates;
  private transient @Nullable PortfolioRun run;
  private transient @Nullable ProgramRules rules;

  PartnerGroup(String rulesJson, LocalDate asOf, YearMonth firstMonth, YearMonth lastMonth, boolean java8Dates) {
    this.rulesJson = rulesJson;
    this.asOf = asOf;
    this.firstMonth = firstMonth;
    this.lastMonth = lastMonth;
    this.java8Dates = java8Dates;
  }

  private ProgramRules rules() {
    ProgramRules r = rules;
    if (r == null) {
      r = ProgramRulesFile.read(new StringReader(rulesJson), "the rules given to PointsSpark");
      rules = r;
    }
    return r;
  }

  private PortfolioRun run() {
    PortfolioRun r = run;
    if (r == null) {
      r = PortfolioRun.of(rules(), asOf).withProgressMonths(firstMonth, lastMonth)
          .withExecutor(MoreExecutors.directExecutor(), 1);
      run = r;
    }
    return r;
  }

  @Override
  public Iterator<Row> call(String partner, Iterator<Row> rows) {
    return List.of(answer(partner, rows)).iterator();
  }

  /** The partner's row: its results, or its errors. */
  private Row answer(String partner, Iterator<Row> rows) {
    List<Row> errors = new ArrayList<>();
    PartnerId id;
    try {
      id = PartnerId.of(partner);
    } catch (IllegalArgumentException e) {
      while (rows.hasNext()) {
        Row row = rows.next();
        errors.add(RowFactory.create(partner, PartnerRows.label(row), partner,
            "partner '" + partner + "', " + PartnerRows.label(row) + ": the row names no partner ("
                + e.getMessage() + "); every row must name the partner whose ledger it belongs to"));
      }
      return failed(partner, errors);
    }
    PartnerRows read = PartnerRows.read(id, rows);
    PortfolioInput input = read.input();
    BatchResult result = run().run(input);
    List<BatchError> all = new ArrayList<>(read.errors());
    all.addAll(result.errors());
    if (!all.isEmpty() || result.results().isEmpty()) {
      for (BatchError e : all) {
        errors.add(RowFactory.create(partner, e.row(), e.value(), e.message()));
      }
      return failed(partner, errors);
    }
    return answer(result.results().get(0));
  }

  private Row failed(String partner, List<Row> errors) {
    return RowFactory.create(partner, date(asOf), false, null, null, new Row[0], new Row[0], errors.toArray(new Row[0]));
  }

  private Row answer(PartnerResult r) {
    PointsSnapshot p = r.points();
    Row snapshot = RowFactory.create(points(p.totalPoints()), points(p.soldPoints()), points(p.sourcedPoints()),
        points(p.assistedPoints()), points(p.managedPoints()), r.breakdown().size());
    TierStatus status = r.tierStatus();
    Optional<TierProgress> next = status.nextTier();
    CreditedTier credited = r.creditedTier();
    List<Row> history = new ArrayList<>(credited.history().size());
    for (TierChange c : credited.history()) {
      history.add(RowFactory.create(date(c.date()), c.from().map(Enum::name).orElse(null),
          c.to().map(Enum::name).orElse(null), c.reason().name()));
    }
    Row tier = RowFactory.create(status.performanceTier().map(Enum::name).orElse(null), status.certified(),
        status.medianToolUsage().map(PartnerGroup::plain).orElse(null),
        next.map(t -> t.tier().name()).orElse(null),
        next.map(t -> points(t.total().missing())).orElse(null),
        next.map(t -> t.unmet().stream().map(Enum::name).toArray(String[]::new)).orElse(new String[0]),
        credited.tier().map(Enum::name).orElse(null), credited.since().map(this::date).orElse(null),
        history.toArray(new Row[0]));
    Row[] progress = new Row[r.progress().size()];
    for (int i = 0; i < progress.length; i++) {
      MonthPoints m = r.progress().get(i);
      progress[i] = RowFactory.create(m.month().toString(), points(m.sold()), points(m.managed()), points(m.total()));
    }
    Row[] breakdown = new Row[r.breakdown().size()];
    for (int i = 0; i < breakdown.length; i++) {
      ClientBreakdown b = r.breakdown().get(i);
      breakdown[i] = RowFactory.create(b.client().id().value(), b.client().country().code(),
          b.client().currency().getCurrencyCode(), b.growthMarket(), points(b.activeSourced()),
          points(b.activeAssisted()), points(b.expiredSold()), points(b.managed()), points(b.total()));
    }
    return RowFactory.create(r.partner().value(), date(r.asOf()), true, snapshot, tier, progress, breakdown, new Row[0]);
  }

  /** A decimal as plain text without trailing zeros ({@code 2.5}, {@code 3}). */
  static String plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
  }

  private static BigDecimal points(Points points) {
    return points.toBigDecimal();
  }

  /** A date as the session's encoders take it: {@code LocalDate} with the Java 8 time API, else {@code java.sql.Date}. */
  private Object date(LocalDate date) {
    return java8Dates ? date : Date.valueOf(date);
  }
}
