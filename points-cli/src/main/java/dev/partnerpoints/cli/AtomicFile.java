package dev.partnerpoints.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Writes an output file all or nothing; every command that writes a file writes it here. The content
 * goes to a new temporary file beside the target (same directory, so same file system), which is
 * flushed and forced to the disk, and only then moved over the target: atomically where the file
 * system can ({@link StandardCopyOption#ATOMIC_MOVE}), else by a plain replacing move. If writing the
 * content fails (an exception from the content or from the disk) or the move fails, the temporary
 * file is deleted and the target is as before: absent, or the old file untouched. A process killed
 * midway leaves at most a temporary file named {@code .<target name>.<random>.tmp} beside the target,
 * never a half-written target.
 *
 * <p>Adopting it in a command: {@code AtomicFile.writeText(spec, "--output", path, out -> ...)}
 * writes UTF-8 text through a {@link PrintWriter} and turns an I/O failure into the command's
 * bad-input error naming the option and the file.
 */
final class AtomicFile {

  /** Content written to an output stream; may throw to abandon the write. */
  @FunctionalInterface
  interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /** Text content written to a UTF-8 print writer; may throw to abandon the write. */
  @FunctionalInterface
  interface TextContent {
    void writeTo(PrintWriter out) throws IOException;
  }

  /** The last step, replaceable in tests to inject a failure. */
  @FunctionalInterface
  interface Move {
    void move(Path temporary, Path target) throws IOException;
  }

  /** Moves atomically where the file system can, else with a plain replacing move. */
  static final Move REPLACE = (temporary, target) -> {
    try {
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
    }
  };

  private AtomicFile() {}

  /**
   * Writes text to a file through a UTF-8 print writer, all or nothing, for a command's option:
   * an I/O failure becomes a {@link ParameterException} naming the option and the file.
   *
   * @throws ParameterException if the file cannot be written (the target is then as before)
   */
  static void writeText(CommandSpec spec, String option, Path target, TextContent content) {
    try {
      writeText(target, content);
    } catch (IOException e) {
      throw new ParameterException(spec.commandLine(), option + " '" + target + "' cannot be written: " + e);
    }
  }

  /**
   * Writes text to a file through a UTF-8 print writer, all or nothing. A print writer swallows I/O
   * errors; this checks them once the content is written.
   *
   * @throws IOException if the file cannot be written (the target is then as before)
   */
  static void writeText(Path target, TextContent content) throws IOException {
    write(target, stream -> {
      PrintWriter out = new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
      content.writeTo(out);
      out.flush();
      if (out.checkError()) {
        throw new IOException("writing " + target + " failed");
      }
    });
  }

  /**
   * Writes bytes to a file, all or nothing.
   *
   * @throws IOException if the file cannot be written (the target is then as before)
   */
  static void write(Path target, Content content) throws IOException {
    write(target, content, REPLACE);
  }

  /** {@link #write(Path, Content)} with the last step given (tests inject failures there). */
  static void write(Path target, Content content, Move move) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path directory = absolute.getParent();
    if (directory == null || !Files.isDirectory(directory)) {
      throw new IOException("no such directory: " + directory);
    }
    if (Files.isDirectory(absolute)) {
      throw new IOException(target + " is a directory");
    }
    Path temporary = createTemporary(directory, "." + absolute.getFileName() + ".");
    boolean moved = false;
    try {
      if (Files.exists(absolute) && Files.getFileStore(temporary).supportsFileAttributeView("posix")) {
        // as an overwrite in place would: the file keeps its permissions
        Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(absolute));
      }
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
          OutputStream out = Channels.newOutputStream(channel)) {
        content.writeTo(out);
        out.flush();
        channel.force(true);
      }
      move.move(temporary, absolute);
      moved = true;
    } finally {
      if (!moved) {
        Files.deleteIfExists(temporary);
      }
    }
  }

  /**
   * Creates a new empty file with a random name: with the permissions a new file gets (the
   * process's umask applies), where {@link Files#createTempFile} would make it private.
   */
  private static Path createTemporary(Path directory, String prefix) throws IOException {
    for (int attempt = 0; ; attempt++) {
      Path candidate = directory.resolve(prefix + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
      try {
        return Files.createFile(candidate);
      } catch (FileAlreadyExistsException e) {
        if (attempt == 100) {
          throw e;
        }
      }
    }
  }
}
