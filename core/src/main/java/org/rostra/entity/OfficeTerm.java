package org.rostra.entity;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A term in an office. Partial dates of the source format ({@code YYYY}, {@code YYYY-MM}) are
 * resolved to the first day of the period for a start and to the last day for an end.
 *
 * @param officeId the id of the office entity (type {@code OTHER}, kind {@code office})
 * @param start the first day in office, when known
 * @param end the last day in office; empty while the term is ongoing
 * @since 0.1
 */
public record OfficeTerm(String officeId, Optional<LocalDate> start, Optional<LocalDate> end) {

  /** Checks for nulls and a start after the end. */
  public OfficeTerm {
    Objects.requireNonNull(officeId, "officeId");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (start.isPresent() && end.isPresent() && start.get().isAfter(end.get())) {
      throw new IllegalArgumentException(
          "term in " + officeId + " starts " + start.get() + " after it ends " + end.get());
    }
  }

  /**
   * Whether the term covers the day: on or after the start (an unknown start counts as
   * always) and on or before the end (an empty end is ongoing).
   */
  public boolean activeOn(LocalDate d) {
    Objects.requireNonNull(d, "d");
    return (start.isEmpty() || !d.isBefore(start.get()))
        && (end.isEmpty() || !d.isAfter(end.get()));
  }
}
