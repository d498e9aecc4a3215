package org.rostra.entity;

import java.util.Objects;

/**
 * An entity that a surface form may name.
 *
 * @param entity the entity
 * @param matchedForm the label or alias that matched, as written in the KB
 * @param prior how likely a bare mention of the form means this entity, in [0, 1]
 * @since 0.1
 */
public record Candidate(EntityRecord entity, String matchedForm, double prior) {

  /** Checks for nulls. */
  public Candidate {
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(matchedForm, "matchedForm");
  }
}
