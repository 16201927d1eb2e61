package dev.partnerpoints.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's recipe for a consumer on the module path, run as documented: {@code
 * examples/module-path} (a module that {@code requires dev.partnerpoints.core}) is compiled against the
 * library jars as automatic modules and run in a separate JVM with {@code --add-modules
 * ALL-MODULE-PATH}, moneta-core on the class path (its module descriptor requires {@code okhttp3},
 * which the build excludes). Also proves the README's logging line: Moneta's INFO on first use goes
 * away with {@code examples/module-path/logging.properties}, nothing else changed.
 */
class ModulePathIT {

  private static final Path EXAMPLE = Path.of(System.getProperty("points.examples", "../examples"))
      .resolve("module-path");
  /** The library and what it needs at run time, as automatic or explicit modules. */
  private static final List<String> MODULE_PATH = List.of("points-core", "points-money", "money-api", "guava",
      "failureaccess", "jackson-core", "jackson-databind", "jackson-annotations", "jspecify",
      "threeten-extra");
  /** Moneta (and what it needs) on the class path. */
  private static final List<String> CLASS_PATH = List.of("moneta-core", "jakarta.annotation-api");

  @Test
  void aModuleRequiringPointsCoreCompilesAndRuns(@TempDir Path dir) throws IOException, InterruptedException {
    String modulePath = jars(MODULE_PATH);
    String classPath = jars(CLASS_PATH);
    Path classes = dir.resolve("classes").resolve("example.consumer");
    List<String> javac = new ArrayList<>(List.of("-d", classes.toString(), "--module-path", modulePath));
    try (Stream<Path> files = Files.walk(EXAMPLE.resolve("src"))) {
      files.filter(f -> f.toString().endsWith(".java")).map(Path::toString).sorted().forEach(javac::add);
    }
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    int compiled = ToolProvider.getSystemJavaCompiler()
        .run(null, diagnostics, diagnostics, javac.toArray(String[]::new));
    assertThat(compiled).as("javac %s", diagnostics.toString(StandardCharsets.UTF_8)).isZero();

    List<String> java = List.of("--module-path", modulePath + File.pathSeparator + classes.getParent(),
        "--class-path", classPath, "--add-modules", "ALL-MODULE-PATH",
        "-m", "example.consumer/example.consumer.Main");
    Run plain = java(dir, java);
    assertThat(plain.status).as(plain.err).isZero();
    // 1000 EUR / 88 x 5 x 2 = 113.64 sold, / 88 x 1 x 2 / 2 = 11.36 managed; 2500 USD / 100 x 5 x 2 = 250.00
    assertThat(plain.out.lines()).containsExactly("estimate 113.64 11.36 125.00", "ledger 250.00",
        "example.consumer uses dev.partnerpoints.core");
    // what the README says a host sees without the logging line
    assertThat(plain.err).contains("INFO: Using custom MathContext: precision=256");

    List<String> quiet = new ArrayList<>();
    quiet.add("-Djava.util.logging.config.file=" + EXAMPLE.resolve("logging.properties"));
    quiet.addAll(java);
    Run withLine = java(dir, quiet);
    assertThat(withLine.status).as(withLine.err).isZero();
    assertThat(withLine.out).isEqualTo(plain.out);
    assertThat(withLine.err).isEmpty();
  }

  /** The jars of the test class path named {@code <name>-<version>.jar}, one per name, joined. */
  private static String jars(List<String> names) {
    String testClassPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<Path> entries = Arrays.stream(testClassPath.split(File.pathSeparator)).map(Path::of).toList();
    List<String> found = new ArrayList<>();
    for (String name : names) {
      List<Path> matches = entries.stream()
          .filter(p -> p.getFileName().toString().matches(Pattern.quote(name) + "-\\d.*\\.jar"))
          .toList();
      assertThat(matches).as("jar of %s on the test class path %s", name, testClassPath).hasSize(1);
      found.add(matches.get(0).toString());
    }
    return found.stream().collect(Collectors.joining(File.pathSeparator));
  }

  private static Run java(Path dir, List<String> args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(args);
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("timed out: " + command);
    }
    return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private record Run(int status, String out, String err) {}
}
