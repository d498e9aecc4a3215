package org.rostra.doc;

/**
 * How a mention refers to its entity.
 *
 * @since 0.1
 */
public enum MentionKind {
  /** A proper name: "Xi Jinping", "Xi", "Xinhua". */
  NAME,
  /** A nominal or title: "the Chinese president", "a ministry spokesman". */
  NOMINAL,
  /** A pronoun: "he", "she", "they". */
  PRONOUN
}
