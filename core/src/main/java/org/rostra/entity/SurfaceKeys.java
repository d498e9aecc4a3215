package org.rostra.entity;

import java.text.Normalizer;
import java.util.Locale;

/** Surface keys: the form in which names, titles and demonyms are compared. */
final class SurfaceKeys {
  private SurfaceKeys() {}

  static String key(String s) {
    String d = Normalizer.normalize(s, Normalizer.Form.NFKD);
    StringBuilder b = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      int t = Character.getType(c);
      if (t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK) {
        continue;
      }
      if (c == '.' || c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02bc'
          || c == '`' || c == '\u00b4') {
        continue;
      }
      if (c == '&') {
        b.append(" and ");
      } else if (Character.isLetterOrDigit(c)) {
        b.append(Character.toLowerCase(c));
      } else {
        b.append(' ');
      }
    }
    // collapse spaces; join runs of single letters ("u s a" = "usa")
    String[] words = b.toString().trim().split(" +");
    StringBuilder out = new StringBuilder(b.length());
    boolean prevSingle = false;
    for (String w : words) {
      if (w.isEmpty()) {
        continue;
      }
      boolean single = w.length() == 1 && Character.isLetter(w.charAt(0));
      if (out.length() > 0 && !(single && prevSingle)) {
        out.append(' ');
      }
      out.append(w);
      prevSingle = single;
    }
    String k = out.toString().toLowerCase(Locale.ROOT);
    if (k.startsWith("the ") && k.length() > 4) {
      k = k.substring(4);
    }
    return k;
  }
}
