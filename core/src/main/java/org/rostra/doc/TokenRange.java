package org.rostra.doc;

/**
 * A half-open range {@code [begin, end)} of token <em>indices</em> (positions in
 * {@link Document#tokens()}), a type distinct from the character spans of {@link TextSpan}.
 *
 * @param begin first token index, inclusive
 * @param end last token index, exclusive
 * @since 0.1
 */
public record TokenRange(int begin, int end) {

  /** Checks {@code 0 <= begin <= end}. */
  public TokenRange {
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("invalid token range [" + begin + ", " + end + ")");
    }
  }

  /** Number of tokens in the range. */
  public int size() {
    return end - begin;
  }

  /** Whether the token index lies in the range. */
  public boolean contains(int tokenIndex) {
    return tokenIndex >= begin && tokenIndex < end;
  }
}
