package org.rostra.entity;

import org.rostra.Stage;

/**
 * The entity-linking stage: finds the people, organisations, places, groups, events and laws
 * a text mentions, links each mention to a {@link KnowledgeBase} entity or marks it NIL (an
 * entity the KB does not know), and groups the mentions of one entity into coreference
 * clusters (names, short forms, titles at the document's date, pronouns). It provides
 * {@link org.rostra.doc.Layers#ENTITIES}, a list of {@link org.rostra.doc.Mention}s in text
 * order, and requires tokens, sentences and POS tags.
 *
 * <p>Get one from {@link EntityLinkers}. Implementations are immutable and thread-safe.
 *
 * @since 0.1
 */
public interface EntityLinker extends Stage {

  /** The knowledge base mentions are linked to. */
  KnowledgeBase knowledgeBase();
}
