package dev.partnerpoints.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No fully qualified type name is written in line in the Java code of any module of the repository
 * ({@code java.util.Objects.requireNonNull(...)}, {@code new java.math.BigDecimal(x)}): types are
 * imported, static methods imported or called on the imported type. The check reads every
 * {@code *.java} file under {@code src/main/java} and {@code src/test/java} of every module (the
 * directories beside points-core and in examples/ that hold a {@code src}), without comments,
 * Javadoc and string literals, and outside import and package lines. A qualified name stays only where
 * an import would clash with a simple name the file already uses; those are listed in {@link #ALLOWED}
 * with the reason.
 */
class NoQualifiedNamesInLineTest {

  /** The repository root: the tests of points-core run in points-core. */
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  /** A qualified name of the checked libraries up to its first type, annotations between included. */
  private static final Pattern QUALIFIED = Pattern.compile("(?<![\\w.$])((?:java|javax|com\\.google|com\\.fasterxml"
      + "|org\\.(?:javamoney|slf4j|threeten|immutables|junit|quicktheories|assertj|apache))(?:\\.[a-z][a-z0-9_]*)+)"
      + "\\.(?:@[\\w.]+\\s+)*([A-Z]\\w*)");

  private static final Pattern IMPORT_OR_PACKAGE = Pattern.compile("^\\s*(?:import|package)\\b");

  private record Allowed(String fileName, String qualifiedName) {}

  private record Hit(int line, String name) {}

  private static final Set<Allowed> ALLOWED = Set.of(
      // a nested class of TextValues is itself named Serializers, so Jackson's cannot be imported
      new Allowed("TextValues.java", "com.fasterxml.jackson.databind.ser.Serializers"),
      // a nested class of TextValues is itself named Deserializers
      new Allowed("TextValues.java", "com.fasterxml.jackson.databind.deser.Deserializers"),
      // a nested class of TextValues is itself named KeyDeserializers
      new Allowed("TextValues.java", "com.fasterxml.jackson.databind.deser.KeyDeserializers"),
      // PointsSparkJob imports java.nio.file.Path
      new Allowed("PointsSparkJob.java", "org.apache.hadoop.fs.Path"));

  @Test
  void noQualifiedTypeNamesInCode() {
    List<Path> files = sources();
    assertThat(files).as("the sources of every module under %s", ROOT)
        .anyMatch(f -> f.endsWith(Path.of("contracts", "NoQualifiedNamesInLineTest.java")));
    List<String> found = new ArrayList<>();
    Set<Allowed> used = new HashSet<>();
    for (Path file : files) {
      for (Hit hit : qualifiedNames(read(file))) {
        Allowed entry = new Allowed(file.getFileName().toString(), hit.name());
        if (ALLOWED.contains(entry)) {
          used.add(entry);
        } else {
          found.add(ROOT.relativize(file) + ":" + hit.line() + ": " + hit.name());
        }
      }
    }
    assertThat(String.join("\n", found))
        .as("fully qualified type names written in line: import them (or, where an import would clash, add an"
            + " entry with its reason to %s.ALLOWED)", getClass().getSimpleName())
        .isEmpty();
    assertThat(used).as("allowlist entries that still match a qualified name").isEqualTo(ALLOWED);
  }

  @Test
  void commentsStringsImportsAndPackagesAreNotCode() {
    String source = String.join("\n",
        "package dev.partnerpoints.x; import java.util.List; // java.util.Map",
        "/** {@code java.sql.Date} */ int a = 1; /* javax.money.CurrencyUnit",
        "   java.time.Period */ String s = \"java.lang.IllegalStateException \\\" java.util.Set\";",
        "char q = '\"'; Object o = java.util.Objects.class;",
        "String t = \"\"\"",
        "    java.util.Optional \\\"\"\" still text",
        "    \"\"\"; java.sql.@Nullable Date d; org.assertj.core.groups.Tuple.tuple(1);");
    assertThat(qualifiedNames(source)).extracting(hit -> hit.line() + ": " + hit.name())
        .containsExactly("4: java.util.Objects", "7: java.sql.Date", "7: org.assertj.core.groups.Tuple");
  }

  /** The qualified names in the code of a source, each as its line number and the name up to its first type. */
  private static List<Hit> qualifiedNames(String source) {
    String[] lines = codeOnly(source).split("\n", -1);
    List<Hit> hits = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      if (IMPORT_OR_PACKAGE.matcher(lines[i]).find()) {
        continue;
      }
      Matcher m = QUALIFIED.matcher(lines[i]);
      while (m.find()) {
        hits.add(new Hit(i + 1, m.group(1) + "." + m.group(2)));
      }
    }
    return hits;
  }

  /** The source with comments and the contents of string, text block and char literals blanked out, lines kept. */
  private static String codeOnly(String source) {
    StringBuilder out = new StringBuilder(source.length());
    int i = 0;
    int n = source.length();
    while (i < n) {
      char c = source.charAt(i);
      if (source.startsWith("//", i)) {
        while (i < n && source.charAt(i) != '\n') {
          i++;
        }
      } else if (source.startsWith("/*", i)) {
        int end = source.indexOf("*/", i + 2);
        end = end < 0 ? n : end + 2;
        blank(source, i, end, out);
        i = end;
      } else if (source.startsWith("\"\"\"", i)) {
        int j = i + 3;
        while (j < n && !source.startsWith("\"\"\"", j)) {
          j += source.charAt(j) == '\\' ? 2 : 1;
        }
        int end = Math.min(n, j + 3);
        out.append("\"\"\"");
        blank(source, i + 3, Math.min(n, j), out);
        out.append("\"\"\"");
        i = end;
      } else if (c == '"' || c == '\'') {
        int j = i + 1;
        while (j < n && source.charAt(j) != c && source.charAt(j) != '\n') {
          j += source.charAt(j) == '\\' ? 2 : 1;
        }
        j = Math.min(n, j);
        out.append(c);
        blank(source, i + 1, j, out);
        if (j < n && source.charAt(j) == c) {
          out.append(c);
          j++;
        }
        i = j;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /** Appends the text between the indexes as spaces, keeping its line breaks. */
  private static void blank(String source, int from, int to, StringBuilder out) {
    for (int k = from; k < to; k++) {
      out.append(source.charAt(k) == '\n' ? '\n' : ' ');
    }
  }

  /** The Java files of src/main/java and src/test/java of every module and example, none under a target folder. */
  private static List<Path> sources() {
    List<Path> modules = new ArrayList<>(modulesIn(ROOT));
    modules.addAll(modulesIn(ROOT.resolve("examples")));
    List<Path> files = new ArrayList<>();
    for (Path module : modules) {
      for (String set : List.of("main", "test")) {
        Path root = module.resolve(Path.of("src", set, "java"));
        if (!Files.isDirectory(root)) {
          continue;
        }
        try (Stream<Path> walk = Files.walk(root)) {
          walk.filter(f -> f.toString().endsWith(".java") && !underTarget(f)).sorted().forEach(files::add);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return files;
  }

  /** The directories directly in a folder that hold a {@code src}. */
  private static List<Path> modulesIn(Path folder) {
    try (Stream<Path> dirs = Files.list(folder)) {
      return dirs.filter(d -> Files.isDirectory(d.resolve("src")) && !underTarget(d)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean underTarget(Path file) {
    for (Path part : ROOT.relativize(file)) {
      if (part.toString().equals("target")) {
        return true;
      }
    }
    return false;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
