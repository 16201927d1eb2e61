package dev.partnerpoints.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link AtomicFile}: an output file is the old one or the complete new one, never half written. */
class AtomicFileTest {

  private static final String OLD = "the old export\n";
  private static final String HALF = "x".repeat(100_000);

  @TempDir
  Path dir;

  private Path oldFile() throws IOException {
    Path target = dir.resolve("export.csv");
    Files.writeString(target, OLD);
    return target;
  }

  private List<Path> files() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.toList();
    }
  }

  @Test
  void writesTheContentAndLeavesNothingElse() throws IOException {
    Path target = oldFile();

    AtomicFile.writeText(target, out -> out.print("new content é\n"));

    assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo("new content é\n");
    assertThat(files()).containsExactly(target);
  }

  @Test
  void createsAFileThatDidNotExist() throws IOException {
    Path target = dir.resolve("new.json");

    AtomicFile.write(target, out -> out.write(new byte[] {1, 2, 3}));

    assertThat(Files.readAllBytes(target)).containsExactly(1, 2, 3);
    assertThat(files()).containsExactly(target);
  }

  @Test
  void aFailureMidwayLeavesTheOldFileUntouched() throws IOException {
    Path target = oldFile();

    assertThatThrownBy(() -> AtomicFile.writeText(target, out -> {
      out.print(HALF);
      out.flush();
      throw new IOException("injected: the disk is full");
    })).isInstanceOf(IOException.class).hasMessage("injected: the disk is full");

    assertThat(Files.readString(target)).isEqualTo(OLD);
    assertThat(files()).as("no temporary file left").containsExactly(target);
  }

  @Test
  void anExceptionFromTheWriterMidwayLeavesTheOldFileUntouched() throws IOException {
    Path target = oldFile();

    assertThatThrownBy(() -> AtomicFile.write(target, out -> {
      out.write(HALF.getBytes(StandardCharsets.US_ASCII));
      throw new IllegalStateException("injected: a figure failed");
    })).isInstanceOf(IllegalStateException.class);

    assertThat(Files.readString(target)).isEqualTo(OLD);
    assertThat(files()).containsExactly(target);
  }

  @Test
  void aFailureMidwayLeavesNoFileWhereThereWasNone() throws IOException {
    Path target = dir.resolve("export.csv");

    assertThatThrownBy(() -> AtomicFile.writeText(target, out -> {
      out.print(HALF);
      throw new IOException("injected");
    })).isInstanceOf(IOException.class);

    assertThat(files()).isEmpty();
  }

  @Test
  void aFailingMoveLeavesTheOldFileUntouched() throws IOException {
    Path target = oldFile();
    Path[] written = new Path[1];

    assertThatThrownBy(() -> AtomicFile.write(target, out -> out.write(HALF.getBytes(StandardCharsets.US_ASCII)),
        (temporary, to) -> {
          written[0] = temporary;
          assertThat(Files.size(temporary)).as("complete before the move").isEqualTo(HALF.length());
          assertThat(temporary.getParent()).as("beside the target").isEqualTo(to.getParent());
          throw new IOException("injected: the move failed");
        })).isInstanceOf(IOException.class);

    assertThat(Files.readString(target)).isEqualTo(OLD);
    assertThat(written[0]).doesNotExist();
    assertThat(files()).containsExactly(target);
  }

  @Test
  void aMissingDirectoryOrADirectoryTargetIsRefusedWithoutWriting() throws IOException {
    assertThatThrownBy(() -> AtomicFile.writeText(dir.resolve("no/such/dir/out.csv"), out -> out.print("x")))
        .isInstanceOf(IOException.class).hasMessageContaining("no such directory");
    Files.createDirectory(dir.resolve("sub"));
    assertThatThrownBy(() -> AtomicFile.writeText(dir.resolve("sub"), out -> out.print("x")))
        .isInstanceOf(IOException.class).hasMessageContaining("is a directory");
    assertThat(files()).containsExactly(dir.resolve("sub"));
  }

  @Test
  void anOverwrittenFileKeepsItsPermissions() throws IOException {
    Path target = oldFile();
    if (!Files.getFileStore(target).supportsFileAttributeView("posix")) {
      return; // nothing to keep
    }
    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r-----"));

    AtomicFile.writeText(target, out -> out.print("new"));

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-r-----");
  }

  @Test
  void aProcessKilledMidwayLeavesTheOldFileUntouched() throws Exception {
    Path target = oldFile();
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process writer = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
        AtomicFileKillTarget.class.getName(), target.toString())
        .redirectErrorStream(true).start();
    try {
      BufferedReader lines = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8));
      assertThat(lines.readLine()).isEqualTo(AtomicFileKillTarget.HALF_WRITTEN);
      // midway: the half is on disk in the temporary file beside the target, the target is old
      assertThat(files()).hasSize(2);
      assertThat(Files.readString(target)).isEqualTo(OLD);
    } finally {
      writer.destroyForcibly();
      assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(Files.readString(target)).isEqualTo(OLD);
  }
}
