package org.rostra.doc;

import java.util.Objects;

/**
 * The reporting cue of a quote: "said", "called for", "according to".
 *
 * @param span where it stands
 * @param text the covered text
 * @since 0.1
 */
public record Cue(TextSpan span, String text) {

  /** Checks for nulls. */
  public Cue {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
  }
}
