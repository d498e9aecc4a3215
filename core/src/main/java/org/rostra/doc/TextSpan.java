package org.rostra.doc;

/**
 * A half-open range {@code [start, end)} of UTF-16 code units (Java {@code String} indices)
 * into the original text of a {@link Document}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param start first char index, inclusive, {@code >= 0}
 * @param end last char index, exclusive, {@code >= start}
 * @since 0.1
 */
public record TextSpan(int start, int end) implements Comparable<TextSpan> {

  /** Checks {@code 0 <= start <= end}. */
  public TextSpan {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
    }
  }

  /** A span from {@code start} (inclusive) to {@code end} (exclusive). */
  public static TextSpan of(int start, int end) {
    return new TextSpan(start, end);
  }

  /** Number of UTF-16 code units covered. */
  public int length() {
    return end - start;
  }

  /** Whether the span covers no character. */
  public boolean isEmpty() {
    return start == end;
  }

  /** Whether {@code offset} lies inside the span. */
  public boolean contains(int offset) {
    return offset >= start && offset < end;
  }

  /** Whether {@code other} lies entirely inside this span. */
  public boolean covers(TextSpan other) {
    return other.start >= start && other.end <= end;
  }

  /** Whether the two spans share at least one character. */
  public boolean overlaps(TextSpan other) {
    return other.start < end && start < other.end;
  }

  /** The covered text of {@code text}; throws if the span does not fit in it. */
  public String textOf(CharSequence text) {
    if (end > text.length()) {
      throw new IndexOutOfBoundsException(
          "span [" + start + ", " + end + ") beyond text length " + text.length());
    }
    return text.subSequence(start, end).toString();
  }

  /** Orders by start, then by end. */
  @Override
  public int compareTo(TextSpan o) {
    int c = Integer.compare(start, o.start);
    return c != 0 ? c : Integer.compare(end, o.end);
  }

  @Override
  public String toString() {
    return "[" + start + ", " + end + ")";
  }
}
