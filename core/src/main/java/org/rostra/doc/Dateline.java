package org.rostra.doc;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A dateline or byline of a news text ("WASHINGTON (Reuters) —", "--With assistance from …"):
 * text that is not a sentence of the story and never a quote.
 *
 * @param span where it stands
 * @param kind {@code "dateline"} or {@code "byline"}
 * @param date the date it states, if any
 * @since 0.1
 */
public record Dateline(TextSpan span, String kind, Optional<LocalDate> date) {

  /** Checks for nulls. */
  public Dateline {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(date, "date");
  }
}
