package dev.partnerpoints.spark;

import dev.partnerpoints.io.ProgramRulesFile;
import dev.partnerpoints.program.ProgramRules;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;

/**
 * A runnable program-wide run: reads the inputs of {@link PointsSparkInput} from CSV or Parquet,
 * runs {@link PointsSpark} and writes every output as Parquet.
 *
 * <pre>
 * PointsSparkJob --input DIR --output DIR [--as-of YYYY-MM-DD] [--format csv|parquet] [--rules FILE] [--master URL]
 * </pre>
 *
 * <p>The input folder holds {@code clients} and {@code deals}, and optionally {@code subscriptions},
 * {@code management_periods}, {@code client_mrr}, {@code certifications} and {@code tool_usage},
 * each as {@code NAME.csv} or {@code NAME.parquet} (a file or a folder of part files) in the schemas
 * of {@link PointsSparkSchema}; CSV files have a header line and are read as text (every column a
 * string, parsed by the run). The output folder gets {@code snapshots}, {@code tier_status}, {@code
 * progress}, {@code breakdown} and {@code errors}, each a Parquet folder, replacing what was there.
 * {@code --as-of} defaults to today (UTC), {@code --format} to {@code csv}, the rules to the built-in
 * ones; {@code --rules} is a rules file on the driver's file system. Without {@code --master} the
 * job runs on the master {@code spark-submit} gives, or {@code local[*]} when started with plain
 * {@code java}.
 *
 * <p>Exit status: 0 when every partner answered, 2 when some partner has errors (everything is
 * written all the same; the errors are in {@code errors}) or the arguments are wrong.
 */
public final class PointsSparkJob {

  /** The optional inputs, by file name. */
  private static final List<String> OPTIONAL = List.of(
      "subscriptions", "management_periods", "client_mrr", "certifications", "tool_usage");

  /** The outputs, by folder name. */
  static final List<String> OUTPUTS = List.of("snapshots", "tier_status", "progress", "breakdown", "errors");

  private static final String USAGE = "usage: PointsSparkJob --input DIR --output DIR [--as-of YYYY-MM-DD]"
      + " [--format csv|parquet] [--rules FILE] [--master URL]";

  private PointsSparkJob() {}

  /**
   * What a run wrote.
   *
   * @param partners the partners with results
   * @param partnersWithErrors the partners with errors (and no results)
   * @param errors the error rows
   */
  public record Summary(long partners, long partnersWithErrors, long errors) {}

