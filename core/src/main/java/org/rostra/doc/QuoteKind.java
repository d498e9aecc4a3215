package org.rostra.doc;

/**
 * How a quote's content is marked.
 *
 * @since 0.1
 */
public enum QuoteKind {
  /** All of the content is inside quotation marks. */
  DIRECT,
  /** Part of the content is inside quotation marks. */
  MIXED,
  /** Reported speech without quotation marks. */
  INDIRECT
}
