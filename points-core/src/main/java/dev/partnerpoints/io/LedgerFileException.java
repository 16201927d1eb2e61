package dev.partnerpoints.io;

import dev.partnerpoints.money.PointsException;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a ledger file cannot be read: a malformed or inconsistent record. The message names
 * the file, the line (when one line is at fault), the value and what is allowed. Nothing is read
 * partially: when this is thrown, no ledger was produced.
 */
public final class LedgerFileException extends PointsException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;

  /**
   * Creates the exception.
   *
   * @param source the file name or other source description, not null
   * @param line the 1-based line number, or 0 when no single line is at fault
   * @param message what is wrong, naming the value and what is allowed, not null
   * @param cause the underlying error, may be null
   */
  public LedgerFileException(String source, int line, String message, @Nullable Throwable cause) {
    super(source + (line > 0 ? " line " + line : "") + ": " + message);
    this.source = source;
    this.line = line;
    if (cause != null) {
      initCause(cause);
    }
  }

  /**
   * Returns the source description (usually the file name).
   *
   * @return the source, never null
   */
  public String source() {
    return source;
  }

  /**
   * Returns the line at fault.
   *
   * @return the 1-based line number, or empty when no single line is at fault
   */
  public OptionalInt line() {
    return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
  }
}
