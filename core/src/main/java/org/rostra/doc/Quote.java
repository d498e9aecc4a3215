package org.rostra.doc;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A quote: what was said (without quotation marks, cue or speaker), how, by whom and
 * according to which source.
 *
 * @param span covers the content (all segments)
 * @param segments the exact pieces of a quote split around its cue; one segment otherwise
 * @param text the text of {@code span}
 * @param kind direct, mixed or indirect
 * @param cue the reporting cue, if found
 * @param speaker the speaker mention nearest the quote and its entity, if found
 * @param source the outlet or document cited, if any
 * @param confidence in [0, 1]
 * @since 0.1
 */
public record Quote(
    TextSpan span,
    List<TextSpan> segments,
    String text,
    QuoteKind kind,
    Optional<Cue> cue,
    Optional<Attribution> speaker,
    Optional<Attribution> source,
    double confidence) {

  /** Checks for nulls and ranges; copies the segments. */
  public Quote {
    Objects.requireNonNull(span, "span");
    segments = List.copyOf(segments);
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(cue, "cue");
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(source, "source");
    if (segments.isEmpty()) {
      throw new IllegalArgumentException("a quote needs at least one segment");
    }
    for (TextSpan s : segments) {
      if (!span.covers(s)) {
        throw new IllegalArgumentException("segment " + s + " outside quote span " + span);
      }
    }
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence outside [0, 1]: " + confidence);
    }
  }

  /** Start offset (inclusive). */
  public int start() {
    return span.start();
  }

  /** End offset (exclusive). */
  public int end() {
    return span.end();
  }
}
