/**
 * Rostra's document model: immutable value types for the original text and the layers the
 * annotators add (paragraphs, sentences, tokens, entity mentions, quotes, theme scores). All
 * spans are half-open UTF-16 offsets into the original text.
 *
 * @since 0.1
 */
package org.rostra.doc;
