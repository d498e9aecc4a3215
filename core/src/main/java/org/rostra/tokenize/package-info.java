/**
 * The tokenizer: paragraphs, sentences, tokens, datelines; POS tags and lemmas on demand.
 *
 * @since 0.1
 */
package org.rostra.tokenize;
