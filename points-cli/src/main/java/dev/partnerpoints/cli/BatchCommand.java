package dev.partnerpoints.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import dev.partnerpoints.batch.BatchError;
import dev.partnerpoints.batch.BatchSink;
import dev.partnerpoints.batch.PartnerResult;
import dev.partnerpoints.batch.PortfolioRun;
import dev.partnerpoints.ledger.ClientBreakdown;
import dev.partnerpoints.ledger.MonthPoints;
import dev.partnerpoints.ledger.PartnerId;
import dev.partnerpoints.program.Tier;
import dev.partnerpoints.tier.TierChange;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code points batch}: every partner of a portfolio at once ({@code PortfolioRun}), one row per partner. */
@Command(
    name = "batch",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
        "Compute every partner of a portfolio at once, on all cores: points on the date, tier performance, credited "
            + "tier, and (JSON lines) the credited tier's history, month-end progress and the breakdown per client.",
        "Input: one CSV file whose records start with the partner id (partner-7,deal,d1,acme,2025-08-01,...: the "
            + "partner, then a record of the ledger file format), or a folder of ledger files, one per partner.",
        "Partners with bad records get no row: their errors (partner, row, value, message) go to the errors "
            + "file, and the exit status is 2; the other partners still get their rows. A progress bar shows on "
            + "stderr when a run takes more than a second."})
final class BatchCommand extends BaseCommand {

