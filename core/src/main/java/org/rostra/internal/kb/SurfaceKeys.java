package org.rostra.internal.kb;

import java.text.Normalizer;

/** Surface keys: the form in which names, titles and demonyms are compared. Not API. */
public final class SurfaceKeys {
  private SurfaceKeys() {}

  private static boolean dropped(char c) {
    return c == '.' || c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02bc'
        || c == '`' || c == '\u00b4';
  }

  /** The surface key of a name (see {@code KnowledgeBases.surfaceKey}). */
  public static String key(String s) {
    String d = s;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        d = Normalizer.normalize(s, Normalizer.Form.NFKD);
        break;
      }
    }
    // 1. fold to words separated by single spaces
    StringBuilder w = new StringBuilder(d.length() + 8);
    boolean space = false;
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (dropped(c)) {
        continue;
      }
      boolean keep;
      if (c < 0x80) {
        if (c >= 'A' && c <= 'Z') {
          c = (char) (c + ('a' - 'A'));
        }
        keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+';
        if (c == '&') {
          if (w.length() > 0) {
            w.append(' ');
          }
          w.append("and");
          space = true;
          continue;
        }
      } else {
        int t = Character.getType(c);
        if (t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK) {
          continue;
        }
        keep = Character.isLetterOrDigit(c);
        c = Character.toLowerCase(c);
      }
      if (!keep) {
        space = w.length() > 0;
        continue;
      }
      if (space) {
        w.append(' ');
        space = false;
      }
      w.append(c);
    }
    // 2. join runs of single letters ("u s a" = "usa"): drop a space between two one-letter
    //    words
    StringBuilder out = new StringBuilder(w.length());
    int n = w.length();
    int start = 0;
    boolean prevSingle = false;
    while (start < n) {
      int end = start;
      while (end < n && w.charAt(end) != ' ') {
        end++;
      }
      boolean single = end - start == 1 && Character.isLetter(w.charAt(start));
      if (out.length() > 0 && !(single && prevSingle)) {
        out.append(' ');
      }
      out.append(w, start, end);
      prevSingle = single;
      start = end + 1;
    }
    String k = out.toString();
    if (k.startsWith("the ") && k.length() > 4) {
      k = k.substring(4);
    }
    return k;
  }
}
