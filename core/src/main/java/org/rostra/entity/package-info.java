/**
 * The knowledge base that entity mentions are linked to: {@link org.rostra.entity.EntityRecord}
 * values (people with their offices and parties, countries with demonyms and capitals,
 * offices with the title patterns that name their holder, parties, organisations, places),
 * the {@link org.rostra.entity.KnowledgeBase} lookups, and the
 * {@link org.rostra.entity.KnowledgeBases} factories: the bundled English political KB,
 * user KBs from JSON Lines or TSV files, an in-memory builder, and composition.
 *
 * @since 0.1
 */
package org.rostra.entity;
