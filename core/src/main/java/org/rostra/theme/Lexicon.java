package org.rostra.theme;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The compiled evidence of a theme set: one trie over every keyword and negative cue of every
 * theme (words keyed by stem, exact form or prefix) and the patterns. {@link #match} finds
 * every candidate and keeps a set of non-overlapping ones, longest first, so a phrase and a
 * word inside it never both count; entries on exactly the same words count for each theme
 * that none of the entries kept before speaks for. Immutable and thread-safe.
 */
final class Lexicon {
  /** One matched entry: word range, char range and the themes it speaks for. */
  record Match(int from, int to, int start, int end, int entry, int[] themes, double[] weights) {}

  private static final class Node {
    final Map<String, Node> byStem = new HashMap<>(4);
    final Map<String, Node> byExact = new HashMap<>(2);
    final Map<String, Node> byPrefix = new HashMap<>(2);
    /** Prefix entries by their first (up to) three characters. */
    final Map<String, List<Map.Entry<String, Node>>> prefixBuckets = new HashMap<>(2);
    int entry = -1;
    int[] themes = new int[0];
    double[] weights = new double[0];

    void add(int theme, double weight) {
      for (int i = 0; i < themes.length; i++) {
        if (themes[i] == theme) {
          // the same words listed twice for a theme (soldier / soldiers, =iraq / =iraq's)
          // count once, at the larger weight; a keyword and a negative cue on them add up
          weights[i] = (weights[i] > 0) == (weight > 0)
              ? (Math.abs(weight) > Math.abs(weights[i]) ? weight : weights[i])
              : weights[i] + weight;
          return;
        }
      }
      themes = Arrays.copyOf(themes, themes.length + 1);
      weights = Arrays.copyOf(weights, weights.length + 1);
      themes[themes.length - 1] = theme;
      weights[weights.length - 1] = weight;
    }
  }

  private record CompiledPattern(Pattern pattern, int theme, double weight, int entry) {}

  private final Node root = new Node();
  /** Per entry id: the themes it speaks for and their weights. */
  private final List<int[]> entryThemes = new ArrayList<>();
  private final List<double[]> entryWeights = new ArrayList<>();
  private final List<CompiledPattern> patterns = new ArrayList<>();
  private final List<String> entryNames = new ArrayList<>();
  private final int themeCount;

  private Lexicon(int themeCount) {
    this.themeCount = themeCount;
  }

  static Lexicon compile(List<Theme> themes) {
    Lexicon lx = new Lexicon(themes.size());
    for (int t = 0; t < themes.size(); t++) {
      Theme th = themes.get(t);
      for (Map.Entry<String, Double> e : th.keywords().entrySet()) {
        lx.addPhrase(e.getKey(), t, e.getValue());
      }
      for (Map.Entry<String, Double> e : th.negatives().entrySet()) {
        lx.addPhrase(e.getKey(), t, -e.getValue());
      }
      for (Map.Entry<String, Double> e : th.patterns().entrySet()) {
        lx.entryNames.add("/" + e.getKey() + "/");
        lx.patterns.add(
            new CompiledPattern(
                Pattern.compile(e.getKey(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                t,
                e.getValue(),
                lx.entryNames.size() - 1));
      }
    }
    lx.index(lx.root);
    for (CompiledPattern p : lx.patterns) {
      lx.setEntry(p.entry(), new int[] {p.theme()}, new double[] {p.weight()});
    }
    return lx;
  }

  private void index(Node n) {
    if (n.entry >= 0) {
      setEntry(n.entry, n.themes, n.weights);
    }
    for (Node c : n.byStem.values()) {
      index(c);
    }
    for (Node c : n.byExact.values()) {
      index(c);
    }
    for (Node c : n.byPrefix.values()) {
      index(c);
    }
  }

  private void setEntry(int entry, int[] themes, double[] weights) {
    while (entryThemes.size() <= entry) {
      entryThemes.add(new int[0]);
      entryWeights.add(new double[0]);
    }
    entryThemes.set(entry, themes);
    entryWeights.set(entry, weights);
  }

  /** The weight of an entry for a theme (negative for a negative cue, 0 if none). */
  double weight(int entry, int theme) {
    int[] ts = entryThemes.get(entry);
    for (int i = 0; i < ts.length; i++) {
      if (ts[i] == theme) {
        return entryWeights.get(entry)[i];
      }
    }
    return 0;
  }

  int themeCount() {
    return themeCount;
  }

  String entryName(int entry) {
    return entryNames.get(entry);
  }

  /** Whether a keyword has a word the matcher can see. */
  static boolean hasWord(String phrase) {
    return Words.scan(phrase).size > 0;
  }

  private void addPhrase(String phrase, int theme, double weight) {
    Node n = root;
    String[] chunks = phrase.strip().split("\\s+");
    for (String chunk : chunks) {
      boolean exact = chunk.startsWith("=");
      boolean prefix = chunk.endsWith("*") && chunk.length() > 1;
      String core = chunk.substring(exact ? 1 : 0, chunk.length() - (prefix ? 1 : 0));
      Words w = Words.scan(core);
      for (int i = 0; i < w.size; i++) {
        if (prefix && i == w.size - 1) {
          Node parent = n;
          String key = w.lower[i];
          n = parent.byPrefix.get(key);
          if (n == null) {
            n = new Node();
            parent.byPrefix.put(key, n);
            parent.prefixBuckets
                .computeIfAbsent(key.substring(0, Math.min(3, key.length())),
                    k -> new ArrayList<>())
                .add(Map.entry(key, n));
          }
        } else if (exact) {
          n = n.byExact.computeIfAbsent(w.lower[i], k -> new Node());
        } else {
          n = n.byStem.computeIfAbsent(w.stems[i], k -> new Node());
        }
      }
    }
    if (n == root) {
      return;
    }
    if (n.entry < 0) {
      entryNames.add(phrase.strip());
      n.entry = entryNames.size() - 1;
    }
    n.add(theme, weight);
  }

  /** Finds the matches in the whole text, non-overlapping, in text order. */
  List<Match> match(String text, Words words) {
    List<Match> cands = new ArrayList<>();
    for (int i = 0; i < words.size; i++) {
      walk(root, words, i, i, cands);
    }
    for (CompiledPattern p : patterns) {
      Matcher m = p.pattern().matcher(text);
      while (m.find()) {
        if (m.end() == m.start()) {
          continue;
        }
        int from = firstWordEndingAfter(words, m.start());
        int to = from;
        while (to < words.size && words.starts[to] < m.end()) {
          to++;
        }
        if (to > from) {
          cands.add(
              new Match(from, to, m.start(), m.end(), p.entry(), new int[] {p.theme()},
                  new double[] {p.weight()}));
        }
      }
    }
    if (cands.isEmpty()) {
      return List.of();
    }
    cands.sort(
        (a, b) -> {
          int c = Integer.compare(b.to() - b.from(), a.to() - a.from());
          if (c != 0) {
            return c;
          }
          c = Double.compare(absSum(b.weights()), absSum(a.weights()));
          return c != 0 ? c : Integer.compare(a.from(), b.from());
        });
    boolean[] used = new boolean[words.size];
    // the accepted match starting at a word, to let other entries on exactly the same words
    // speak for other themes ("iraq" for Defense and "iraq*" for International Affairs)
    Match[] startingAt = new Match[words.size];
    int[][] covered = new int[words.size][];
    List<Match> out = new ArrayList<>();
    for (Match m : cands) {
      boolean free = true;
      for (int k = m.from(); k < m.to() && free; k++) {
        free = !used[k];
      }
      if (free) {
        for (int k = m.from(); k < m.to(); k++) {
          used[k] = true;
        }
        startingAt[m.from()] = m;
        covered[m.from()] = m.themes();
        out.add(m);
      } else if (startingAt[m.from()] != null && startingAt[m.from()].to() == m.to()) {
        Match extra = otherThemes(m, covered[m.from()]);
        if (extra != null) {
          int[] c = covered[m.from()];
          int[] more = Arrays.copyOf(c, c.length + extra.themes().length);
          System.arraycopy(extra.themes(), 0, more, c.length, extra.themes().length);
          covered[m.from()] = more;
          out.add(extra);
        }
      }
    }
    out.sort((a, b) -> Integer.compare(a.from(), b.from()));
    return out;
  }

  /**
   * The part of a match on the same words as accepted matches that speaks for themes none of
   * them speaks for (a theme counts a span once), or null if there is none.
   */
  private static Match otherThemes(Match m, int[] covered) {
    int[] themes = new int[m.themes().length];
    double[] weights = new double[m.themes().length];
    int n = 0;
    for (int j = 0; j < m.themes().length; j++) {
      boolean seen = false;
      for (int t : covered) {
        if (t == m.themes()[j]) {
          seen = true;
          break;
        }
      }
      if (!seen) {
        themes[n] = m.themes()[j];
        weights[n] = m.weights()[j];
        n++;
      }
    }
    if (n == 0) {
      return null;
    }
    return new Match(m.from(), m.to(), m.start(), m.end(), m.entry(), Arrays.copyOf(themes, n),
        Arrays.copyOf(weights, n));
  }

  private static double absSum(double[] w) {
    double s = 0;
    for (double x : w) {
      s += Math.abs(x);
    }
    return s;
  }

  private static int firstWordEndingAfter(Words w, int offset) {
    int lo = 0;
    int hi = w.size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (w.ends[mid] <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private void walk(Node n, Words w, int from, int i, List<Match> out) {
    if (i >= w.size) {
      return;
    }
    Node s = n.byStem.isEmpty() ? null : n.byStem.get(w.stems[i]);
    if (s != null) {
      visit(s, w, from, i, out);
    }
    if (!n.byExact.isEmpty()) {
      Node e = n.byExact.get(w.lower[i]);
      if (e != null) {
        visit(e, w, from, i, out);
      }
    }
    if (!n.byPrefix.isEmpty()) {
      String lw = w.lower[i];
      for (int len = 1; len <= Math.min(3, lw.length()); len++) {
        List<Map.Entry<String, Node>> bucket = n.prefixBuckets.get(lw.substring(0, len));
        if (bucket == null) {
          continue;
        }
        for (Map.Entry<String, Node> p : bucket) {
          if (lw.startsWith(p.getKey())) {
            visit(p.getValue(), w, from, i, out);
          }
        }
      }
    }
  }

  private void visit(Node n, Words w, int from, int i, List<Match> out) {
    if (n.entry >= 0) {
      out.add(new Match(from, i + 1, w.starts[from], w.ends[i], n.entry, n.themes, n.weights));
    }
    walk(n, w, from, i + 1, out);
  }
}
