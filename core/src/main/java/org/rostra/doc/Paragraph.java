package org.rostra.doc;

import java.util.Objects;

/**
 * A paragraph of the original text, without its surrounding blank lines.
 *
 * @param span the paragraph's characters
 * @since 0.1
 */
public record Paragraph(TextSpan span) {

  /** Checks for nulls. */
  public Paragraph {
    Objects.requireNonNull(span, "span");
  }
}
