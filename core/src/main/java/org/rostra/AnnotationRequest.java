package org.rostra;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A document to annotate: id, text, the date it speaks from and metadata carried through.
 *
 * @param id the caller's id
 * @param text any string
 * @param date the date titles are resolved at ("the US president" on that day)
 * @param meta JSON-like metadata, carried through untouched
 * @since 0.1
 */
public record AnnotationRequest(
    String id, String text, Optional<LocalDate> date, Map<String, Object> meta) {

  /** Checks for nulls; copies the metadata. */
  public AnnotationRequest {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(date, "date");
    meta = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(meta));
  }

  /** A request without date or metadata. */
  public static AnnotationRequest of(String id, String text) {
    return new AnnotationRequest(id, text, Optional.empty(), Map.of());
  }

  /** A request with a date and no metadata. */
  public static AnnotationRequest of(String id, String text, LocalDate date) {
    return new AnnotationRequest(id, text, Optional.of(date), Map.of());
  }
}
