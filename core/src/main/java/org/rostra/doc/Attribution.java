package org.rostra.doc;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Who a quote is attributed to, or what source it is cited from: the mention as written
 * nearest the quote (a name, "he", "a ministry spokesman", "the Xinhua report") and the
 * entity it resolves to.
 *
 * @param span where the mention stands
 * @param text the covered text
 * @param link the entity it resolves to, if any
 * @param cluster the entity layer's coreference cluster, if the mention is in one
 * @since 0.1
 */
public record Attribution(
    TextSpan span, String text, Optional<EntityLink> link, OptionalInt cluster) {

  /** Checks for nulls. */
  public Attribution {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(link, "link");
    Objects.requireNonNull(cluster, "cluster");
  }
}
