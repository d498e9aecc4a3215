package org.rostra.theme;

import java.util.ArrayList;
import java.util.List;
import org.rostra.doc.Dateline;
import org.rostra.doc.Document;
import org.rostra.doc.Layers;
import org.rostra.doc.TextSpan;

/**
 * Datelines and bylines ("WASHINGTON (Reuters) --", "--With assistance from …") are not part
 * of what a text is about: their words are no theme evidence and a paragraph that is only a
 * dateline or byline gets no themes.
 */
final class Bylines {
  private Bylines() {}

  /** The dateline and byline spans of a document, in text order (empty without the layer). */
  static List<TextSpan> spans(Document document) {
    List<Dateline> ds = document.find(Layers.DATELINES).orElse(List.of());
    List<TextSpan> out = new ArrayList<>(ds.size());
    for (Dateline d : ds) {
      out.add(d.span());
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  /** Whether the part [start, end) has no letter or digit outside the spans. */
  static boolean covered(String text, int start, int end, List<TextSpan> spans) {
    if (spans.isEmpty()) {
      return false;
    }
    int i = start;
    int k = 0;
    while (i < end) {
      while (k < spans.size() && spans.get(k).end() <= i) {
        k++;
      }
      if (k < spans.size() && spans.get(k).start() <= i) {
        i = spans.get(k).end();
        continue;
      }
      int cp = text.codePointAt(i);
      if (Character.isLetterOrDigit(cp)) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  /** The matches that do not overlap any of the spans (both lists in text order). */
  static List<Lexicon.Match> outside(List<Lexicon.Match> matches, List<TextSpan> spans) {
    if (spans.isEmpty() || matches.isEmpty()) {
      return matches;
    }
    List<Lexicon.Match> out = new ArrayList<>(matches.size());
    int k = 0;
    for (Lexicon.Match m : matches) {
      while (k < spans.size() && spans.get(k).end() <= m.start()) {
        k++;
      }
      boolean inside = false;
      for (int j = k; j < spans.size() && spans.get(j).start() < m.end(); j++) {
        if (spans.get(j).end() > m.start()) {
          inside = true;
          break;
        }
      }
      if (!inside) {
        out.add(m);
      }
    }
    return out;
  }
}
