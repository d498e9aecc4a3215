package org.rostra.theme;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.rostra.doc.Document;
import org.rostra.doc.LayerKey;
import org.rostra.doc.Layers;
import org.rostra.doc.Paragraph;
import org.rostra.doc.Quote;
import org.rostra.doc.TextSpan;
import org.rostra.doc.ThemeLevel;
import org.rostra.doc.ThemeScore;

/** What lexicon and trained classifiers share: levels, thresholds, top-k, evidence. */
abstract class BaseClassifier implements ThemeClassifier {
  /** At most this many evidence spans per reported theme. */
  static final int MAX_EVIDENCE = 40;

  /** A part of a text being scored: its words and matches in [from, to). */
  record Part(String text, Words words, List<Lexicon.Match> matches, int from, int to,
      int start, int end) {

    static Part whole(String text, Words words, List<Lexicon.Match> matches) {
      return new Part(text, words, matches, 0, words.size, 0, text.length());
    }

    /** The part of this part between two char offsets, with the matches inside it. */
    Part sub(int charStart, int charEnd) {
      int f = lowerBound(words.starts, words.size, charStart);
      int t = lowerBound(words.starts, words.size, charEnd);
      while (t > f && words.ends[t - 1] > charEnd) {
        t--;
      }
      int lo = 0;
      int hi = matches.size();
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (matches.get(mid).from() < f) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      List<Lexicon.Match> in = new ArrayList<>();
      for (int i = lo; i < matches.size() && matches.get(i).from() < t; i++) {
        if (matches.get(i).to() <= t) {
          in.add(matches.get(i));
        }
      }
      return new Part(text, words, in, f, t, charStart, charEnd);
    }

    /** The matches lying inside this part, in text order. */
    List<Lexicon.Match> inside() {
      return matches;
    }
  }

  final ThemeSet set;
  final List<Theme> themes;
  final ThemeOptions options;
  final Lexicon lexicon;

  BaseClassifier(ThemeSet set, ThemeOptions options, Lexicon lexicon) {
    this.set = set;
    this.themes = set.themes();
    this.options = options;
    this.lexicon = lexicon;
  }

  /** The score of every theme in the part. */
  abstract double[] scores(Part part);

  /** The evidence of one theme in the part, in text order. */
  List<TextSpan> evidence(Part part, int theme) {
    List<TextSpan> out = new ArrayList<>();
    for (Lexicon.Match m : part.inside()) {
      for (int k = 0; k < m.themes().length; k++) {
        if (m.themes()[k] == theme && m.weights()[k] > 0) {
          out.add(TextSpan.of(m.start(), m.end()));
          break;
        }
      }
      if (out.size() >= MAX_EVIDENCE) {
        break;
      }
    }
    return out;
  }

  @Override
  public String name() {
    return "themes";
  }

  @Override
  public Set<LayerKey<?>> requires() {
    return Set.of(Layers.PARAGRAPHS);
  }

  @Override
  public Set<LayerKey<?>> provides() {
    return Set.of(Layers.THEMES);
  }

  @Override
  public ThemeSet themes() {
    return set;
  }

  @Override
  public ThemeOptions options() {
    return options;
  }

  Part analyse(String text) {
    Words w = Words.scan(text);
    return Part.whole(text, w, lexicon.match(text, w));
  }

  @Override
  public double[] scoreAll(String text) {
    return scores(analyse(text));
  }

  @Override
  public List<ThemeScore> classify(String text) {
    List<ThemeScore> out = new ArrayList<>();
    report(analyse(text), ThemeLevel.DOCUMENT, OptionalInt.empty(), options.threshold(),
        options.topK(), out);
    return List.copyOf(out);
  }

  @Override
  public Document process(Document document) {
    Part doc = analyse(document.text());
    List<TextSpan> bylines = Bylines.spans(document);   // no evidence, no paragraph themes
    doc = new Part(doc.text(), doc.words(), Bylines.outside(doc.matches(), bylines), doc.from(),
        doc.to(), doc.start(), doc.end());
    List<ThemeScore> out = new ArrayList<>();
    report(doc, ThemeLevel.DOCUMENT, OptionalInt.empty(), options.threshold(), options.topK(),
        out);
    if (options.paragraphs() && options.partTopK() > 0) {
      List<Paragraph> ps = document.find(Layers.PARAGRAPHS).orElse(List.of());
      for (int i = 0; i < ps.size(); i++) {
        TextSpan s = ps.get(i).span();
        if (Bylines.covered(doc.text(), s.start(), s.end(), bylines)) {
          continue;
        }
        report(doc.sub(s.start(), s.end()), ThemeLevel.PARAGRAPH, OptionalInt.of(i),
            options.partThreshold(), options.partTopK(), out);
      }
    }
    Optional<List<Quote>> quotes = document.find(Layers.QUOTES);
    if (options.quotes() && options.partTopK() > 0 && quotes.isPresent()) {
      List<Quote> qs = quotes.get();
      for (int i = 0; i < qs.size(); i++) {
        TextSpan s = qs.get(i).span();
        report(doc.sub(s.start(), s.end()), ThemeLevel.QUOTE, OptionalInt.of(i),
            options.partThreshold(), options.partTopK(), out);
      }
    }
    return document.with(Layers.THEMES, List.copyOf(out));
  }

  private void report(Part part, ThemeLevel level, OptionalInt index, double threshold, int topK,
      List<ThemeScore> out) {
    if (part.to() <= part.from()) {
      return;
    }
    double[] s = scores(part);
    List<Integer> order = new ArrayList<>();
    for (int t = 0; t < s.length; t++) {
      if (s[t] > 0 && s[t] >= threshold) {
        order.add(t);
      }
    }
    order.sort(Comparator.<Integer>comparingDouble(t -> -s[t]).thenComparingInt(t -> t));
    for (int k = 0; k < Math.min(topK, order.size()); k++) {
      int t = order.get(k);
      Theme th = themes.get(t);
      out.add(new ThemeScore(th.id(), th.label(), round(s[t]), level, index, evidence(part, t)));
    }
  }

  static double round(double x) {
    double r = Math.round(x * 10000.0) / 10000.0;
    return Math.max(0.0, Math.min(1.0, r));
  }

  static int lowerBound(int[] a, int n, int key) {
    int lo = 0;
    int hi = n;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (a[mid] < key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + set + "]";
  }
}
