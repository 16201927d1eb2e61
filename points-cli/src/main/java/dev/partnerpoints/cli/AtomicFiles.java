package dev.partnerpoints.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a file whole or not at all: the content goes to a temporary file beside the target, which
 * then replaces the target in one atomic move (a plain replacing move where the file system cannot
 * move atomically). A reader never sees a half-written file, and on any failure the temporary file
 * is deleted and the target is left as it was.
 */
final class AtomicFiles {

  private AtomicFiles() {}

  /**
   * Writes text as UTF-8, replacing the file if it exists.
   *
   * @param target the file to write, not null; its folder must exist
   * @param text the whole content, not null
   * @throws IOException if the folder is missing or not writable, or the target cannot be replaced
   *     (a folder, say); the target is then unchanged and no temporary file is left behind
   */
  static void writeString(Path target, String text) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path folder = absolute.getParent();
    if (folder == null) {
      throw new IOException("'" + target + "' names no file in a folder");
    }
    Path temp = Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".tmp");
    boolean moved = false;
    try {
      Files.writeString(temp, text, StandardCharsets.UTF_8);
      if (Files.getFileAttributeView(temp, PosixFileAttributeView.class) != null) {
        // a temporary file is private (rw-------); the file written is an ordinary one
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
      }
      try {
        Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
      moved = true;
    } finally {
      if (!moved) {
        Files.deleteIfExists(temp);
      }
    }
  }
}