  /**
   * Runs the job and exits with its status.
   *
   * @param args the arguments, as above
   */
  public static void main(String[] args) {
    int status = main(args, System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /** The job, telling on the streams given: the exit status. */
  static int main(String[] args, PrintStream out, PrintStream err) {
    Map<String, String> options;
    try {
      options = options(args);
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      err.println(USAGE);
      return 2;
    }
    SparkSession.Builder builder = SparkSession.builder().appName("partner-points");
    String master = options.get("--master");
    if (master != null) {
      builder.master(master);
    } else if (!new SparkConf().contains("spark.master")) {
      builder.master("local[*]");
    }
    SparkSession spark = builder.getOrCreate();
    try {
      Summary summary = run(spark, options);
      out.println("partner-points: " + summary.partners() + " partners written to " + options.get("--output")
          + "; " + summary.partnersWithErrors() + " partners with " + summary.errors() + " errors"
          + (summary.errors() > 0 ? " (see " + options.get("--output") + "/errors)" : ""));
      return summary.partnersWithErrors() > 0 ? 2 : 0;
    } catch (IllegalArgumentException | UncheckedIOException e) {
      err.println(e.getMessage());
      return 2;
    } finally {
      spark.stop();
    }
  }

  /**
   * Runs the job on a session.
   *
   * @param spark the session, not null
   * @param args the arguments, as above ({@code --master} is ignored)
   * @return what was written, never null
   * @throws IllegalArgumentException if an argument is wrong or missing, a required input is
   *     missing, or an input's schema is wrong (the message names it)
   * @throws dev.partnerpoints.io.RulesFileException if the rules file is bad
   * @throws UncheckedIOException if the input folder cannot be listed
   */
  public static Summary run(SparkSession spark, String... args) {
    return run(spark, options(args));
  }

  private static Summary run(SparkSession spark, Map<String, String> options) {
    String input = required(options, "--input");
    String output = required(options, "--output");
    String format = options.getOrDefault("--format", "csv").toLowerCase(Locale.ROOT);
    if (!format.equals("csv") && !format.equals("parquet")) {
      throw new IllegalArgumentException("--format '" + format + "' is not csv or parquet");
    }
    LocalDate asOf = asOf(options.get("--as-of"));
    String rulesFile = options.get("--rules");
    ProgramRules rules = rulesFile == null ? ProgramRules.builtIn() : ProgramRulesFile.read(Path.of(rulesFile));

    Dataset<Row> clients = read(spark, input, "clients", format);
    Dataset<Row> deals = read(spark, input, "deals", format);
    if (clients == null || deals == null) {
      throw new IllegalArgumentException("the input folder " + input + " must hold clients." + format + " and deals."
          + format + " (found: clients " + (clients != null) + ", deals " + (deals != null) + ")");
    }
    PointsSparkInput in = PointsSparkInput.of(clients, deals);
    for (String name : OPTIONAL) {
      Dataset<Row> rows = read(spark, input, name, format);
      if (rows != null) {
        in = switch (name) {
          case "subscriptions" -> in.withSubscriptions(rows);
          case "management_periods" -> in.withManagementPeriods(rows);
          case "client_mrr" -> in.withClientMrr(rows);
          case "certifications" -> in.withCertifications(rows);
          default -> in.withToolUsage(rows);
        };
      }
    }
    PointsSparkResult result = PointsSpark.of(rules, asOf).run(in).persist();
    try {
      write(result.snapshots(), output, "snapshots");
      write(result.tierStatus(), output, "tier_status");
      write(result.progress(), output, "progress");
      write(result.breakdown(), output, "breakdown");
      write(result.errors(), output, "errors");
      long partners = result.partners().count();
      long failed = result.partners().filter("not ok").count();
      long errors = result.errors().count();
      return new Summary(partners - failed, failed, errors);
    } finally {
      result.unpersist();
    }
  }

  private static void write(Dataset<Row> rows, String output, String name) {
    rows.write().mode("overwrite").parquet(output + "/" + name);
  }

  /** An input as {@code NAME.FORMAT} (file or folder) in the folder, or null when there is none. */
  private static @Nullable Dataset<Row> read(SparkSession spark, String folder, String name, String format) {
    String path = folder + "/" + name + "." + format;
    try {
      // qualified: java.nio.file.Path is imported
      org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(path);
      FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
      if (!fs.exists(p)) {
        return null;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot look for " + path + ": " + e.getMessage(), e);
    }
    DataFrameReader reader = spark.read();
    if (format.equals("csv")) {
      return reader.option("header", "true").option("encoding", StandardCharsets.UTF_8.name())
          .option("multiLine", "true").option("escape", "\"").csv(path);
    }
    return reader.parquet(path);
  }

  private static LocalDate asOf(@Nullable String text) {
    if (text == null) {
      return LocalDate.now(ZoneOffset.UTC);
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("--as-of '" + text + "' is not an ISO date (YYYY-MM-DD)", e);
    }
  }

  private static String required(Map<String, String> options, String name) {
    String value = options.get(name);
    if (value == null) {
      throw new IllegalArgumentException("missing " + name);
    }
    return value;
  }

  private static Map<String, String> options(String[] args) {
    List<String> known = List.of("--input", "--output", "--as-of", "--format", "--rules", "--master");
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i < args.length; i += 2) {
      String name = args[i];
      if (!known.contains(name)) {
        throw new IllegalArgumentException("unknown option '" + name + "'; known: " + known);
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("option " + name + " needs a value");
      }
      if (options.put(name, args[i + 1]) != null) {
        throw new IllegalArgumentException("option " + name + " is given twice");
      }
    }
    return options;
  }
}