  @Option(names = "--input", required = true, paramLabel = "FILE|FOLDER",
      description = "The portfolio: a CSV file with a partner column, or a folder of ledger files (*.csv).")
  Path input;

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = Converters.IsoDate.class,
      description = "The date of the figures (default: today, UTC).")
  @Nullable LocalDate asOf;

  @Option(names = "--output", required = true, paramLabel = "FILE",
      description = "Where to write one row per partner (replaced atomically).")
  Path output;

  @Option(names = "--format", paramLabel = "csv|jsonl",
      description = "csv (a header, one summary row per partner) or jsonl (one JSON object per partner, with the "
          + "tier history, progress and breakdown). Default: jsonl if FILE ends with .jsonl or .json, else csv.")
  @Nullable String format;

  @Option(names = "--errors", paramLabel = "FILE",
      description = "Where to write the errors, as CSV: partner,row,value,message (default: FILE.errors.csv).")
  @Nullable Path errorsFile;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: one per core).")
  @Nullable Integer threads;

  @Option(names = "--no-progress", description = "No progress bar on stderr.")
  boolean noProgress;

  private static final JsonMapper JSON = JsonMapper.builder().build();

  static final String CSV_HEADER = "partner,asOf,totalPoints,soldPoints,sourcedPoints,assistedPoints,managedPoints,"
      + "performanceTier,certified,creditedTier,creditedSince,clients";

  BatchCommand(CliContext context) {
    super(context);
  }

  @Override
  public Integer call() throws IOException {
    LocalDate date = context.dateOrToday(asOf);
    boolean jsonl = resolveJsonl();
    if (!Files.exists(input)) {
      throw badInput("--input '" + input + "': no such file or folder");
    }
    if (threads != null && threads < 1) {
      throw badInput("--threads must be at least 1, but was " + threads);
    }
    Path errorsPath = errorsFile != null ? errorsFile : output.resolveSibling(output.getFileName() + ".errors.csv");
    Progress bar = new Progress(spec.commandLine().getErr(), !noProgress);
    BatchFiles.Read read;
    try {
      read = BatchFiles.read(input, context.rules());
    } catch (IllegalArgumentException e) {
      throw badInput(String.valueOf(e.getMessage()));
    }
    PortfolioRun run = PortfolioRun.of(context.rules(), date).withProgress(bar::update);
    if (threads != null) {
      run = run.withThreads(threads);
    }
    List<BatchError> errors = new ArrayList<>(read.errors());
    int[] rows = {0};
    PortfolioRun batch = run;
    // the rows file and the errors file are each written all or nothing (AtomicFile); the errors
    // file is complete before the rows file replaces the old one
    AtomicFile.writeText(spec, "--output", output, w -> {
      if (!jsonl) {
        w.write(CSV_HEADER);
        w.write('\n');
      }
      batch.run(read.input(), new BatchSink() {
        @Override
        public void result(PartnerResult result) {
          w.write(jsonl ? jsonLine(result) : csvLine(result));
          w.write('\n');
          rows[0]++;
        }

        @Override
        public void errors(PartnerId partner, ImmutableList<BatchError> partnerErrors) {
          errors.addAll(partnerErrors);
        }
      });
      bar.finish();
      errors.sort((a, b) -> a.partner().compareTo(b.partner()));
      writeErrors(errorsPath, errors);
    });
    long failed = errors.stream().map(BatchError::partner).distinct().count();
    PrintWriter err = spec.commandLine().getErr();
    err.println("points batch: " + read.partners() + " partners on " + date + ": " + rows[0] + " rows in " + output
        + (failed == 0 ? "" : "; " + failed + " partners with " + errors.size() + " errors in " + errorsPath));
    err.flush();
    return failed == 0 ? 0 : 2;
  }

  private boolean resolveJsonl() {
    if (format == null) {
      String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
      return name.endsWith(".jsonl") || name.endsWith(".json");
    }
    return switch (format.toLowerCase(Locale.ROOT)) {
      case "csv" -> false;
      case "jsonl" -> true;
      default -> throw badInput("--format '" + format + "' is not one of [csv, jsonl]");
    };
  }

  private static void writeErrors(Path path, List<BatchError> errors) throws IOException {
    AtomicFile.writeText(path, w -> {
      w.write("partner,row,value,message\n");
      for (BatchError e : errors) {
        w.write(String.join(",", csv(e.partner().toString()), csv(e.row()), csv(e.value()), csv(e.message())));
        w.write('\n');
      }
    });
  }

  static String csv(String field) {
    if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
      return field;
    }
    return '"' + field.replace("\"", "\"\"") + '"';
  }

  private static String tier(Optional<Tier> tier) {
    return tier.map(Json::name).orElse("");
  }

  static String csvLine(PartnerResult r) {
    return String.join(",", csv(r.partner().toString()), r.asOf().toString(),
        r.points().totalPoints().toString(), r.points().soldPoints().toString(),
        r.points().sourcedPoints().toString(), r.points().assistedPoints().toString(),
        r.points().managedPoints().toString(), tier(r.tierStatus().performanceTier()),
        Boolean.toString(r.tierStatus().certified()), tier(r.creditedTier().tier()),
        r.creditedTier().since().map(LocalDate::toString).orElse(""), Integer.toString(r.breakdown().size()));
  }

  static String jsonLine(PartnerResult r) {
    ObjectNode node = JSON.createObjectNode();
    node.put("partner", r.partner().toString());
    node.put("asOf", r.asOf().toString());
    node.set("totalPoints", Json.value(r.points().totalPoints()));
    node.set("soldPoints", Json.value(r.points().soldPoints()));
    node.set("sourcedPoints", Json.value(r.points().sourcedPoints()));
    node.set("assistedPoints", Json.value(r.points().assistedPoints()));
    node.set("managedPoints", Json.value(r.points().managedPoints()));
    putTier(node, "performanceTier", r.tierStatus().performanceTier());
    node.put("certified", r.tierStatus().certified());
    putTier(node, "creditedTier", r.creditedTier().tier());
    if (r.creditedTier().since().isPresent()) {
      node.put("creditedSince", r.creditedTier().since().get().toString());
    } else {
      node.putNull("creditedSince");
    }
    ArrayNode history = node.putArray("tierHistory");
    for (TierChange c : r.creditedTier().history()) {
      ObjectNode change = history.addObject();
      change.put("date", c.date().toString());
      putTier(change, "from", c.from());
      putTier(change, "to", c.to());
      change.put("reason", Json.name(c.reason()));
    }
    ArrayNode progress = node.putArray("progress");
    for (MonthPoints m : r.progress()) {
      ObjectNode month = progress.addObject();
      month.put("month", m.month().toString());
      month.set("sold", Json.value(m.sold()));
      month.set("managed", Json.value(m.managed()));
      month.set("total", Json.value(m.total()));
    }
    ArrayNode clients = node.putArray("breakdown");
    for (ClientBreakdown b : r.breakdown()) {
      ObjectNode client = clients.addObject();
      client.put("client", b.client().id().toString());
      client.set("activeSourced", Json.value(b.activeSourced()));
      client.set("activeAssisted", Json.value(b.activeAssisted()));
      client.set("expiredSold", Json.value(b.expiredSold()));
      client.set("managed", Json.value(b.managed()));
      client.set("total", Json.value(b.total()));
    }
    try {
      return JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree could not be written", e);
    }
  }

  private static void putTier(ObjectNode node, String field, Optional<Tier> tier) {
    if (tier.isPresent()) {
      node.put(field, Json.name(tier.get()));
    } else {
      node.putNull(field);
    }
  }

  /** A progress bar on stderr, drawn only once a run has taken more than a second, at most 5 times a second. */
  static final class Progress {
    private final PrintWriter err;
    private final boolean enabled;
    private final long start = System.nanoTime();
    private long lastDrawn;
    private boolean drawn;

    Progress(PrintWriter err, boolean enabled) {
      this.err = err;
      this.enabled = enabled;
    }

    void update(int done, int total) {
      long now = System.nanoTime();
      if (!enabled || now - start < 1_000_000_000L || (now - lastDrawn < 200_000_000L && done < total)) {
        return;
      }
      lastDrawn = now;
      drawn = true;
      err.print("\r" + bar(done, total));
      err.flush();
    }

    static String bar(int done, int total) {
      int width = 30;
      int filled = total == 0 ? width : (int) ((long) done * width / total);
      return "[" + "#".repeat(filled) + ".".repeat(width - filled) + "] " + done + "/" + total + " partners "
          + (total == 0 ? 100 : (int) ((long) done * 100 / total)) + "%";
    }

    void finish() {
      if (drawn) {
        err.println();
        err.flush();
      }
    }
  }
}
