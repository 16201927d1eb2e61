package dev.partnerpoints.io;

import dev.partnerpoints.money.PointsException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a program rules file cannot be read: it is not JSON, or a value is missing, malformed
 * or inconsistent with the others. The message names the file, the place in it as a path such as
 * {@code tierSchedules[1].GOLD.total} (or the line and column of a JSON syntax error), the value and
 * what is allowed:
 *
 * <pre>
 * rules.json: tierSchedules[1].GOLD.total: must not be negative, was -5
 * </pre>
 *
 * <p>A file gets one such error, the first one found; when it is thrown, no rules were produced.
 */
public final class RulesFileException extends PointsException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final String path;

  /**
   * Creates the exception.
   *
   * @param source the file name or other source description, not null
   * @param path where in the file, such as {@code tierSchedules[1].GOLD.total}; empty for the whole
   *     file, or {@code line 3 column 7} for a syntax error; not null
   * @param message what is wrong, naming the value and what is allowed, not null
   * @param cause the underlying error, may be null
   */
  public RulesFileException(String source, String path, String message, @Nullable Throwable cause) {
    super(Objects.requireNonNull(source, "source") + ": "
        + (Objects.requireNonNull(path, "path").isEmpty() ? "" : path + ": ")
        + Objects.requireNonNull(message, "message"));
    this.source = source;
    this.path = path;
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
   * Returns where in the file the error is: a path such as {@code rateEras[0].sourcedRate}, or
   * {@code line L column C} for a JSON syntax error.
   *
   * @return the place, empty when the whole file is at fault, never null
   */
  public String path() {
    return path;
  }
}
