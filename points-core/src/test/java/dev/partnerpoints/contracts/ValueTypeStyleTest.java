package dev.partnerpoints.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The one value-type style of the README's contributor notes, checked on the sources of points-core
 * (the module's working directory): inputs that need builders are Immutables {@code *Def} types
 * under the shared {@code ValueStyle}; results are records or Immutables types of that style; no
 * source is copied generator output.
 */
class ValueTypeStyleTest {

  private static final Path MAIN = Path.of("src", "main", "java");
  private static final Path GENERATED = Path.of("target", "generated-sources", "annotations");
  private static final Pattern EXTENDS_DEF = Pattern.compile("\\bextends\\s+\\w+Def\\b");
  private static final Pattern SHARED_STYLE = Pattern.compile("@(dev\\.partnerpoints\\.program\\.)?ValueStyle\\b");
  private static final Pattern DEF_TYPE = Pattern.compile("\\babstract\\s+class\\s+(\\w+Def)\\b");

  @Test
  void noCopiedGeneratorOutput() {
    for (Path file : sources(MAIN)) {
      String text = read(file);
      assertThat(text).as("%s: generator output is generated, not copied", file)
          .doesNotContain("@SuppressWarnings({\"all\"})")
          .doesNotContain("@SuppressWarnings(\"all\")")
          .doesNotContain("@Generated")
          .doesNotContain("Copy the current immutable object");
      assertThat(EXTENDS_DEF.matcher(text).find())
          .as("%s: only Immutables extends a *Def type (write a record or let Immutables generate it)", file)
          .isFalse();
    }
  }

  @Test
  void everyDefTypeIsImmutablesUnderTheSharedStyle() {
    for (Path file : sources(MAIN)) {
      String text = read(file);
      if (DEF_TYPE.matcher(text).find()) {
        assertThat(text).as("%s: a *Def type is an Immutables value", file).contains("@Value.Immutable");
        Path packageInfo = file.resolveSibling("package-info.java");
        String style = read(packageInfo);
        assertThat(SHARED_STYLE.matcher(style).find())
            .as("%s: the package of a value type uses the shared style", packageInfo).isTrue();
        assertThat(style).as("%s: no style of its own", packageInfo).doesNotContain("@Value.Style");
      }
    }
  }

  @Test
  void generatedTypesCarryNoGeneratedAnnotation() {
    List<Path> generated = sources(GENERATED);
    assertThat(generated).as("the build generates the value types into %s", GENERATED).isNotEmpty();
    for (Path file : generated) {
      assertThat(read(file)).as("%s: the shared style allows no annotation-processor annotations", file)
          .doesNotContain("@Generated")
          .doesNotContain("@javax.annotation.processing.Generated");
    }
  }


  private static List<Path> sources(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
