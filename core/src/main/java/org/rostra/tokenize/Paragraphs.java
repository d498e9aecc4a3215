package org.rostra.tokenize;

import java.util.Arrays;

/**
 * Paragraph boundaries: blank lines and U+2029 always; inside a block of single-newline
 * lines, either hard wrapping (a line ending with sentence punctuation whose next word would
 * have fitted on it ends a paragraph) or one paragraph per line. Linear time.
 */
final class Paragraphs {
  private Paragraphs() {}

  /** The widest line a hard-wrapped block may have. */
  private static final int MAX_WRAP = 160;

  /** The narrowest line width taken for hard wrapping (shorter lines: one per paragraph). */
  private static final int MIN_WRAP = 40;

  /** Paragraph spans as {@code start, end} pairs, trimmed of white space, in order. */
  static int[] find(String t) {
    int n = t.length();
    // lines: [ls, le) without the line terminator
    int[] lines = new int[64];
    int lc = 0;
    int ls = 0;
    for (int i = 0; i <= n; i++) {
      char c = i < n ? t.charAt(i) : '\n';
      if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u0085' || c == '\u2029'
          || c == '\u000B' || c == '\f') {
        if (lc + 3 > lines.length) {
          lines = Arrays.copyOf(lines, lines.length * 2);
        }
        lines[lc++] = ls;
        lines[lc++] = i;
        // the third slot marks a hard break after this line
        lines[lc++] = c == '\u2029' || c == '\f' ? 1 : 0;
        if (c == '\r' && i + 1 < n && t.charAt(i + 1) == '\n') {
          i++;
        }
        ls = i + 1;
      }
    }
    int[] out = new int[16];
    int oc = 0;
    int k = 0;
    int nLines = lc / 3;
    while (k < nLines) {
      // skip blank lines
      if (isBlank(t, lines[3 * k], lines[3 * k + 1])) {
        k++;
        continue;
      }
      int b = k;
      while (k < nLines && !isBlank(t, lines[3 * k], lines[3 * k + 1])) {
        k++;
        if (lines[3 * (k - 1) + 2] == 1) {
          break;
        }
      }
      // block of lines [b, k)
      int width = 0;
      int full = 0;
      for (int j = b; j < k; j++) {
        width = Math.max(width, trimmedLength(t, lines[3 * j], lines[3 * j + 1]));
      }
      for (int j = b; j < k - 1; j++) {
        if (trimmedLength(t, lines[3 * j], lines[3 * j + 1]) * 10 >= width * 6) {
          full++;
        }
      }
      boolean wrapped =
          k - b >= 2 && width >= MIN_WRAP && width <= MAX_WRAP && full * 10 >= (k - b - 1) * 7;
      int pStart = lines[3 * b];
      for (int j = b; j < k; j++) {
        boolean last = j == k - 1;
        boolean brk = last;
        if (!last) {
          int s1 = lines[3 * j];
          int e1 = lines[3 * j + 1];
          int s2 = lines[3 * (j + 1)];
          int e2 = lines[3 * (j + 1) + 1];
          brk = wrapped ? wrappedBreak(t, s1, e1, s2, e2, width) : lineBreak(t, s1, e1, s2, e2);
        }
        if (brk) {
          if (oc + 2 > out.length) {
            out = Arrays.copyOf(out, out.length * 2);
          }
          int ps = pStart;
          int pe = lines[3 * j + 1];
          while (ps < pe && Scanner.isSkippable(t.charAt(ps))) {
            ps++;
          }
          while (pe > ps && Scanner.isSkippable(t.charAt(pe - 1))) {
            pe--;
          }
          if (pe > ps) {
            out[oc++] = ps;
            out[oc++] = pe;
          }
          if (!last) {
            pStart = lines[3 * (j + 1)];
          }
        }
      }
    }
    return Arrays.copyOf(out, oc);
  }

  private static boolean isBlank(String t, int s, int e) {
    for (int i = s; i < e; i++) {
      if (!Scanner.isSkippable(t.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static int trimmedLength(String t, int s, int e) {
    while (e > s && Character.isWhitespace(t.charAt(e - 1))) {
      e--;
    }
    return e - s;
  }

  private static int lastNonSpace(String t, int s, int e) {
    int i = e - 1;
    while (i >= s && Scanner.isSkippable(t.charAt(i))) {
      i--;
    }
    return i;
  }

  private static int firstNonSpace(String t, int s, int e) {
    int i = s;
    while (i < e && Scanner.isSkippable(t.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean endsSentence(String t, int s, int e) {
    int i = lastNonSpace(t, s, e);
    if (i < s) {
      return true;
    }
    char c = t.charAt(i);
    return c == '.' || c == '!' || c == '?' || c == ':' || c == '"' || c == '”' || c == '…'
        || c == ')' || c == '’' || c == '\'';
  }

  private static boolean startsItem(String t, int s, int e) {
    int i = firstNonSpace(t, s, e);
    if (i >= e) {
      return false;
    }
    char c = t.charAt(i);
    if (c == '•' || c == '◦' || c == '▪' || c == '·' || c == '–' || c == '—') {
      return true;
    }
    if ((c == '-' || c == '*' || c == '+') && i + 1 < e && t.charAt(i + 1) == ' ') {
      return true;
    }
    // "1." "2)" "a)"
    int j = i;
    while (j < e && j - i < 3 && Character.isDigit(t.charAt(j))) {
      j++;
    }
    return j > i && j + 1 < e && (t.charAt(j) == '.' || t.charAt(j) == ')')
        && t.charAt(j + 1) == ' ';
  }

  private static boolean wrappedBreak(String t, int s1, int e1, int s2, int e2, int width) {
    if (startsItem(t, s2, e2)) {
      return true;
    }
    // an indented next line starts a paragraph
    int ind1 = firstNonSpace(t, s1, e1) - s1;
    int ind2 = firstNonSpace(t, s2, e2) - s2;
    if (ind2 > ind1 && ind2 >= 2) {
      return true;
    }
    if (!endsSentence(t, s1, e1)) {
      return false;
    }
    int f = firstNonSpace(t, s2, e2);
    int w = f;
    while (w < e2 && !Character.isWhitespace(t.charAt(w))) {
      w++;
    }
    int len1 = lastNonSpace(t, s1, e1) + 1 - s1;
    // the next word would have fitted on this line: the writer broke it on purpose
    return len1 + 1 + (w - f) <= width;
  }

  private static boolean lineBreak(String t, int s1, int e1, int s2, int e2) {
    if (endsSentence(t, s1, e1) || startsItem(t, s2, e2)) {
      return true;
    }
    int f = firstNonSpace(t, s2, e2);
    // a line that goes on in lower case continues the paragraph
    return !(f < e2 && Character.isLowerCase(t.charAt(f)));
  }
}
