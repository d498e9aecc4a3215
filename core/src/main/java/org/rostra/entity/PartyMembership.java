package org.rostra.entity;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Membership of a party, with dates when known.
 *
 * @param partyId the id of the party entity
 * @param start the first day of membership, when known
 * @param end the last day of membership; empty while ongoing or unknown
 * @since 0.1
 */
public record PartyMembership(String partyId, Optional<LocalDate> start, Optional<LocalDate> end) {

  /** Checks for nulls and a start after the end. */
  public PartyMembership {
    Objects.requireNonNull(partyId, "partyId");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (start.isPresent() && end.isPresent() && start.get().isAfter(end.get())) {
      throw new IllegalArgumentException(
          "membership of " + partyId + " starts " + start.get() + " after it ends " + end.get());
    }
  }

  /** Whether the membership covers the day (unknown start: always; empty end: ongoing). */
  public boolean activeOn(LocalDate d) {
    Objects.requireNonNull(d, "d");
    return (start.isEmpty() || !d.isBefore(start.get()))
        && (end.isEmpty() || !d.isAfter(end.get()));
  }
}
