package org.rostra.doc;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A theme's score for a document, paragraph or quote, with the evidence that fired.
 *
 * @param id theme id, such as {@code cap:17}
 * @param label theme label
 * @param score in [0, 1], comparable across documents
 * @param level document, paragraph or quote
 * @param index the paragraph or quote index; empty at document level
 * @param evidence the spans of the words and phrases that fired
 * @since 0.1
 */
public record ThemeScore(
    String id,
    String label,
    double score,
    ThemeLevel level,
    OptionalInt index,
    List<TextSpan> evidence) {

  /** Checks for nulls and ranges; copies the evidence. */
  public ThemeScore {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(index, "index");
    evidence = List.copyOf(evidence);
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score outside [0, 1]: " + score);
    }
    if ((level == ThemeLevel.DOCUMENT) == index.isPresent()) {
      throw new IllegalArgumentException("document level has no index; other levels need one");
    }
  }
}
