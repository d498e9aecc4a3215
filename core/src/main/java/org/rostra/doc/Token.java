package org.rostra.doc;

import java.util.Objects;

/**
 * A token: a Universal Dependencies syntactic word as it stands in the original text
 * (clitics split: "do" "n't"; punctuation split). Part-of-speech tags and lemmas live in
 * their own layers ({@link Document#posTags()}, {@link Document#lemmas()}), parallel to the
 * token list.
 *
 * @param span where the token stands in the original text
 * @param text the covered text, exactly {@code span.textOf(document.text())}
 * @since 0.1
 */
public record Token(TextSpan span, String text) {

  /** Checks that the text has the span's length. */
  public Token {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    if (text.length() != span.length()) {
      throw new IllegalArgumentException("token text length differs from its span " + span);
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
}
