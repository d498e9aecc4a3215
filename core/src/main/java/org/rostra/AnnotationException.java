package org.rostra;

import java.util.Objects;

/**
 * Rostra's one exception type for failures that are not programming errors: missing or
 * broken resources, bad input records, stages that failed. Its message never contains the
 * document's text.
 *
 * <p>Programming errors use the standard exceptions as Guava's {@code Preconditions} mean
 * them: {@link NullPointerException} for a null argument, {@link IllegalArgumentException}
 * for a bad argument, {@link IllegalStateException} for a call at the wrong time.
 *
 * @since 0.1
 */
public class AnnotationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ErrorCode code;

  /** An exception with a code and a message (that must not contain document text). */
  public AnnotationException(ErrorCode code, String message) {
    super(code.code() + " " + code.name() + ": " + message);
    this.code = Objects.requireNonNull(code, "code");
  }

  /** An exception with a code, a message and a cause. */
  public AnnotationException(ErrorCode code, String message, Throwable cause) {
    super(code.code() + " " + code.name() + ": " + message, cause);
    this.code = Objects.requireNonNull(code, "code");
  }

  /** The error code. */
  public ErrorCode code() {
    return code;
  }
}
