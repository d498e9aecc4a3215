package org.rostra.tokenize;

import org.rostra.Stage;

/**
 * The tokenizer stage: paragraphs, sentences, tokens (Universal Dependencies syntactic
 * words) and datelines, every span into the original text. Provides
 * {@link org.rostra.doc.Layers#PARAGRAPHS}, {@link org.rostra.doc.Layers#SENTENCES},
 * {@link org.rostra.doc.Layers#TOKENS} and {@link org.rostra.doc.Layers#DATELINES}; when the
 * caller gave no date, a date read from the dateline becomes the document's date.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public interface Tokenizer extends Stage {}
