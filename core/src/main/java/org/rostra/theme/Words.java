package org.rostra.theme;

import java.util.Arrays;
import java.util.Locale;

/**
 * The words of a text as the theme matcher sees them: maximal runs of letters and digits
 * (hyphens, apostrophes and other punctuation split words), dotted abbreviations joined
 * ({@code U.S.} is {@code us}), a possessive {@code 's} dropped. Each word has its offsets,
 * its lower-case form and its {@link #stem stem}. Linear in the text length.
 */
final class Words {
  final int[] starts;
  final int[] ends;
  final String[] lower;
  final String[] stems;
  /** Whether the word is a dotted abbreviation ({@code U.S.}, {@code U.N.}). */
  final boolean[] dotted;
  final int size;

  private Words(int[] starts, int[] ends, String[] lower, String[] stems, boolean[] dotted,
      int size) {
    this.starts = starts;
    this.ends = ends;
    this.lower = lower;
    this.stems = stems;
    this.dotted = dotted;
    this.size = size;
  }

  static Words scan(String text) {
    int cap = 16;
    int[] st = new int[cap];
    int[] en = new int[cap];
    String[] lo = new String[cap];
    boolean[] dot = new boolean[cap];
    int n = 0;
    int len = text.length();
    int i = 0;
    StringBuilder sb = new StringBuilder();
    while (i < len) {
      int cp = text.codePointAt(i);
      if (!Character.isLetterOrDigit(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      sb.setLength(0);
      int abbrevEnd = abbreviation(text, i);
      if (abbrevEnd > 0) {
        for (int k = i; k < abbrevEnd; k++) {
          char c = text.charAt(k);
          if (c != '.') {
            sb.append(Character.toLowerCase(c));
          }
        }
        i = abbrevEnd;
      } else {
        while (i < len) {
          cp = text.codePointAt(i);
          if (!Character.isLetterOrDigit(cp)) {
            break;
          }
          sb.appendCodePoint(Character.toLowerCase(cp));
          i += Character.charCount(cp);
        }
        // possessive 's / ’s: keep it in the span, drop it from the form
        if (i + 1 < len
            && (text.charAt(i) == '\'' || text.charAt(i) == '\u2019')
            && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
            && (i + 2 >= len || !Character.isLetterOrDigit(text.charAt(i + 2)))) {
          i += 2;
        }
      }
      if (n == cap) {
        cap *= 2;
        st = Arrays.copyOf(st, cap);
        en = Arrays.copyOf(en, cap);
        lo = Arrays.copyOf(lo, cap);
        dot = Arrays.copyOf(dot, cap);
      }
      dot[n] = abbrevEnd > 0;
      st[n] = start;
      en[n] = i;
      lo[n] = sb.toString();
      n++;
    }
    String[] stems = new String[n];
    for (int k = 0; k < n; k++) {
      stems[k] = stem(lo[k]);
    }
    return new Words(st, en, lo, stems, dot, n);
  }

  /** End of a dotted abbreviation of single letters ({@code U.S.}, {@code U.N.}) at i, or -1. */
  private static int abbreviation(String text, int i) {
    int len = text.length();
    int k = i;
    int letters = 0;
    while (k + 1 < len
        && Character.isLetter(text.charAt(k))
        && text.charAt(k + 1) == '.'
        && (k == i || !Character.isLetterOrDigit(text.charAt(k - 1)) || text.charAt(k - 1) == '.')) {
      letters++;
      k += 2;
      if (k < len && Character.isLetter(text.charAt(k))
          && (k + 1 >= len || !Character.isLetterOrDigit(text.charAt(k + 1)))
          && (k + 1 >= len || text.charAt(k + 1) != '.')) {
        // U.S.A without final dot
        letters++;
        k++;
        break;
      }
    }
    return letters >= 2 ? k : -1;
  }

  /**
   * A light English stemmer: plural and verb endings removed, a final e dropped, so that
   * {@code taxes}/{@code tax}, {@code policies}/{@code policy}, {@code trading}/{@code trade},
   * {@code housing}/{@code houses} share a stem. Applied alike to lexicon entries and text.
   */
  static String stem(String w) {
    int n = w.length();
    if (n <= 3 || !Character.isLetter(w.charAt(n - 1))) {
      return w;
    }
    String s = w;
    boolean stripped = false;
    if (s.endsWith("ies") && n > 4) {
      s = s.substring(0, n - 3) + "y";
    } else if (s.endsWith("ied") && n > 4) {
      s = s.substring(0, n - 3) + "y";
    } else if (s.endsWith("sses")) {
      s = s.substring(0, n - 2);
    } else if (s.endsWith("es") && n > 4 && endsWithSibilant(s, n - 2)) {
      s = s.substring(0, n - 2);
    } else if (s.endsWith("s")
        && !s.endsWith("ss")
        && !s.endsWith("us")
        && !s.endsWith("is")
        && n > 3) {
      s = s.substring(0, n - 1);
    } else if (s.endsWith("ing") && n > 5) {
      s = s.substring(0, n - 3);
      stripped = true;
    } else if (s.endsWith("ed") && n > 4 && !s.endsWith("eed")) {
      s = s.substring(0, n - 2);
      stripped = true;
    }
    int m = s.length();
    if (stripped && m >= 3) {
      char a = s.charAt(m - 1);
      if (a == s.charAt(m - 2) && a != 'l' && a != 's' && a != 'z' && isConsonant(a)) {
        s = s.substring(0, m - 1);
        m--;
      }
    }
    if (m > 3 && s.charAt(m - 1) == 'e' && s.charAt(m - 2) != 'e') {
      s = s.substring(0, m - 1);
    }
    return s;
  }

  private static boolean endsWithSibilant(String s, int end) {
    char c = s.charAt(end - 1);
    if (c == 's' || c == 'x' || c == 'z') {
      return true;
    }
    return (c == 'h' && end >= 2 && (s.charAt(end - 2) == 'c' || s.charAt(end - 2) == 's'));
  }

  private static boolean isConsonant(char c) {
    return c >= 'a' && c <= 'z' && "aeiou".indexOf(c) < 0;
  }

  /** Lower-case form of a lexicon element, as the scanner would produce it. */
  static String lowerOf(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
