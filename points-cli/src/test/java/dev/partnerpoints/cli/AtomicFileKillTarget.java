package dev.partnerpoints.cli;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A process for {@link AtomicFileTest}: writes half of a file through {@link AtomicFile}, says so
 * on the standard output and waits to be killed.
 */
final class AtomicFileKillTarget {

  static final String HALF_WRITTEN = "half written";

  private AtomicFileKillTarget() {}

  public static void main(String[] args) throws IOException {
    AtomicFile.writeText(Path.of(args[0]), out -> {
      out.print("the new export, cut short".repeat(1_000));
      out.flush();
      System.out.println(HALF_WRITTEN);
      System.out.flush();
      try {
        Thread.sleep(120_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      throw new IOException("not killed within 120 s");
    });
  }
}
