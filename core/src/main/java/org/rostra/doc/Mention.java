package org.rostra.doc;

import java.util.Objects;
import java.util.Optional;

/**
 * An entity mention: a span of text that names or refers to an entity, its type, the KB
 * entity it is linked to (empty for NIL: an entity the KB does not know) and its
 * within-document coreference cluster.
 *
 * @param span where the mention stands
 * @param text the covered text
 * @param type the entity type
 * @param kind name, nominal or pronoun
 * @param link the linked entity, empty for NIL
 * @param score confidence in [0, 1] of the link (of the type, for NIL)
 * @param cluster coreference cluster: mentions of one entity in a document share it
 * @since 0.1
 */
public record Mention(
    TextSpan span,
    String text,
    EntityType type,
    MentionKind kind,
    Optional<EntityLink> link,
    double score,
    int cluster) {

  /** Checks for nulls and ranges. */
  public Mention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(link, "link");
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score outside [0, 1]: " + score);
    }
    if (cluster < 0) {
      throw new IllegalArgumentException("negative cluster: " + cluster);
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

  /** The KB id, if linked. */
  public Optional<String> kbId() {
    return link.map(EntityLink::kbId);
  }
}
