package org.rostra.doc;

import java.util.Objects;

/**
 * A link from a mention to a knowledge-base entity.
 *
 * @param kbId the entity's id (a Wikidata QID such as {@code Q15031} in the bundled KB)
 * @param label the entity's canonical label
 * @since 0.1
 */
public record EntityLink(String kbId, String label) {

  /** Checks for nulls and an empty id. */
  public EntityLink {
    Objects.requireNonNull(kbId, "kbId");
    Objects.requireNonNull(label, "label");
    if (kbId.isEmpty()) {
      throw new IllegalArgumentException("empty kbId");
    }
  }
}
