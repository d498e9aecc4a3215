package org.rostra.quote;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.rostra.doc.Attribution;
import org.rostra.doc.Cue;
import org.rostra.doc.Document;
import org.rostra.doc.LayerKey;
import org.rostra.doc.Layers;
import org.rostra.doc.Paragraph;
import org.rostra.doc.Quote;
import org.rostra.doc.QuoteKind;
import org.rostra.doc.Sentence;
import org.rostra.doc.TextSpan;
import org.rostra.doc.Token;

/**
 * The rule-based attributor. Per sentence it finds the cues of the lexicon outside quotation
 * marks; for each verb cue it finds the speaker (the noun phrase before the cue, or after an
 * inverted cue), decides from the words around them whether the content comes before
 * ({@code "Q," S said}) or after ({@code S said (that) Q}, {@code S said: "Q"}), and takes
 * the content up to the clause boundary or the quotation marks. Every scan is bounded by
 * the sentence and by fixed windows, so the whole pass is linear.
 */
final class RuleQuoteAttributor implements QuoteAttributor {
  /** The most tokens an indirect content may have (bounds memory on pathological input). */
  private static final int MAX_CONTENT = 400;
  /** The most tokens of a clause the rules scan (longer runs are cut into windows). */
  private static final int MAX_CLAUSE = 300;
  /** The most tokens of a speaker noun phrase. */
  private static final int MAX_NP = 14;

  private static final Set<String> PERSONAL =
      Set.of("he", "she", "they", "we", "i", "you", "it", "who");
  private static final Set<String> OBJECT_PRONOUNS =
      Set.of("me", "him", "her", "us", "them", "you");
  private static final Set<String> POSSESSIVE =
      Set.of("his", "her", "their", "its", "our", "my", "your");
  private static final Set<String> MODIFIER_PREPS =
      Set.of(
          "in", "at", "on", "during", "after", "before", "with", "from", "via", "outside",
          "inside", "following", "without", "through", "near", "since", "to", "for",
          "of", "about", "late", "early", "earlier", "later", "last", "this", "over", "by");
  private static final Set<String> TEMPORAL =
      Set.of(
          "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
          "today", "yesterday", "tonight", "week", "month", "year", "morning", "night",
          "evening", "afternoon", "weekend", "earlier", "later", "recently", "previously",
          "once", "again", "then", "now");
  private static final Set<String> TEMPORAL_LEAD =
      Set.of("on", "last", "this", "earlier", "later", "late", "early", "next", "that");
  private static final Set<String> NP_LINKS = Set.of("of", "for", "at", "from");
  private static final Set<String> NP_LINKS_LEFT =
      Set.of("of", "for", "at", "from", "in", "to", "on", "under", "with");
  private static final Set<String> TITLES =
      Set.of(
          "mr", "mrs", "ms", "dr", "rep", "reps", "sen", "sens", "gov", "gen", "lt", "col",
          "sgt", "st", "jr", "sr", "prof", "rev", "hon", "pres", "sec", "atty", "supt", "capt",
          "maj", "adm", "cmdr", "u.s");
  private static final Set<String> QUANTIFIERS =
      Set.of(
          "some", "many", "most", "all", "several", "few", "none", "both", "each", "one", "two",
          "three", "half", "majority", "minority", "dozens", "hundreds", "thousands", "plenty");
  /** Participles that work as prepositions and do not start a clause of their own. */
  private static final Set<String> PREPOSITIONAL_ING =
      Set.of(
          "including", "regarding", "concerning", "following", "excluding", "involving",
          "considering", "surrounding", "according");
  /** Prepositions that belong to the cue before a noun-phrase content. */
  private static final Set<String> PREP_CUES =
      Set.of("about", "on", "to", "of", "for", "against", "with", "at", "over", "into", "upon");
  /** Verbs that make one cue with a following "to" and cue verb: "continued to question". */
  private static final Set<String> CATENATIVE =
      Set.of(
          "continue", "continues", "continued", "continuing", "try", "tries", "tried", "trying",
          "attempt", "attempts", "attempted", "attempting", "begin", "begins", "began", "begun",
          "beginning", "start", "starts", "started", "starting", "quick", "rushed", "hastened");
  /** Link words that open a sentence without belonging to the reported content. */
  private static final Set<String> LEADING_LINKS = Set.of("and", "but", "so", "yet", "or", "now");
  private static final Set<String> CLITICS = Set.of("'s", "'ve", "'d", "'ll", "'re", "'m");
  private static final Set<String> GO_FORMS = Set.of("go", "goes", "went", "gone", "going");
  private static final Set<String> CONTENT_BREAKS =
      Set.of("but", "although", "though", "while", "whereas", "yet", "after", "before", "since",
          "despite");

  private final CueLexicon lexicon;
  private final boolean beliefs;
  private final boolean floating;
  private final int minQuoteTokens;

  RuleQuoteAttributor(CueLexicon lexicon, boolean beliefs, boolean floating, int minQuoteTokens) {
    this.lexicon = lexicon;
    this.beliefs = beliefs;
    this.floating = floating;
    this.minQuoteTokens = minQuoteTokens;
  }

  @Override
  public String name() {
    return "quotes";
  }

  @Override
  public Set<LayerKey<?>> requires() {
    return Set.of(Layers.PARAGRAPHS, Layers.SENTENCES, Layers.TOKENS, Layers.POS);
  }

  @Override
  public Set<LayerKey<?>> provides() {
    return Set.of(Layers.QUOTES);
  }

  @Override
  public Document process(Document document) {
    Ctx c = new Ctx(document);
    List<Cand> found = new ArrayList<>();
    for (int s = 0; s < c.clauses.length; s++) {
      sentence(c, s, found);
    }
    dashQuotes(c, found);
    transcriptLabels(c, found);
    colonQuotes(c, found);
    if (floating) {
      floatingQuotes(c, found);
    }
    found.sort(Comparator.comparingInt((Cand q) -> q.segs.get(0)[0]).thenComparingInt(q -> q.cueStart));
    dropRelativeInsideContent(c, found);
    SpeakerResolver resolver =
        new SpeakerResolver(document.text(), document.find(Layers.ENTITIES));
    List<Quote> quotes = new ArrayList<>(found.size());
    int lastStart = -1;
    int lastEnd = -1;
    for (Cand q : found) {
      int start = q.segs.get(0)[0];
      int end = q.segs.get(q.segs.size() - 1)[1];
      if (start >= end || (start == lastStart && end == lastEnd)) {
        continue;
      }
      lastStart = start;
      lastEnd = end;
      List<TextSpan> segs = new ArrayList<>(q.segs.size());
      for (int[] sg : q.segs) {
        segs.add(TextSpan.of(sg[0], sg[1]));
      }
      TextSpan span = TextSpan.of(start, end);
      Optional<Cue> cue =
          q.cueStart < 0
              ? Optional.empty()
              : Optional.of(
                  new Cue(
                      TextSpan.of(q.cueStart, q.cueEnd),
                      document.text().substring(q.cueStart, q.cueEnd)));
      Optional<Attribution> speaker =
          q.spkStart < 0
              ? Optional.empty()
              : Optional.of(resolver.resolve(TextSpan.of(q.spkStart, q.spkEnd)));
      Optional<Attribution> source =
          q.srcStart < 0
              ? Optional.empty()
              : Optional.of(resolver.resolve(TextSpan.of(q.srcStart, q.srcEnd)));
      quotes.add(
          new Quote(
              span,
              segs,
              document.text().substring(start, end),
              q.kind,
              cue,
              speaker,
              source,
              q.confidence));
    }
    return document.with(Layers.QUOTES, List.copyOf(quotes));
  }

  /**
   * Attributions nested in another quote's content belong to what that quote reports:
   * "saying anyone who objects “is wrong”" (a relative-pronoun speaker inside the content)
   * and "she said she felt ..." (a pronoun speaker opening the content).
   */
  private static void dropRelativeInsideContent(Ctx c, List<Cand> found) {
    // found is sorted by the start of its first segment; index the starts of the non-belief
    // candidates so the pronoun case is one lookup, and let the relative case look back over
    // a bounded number of candidates (both linear in the number of candidates)
    Set<Integer> starts = new HashSet<>();
    for (Cand o : found) {
      if (!o.segs.isEmpty() && !o.belief) {
        starts.add(o.segs.get(0)[0]);
      }
    }
    List<Cand> kept = new ArrayList<>(found.size());
    for (int qi = 0; qi < found.size(); qi++) {
      Cand q = found.get(qi);
      boolean single = q.spkTokStart >= 0 && q.spkTokEnd - q.spkTokStart == 1;
      if (single && PERSONAL.contains(c.lower[q.spkTokStart])) {
        // "Lopez said she felt that ...", "he said he told them ...": the nested attribution
        // with a pronoun speaker is part of what was said (a candidate whose content starts
        // at this speaker; never the candidate itself, whose content never starts there)
        if (!starts.contains(q.spkStart)) {
          kept.add(q);
        }
        continue;
      }
      if (single && RELATIVES.contains(c.lower[q.spkTokStart]) && nestedIn(found, qi)) {
        continue;
      }
      kept.add(q);
    }
    if (kept.size() < found.size()) {
      found.clear();
      found.addAll(kept);
    }
  }

  /** How many earlier candidates a nested attribution is checked against. */
  private static final int NESTING_WINDOW = 64;

  /** Whether candidate {@code qi} lies inside the content of one of the candidates before it. */
  private static boolean nestedIn(List<Cand> found, int qi) {
    Cand q = found.get(qi);
    for (int oi = qi - 1; oi >= 0 && qi - oi <= NESTING_WINDOW; oi--) {
      Cand o = found.get(oi);
      if (o.segs.isEmpty()) {
        continue;
      }
      int[] f = o.segs.get(0);
      int[] l = o.segs.get(o.segs.size() - 1);
      if (f[0] < q.spkStart && q.cueEnd <= l[1] && o.cueStart >= 0
          && (o.cueEnd <= f[0] || o.cueStart >= l[1])) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> RELATIVES = Set.of("who", "which", "that");

  // ------------------------------------------------------------------------------------
  // Per-document arrays

  /** A quote under construction. */
  private static final class Cand {
    final List<int[]> segs = new ArrayList<>();
    int cueStart = -1;
    int cueEnd = -1;
    int spkStart = -1;
    int spkEnd = -1;
    int srcStart = -1;
    int srcEnd = -1;
    QuoteKind kind = QuoteKind.INDIRECT;
    double confidence;
    int sentence;
    int paragraph;
    int cueTok = -1;
    int spkTokStart = -1;
    int spkTokEnd = -1;
    /** Whether the cue is a belief or evidence cue ("thinks", "found"). */
    boolean belief;
  }

  /** A new quote whose cue is the tokens {@code [from, to)} of sentence {@code s}. */
  private static Cand withCue(Ctx c, int s, int from, int to) {
    Cand q = new Cand();
    q.sentence = s;
    q.paragraph = c.par[from];
    q.cueStart = c.st[from];
    q.cueEnd = c.en[to - 1];
    q.cueTok = from;
    return q;
  }

  /** A cue found in a sentence. */
  private record Hit(int start, int end, CueLexicon.Entry entry) {}

  private static final class Ctx {
    final String text;
    final List<Token> tokens;
    final List<Sentence> sentences;
    final int n;
    final int[] st;
    final int[] en;
    final String[] lower;
    final String[] pos;
    final int[] par;
    final int[] parStartTok;
    final int[] sentOf;
    final List<QuoteMarks.Region> regions;
    final int[] inRegion;
    final int[] openOf;
    final int[] closeOf;
    final boolean[] used;
    final int[] regionTokens;
    /** Sentences merged where the splitter cut inside a title or before a lower-case word. */
    final int[][] clauses;

    Ctx(Document d) {
      text = d.text();
      tokens = d.tokens();
      sentences = d.sentences();
      List<Paragraph> paragraphs = d.paragraphs();
      List<String> tags = d.posTags();
      n = tokens.size();
      st = new int[n];
      en = new int[n];
      lower = new String[n];
      pos = new String[n];
      par = new int[n];
      sentOf = new int[n];
      for (int i = 0; i < n; i++) {
        Token t = tokens.get(i);
        st[i] = t.start();
        en[i] = t.end();
        lower[i] = normalise(t.text());
        pos[i] = i < tags.size() ? tags.get(i) : "X";
      }
      parStartTok = new int[paragraphs.size() + 1];
      int p = 0;
      for (int i = 0; i < n; i++) {
        while (p + 1 < paragraphs.size() && paragraphs.get(p).span().end() <= st[i]) {
          p++;
          parStartTok[p] = i;
        }
        par[i] = p;
      }
      for (int q = p + 1; q <= paragraphs.size(); q++) {
        parStartTok[q] = n;
      }
      for (int s = 0; s < sentences.size(); s++) {
        Sentence se = sentences.get(s);
        for (int i = se.tokens().begin(); i < se.tokens().end() && i < n; i++) {
          sentOf[i] = s;
        }
      }
      List<int[]> cl = new ArrayList<>();
      for (Sentence se : sentences) {
        int a = Math.min(se.tokens().begin(), n);
        int b = Math.min(se.tokens().end(), n);
        if (a >= b) {
          continue;
        }
        if (!cl.isEmpty()) {
          int[] prev = cl.get(cl.size() - 1);
          if (prev[1] == a && par[a] == par[prev[0]] && b - prev[0] < 600 && splitTooEarly(prev[0], prev[1], a)) {
            prev[1] = b;
            continue;
          }
        }
        cl.add(new int[] {a, b});
      }
      // a run-on "sentence" (no punctuation for pages) is cut into windows, so that every
      // scan from a clause start stays bounded and the pass linear
      List<int[]> bounded = new ArrayList<>(cl.size());
      for (int[] x : cl) {
        for (int from = x[0]; from < x[1]; from += MAX_CLAUSE) {
          bounded.add(new int[] {from, Math.min(x[1], from + MAX_CLAUSE)});
        }
        if (x[0] >= x[1]) {
          bounded.add(x);
        }
      }
      clauses = bounded.toArray(new int[0][]);
      regions = QuoteMarks.find(text, paragraphs);
      inRegion = new int[n];
      openOf = new int[n];
      closeOf = new int[n];
      java.util.Arrays.fill(inRegion, -1);
      java.util.Arrays.fill(openOf, -1);
      java.util.Arrays.fill(closeOf, -1);
      used = new boolean[regions.size()];
      regionTokens = new int[regions.size()];
      int i = 0;
      for (int r = 0; r < regions.size(); r++) {
        QuoteMarks.Region g = regions.get(r);
        while (i < n && en[i] <= g.open()) {
          i++;
        }
        int k = i;
        while (k < n && st[k] < g.close()) {
          if (st[k] <= g.open() && en[k] > g.open()) {
            openOf[k] = r;
          } else if (g.closed() && st[k] <= g.contentEnd() && en[k] > g.contentEnd()) {
            closeOf[k] = r;
          } else if (st[k] >= g.contentStart() && en[k] <= g.contentEnd()) {
            inRegion[k] = r;
            regionTokens[r]++;
          }
          k++;
        }
        i = k;
      }
    }

    /** Whether the splitter cut after a title ("Rep.") or before a lower-case word. */
    private boolean splitTooEarly(int pa, int pb, int a) {
      char first = text.charAt(st[a]);
      if (Character.isLowerCase(first)) {
        return true;
      }
      if (first == '(' || first == ')') {
        return true;
      }
      int last = pb - 1;
      if (lower[last].equals(".") && last - 1 >= pa) {
        String w = lower[last - 1];
        return TITLES.contains(w) || (w.length() == 1 && Character.isLetter(w.charAt(0)));
      }
      String w = lower[last];
      return w.endsWith(".") && TITLES.contains(w.substring(0, w.length() - 1));
    }

    boolean isPunct(int i) {
      return pos[i].equals("PUNCT") || openOf[i] >= 0 || closeOf[i] >= 0 || allPunct(lower[i]);
    }

    boolean nominal(int i) {
      String p = pos[i];
      return p.equals("PROPN") || p.equals("NOUN") || p.equals("NUM") || nameLike(i);
    }

    /** A capitalised word the tagger took for something else ("Trump/VERB said"). */
    boolean nameLike(int i) {
      String p = pos[i];
      String tx = tokens.get(i).text();
      if (tx.length() > 1 && Character.isUpperCase(tx.charAt(0)) && tx.chars().anyMatch(Character::isDigit)
          && tx.chars().allMatch(Character::isLetterOrDigit)) {
        return true; // "L2", "G20", "AFL-CIO" style names the tagger takes for anything
      }
      if (p.equals("PUNCT") || p.equals("DET") || p.equals("PRON") || p.equals("CCONJ")
          || p.equals("SCONJ") || p.equals("ADP") || p.equals("AUX") || p.equals("PART")) {
        return false;
      }
      String t = tokens.get(i).text();
      return !t.isEmpty() && Character.isUpperCase(t.charAt(0)) && t.length() > 1
          && Character.isLetter(t.charAt(1)) && !PERSONAL.contains(lower[i]);
    }

    boolean isComma(int i) {
      return lower[i].equals(",");
    }

    boolean isDash(int i) {
      return lower[i].equals("—") || lower[i].equals("–") || lower[i].equals("--");
    }

    boolean inQuote(int i) {
      return inRegion[i] >= 0 || openOf[i] >= 0 || closeOf[i] >= 0;
    }

    boolean isVerb(int i) {
      return pos[i].equals("VERB") || pos[i].equals("AUX");
    }
  }

  private static String normalise(String t) {
    String l = t.toLowerCase(Locale.ROOT);
    return l.indexOf('’') >= 0 ? l.replace('’', '\'') : l;
  }

  private static boolean allPunct(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetterOrDigit(s.charAt(i))) {
        return false;
      }
    }
    return !s.isEmpty();
  }

  // ------------------------------------------------------------------------------------
  // Sentences

  private void sentence(Ctx c, int s, List<Cand> out) {
    int a = c.clauses[s][0];
    int b = c.clauses[s][1];
    if (a >= b) {
      return;
    }
    List<Hit> hits = new ArrayList<>();
    for (int i = a; i < b; i++) {
      if (c.inQuote(i)) {
        continue;
      }
      CueLexicon.Match m = lexicon.longest(c.lower, i, b);
      if (m == null) {
        continue;
      }
      boolean clear = true;
      for (int k = i; k < m.end(); k++) {
        clear &= !c.inQuote(k);
      }
      CueLexicon.Entry e = clear ? choose(c, i, m) : null;
      if (e != null) {
        int from = i;
        if (i - 3 >= a && c.lower[i - 1].equals("to") && c.lower[i - 2].equals("on")
            && GO_FORMS.contains(c.lower[i - 3]) && !c.inQuote(i - 3)) {
          // "went on to say": one cue
          from = i - 3;
        } else if (i - 2 >= a && c.lower[i - 1].equals("to") && CATENATIVE.contains(c.lower[i - 2])
            && !c.inQuote(i - 2)) {
          // "continued to question", "was quick to praise": one cue
          from = i - 2;
          if (!hits.isEmpty() && hits.get(hits.size() - 1).start() == from) {
            hits.remove(hits.size() - 1);
          }
        }
        hits.add(new Hit(from, m.end(), e));
        i = m.end() - 1;
      }
    }
    unlistedVerbs(c, a, b, hits);
    if (hits.isEmpty()) {
      List<Cand> polls = new ArrayList<>(1);
      inPoll(c, s, a, b, polls);
      hearsay(c, s, a, b, polls, new boolean[b - a + 1]);
      out.addAll(polls);
      return;
    }
    List<Cand> here = new ArrayList<>();
    boolean[] cueAt = new boolean[b - a + 1];
    for (Hit h : hits) {
      cueAt[h.start() - a] = true;
    }
    for (Hit h : hits) {
      if (h.entry().noun() || h.entry().prep()) {
        continue;
      }
      if (c.lower[h.start()].equals("asked") && askedOpens(c, a, h.start())) {
        Cand q = askedClause(c, s, a, b, h);
        if (q != null) {
          here.add(q);
        }
        continue;
      }
      if (raisingCue(c, a, h)) {
        Cand q = raising(c, s, a, b, h, cueAt);
        if (q != null) {
          here.add(q);
        }
        continue;
      }
      Cand q = verbCue(c, s, a, b, h, here, cueAt);
      if (q != null) {
        here.add(q);
      }
    }
    for (Hit h : hits) {
      if (h.entry().prep()) {
        according(c, s, a, b, h, here);
      } else if (h.entry().noun()) {
        if (!possessiveNoun(c, s, a, b, h, here, cueAt)) {
          nounSource(c, a, h, here);
        }
      }
    }
    inPoll(c, s, a, b, here);
    hearsay(c, s, a, b, here, cueAt);
    out.addAll(here);
  }

  private static final Set<String> HEARSAY =
      Set.of("reportedly", "allegedly", "purportedly");

  /**
   * "The union is reportedly planning a strike": an unattributed report; the subject (with
   * its auxiliary) and the rest of the clause are the content, as two segments.
   */
  private void hearsay(Ctx c, int s, int a, int b, List<Cand> here, boolean[] cueAt) {
    for (int i = a + 1; i + 1 < b; i++) {
      if (!HEARSAY.contains(c.lower[i]) || c.inQuote(i)) {
        continue;
      }
      int k = i - 1;
      while (k > a && c.pos[k].equals("AUX") && !c.inQuote(k)) {
        k--;
      }
      int[] subj = npLeft(c, k, a);
      if (subj == null || c.isComma(k)) {
        continue;
      }
      int end = contentEnd(c, i + 1, a, b, cueAt);
      int te = trimEnd(c, i + 1, end);
      if (te - (i + 1) < 2) {
        continue;
      }
      Cand q = withCue(c, s, i, i + 1);
      q.segs.add(new int[] {c.st[subj[0]], c.en[i - 1]});
      q.segs.add(new int[] {c.st[i + 1], c.en[te - 1]});
      q.kind = kindOf(c, i + 1, te);
      q.confidence = 0.5;
      here.add(q);
      return;
    }
  }

  private static final Set<String> POLL_NOUNS = Set.of("poll", "survey");
  /** Words of a standing in a poll: "leads", "trails", "ahead", "percent". */
  private static final Set<String> STANDING =
      Set.of("lead", "leads", "led", "leading", "trail", "trails", "trailed", "trailing",
          "ahead", "behind", "tied", "percent", "%", "points", "edge", "advantage", "margin",
          "even", "neck-and-neck");

  /**
   * "In a city survey released Friday, the mayor led by 9 points." / "Ortiz keeps a narrow
   * lead in the polls.": a poll or survey named with "in" reports the clause; its noun phrase is
   * the speaker and "in" the cue (the way PolNeAR marks them).
   */
  private static void inPoll(Ctx c, int s, int a, int b, List<Cand> here) {
    for (int i = a; i + 1 < b; i++) {
      if (!c.lower[i].equals("in") || c.inQuote(i) || !c.pos[i].equals("ADP")) {
        continue;
      }
      int[] np = npRight(c, i + 1, b, 0);
      if (np == null || !POLL_NOUNS.contains(singular(c.lower[np[1] - 1]))) {
        continue;
      }
      boolean taken = false;
      for (Cand q : here) {
        for (int[] sg : q.segs) {
          taken |= sg[0] <= c.st[i] && c.st[i] < sg[1];
        }
        taken |= q.cueStart <= c.st[i] && c.st[i] < q.cueEnd;
      }
      if (taken) {
        continue;
      }
      int spkEnd = np[1];
      int from;
      int to;
      if (i == a) {
        // In NP [released Monday], Q.
        int k = np[1];
        while (k < b && k - np[1] < 8 && !c.isComma(k) && !c.inQuote(k)) {
          k++;
        }
        if (k >= b || !c.isComma(k)) {
          continue;
        }
        spkEnd = k;
        from = k + 1;
        to = trimEnd(c, from, b);
      } else {
        // Q in NP.
        int after = np[1];
        if (after < b && !c.isPunct(after)) {
          continue;
        }
        from = Math.max(a, i - 60); // bounded: a window before "in", not the whole sentence
        to = trimEnd(c, from, i);
        while (from < to && (c.isPunct(from) || LEADING_LINKS.contains(c.lower[from]))
            && c.openOf[from] < 0) {
          from++;
        }
      }
      if (to - from < 3) {
        continue;
      }
      boolean verb = false;
      boolean standing = i == a;
      for (int k = from; k < to; k++) {
        verb |= c.isVerb(k) || c.pos[k].equals("AUX");
        standing |= STANDING.contains(c.lower[k]);
      }
      if (!verb || !standing) {
        continue; // "She climbed in the polls": only a standing measured by the poll is reported
      }
      Cand q = withCue(c, s, i, i + 1);
      q.spkTokStart = np[0];
      q.spkTokEnd = spkEnd;
      q.spkStart = c.st[np[0]];
      q.spkEnd = c.en[spkEnd - 1];
      q.segs.add(new int[] {c.st[from], c.en[to - 1]});
      q.kind = kindOf(c, from, to);
      q.confidence = 0.5;
      here.add(q);
      return;
    }
  }

  /** A verb outside the lexicon that reports the quotation it follows. */
  private static final CueLexicon.Entry UNLISTED =
      new CueLexicon.Entry("", CueLexicon.CueClass.SPEECH, true, false, false, false, false, false);

  /**
   * {@code “A,” he surmised.} / {@code “A,” quipped Smith.}: a quotation closed after a comma
   * and followed by a pronoun or name and a verb (or a verb and a name) is reported by that
   * verb even when the lexicon does not list it.
   */
  private static void unlistedVerbs(Ctx c, int a, int b, List<Hit> hits) {
    boolean added = false;
    for (int i = a; i + 2 < b + 1 && i < b; i++) {
      if (c.closeOf[i] < 0 || !commaBeforeClose(c, i) && !markBeforeClose(c, i)) {
        continue;
      }
      int j = i + 1;
      int v = -1;
      if (j < b && PERSONAL.contains(c.lower[j]) && c.pos[j].equals("PRON")) {
        v = j + 1;
      } else {
        int k = j;
        while (k < b && k - j < 4 && c.pos[k].equals("PROPN") && !c.inQuote(k)) {
          k++;
        }
        if (k > j && k < b && c.pos[k].equals("VERB")) {
          v = k;
        } else if (j < b && c.pos[j].equals("VERB") && j + 1 < b
            && (c.pos[j + 1].equals("PROPN") || PERSONAL.contains(c.lower[j + 1]))) {
          v = j;
        }
      }
      if (v < 0 || v >= b || !c.pos[v].equals("VERB") || c.inQuote(v)
          || !c.lower[v].endsWith("ed") && !c.lower[v].endsWith("s")) {
        continue;
      }
      boolean known = false;
      for (Hit h : hits) {
        known |= h.start() <= v && v < h.end() || h.start() > i && h.start() <= v + 2;
      }
      if (!known) {
        hits.add(new Hit(v, v + 1, UNLISTED));
        added = true;
      }
    }
    if (added) {
      hits.sort(Comparator.comparingInt(Hit::start));
    }
  }

  /** Whether the quotation closed by the token {@code i} ends with ! or ?. */
  private static boolean markBeforeClose(Ctx c, int i) {
    int e = c.st[i];
    while (e > 0 && Character.isWhitespace(c.text.charAt(e - 1))) {
      e--;
    }
    return e > 0 && (c.text.charAt(e - 1) == '!' || c.text.charAt(e - 1) == '?');
  }

  /** Whether the quotation closed by the token {@code i} ends with a full stop. */
  private static boolean periodBeforeClose(Ctx c, int i) {
    int e = c.st[i];
    while (e > 0 && Character.isWhitespace(c.text.charAt(e - 1))) {
      e--;
    }
    return e > 0 && c.text.charAt(e - 1) == '.';
  }

  /** Whether the quotation closed by the token {@code i} ends with a comma. */
  private static boolean commaBeforeClose(Ctx c, int i) {
    int e = c.st[i];
    while (e > 0 && Character.isWhitespace(c.text.charAt(e - 1))) {
      e--;
    }
    return e > 0 && c.text.charAt(e - 1) == ',';
  }

  /** The entry that fits the token's part of speech, or null. */
  private CueLexicon.Entry choose(Ctx c, int i, CueLexicon.Match m) {
    int head = i;
    String p = c.pos[head];
    for (CueLexicon.Entry e : m.entries()) {
      if (e.prep()) {
        return e;
      }
      if (e.noun() && (p.equals("NOUN") || p.equals("PROPN"))) {
        return e;
      }
      if (!e.noun() && p.equals("VERB")) {
        return e;
      }
    }
    if (!p.equals("VERB")) {
      // "“Why?” a narrator asks.", "Video shows that": the tagger reads the verb as a noun
      boolean quoted = afterQuotation(c, head);
      boolean subject = !quoted && afterSubject(c, head);
      boolean past = pastOfSpeech(c, head, m.end())
          || c.lower[head].endsWith("ing") && head - 1 >= 0 && c.isComma(head - 1)
              && !c.inQuote(head - 1) && m.end() == head + 1;
      for (CueLexicon.Entry e : m.entries()) {
        if (!e.noun() && !e.prep() && (quoted && e.inv() || subject
            || past && e.inv() && e.cls() == CueLexicon.CueClass.SPEECH)) {
          return e;
        }
      }
    }
    if (capitalised(c, head) && titleCase(c, head)) {
      // a headline: "Governor Calls Senate Bill ‘A Betrayal’", the tagger sees names
      for (CueLexicon.Entry e : m.entries()) {
        if (!e.noun() && !e.prep()) {
          return e;
        }
      }
    }
    return null;
  }

  /**
   * Whether the token {@code i} ends a short clause that follows a closed quotation in the
   * same paragraph ({@code “Q?” a narrator asks.}): an inflected form right before the end of
   * the sentence or a comma.
   */
  private static boolean afterQuotation(Ctx c, int i) {
    String w = c.lower[i];
    if (!(w.endsWith("s") || w.endsWith("ed")) || i + 1 >= c.n
        || !(c.isPunct(i + 1) && !c.inQuote(i + 1) || c.sentOf[i + 1] != c.sentOf[i])) {
      return false;
    }
    for (int k = i - 1; k >= 0 && i - k <= 8 && c.par[k] == c.par[i]; k--) {
      if (c.closeOf[k] >= 0) {
        return k < i - 1;
      }
      if (c.inQuote(k) || c.isPunct(k) && !c.lower[k].equals("'s")) {
        return false;
      }
    }
    return false;
  }

  /**
   * "Lee/ADJ said/NOUN of him": a one-word past form of a speech verb (-ed, "said", "told",
   * "wrote") is a verb whatever the tagger says, unless a determiner or possessive makes it a
   * modifier ("the said document", "his stated aim").
   */
  private static boolean pastOfSpeech(Ctx c, int i, int end) {
    String w = c.lower[i];
    if (end != i + 1 || !(w.endsWith("ed") || w.equals("said") || w.equals("told")
        || w.equals("wrote")) || c.inQuote(i)) {
      return false;
    }
    if (i - 1 >= 0 && c.sentOf[i - 1] == c.sentOf[i]) {
      String p = c.pos[i - 1];
      String l = c.lower[i - 1];
      if (p.equals("DET") || POSSESSIVE.contains(l) || l.equals("'s") || p.equals("ADP")) {
        return false;
      }
    }
    return true;
  }

  /**
   * "Ortiz tells/NOUN reporters": an inflected verb form right after a name or a personal
   * pronoun that starts its clause, which the tagger read as a noun.
   */
  private static boolean afterSubject(Ctx c, int i) {
    String w = c.lower[i];
    if (!(w.endsWith("s") || w.endsWith("ed")) || i - 1 < 0 || c.inQuote(i - 1)
        || c.sentOf[i - 1] != c.sentOf[i] || !Character.isLowerCase(c.text.charAt(c.st[i]))) {
      return false;
    }
    String prev = c.lower[i - 1];
    if (c.pos[i - 1].equals("PRON")) {
      return PERSONAL.contains(prev) && !prev.equals("you") && !prev.equals("it");
    }
    if (w.endsWith("s") && !w.endsWith("ss") && !w.equals("states") && i + 1 < c.n
        && c.sentOf[i + 1] == c.sentOf[i]
        && (c.pos[i - 1].equals("NOUN") || c.pos[i - 1].equals("PROPN"))
        && (c.lower[i + 1].equals("that") || c.lower[i + 1].equals("to")
            && i + 2 < c.n && c.isVerb(i + 2)
            || PERSONAL.contains(c.lower[i + 1]) && !c.lower[i + 1].equals("who"))) {
      // "Video shows/NOUN that ...", "The campaign plans/NOUN to ...": a verb before a clause
      return true;
    }
    if (w.endsWith("s") && !w.endsWith("ss") && EVIDENCE_NOUNS.contains(singular(prev))
        && i + 1 < c.n && c.sentOf[i + 1] == c.sentOf[i] && !c.isPunct(i + 1)) {
      return true; // "The new poll shows/NOUN Ortiz ahead"
    }
    if (!c.pos[i - 1].equals("PROPN")) {
      return false;
    }
    int j = i - 1;
    while (j - 1 >= 0 && c.pos[j - 1].equals("PROPN") && c.sentOf[j - 1] == c.sentOf[i]
        && i - j < 5) {
      j--;
    }
    return j == 0 || c.sentOf[j - 1] != c.sentOf[i] || c.isComma(j - 1)
        || c.closeOf[j - 1] >= 0;
  }

  /** Whether the sentence of token {@code i} is a title-case headline (most words capitalised). */
  private static boolean titleCase(Ctx c, int i) {
    int s = c.sentOf[i];
    int lo = i;
    while (lo > 0 && i - lo < 30 && c.sentOf[lo - 1] == s) {
      lo--;
    }
    int words = 0;
    int caps = 0;
    for (int k = lo; k < c.n && k - lo < 60 && c.sentOf[k] == s; k++) {
      String t = c.tokens.get(k).text();
      if (!t.isEmpty() && Character.isLetter(t.charAt(0))) {
        words++;
        caps += Character.isUpperCase(t.charAt(0)) ? 1 : 0;
      }
    }
    return words >= 4 && caps * 10 >= words * 8;
  }

  // ------------------------------------------------------------------------------------
  // Verb cues

  private static final Set<String> ISSUE_NOUNS =
      Set.of("concern", "question", "issue", "doubt", "objection", "possibility", "alarm",
          "specter", "spectre", "prospect", "point", "idea", "topic", "subject", "matter",
          "suspicion", "worry", "fear", "complaint", "criticism", "flag", "eyebrow", "option");

  /** "raised concerns", "raised the possibility": raise as a speech act. */
  private static boolean raisesAnIssue(Ctx c, int p, int b) {
    for (int k = p; k < b && k - p < 5 && !c.inQuote(k); k++) {
      if (ISSUE_NOUNS.contains(singular(c.lower[k]))) {
        return true;
      }
      if (c.isPunct(k) || c.isVerb(k)) {
        return false;
      }
    }
    return false;
  }

  private static final Set<String> QUOTE_ONLY = Set.of("sing", "chant");

  /** Whether a quotation opens within six tokens after {@code p}. */
  private static boolean quotationNext(Ctx c, int p, int b) {
    for (int k = p; k < b && k - p < 6; k++) {
      if (c.openOf[k] >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * "is observed as", "are revealed as": a past participle after a form of "be" with no "by"
   * agent after it (the raising "is expected to" is handled before).
   */
  private static boolean passiveWithoutAgent(Ctx c, int a, Hit h, int b) {
    int i = h.start();
    if (h.end() != i + 1 || !c.lower[i].endsWith("ed") || i - 1 < a) {
      return false;
    }
    int k = i - 1;
    while (k > a && c.pos[k].equals("ADV")) {
      k--;
    }
    if (!BE.contains(c.lower[k])) {
      return false;
    }
    for (int m = i + 1; m < b && m - i < 6; m++) {
      if (c.lower[m].equals("by")) {
        return false;
      }
    }
    for (int m = Math.max(a, i - 60); m < Math.min(b, i + 60); m++) {
      if (c.openOf[m] >= 0) {
        return false; // "“Q,” was the message": a quotation keeps its attribution
      }
    }
    return true;
  }

  /** "cast the plan as a giveaway": an "as" phrase within a few words. */
  private static boolean asAhead(Ctx c, int p, int b) {
    for (int k = p; k < b && k - p < 8 && !c.inQuote(k); k++) {
      if (c.lower[k].equals("as")) {
        return k > p;
      }
      if (c.isPunct(k) || c.isVerb(k)) {
        return false;
      }
    }
    return false;
  }

  /** Cues that report nothing before a preposition or a number ("declined by 2%"). */
  private static final Set<String> ONLY_WITH_TO = Set.of("decline", "refuse", "offer");

  private Cand verbCue(Ctx c, int s, int a, int b, Hit h, List<Cand> here, boolean[] cueAt) {
    CueLexicon.Entry e = h.entry();
    if (QUOTE_ONLY.contains(e.lemma()) && !quotationNext(c, h.end(), b)) {
      return null; // "who sang at church": singing reports only what is quoted
    }
    if (passiveWithoutAgent(c, a, h, b)) {
      return null; // "The square is regarded as ...": a passive names no speaker
    }
    if (e.lemma().equals("raise") && !raisesAnIssue(c, h.end(), b)
        || e.lemma().equals("cast") && !asAhead(c, h.end(), b)) {
      return null; // "raised $3 million", "votes cast": no speech
    }
    if (ONLY_WITH_TO.contains(e.lemma())) {
      int t = h.end();
      while (t < b && c.pos[t].equals("ADV") && !c.inQuote(t)) {
        t++;
      }
      if (t >= b || !c.lower[t].equals("to") && (c.pos[t].equals("ADP")
          || c.isPunct(t) && c.openOf[t] < 0
          || c.pos[t].equals("NUM") || c.lower[t].equals("$"))) {
        return null;
      }
    }
    int cs = h.start();
    for (int k = 0; k < 4 && cs - 1 >= a; k++) {
      int q = cs - 1;
      String p = c.pos[q];
      boolean clitic = c.lower[q].startsWith("'") && !c.lower[q].equals("n't");
      if (!clitic && !c.isPunct(q) && (p.equals("AUX") || p.equals("ADV") || c.lower[q].equals("not")
          || c.lower[q].equals("n't"))) {
        cs = q;
      } else {
        break;
      }
    }
    int je = h.end();
    // the speaker: before the cue, or after an inverted cue
    int[] spk = npLeft(c, cs - 1, a);
    boolean inverted = false;
    boolean inherited = false;
    boolean participle = c.lower[h.start()].endsWith("ing");
    boolean initial = cs == a && Character.isUpperCase(c.text.charAt(c.st[cs]))
        && !participle && quotationAhead(c, je, b);
    if (spk == null && e.inv() && !participle && (cs == a ? prevIsClose(c, cs) || initial
        : (c.isComma(cs - 1)
        || c.closeOf[cs - 1] >= 0 || c.isDash(cs - 1)))) {
      int[] r = npRight(c, je, b);
      if (r != null) {
        // "said Tim Hess, a developer in Virginia, who ...": the speaker runs to the end
        if (r[1] < b && (c.isComma(r[1]) || c.pos[r[1]].equals("ADP")
            || c.lower[r[1]].equals("who") || c.lower[r[1]].equals("whose")
            || c.lower[r[1]].equals("that") && r[1] + 1 < b && c.isVerb(r[1] + 1))) {
          int k = r[1];
          boolean cueInside = false;
          while (k < b && c.openOf[k] < 0 && !c.inQuote(k)
              && !(c.isComma(k) && k + 1 < b && c.lower[k + 1].endsWith("ing")
                  && c.pos[k + 1].equals("VERB"))) {
            cueInside |= k > r[1] + 1 && cueWithin(cueAt, a, k, k + 1);
            k++;
          }
          int te = trimEnd(c, r[1], k);
          // "said Lane, who said the vote was “...”": the relative clause reports a quote of its own
          boolean relativeCue = cueInside && k < b && c.openOf[k] >= 0;
          if (te > r[1] && k - r[1] < 40 && (!cueInside || !relativeCue)) {
            r = new int[] {r[0], te};
          }
        }
        spk = r;
        inverted = true;
      }
    }
    if (spk == null && c.lower[h.start()].endsWith("ing") && cs - 1 >= a && c.isComma(cs - 1)) {
      Cand prev = here.isEmpty() ? null : here.get(here.size() - 1);
      if (prev != null && prev.spkStart >= 0) {
        spk = new int[] {prev.spkTokStart, prev.spkTokEnd};
        inherited = true;
      }
    }
    if (spk == null && cs - 1 > a && !c.inQuote(cs - 1)
        && (c.lower[cs - 1].equals("and") || c.lower[cs - 1].equals("but")
            || c.lower[h.start()].endsWith("ing")
            && c.isComma(cs - 1))) {
      // "Wilson praised Rubio and said ...", "Trump spoke, saying ...": the clause subject
      spk = subjectOf(c, a, cs - 1);
      inherited = spk != null;
    }
    if (spk == null) {
      return null;
    }
    if (!beliefs && isBelief(e) && (inverted || !beliefContext(c, spk, je, b, e))
        && !parentheticalBelief(c, a, b, spk, je)) {
      return null;
    }
    int groupStart = inverted || inherited ? cs : spk[0];
    if (!inverted && !inherited && spk[0] - 2 >= a && c.lower[spk[0] - 1].equals("as")
        && (c.isComma(spk[0] - 2) || c.isDash(spk[0] - 2) || c.closeOf[spk[0] - 2] >= 0)) {
      // "... a “lawful source,” as a memo put it.": the comparison clause is the group
      groupStart = spk[0] - 1;
    }
    int groupEnd = inverted ? spk[1] : je;
    // an addressee after the cue: "told reporters"
    int objEnd = groupEnd;
    if (!inverted && e.obj() && groupEnd < b && !startsContent(c, groupEnd)) {
      int[] o = npRight(c, groupEnd, b);
      if (o != null) {
        objEnd = o[1];
      }
    }
    int t = skipModifiers(c, objEnd, b);
    boolean tailClean =
        t >= b
            || c.isComma(t)
            || c.lower[t].equals(";")
            || c.lower[t].equals(".")
            || c.lower[t].equals("!")
            || c.lower[t].equals("?")
            || c.closeOf[t] >= 0
            || c.isDash(t)
            || c.lower[t].equals(")");
    int before = groupStart - 1;
    boolean afterQuote =
        before >= a ? c.closeOf[before] >= 0 || (c.isComma(before) && before - 1 >= a
            && c.closeOf[before - 1] >= 0) : prevIsClose(c, groupStart);
    boolean lenient = afterQuote
        && (before >= a || Character.isLowerCase(c.text.charAt(c.st[groupStart])));
    boolean beforeOk =
        before >= a
            ? c.closeOf[before] >= 0 || ((c.isComma(before) || c.isDash(before)) && before > a)
            : afterQuote;
    if (lenient && before >= a && !c.inQuote(a) && (c.pos[a].equals("ADP")
        || shortTitleBefore(c, a, before))) {
      // "In an interview on “Face the Nation,” Ryan said the ...", "Speaking on Fox's “Sunday
      // Desk,” Lee said the ...": a programme's title in an introduction, not the content
      lenient = false;
    }
    if (lenient && !tailClean && !inherited) {
      // "Q," she said after reading it: the quotation is the content unless more follows
      int f = objEnd < b ? objEnd : b - 1;
      String fl = c.lower[f];
      tailClean = !(fl.equals("that") || fl.equals(":")
          || c.openOf[f] >= 0 && c.regionTokens[c.openOf[f]] >= 4
          || (c.isComma(f) && f + 1 < b && c.openOf[f + 1] >= 0)
          || fl.equals("to") && f + 1 < b && c.pos[f + 1].equals("VERB"));
    }
    int closeTok = before >= a ? before : groupStart - 1;
    if (!tailClean && !inherited && closeTok >= 0 && c.closeOf[closeTok] >= 0
        && c.par[closeTok] == c.par[groupStart] && commaBeforeClose(c, closeTok)
        && (before >= a || closeTok == groupStart - 1)) {
      // “Q,” said S, the only mayor to back the plan. / “Q,” S said in a lengthy
      // interview.: after a quotation closed by a comma the quotation is the content, unless
      // another one, a colon or a that-clause follows
      boolean more = false;
      for (int k = t; k < b; k++) {
        more |= c.openOf[k] >= 0 || c.lower[k].equals(":") || c.lower[k].equals("that")
            && !c.inQuote(k);
      }
      tailClean = !more;
    }
    if (tailClean && !inherited && t < b && c.isComma(t) && t + 1 < b && c.openOf[t + 1] >= 0
        && groupStart - 1 >= 0 && c.closeOf[groupStart - 1] >= 0
        && periodBeforeClose(c, groupStart - 1)) {
      // “... there.” Cruz says, “B.”: a finished quotation before, the content follows
      tailClean = false;
    }
    Cand q = new Cand();
    q.sentence = s;
    q.paragraph = c.par[h.start()];
    q.cueStart = c.st[cs];
    q.cueEnd = c.en[je - 1];
    q.cueTok = h.start();
    q.belief = isBelief(e);
    q.spkTokStart = spk[0];
    q.spkTokEnd = spk[1];
    q.spkStart = c.st[spk[0]];
    q.spkEnd = speakerEnd(c, spk[1] - 1);
    if (tailClean && beforeOk && !inherited && !inverted && before >= a && c.closeOf[before] < 0
        && !(c.isComma(before) && before - 1 >= a && c.closeOf[before - 1] >= 0)
        && t < b && c.isComma(t) && t + 1 < b && c.openOf[t + 1] >= 0
        && !c.used[c.openOf[t + 1]]
        && !c.inQuote(a) && (startsUpper(c, c.regions.get(c.openOf[t + 1]).contentStart())
            || before - a <= 1 && LEADING_LINKS.contains(c.lower[a]))) {
      // "Asked about the plan, Smith said, “Q.”": the introduction is not the content
      addRegion(c, c.openOf[t + 1], q);
      q.confidence = 0.9;
      return q;
    }
    if (tailClean && beforeOk && !inherited) {
      // content before: "Q," S said / "Q," said S / Q, S said.
      boolean aside = t < b && c.isComma(t) && c.closeOf[before] < 0;
      if (!contentBefore(c, a, before, q, aside)) {
        return null;
      }
      // a quote split around its cue: "A," she said, "B."
      int r2 = -1;
      if (t < b && c.isComma(t) && t + 1 < c.n && c.openOf[t + 1] >= 0) {
        r2 = c.openOf[t + 1];
      } else if ((q.kind == QuoteKind.DIRECT && (endsWithComma(c, q) || endsAsking(c, q)))
          || (q.kind != QuoteKind.INDIRECT && c.closeOf[before] >= 0)) {
        // "A," S said. "B.": the quotation goes on in the next sentence of the paragraph
        // (the splitter may leave its opening mark at the end of this sentence)
        int nx = b < c.n && c.openOf[b] >= 0 ? b : b - 1;
        if (nx < c.n && nx >= t && c.par[nx] == q.paragraph && c.openOf[nx] >= 0) {
          r2 = c.openOf[nx];
        } else {
          // "A," he said of the people who ..., "B.": the quotation goes on after a comma
          for (int k = t; k + 1 < b && !c.inQuote(k); k++) {
            if (c.isComma(k) && c.openOf[k + 1] >= 0) {
              r2 = c.openOf[k + 1];
              break;
            }
          }
        }
      }
      if (r2 >= 0 && !c.used[r2]) {
        QuoteKind k0 = q.kind;
        addRegion(c, r2, q);
        if (k0 == QuoteKind.MIXED) {
          q.kind = k0;
        }
      } else if (t < b && c.isComma(t) && q.kind == QuoteKind.INDIRECT && c.closeOf[before] < 0) {
        // parenthetical: "The economy, he said, is strong." / "The paper, Lee said, called it ..."
        int end = trimEnd(c, t + 1, contentEnd(c, t + 1, a, b, cueAt));
        if (end > t + 1) {
          q.segs.add(new int[] {c.st[t + 1], c.en[end - 1]});
          for (int k = t + 1; k < end; k++) {
            if (c.openOf[k] >= 0) {
              c.used[c.openOf[k]] = true;
            }
          }
          q.kind = kindOf(c, t + 1, end) == QuoteKind.INDIRECT ? q.kind : QuoteKind.MIXED;
        }
      }
      q.confidence = q.kind == QuoteKind.INDIRECT ? 0.7 : 0.9;
      return q;
    }
    // content after: S said (that) Q / S said: "Q" / S told X that Q
    if (e.lemma().equals("continue") && h.start() == q.cueTok
        && !(objEnd < b && (c.lower[objEnd].equals(":") || c.openOf[objEnd] >= 0
            || objEnd + 1 < b && c.isComma(objEnd) && c.openOf[objEnd + 1] >= 0))) {
      return null; // "he continued" reports speech after a quotation, not "continues to lead"
    }
    int p = objEnd;
    int p2 = skipModifiers(c, p, b);
    if (p2 > p && (p2 >= b || c.lower[p2].equals(".") && p2 + 1 >= b)
        && !PREP_CUES.contains(c.lower[p])) {
      // "what S told the radio station after the vote": only circumstances after the cue
      p = p2;
    }
    if (p2 < b && p2 > p && (c.lower[p2].equals("that") || c.lower[p2].equals(":")
        || c.openOf[p2] >= 0 || (c.isComma(p2) && p2 + 1 < b && c.openOf[p2 + 1] >= 0))) {
      p = p2;
    }
    if (e.lemma().equals("put it") && p < b && !c.isComma(p) && c.openOf[p] < 0) {
      // "As the minister put it in a letter last spring, the fund is ...": the content
      // follows the comma
      for (int k = p; k < b && k - p < 15 && !c.inQuote(k) && !c.isVerb(k); k++) {
        if (c.isComma(k) && k + 1 < b) {
          p = k + 1;
          break;
        }
      }
    }
    if (p < b && !c.lower[p].equals("that") && !c.lower[p].equals(":") && c.openOf[p] < 0) {
      int th = thatAhead(c, p, b, e.obj());
      if (th >= 0) {
        // "tells the radio show “Good Morning” on Monday that ...", "says at a rally in Lyon,
        // France, that ...": addressee and circumstances before the that-clause
        p = th;
      }
    }
    if (p < b && (c.lower[p].equals(":") || (c.isComma(p) && p + 1 < b && c.openOf[p + 1] >= 0))) {
      p++;
    }
    if (p >= b || (c.isPunct(p) && c.openOf[p] < 0 && trimEnd(c, p, b) <= p)) {
      // nothing after the cue in this sentence: a colon that introduces a quotation next
      int last = b - 1;
      if (c.lower[last].equals(":") && b < c.n && c.openOf[b] >= 0 && !c.used[c.openOf[b]]) {
        addRegion(c, c.openOf[b], q);
        q.confidence = 0.8;
        return q;
      }
      return null;
    }
    if (!inverted && p == groupEnd && p + 1 < b && c.pos[p].equals("ADP")
        && PREP_CUES.contains(c.lower[p]) && !c.inQuote(p) && !c.isVerb(p + 1)
        && !(c.lower[p].equals("to") && (e.to() || c.pos[p + 1].equals("ADV")))
        && !c.lower[p + 1].equals("that")) {
      // "responded to requests", "talked about immigration": the preposition is the cue's
      q.cueEnd = c.en[p];
      p++;
    } else if (!inverted && p == objEnd && objEnd > groupEnd && p + 1 < b
        && c.lower[p].equals("to") && c.isVerb(p + 1)) {
      // "urged voters to ...": the addressee belongs to the content
      p = groupEnd;
    }
    if (c.openOf[p] >= 0 && !c.used[c.openOf[p]]) {
      int r = c.openOf[p];
      addRegion(c, r, q);
      q.confidence = 0.9;
      QuoteMarks.Region g = c.regions.get(r);
      int after = firstTokenAt(c, g.contentEnd()) + 1;
      if (q.segs.size() == 1 && g.closed() && !e.label() && after > p && after < b
          && c.sentOf[after] == c.sentOf[p]
          && !c.isPunct(after) && c.openOf[after] < 0 && !c.inQuote(after)
          && !(after - a < cueAt.length && cueAt[after - a])
          && !periodBeforeClose(c, after - 1) && !markBeforeClose(c, after - 1)
          && !commaBeforeClose(c, after - 1)) {
        // said “it makes me angry” whenever the topic comes up: the clause goes on (mixed)
        int end = contentEnd(c, after, a, b, cueAt);
        int te = trimEnd(c, after, end);
        if (te > after) {
          q.segs.clear();
          q.segs.add(new int[] {g.contentStart(), c.en[te - 1]});
          q.kind = QuoteKind.MIXED;
        }
      }
      return q;
    }
    int end = contentEnd(c, p, a, b, cueAt);
    if (subordinate(c, a, inverted || inherited ? cs : spk[0])) {
      // "Although Ortiz has signed the bill, she does not like it": the content ends with the
      // subordinate clause
      for (int k = p + 1; k < end; k++) {
        if (c.isComma(k) && !c.inQuote(k)) {
          end = k;
          break;
        }
      }
    }
    // a colon at the end introducing a quotation
    int te = trimEnd(c, p, end);
    if (te <= p) {
      return null;
    }
    if (te < end && c.lower[te].equals(":") && te + 1 < c.n && c.openOf[te + 1] >= 0
        && !c.used[c.openOf[te + 1]] && te + 1 >= b) {
      addRegion(c, c.openOf[te + 1], q);
      q.confidence = 0.8;
      return q;
    }
    if (te - p <= 2 && EMPTY_CONTENT.contains(c.lower[te - 1])) {
      return null; // "said little", "said a lot": no content
    }
    int endChar = c.en[te - 1];
    // a quotation opened inside the content that runs past the sentence
    for (int k = p; k < te; k++) {
      if (c.openOf[k] >= 0) {
        int r = c.openOf[k];
        QuoteMarks.Region g = c.regions.get(r);
        c.used[r] = true;
        if (g.contentEnd() > endChar) {
          endChar = g.contentEnd();
          while (g.continues() && r + 1 < c.regions.size()) {
            r++;
            g = c.regions.get(r);
            c.used[r] = true;
            endChar = g.contentEnd();
          }
        }
      }
    }
    int startChar = c.st[p];
    if (c.openOf[p] >= 0) {
      startChar = c.regions.get(c.openOf[p]).contentStart();
    }
    q.segs.add(new int[] {startChar, endChar});
    q.kind = kindOf(c, p, te);
    q.confidence = q.kind == QuoteKind.INDIRECT ? 0.7 : 0.8;
    return q;
  }

  /**
   * "Asked about the plan, Smith said ...": the opening participle is a cue of its own; its
   * content runs to the comma, its speaker is the "by" phrase when there is one.
   */
  private static final Set<String> ASKED_LEADS =
      Set.of("when", "if", "after", "before", "while", "once", "being", "as", "since");

  /** "Asked about ...", "When asked whether ...", ", after being asked ...". */
  private static boolean askedOpens(Ctx c, int a, int i) {
    int k = i;
    while (k - 1 >= a && k - i > -3 && ASKED_LEADS.contains(c.lower[k - 1]) && !c.inQuote(k - 1)) {
      k--;
    }
    return k == a || c.isComma(k - 1) || c.closeOf[k - 1] >= 0 && commaBeforeClose(c, k - 1);
  }

  private static Cand askedClause(Ctx c, int s, int a, int b, Hit h) {
    int p = h.end();
    int[] by = null;
    if (p + 1 < b && c.lower[p].equals("by")) {
      by = npRight(c, p + 1, b, 0);
      if (by == null) {
        return null;
      }
      p = by[1];
    }
    int k = p;
    while (k < b && k - p < 60 && !(c.isComma(k) && !c.inQuote(k))) {
      k++;
    }
    boolean atEnd = k >= b || k - p >= 60;
    if (atEnd) {
      k = trimEnd(c, p, Math.min(b, p + 60));
    }
    if (!atEnd && !c.isComma(k) || k - p < 1 || atEnd && h.start() == a) {
      return null;
    }
    Cand q = new Cand();
    q.sentence = s;
    q.paragraph = c.par[a];
    q.cueStart = c.st[h.start()];
    q.cueEnd = c.en[h.end() - 1];
    q.cueTok = h.start();
    if (by != null) {
      q.spkTokStart = by[0];
      q.spkTokEnd = by[1];
      q.spkStart = c.st[by[0]];
      q.spkEnd = c.en[by[1] - 1];
    }
    q.segs.add(new int[] {c.st[p], c.en[k - 1]});
    q.kind = kindOf(c, p, k);
    q.confidence = 0.5;
    return q;
  }

  private static final Set<String> BE =
      Set.of("is", "are", "was", "were", "be", "been", "being", "'s", "'re", "am");

  /** A raising verb ("seems") or the passive of expect ("is widely expected"). */
  private static boolean raisingCue(Ctx c, int a, Hit h) {
    CueLexicon.Entry e = h.entry();
    if (e.cls() == CueLexicon.CueClass.RAISING) {
      return true;
    }
    if (!e.lemma().equals("expect") || !c.lower[h.start()].equals("expected")) {
      return false;
    }
    int k = h.start() - 1;
    while (k >= a && (c.pos[k].equals("ADV") || c.lower[k].equals("not")) && !c.inQuote(k)) {
      k--;
    }
    return k >= a && BE.contains(c.lower[k]);
  }

  /**
   * {@code X seems to ...}, {@code X is expected to ...}, {@code it appears that ...}: a
   * judgement without a speaker; the content is the subject and the clause after the cue, as
   * two segments.
   */
  private Cand raising(Ctx c, int s, int a, int b, Hit h, boolean[] cueAt) {
    int cs = h.start();
    while (cs - 1 >= a && !c.inQuote(cs - 1) && !c.isPunct(cs - 1)
        && (c.pos[cs - 1].equals("AUX") || c.pos[cs - 1].equals("ADV")
            || c.lower[cs - 1].equals("not") || c.lower[cs - 1].equals("n't"))
        && h.start() - cs < 4) {
      cs--;
    }
    int p = h.end();
    while (p < b && c.pos[p].equals("ADV") && !c.inQuote(p) && p - h.end() < 3) {
      p++;
    }
    if (p >= b || c.inQuote(p)) {
      return null;
    }
    String w = c.lower[p];
    boolean inf = w.equals("to") && h.entry().cls() == CueLexicon.CueClass.RAISING
        || w.equals("to") && p + 1 < b && c.pos[p + 1].equals("VERB");
    boolean clause = w.equals("that") || w.equals("like") || (w.equals("as") && p + 1 < b
        && (c.lower[p + 1].equals("if") || c.lower[p + 1].equals("though")));
    if (!inf && !clause) {
      return null;
    }
    int[] subj = npLeft(c, cs - 1, a);
    boolean expletive = subj != null && subj[1] - subj[0] == 1
        && (c.lower[subj[0]].equals("it") || c.lower[subj[0]].equals("there"));
    if (subj == null || (expletive && !clause) || c.lower[subj[0]].equals("you")
        || c.lower[subj[0]].equals("i")) {
      return null;
    }
    int end = contentEnd(c, p, a, b, cueAt);
    int te = trimEnd(c, p, end);
    if (te - p < 2) {
      return null;
    }
    Cand q = new Cand();
    q.sentence = s;
    q.paragraph = c.par[h.start()];
    q.cueStart = c.st[cs];
    q.cueEnd = c.en[h.end() - 1];
    q.cueTok = h.start();
    if (!expletive) {
      q.segs.add(new int[] {c.st[subj[0]], c.en[subj[1] - 1]});
    }
    q.segs.add(new int[] {c.st[p], c.en[te - 1]});
    q.kind = kindOf(c, p, te);
    q.confidence = 0.5;
    return q;
  }

  /**
   * The end (exclusive token) of an indirect content that starts at {@code p} right after its
   * cue: the clause end, or an earlier break (see {@code contentEndsAt}).
   */
  private int contentEnd(Ctx c, int p, int a, int b, boolean[] cueAt) {
    int end = Math.min(b, p + MAX_CONTENT);
    boolean verbless = true;
    for (int k = p + 1; k < end - 1; k++) {
      if (c.closeOf[k] >= 0 && commaBeforeClose(c, k) && c.pos[k + 1].equals("VERB")
          && c.lower[k + 1].endsWith("ing") && !PREPOSITIONAL_ING.contains(c.lower[k + 1])) {
        // he said that is a "smear," calling ...: a participial clause of the speaker
        end = k + 1;
        break;
      }
      if (c.closeOf[k] >= 0 && k + 1 < end && !c.inQuote(k + 1) && c.pos[k + 1].equals("PROPN")
          && cueWithin(cueAt, a, k + 2, Math.min(end, k + 5))) {
        // ... because “men should not go there.” Cruz says, “...”: a new attribution
        end = k + 1;
        break;
      }
      if (c.inQuote(k)) {
        continue;
      }
      if (verbless && (c.lower[k].equals("and") || c.lower[k].equals("but"))
          && c.pos[k + 1].equals("VERB") && c.lower[k + 1].endsWith("ed") && !c.inQuote(k + 1)
          && k > p + 1) {
        // called the treaty "a bad bargain" and listed ...: a second verb phrase of the speaker
        end = k;
        break;
      }
      verbless &= !c.isVerb(k);
      if (c.isComma(k)
          && (c.lower[k + 1].equals("according") || CONTENT_BREAKS.contains(c.lower[k + 1])
              || k + 2 < end && (c.lower[k + 1].equals("and") || c.lower[k + 1].equals("but"))
                  && SUBORDINATORS.contains(c.lower[k + 2]) && !c.lower[k + 2].equals("if")
              || (k + 1 - a < cueAt.length && cueAt[k + 1 - a] && c.lower[k + 1].endsWith("ing"))
              || cueWithin(cueAt, a, k + 1, Math.min(end, k + 4))
              && !c.pos[k + 1].equals("VERB"))) {
        end = k;
        break;
      }
      if (c.isComma(k) && k - p > 2 && subjectOfLaterCue(c, k + 1, end, cueAt, a)) {
        // "..., and when pressed, the teacher replied, “...”": another speaker's clause
        end = k;
        break;
      }
      if (c.isComma(k) && k - p > 2 && c.lower[k + 1].equals("which") && !c.inQuote(k + 1)) {
        // "... from the flu, which kept her at home": a remark of the writer
        end = k;
        break;
      }
      if (contentEndsAt(c, k, end, cueAt, a)) {
        end = k;
        break;
      }
    }
    return end;
  }

  /**
   * Whether an indirect content running right from its cue ends before token {@code k}: a
   * dash or semicolon outside quotation marks, an opening parenthesis, a participial clause
   * ({@code , adding ...}) or a second verb phrase of the speaker ({@code and said},
   * {@code , and accused}).
   */
  private boolean contentEndsAt(Ctx c, int k, int end, boolean[] cueAt, int a) {
    String w = c.lower[k];
    if (c.isDash(k) || w.equals(";") || w.equals("(")) {
      return true;
    }
    if (c.isComma(k) && k + 1 < end) {
      String nx = c.lower[k + 1];
      if (c.pos[k + 1].equals("VERB") && nx.endsWith("ing") && !c.inQuote(k + 1)
          && !PREPOSITIONAL_ING.contains(nx)) {
        return true;
      }
      if (nx.equals("and") && k + 2 < end && c.pos[k + 2].equals("VERB")
          && !c.lower[k + 2].endsWith("ing")) {
        return true;
      }
    }
    if (w.equals("and") && k + 1 < end && !c.inQuote(k + 1)
        && k + 1 - a < cueAt.length && cueAt[k + 1 - a] && c.pos[k + 1].equals("VERB")) {
      return true;
    }
    return false;
  }

  /** Belief verbs that take an object and an "as" phrase: "see X as Y". */
  private static final Set<String> AS_VERBS = Set.of("see", "view", "regard", "consider");

  /** Nouns of documents and measurements that report findings ("the poll", "a study"). */
  private static final Set<String> EVIDENCE_NOUNS =
      Set.of("poll", "survey", "study", "report", "analysis", "data", "video", "footage",
          "document", "record", "figure", "number", "average", "research", "review", "audit",
          "investigation", "census", "model", "forecast", "chart", "slide", "map", "estimate",
          "statistic", "test", "probe", "inquiry", "filing", "memo", "email", "e-mail", "letter",
          "tally", "count", "projection", "simulation", "assessment", "evaluation", "paper",
          "experiment", "trial", "sample", "index", "ranking", "rating", "table", "graph",
          "photo", "image", "recording", "transcript", "log");

  /** Whether the head of a speaker phrase (before any preposition) is an evidence noun. */
  private static boolean evidenceSubject(Ctx c, int[] spk) {
    int head = spk[1] - 1;
    for (int k = spk[0]; k < spk[1]; k++) {
      if (c.pos[k].equals("ADP")) {
        head = k - 1;
        break;
      }
    }
    return head >= spk[0] && EVIDENCE_NOUNS.contains(singular(c.lower[head]));
  }

  private static String singular(String w) {
    if (w.endsWith("ies") && w.length() > 4) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.endsWith("s") && !w.endsWith("ss") && w.length() > 3) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }

  /**
   * "..., records show." / "The merger, many analysts believe, will go ahead": a
   * belief or evidence cue set off by a comma after at least a few words of the sentence, with
   * nothing but its subject between, and the end of the sentence or a comma after it.
   */
  private static boolean parentheticalBelief(Ctx c, int a, int b, int[] spk, int je) {
    int before = spk[0] - 1;
    if (before - a < 2 || !c.isComma(before) || spk[1] - spk[0] > 4
        || RELATIVES.contains(c.lower[spk[0]])) {
      return false;
    }
    int t = je;
    while (t < b && c.pos[t].equals("ADV") && !c.inQuote(t)) {
      t++;
    }
    return t >= b || c.isComma(t) || c.lower[t].equals(".") || c.isDash(t);
  }

  private static boolean isBelief(CueLexicon.Entry e) {
    return e.cls() == CueLexicon.CueClass.BELIEF || e.cls() == CueLexicon.CueClass.EVIDENCE;
  }

  /**
   * Whether a belief or evidence cue attributes content here: its subject is a named or
   * nominal speaker (not a relative pronoun: "investors, who fear ..." is description, not
   * attribution) and a that-clause, a finite clause or (for verbs taking one) a
   * to-infinitive follows the cue.
   */
  private static boolean beliefContext(Ctx c, int[] spk, int je, int b, CueLexicon.Entry e) {
    String s0 = c.lower[spk[0]];
    if (s0.equals("who") || s0.equals("which") || s0.equals("that") || s0.equals("it")
        || s0.equals("you")) {
      return false;
    }
    int before = spk[0] - 1;
    if (before >= 0 && (c.lower[before].equals("who") || c.lower[before].equals("that")
        && !(before - 1 >= 0 && BE.contains(c.lower[before - 1]))
        || c.lower[before].equals("which"))) {
      return false; // ("The point is that voters think ...": "that" after "is" opens a clause)
    }
    int p = je;
    while (p < b && c.pos[p].equals("ADV") && !c.inQuote(p)) {
      p++;
    }
    if (p >= b) {
      return false;
    }
    String w = c.lower[p];
    if (w.equals("that") || (e.to() && w.equals("to"))) {
      return true;
    }
    if (e.lemma().equals("want") || e.lemma().equals("expect")) {
      // "Farmers want the minister to lower the tariff": an object and a to-infinitive
      for (int k = p + 1; k < b && k - p <= 5 && !c.inQuote(k); k++) {
        if (c.lower[k].equals("to") && k + 1 < b && c.isVerb(k + 1)) {
          return true;
        }
        if (c.isPunct(k) || c.isVerb(k)) {
          break;
        }
      }
    }
    if (AS_VERBS.contains(e.lemma())) {
      // "Democrats see Clinton as the stronger candidate": an object and "as" after the cue
      for (int k = p + 1; k < b && k - p < 8 && !c.inQuote(k) && !c.isVerb(k); k++) {
        if (c.lower[k].equals("as")) {
          return k > p && k + 1 < b;
        }
        if (c.isPunct(k)) {
          break;
        }
      }
    }
    if (e.cls() == CueLexicon.CueClass.EVIDENCE && !c.isPunct(p) && evidenceSubject(c, spk)) {
      // "Polls show a tight race", "A study found 12 cases": what the evidence shows
      return true;
    }
    // a finite clause: a short subject then a verb ("think Trump will win")
    for (int k = p; k < b && k - p < 8; k++) {
      int chain = hyphenChainEnd(c, k, b);
      if (chain > 0) {
        k = chain - 1; // "zero-interest rates": one word
        continue;
      }
      if (c.inQuote(k) || c.isPunct(k) && !c.lower[k].equals("'s")) {
        return false;
      }
      if (c.isVerb(k) || c.pos[k].equals("AUX")) {
        return k > p;
      }
      String ps = c.pos[k];
      if (!(ps.equals("PRON") || ps.equals("PROPN") || ps.equals("NOUN") || ps.equals("DET")
          || ps.equals("ADJ") || ps.equals("NUM") || c.lower[k].equals("'s")
          || c.lower[k].equals("of") && k > p)) {
        return false;
      }
    }
    return false;
  }

  /**
   * The subject of the first verb of the clause {@code [a, limit)}: the noun phrase that
   * starts the clause (after an introductory phrase closed by a comma) and ends right before
   * that verb; null when there is none.
   */
  private static int[] subjectOf(Ctx c, int a, int limit) {
    int v = -1;
    for (int k = a; k < limit && k - a < 40; k++) {
      if (c.inQuote(k)) {
        return null;
      }
      if (c.isVerb(k) && !(k == a && capitalised(c, k) && k + 1 < limit && c.isVerb(k + 1))) {
        v = k; // ("Trump/VERB returned/VERB ...": the first word is a name the tagger missed)
        break;
      }
    }
    if (v <= a) {
      return null;
    }
    int sv = v;
    while (sv - 1 > a && (c.pos[sv - 1].equals("ADV") || c.pos[sv - 1].equals("AUX"))) {
      sv--;
    }
    int[] np = npLeft(c, sv - 1, a);
    if (np == null) {
      return null;
    }
    int s0 = np[0];
    if (s0 != a && !c.isComma(s0 - 1)) {
      return null;
    }
    String w = c.lower[np[0]];
    if (w.equals("who") || w.equals("it") || w.equals("which")) {
      return null;
    }
    return np;
  }

  /**
   * Whether a cue within 15 tokens after {@code from} has a noun phrase subject that starts
   * exactly at {@code from}.
   */
  private static boolean subjectOfLaterCue(Ctx c, int from, int end, boolean[] cueAt, int a) {
    for (int m = from + 1; m < end && m - from <= 15; m++) {
      if (c.inQuote(m)) {
        return false;
      }
      if (m - a < cueAt.length && cueAt[m - a] && c.isVerb(m)) {
        int v = m;
        while (v - 1 > from && (c.pos[v - 1].equals("AUX") || c.pos[v - 1].equals("ADV"))) {
          v--;
        }
        int[] np = npLeft(c, v - 1, from);
        return np != null && np[0] == from && !RELATIVES.contains(c.lower[from]);
      }
    }
    return false;
  }

  /**
   * The token of a complementiser "that" within 15 tokens from {@code p}, reached over names,
   * nouns, prepositions, commas and short quoted titles but no verb; -1 when there is none.
   */
  private static int thatAhead(Ctx c, int p, int b, boolean addressee) {
    for (int k = p; k < b && k - p <= 15; k++) {
      String w = c.lower[k];
      if (w.equals("that") && c.pos[k].equals("SCONJ") && k > p) {
        // "told reporters that": an addressee; "rejected the notion that": a noun's clause
        return c.isComma(k - 1) || !c.pos[k - 1].equals("NOUN") || addressee && k - p <= 3
            ? k : -1;
      }
      if (c.inQuote(k)) {
        int r = c.inRegion[k] >= 0 ? c.inRegion[k] : c.openOf[k] >= 0 ? c.openOf[k] : c.closeOf[k];
        if (r < 0 || c.regionTokens[r] > 4) {
          return -1;
        }
        continue;
      }
      if (c.isVerb(k) || c.pos[k].equals("AUX") || c.pos[k].equals("SCONJ")
          || c.pos[k].equals("PRON") && !POSSESSIVE.contains(w) || w.equals(";")
          || w.equals(":") || c.isDash(k) || w.equals("and") || w.equals("but")) {
        return -1;
      }
    }
    return -1;
  }

  /** Words that, alone after a cue, report nothing ("said little"). */
  private static final Set<String> EMPTY_CONTENT =
      Set.of("little", "nothing", "much", "lot", "anything", "something", "so", "more", "less",
          "otherwise", "differently", "publicly", "privately");

  private static final Set<String> SUBORDINATORS =
      Set.of("although", "though", "when", "while", "once", "after", "before", "if", "as",
          "because", "since", "whereas", "unless", "until", "whenever");

  /** Whether the clause of the speaker starting at {@code s0} opens with a subordinator. */
  private static boolean subordinate(Ctx c, int a, int s0) {
    int k = s0 - 1;
    if (k < a || !SUBORDINATORS.contains(c.lower[k]) || c.inQuote(k)) {
      return false;
    }
    return k == a || c.isComma(k - 1) || LEADING_LINKS.contains(c.lower[k - 1]) && k - 1 == a;
  }

  /**
   * Whether the quotation closed at (or just before) token {@code before} is a short title
   * ("“Sunday Desk,”") preceded by words of the same sentence.
   */
  private static boolean shortTitleBefore(Ctx c, int a, int before) {
    int close = c.closeOf[before] >= 0 ? before : before - 1;
    if (close < a || c.closeOf[close] < 0) {
      return false;
    }
    int r = c.closeOf[close];
    QuoteMarks.Region g = c.regions.get(r);
    int open = firstTokenAt(c, g.open());
    return open > a && open >= 0 && titleEnd(c, open, close + 1) == close + 1;
  }

  /** Whether a quotation opens after a comma or colon within the sentence after {@code p}. */
  private static boolean quotationAhead(Ctx c, int p, int b) {
    for (int k = p; k + 1 < b && k - p < 40; k++) {
      if ((c.isComma(k) || c.lower[k].equals(":")) && c.openOf[k + 1] >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Whether the first letter at or after {@code from} is upper case (a new sentence). */
  private static boolean startsUpper(Ctx c, int from) {
    for (int k = from; k < c.text.length() && k < from + 8; k++) {
      char ch = c.text.charAt(k);
      if (Character.isLetter(ch)) {
        return Character.isUpperCase(ch);
      }
    }
    return false;
  }

  /** Whether the last content segment ends with a question or exclamation mark. */
  private static boolean endsAsking(Ctx c, Cand q) {
    int[] last = q.segs.get(q.segs.size() - 1);
    int e = last[1];
    while (e > last[0] && Character.isWhitespace(c.text.charAt(e - 1))) {
      e--;
    }
    return e > last[0] && (c.text.charAt(e - 1) == '?' || c.text.charAt(e - 1) == '!');
  }

  private static boolean endsWithComma(Ctx c, Cand q) {
    int[] last = q.segs.get(q.segs.size() - 1);
    int e = last[1];
    while (e < c.text.length() && Character.isWhitespace(c.text.charAt(e))) {
      e++;
    }
    return e < c.text.length() && c.text.charAt(e) == ',';
  }

  private static boolean cueWithin(boolean[] cueAt, int a, int from, int to) {
    for (int k = from; k < to; k++) {
      if (k - a >= 0 && k - a < cueAt.length && cueAt[k - a]) {
        return true;
      }
    }
    return false;
  }

  /** Whether the token before {@code i} (in the same paragraph) closes a quotation. */
  private static boolean prevIsClose(Ctx c, int i) {
    return i - 1 >= 0 && c.par[i - 1] == c.par[i] && c.closeOf[i - 1] >= 0;
  }

  /** Whether content starts at {@code i}: "that", a colon, a quotation mark, "to", "whether". */
  private static boolean startsContent(Ctx c, int i) {
    String l = c.lower[i];
    return l.equals("that") || l.equals(":") || l.equals(",") || c.openOf[i] >= 0
        || l.equals("to") || l.equals("whether") || l.equals("if") || l.equals("how")
        || l.equals("what") || l.equals("why")
        || c.pos[i].equals("PRON") && !POSSESSIVE.contains(l) && !OBJECT_PRONOUNS.contains(l)
        || c.isPunct(i);
  }

  /** Fills the content before the speaker group ending at the token {@code before}. */
  private boolean contentBefore(Ctx c, int a, int before, Cand q) {
    return contentBefore(c, a, before, q, false);
  }

  /**
   * Fills the content before the speaker group ending at the token {@code before};
   * {@code aside}: the cue is a parenthetical ("Trump, Sexton said, has ..."), so one word
   * before it is enough.
   */
  private boolean contentBefore(Ctx c, int a, int before, Cand q, boolean aside) {
    int close = before;
    if (c.isComma(close) && close - 1 >= 0 && c.closeOf[close - 1] >= 0) {
      close = close - 1;
    }
    if (c.closeOf[close] >= 0) {
      int r = c.closeOf[close];
      // a quotation that began in an earlier paragraph: take its pieces from the start
      int first = r;
      while (first > 0 && c.regions.get(first - 1).continues()
          && c.par[close] - 3 <= c.par[close]) {
        first--;
        if (c.used[first]) {
          first++;
          break;
        }
      }
      if (c.used[r]) {
        return false;
      }
      for (int k = first; k <= r; k++) {
        QuoteMarks.Region g = c.regions.get(k);
        c.used[k] = true;
        if (g.contentEnd() > g.contentStart()) {
          q.segs.add(seg(c, g.contentStart(), g.contentEnd()));
        }
      }
      if (q.segs.isEmpty()) {
        return false;
      }
      if (q.segs.size() > 1) {
        // report the pieces as one covering span with their segments
        q.kind = QuoteKind.DIRECT;
      } else {
        q.kind = QuoteKind.DIRECT;
      }
      // material before the quotation in the same sentence makes it mixed
      QuoteMarks.Region g = c.regions.get(first);
      if (c.st[a] < g.open() && first == r) {
        int te = trimEnd(c, a, close + 1);
        if (te > a && !c.inQuote(a) && c.st[a] < g.open() && mixedLead(c, a, g.open())) {
          q.segs.clear();
          q.segs.add(new int[] {c.st[a], g.contentEnd()});
          q.kind = QuoteKind.MIXED;
        }
      }
      return true;
    }
    // indirect (or mixed) content from the sentence start to the comma
    int start = a;
    int te = trimEnd(c, start, before);
    while (start < te && c.isPunct(start) && c.openOf[start] < 0) {
      start++;
    }
    if (start + 2 < te && !c.inQuote(start) && !c.isComma(start + 1)
        && LEADING_LINKS.contains(c.lower[start])) {
      // "And the economy is strong, he said.": the link word is not said
      start++;
    }
    String p0 = start < te ? c.pos[start] : "";
    if (p0.equals("ADV") || p0.equals("CCONJ") || p0.equals("ADP")) {
      // "However, Q, he said." / "In addition, Q, he said."
      for (int k = start + 1; k < Math.min(te, start + 5); k++) {
        if (c.isVerb(k) || c.inQuote(k)) {
          break;
        }
        if (c.isComma(k)) {
          start = k + 1;
          break;
        }
      }
    }
    if (te - start < (aside && te - start == 1 && c.nominal(start) ? 1 : 2)) {
      return false;
    }
    int startChar = c.st[start];
    if (c.inRegion[start] >= 0) {
      startChar = c.regions.get(c.inRegion[start]).contentStart();
    } else if (c.openOf[start] >= 0) {
      startChar = c.regions.get(c.openOf[start]).contentStart();
    }
    for (int k = start; k < te; k++) {
      if (c.openOf[k] >= 0) {
        c.used[c.openOf[k]] = true;
      }
    }
    q.segs.add(new int[] {startChar, c.en[te - 1]});
    q.kind = kindOf(c, start, te);
    return true;
  }

  /** Whether the words before a closing quotation belong to the content (mixed quote). */
  private boolean mixedLead(Ctx c, int a, int openChar) {
    int words = 0;
    for (int k = a; k < c.n && c.st[k] < openChar; k++) {
      if (c.isVerb(k) && lexicon.longest(c.lower, k, k + 1) != null) {
        return false;
      }
      if (!c.isPunct(k)) {
        words++;
      }
    }
    return words > 0;
  }

  /** Direct when the tokens are all inside one quotation (with its marks), mixed when some are. */
  private static QuoteKind kindOf(Ctx c, int from, int to) {
    boolean any = false;
    boolean all = true;
    for (int k = from; k < to; k++) {
      boolean q = c.inQuote(k);
      any |= q;
      all &= q;
    }
    if (!any) {
      return QuoteKind.INDIRECT;
    }
    return all ? QuoteKind.DIRECT : QuoteKind.MIXED;
  }

  /** Adds a quotation (and its continuation paragraphs) as the content. */
  private static void addRegion(Ctx c, int r, Cand q) {
    QuoteMarks.Region g = c.regions.get(r);
    c.used[r] = true;
    if (g.contentEnd() > g.contentStart()) {
      q.segs.add(seg(c, g.contentStart(), g.contentEnd()));
    }
    int k = r;
    while (c.regions.get(k).continues() && k + 1 < c.regions.size() && !c.used[k + 1]) {
      k++;
      QuoteMarks.Region h = c.regions.get(k);
      c.used[k] = true;
      if (h.contentEnd() > h.contentStart()) {
        q.segs.add(seg(c, h.contentStart(), h.contentEnd()));
      }
    }
    if (q.segs.isEmpty()) {
      q.segs.add(new int[] {g.contentStart(), Math.max(g.contentStart(), g.contentEnd())});
    }
    q.kind = QuoteKind.DIRECT;
  }

  /** A content segment without trailing spaces, commas, semicolons and colons. */
  private static int[] seg(Ctx c, int s, int e) {
    while (e > s + 1 && (Character.isWhitespace(c.text.charAt(e - 1))
        || ",;:".indexOf(c.text.charAt(e - 1)) >= 0)) {
      e--;
    }
    return new int[] {s, e};
  }

  /** The end of a speaker token, without a clitic: "he" of "he's". */
  private static int speakerEnd(Ctx c, int tok) {
    String l = c.lower[tok];
    int ap = l.indexOf('\'');
    if (ap > 0 && PERSONAL.contains(l.substring(0, ap))) {
      return c.st[tok] + ap;
    }
    return c.en[tok];
  }

  /** The end (exclusive) after dropping trailing punctuation and marks. */
  private static int trimEnd(Ctx c, int from, int to) {
    int e = to;
    while (e > from && c.isPunct(e - 1)) {
      e--;
    }
    return e;
  }

  /** Skips time and place modifiers: "on Tuesday", "in an interview with CNN", "earlier". */
  private static int skipModifiers(Ctx c, int p, int b) {
    int k = p;
    int limit = Math.min(b, p + 25);
    while (k < limit) {
      String l = c.lower[k];
      String ps = c.pos[k];
      if (c.inQuote(k)) {
        break;
      }
      boolean detTime = (ps.equals("DET") || ps.equals("ADJ")) && k + 1 < limit
          && TEMPORAL.contains(c.lower[k + 1]);
      if ((ps.equals("ADP") && MODIFIER_PREPS.contains(l)) || TEMPORAL.contains(l) || detTime
          || (ps.equals("ADV") && !l.equals("that"))) {
        k++;
        while (k < limit) {
          if (c.openOf[k] >= 0 && k > p) {
            int title = titleEnd(c, k, limit);
            if (title < 0) {
              break;
            }
            k = title; // "on the station's “Evening Desk”": a programme's title
            continue;
          }
          if (c.inQuote(k)
              || !(c.nominal(k) || c.pos[k].equals("DET") || c.pos[k].equals("ADJ")
                  || POSSESSIVE.contains(c.lower[k]) || c.lower[k].equals("'s")
                  || (c.pos[k].equals("ADP") && NP_LINKS.contains(c.lower[k])))) {
            break;
          }
          k++;
        }
        continue;
      }
      break;
    }
    return k;
  }

  /**
   * The speaker noun phrase ending at token {@code k} (walking left, not before {@code lo}),
   * as {@code [start, end)} token indices, or null.
   */
  private static int[] npLeft(Ctx c, int k, int lo) {
    if (k < lo) {
      return null;
    }
    k = skipTemporalBack(c, k, lo);
    if (k < lo) {
      return null;
    }
    if (c.isComma(k)) {
      return appositive(c, k, lo);
    }
    int[] np = npCore(c, k, lo);
    if (np == null) {
      np = mistaggedName(c, k, lo);
    }
    if (np == null) {
      np = pollGroup(c, k, lo);
    }
    return np;
  }

  private static final Set<String> QUANTITY_WORDS =
      Set.of("in", "out", "of", "%", "percent", "about", "nearly", "almost", "roughly", "some",
          "just", "only", "over", "more", "than", "fewer", "less", "around", "fully", "a", "third",
          "quarter", "half", "two-thirds");

  /**
   * Respondents of a poll as a speaker: "About 3 in 10 say", "58% say", "One in four say",
   * "those polled say".
   */
  private static int[] pollGroup(Ctx c, int k, int lo) {
    if (c.inQuote(k)) {
      return null;
    }
    if (k - 1 >= lo && c.lower[k - 1].equals("those") && c.lower[k].endsWith("ed")) {
      return new int[] {k - 1, k + 1};
    }
    String w = c.lower[k];
    if (!(c.pos[k].equals("NUM") || w.equals("%") || w.equals("percent"))) {
      return null;
    }
    int j = k;
    while (j - 1 >= lo && k - j < 8 && !c.inQuote(j - 1)
        && (c.pos[j - 1].equals("NUM") || QUANTITY_WORDS.contains(c.lower[j - 1]))) {
      j--;
    }
    if (j > lo && !c.isPunct(j - 1) && !LEADING_LINKS.contains(c.lower[j - 1])) {
      return null;
    }
    return new int[] {j, k + 1};
  }

  /**
   * "Ash/SCONJ described", "Reid/VERB caucused ... and says": capitalised words the tagger
   * took for something else, opening the clause (sentence start or after a comma).
   */
  private static int[] mistaggedName(Ctx c, int k, int lo) {
    int j = k;
    while (j >= lo && k - j < 3 && capitalised(c, j) && !c.inQuote(j)
        && !PERSONAL.contains(c.lower[j]) && !c.pos[j].equals("DET")) {
      j--;
    }
    if (j == k || !(j < lo || c.isComma(j) || j >= 0 && c.sentOf[j] != c.sentOf[k])) {
      return null;
    }
    return new int[] {j + 1, k + 1};
  }

  private static boolean capitalised(Ctx c, int i) {
    String t = c.tokens.get(i).text();
    return t.length() > 1 && Character.isUpperCase(t.charAt(0)) && Character.isLetter(t.charAt(1))
        && t.chars().allMatch(ch -> Character.isLetter(ch) || ch == '.' || ch == '-');
  }

  /**
   * "Smith, a party strategist, said", "Donna Rawlings, 59, of Ashton, Md., said": walks
   * left over comma-separated, verbless chunks to the head noun phrase; "Smith, who ...,
   * said" and "Clinton, at the debate, said" give the head alone.
   */
  private static int[] appositive(Ctx c, int k, int lo) {
    return appositive(c, k, lo, true);
  }

  private static int[] appositive(Ctx c, int k, int lo, boolean relative) {
    int cur = k;
    int[] best = null;
    for (int iter = 0; iter < 5; iter++) {
      int l = cur - 1;
      int stop = Math.max(lo, cur - 25);
      while (l >= stop && !c.isComma(l) && !c.inQuote(l)) {
        l--;
      }
      boolean found = l >= stop && c.isComma(l);
      int chunkStart = found ? l + 1 : Math.max(lo, l + 1);
      if (chunkStart >= cur) {
        return best;
      }
      String first = c.lower[chunkStart];
      if (iter == 0 && found && (first.equals("who") || first.equals("which")
          || first.equals("whose") || (c.pos[chunkStart].equals("ADP") && !first.equals("of"))
          || c.pos[chunkStart].equals("ADV")
          || c.pos[chunkStart].equals("VERB") && first.endsWith("ing"))) {
        int[] head = npCore(c, l - 1, lo);
        if (head == null && l - 2 >= lo && c.pos[l - 1].equals("ADV") && c.isComma(l - 2)) {
          // "Ortiz, meanwhile, who ..., said": an adverb between commas before the clause
          head = npCore(c, l - 3, lo);
        }
        if (relative && head != null && (first.equals("who") || first.equals("whose"))
            && cur - chunkStart < 30) {
          // "Smith, who backs Cruz, said": the relative clause belongs to the speaker
          int[] full = appositive(c, l, lo, false);
          return new int[] {full != null ? full[0] : head[0], k};
        }
        return head;
      }
      boolean verbless = true;
      for (int m = chunkStart; m < cur; m++) {
        verbless &= !c.isVerb(m) && !c.pos[m].equals("SCONJ") && !c.inQuote(m);
      }
      if (!verbless) {
        return best;
      }
      int[] h = npCore(c, cur - 1, chunkStart);
      if (h != null && h[0] == chunkStart) {
        best = new int[] {h[0], k};
        if (!found) {
          return best;
        }
      } else if (c.pos[chunkStart].equals("ADP") && !first.equals("of")) {
        return best;
      }
      if (!found) {
        return best;
      }
      cur = l;
    }
    return best;
  }

  /**
   * "the Clinton ad/VERB": a lower-case word the tagger did not take for a noun, right after a
   * determiner or possessive (or a name after one), heads a noun phrase all the same.
   */
  private static boolean determinedWord(Ctx c, int k, int lo) {
    String t = c.tokens.get(k).text();
    if (k - 1 < lo || t.isEmpty() || !Character.isLowerCase(t.charAt(0)) || c.isPunct(k)
        || c.inQuote(k - 1)) {
      return false;
    }
    String p1 = c.pos[k - 1];
    if (c.lower[k - 1].equals("-") && k - 2 >= lo && c.en[k - 2] == c.st[k - 1]
        && c.en[k - 1] == c.st[k] && (c.pos[k - 2].equals("PROPN") || c.nameLike(k - 2))) {
      return true; // "Ana Ruiz-Soto": the tagger took the tail of the name for a pronoun
    }
    if (p1.equals("DET") && !c.lower[k - 1].equals("that") || POSSESSIVE.contains(c.lower[k - 1])) {
      return true;
    }
    return p1.equals("PROPN") && k - 2 >= lo && c.pos[k - 2].equals("DET");
  }

  /**
   * The end (exclusive) of a word chain joined by hyphens without spaces that starts at
   * {@code j} ("52-year-old", "Ohio-based"), or -1 when no hyphen follows {@code j}.
   */
  private static int hyphenChainEnd(Ctx c, int j, int limit) {
    int k = j;
    while (k + 2 < limit && c.lower[k + 1].equals("-") && c.en[k] == c.st[k + 1]
        && c.en[k + 1] == c.st[k + 2] && !c.isPunct(k + 2) && !c.isPunct(k)) {
      k += 2;
    }
    return k > j ? k + 1 : -1;
  }

  /** The start of a hyphen-joined word chain that ends at {@code q}, or -1. */
  private static int hyphenChainStart(Ctx c, int q, int lo) {
    int k = q;
    while (k - 2 >= lo && c.lower[k - 1].equals("-") && c.en[k - 2] == c.st[k - 1]
        && c.en[k - 1] == c.st[k] && !c.isPunct(k - 2) && !c.isPunct(k)) {
      k -= 2;
    }
    return k < q ? k : -1;
  }

  private static int[] npCore(Ctx c, int k, int lo) {
    if (k < lo || c.inQuote(k)) {
      return null;
    }
    if (c.lower[k].equals(")")) {
      // "Sen. Pat Toomey (R-Pa.) said": the name before the parenthesis, with it
      int o = k - 1;
      while (o >= lo && k - o < 10 && !c.lower[o].equals("(") && !c.lower[o].equals(")")
          && !c.inQuote(o)) {
        o--;
      }
      if (o - 1 >= lo && c.lower[o].equals("(") && !c.lower[o - 1].equals(")")) {
        int[] head = npCore(c, o - 1, lo);
        if (head != null) {
          return new int[] {head[0], k + 1};
        }
      }
    }
    String l = c.lower[k];
    int ap = l.indexOf('\'');
    if (PERSONAL.contains(l) || (ap > 0 && PERSONAL.contains(l.substring(0, ap)))) {
      return new int[] {k, k + 1};
    }
    if (OBJECT_PRONOUNS.contains(l) && k - 2 >= lo && (c.lower[k - 1].equals("to")
        || c.lower[k - 1].equals("of") || c.lower[k - 1].equals("with"))
        && (c.nominal(k - 2) || c.pos[k - 2].equals("ADJ") || c.pos[k - 2].equals("ADV"))
        && !c.inQuote(k - 2)) {
      // "an adviser close to her", "a friend of his": the phrase before the preposition
      int[] left = c.nominal(k - 2) ? npCore(c, k - 2, lo) : npCore(c, k - 3, lo);
      if (left != null) {
        return new int[] {left[0], k + 1};
      }
    }
    if (CLITICS.contains(l) && k - 1 >= lo && PERSONAL.contains(c.lower[k - 1])) {
      // "he 's labeled" with the clitic split off
      return new int[] {k - 1, k};
    }
    if ((QUANTIFIERS.contains(l) || l.equals("others")) && !c.inQuote(k)
        && (k == lo || c.isPunct(k - 1) || LEADING_LINKS.contains(c.lower[k - 1]))) {
      return new int[] {k, k + 1}; // "Some say", "But few believe": a pronoun of quantity
    }
    int chainHead = hyphenChainStart(c, k, lo);
    if (chainHead > lo && (c.pos[chainHead - 1].equals("DET")
        || POSSESSIVE.contains(c.lower[chainHead - 1]))) {
      // "the 61-year-old asked": a compound after a determiner
      return new int[] {chainHead - 1, k + 1};
    }
    if (!c.nominal(k) && !(l.equals(")") && k - 1 >= lo) && !adjectiveHead(c, k, lo)
        && !determinedWord(c, k, lo)) {
      return null;
    }
    if (c.pos[k].equals("NUM") && (k - 1 < lo || !c.nominal(k - 1))) {
      return null;
    }
    int j = k;
    int count = 0;
    while (j - 1 >= lo && count < MAX_NP) {
      int q = j - 1;
      String p = c.pos[q];
      String w = c.lower[q];
      if (c.inQuote(q)) {
        break;
      }
      int chainStart = hyphenChainStart(c, q, lo);
      if (chainStart >= 0) {
        // "Ohio-based Dana Cole": a compound modifier
        j = chainStart;
        count += q - chainStart;
      } else if (p.equals("PROPN") || p.equals("NOUN") || p.equals("ADJ") || p.equals("NUM")
          || c.nameLike(q)) {
        j = q;
      } else if (p.equals("DET") || POSSESSIVE.contains(w)) {
        j = q;
        break;
      } else if (w.equals("'s") || w.equals("'")) {
        j = q;
      } else if ((NP_LINKS_LEFT.contains(w) || w.equals("and") || w.equals("&"))
          && q - 1 >= lo && (c.nominal(q - 1)) && (c.nominal(j) || c.pos[j].equals("DET")
              || c.pos[j].equals("ADJ") && !w.equals("and") && !w.equals("&"))) {
        j = q;
      } else if ((w.equals("-") || w.equals(".") || w.equals("(") || w.equals(")"))
          && q - 1 >= lo && (c.pos[q - 1].equals("PROPN") || c.nameLike(q - 1)
              || w.equals(")"))) {
        j = q;
      } else {
        break;
      }
      count++;
    }
    // never start with a linking word
    while (j < k && (NP_LINKS.contains(c.lower[j]) || c.lower[j].equals("and")
        || c.lower[j].equals("'s"))) {
      j++;
    }
    // "a voice in the new ad": a determined phrase attached to a noun before it
    if (j - 2 >= lo && (NP_LINKS_LEFT.contains(c.lower[j - 1]) || c.lower[j - 1].equals("by"))
        && c.pos[j].equals("DET") && !c.inQuote(j - 2) && c.nominal(j - 2) && k - j < 6) {
      int[] left = npCoreSimple(c, j - 2, lo);
      if (left != null && k - left[0] < MAX_NP) {
        j = left[0];
      }
    }
    // a quantified group: "some of Clinton's allies", "most of them"
    if (j - 2 >= lo && c.lower[j - 1].equals("of") && QUANTIFIERS.contains(c.lower[j - 2])
        && !c.inQuote(j - 2)) {
      j -= 2;
    }
    // coordinated speakers: "Clinton and the State Department", "he and Brafman"
    if (j - 2 >= lo && c.lower[j - 1].equals("and") && !c.inQuote(j - 2)
        && (c.nominal(j - 2) || PERSONAL.contains(c.lower[j - 2]))
        && !PERSONAL.contains(c.lower[j]) || j - 2 >= lo && c.lower[j - 1].equals("and")
        && PERSONAL.contains(c.lower[j - 2]) && !c.lower[j - 2].equals("who")) {
      int[] left = PERSONAL.contains(c.lower[j - 2])
          ? new int[] {j - 2, j - 1}
          : npCoreSimple(c, j - 2, lo);
      if (left != null && (left[0] == lo || !c.isVerb(left[0] - 1)
          && (!c.isComma(left[0] - 1) || PERSONAL.contains(c.lower[left[0]])))) {
        j = left[0];
      }
    }
    return new int[] {j, k + 1};
  }

  /** "the official said": a head the tagger took for an adjective, after a determiner. */
  private static boolean adjectiveHead(Ctx c, int k, int lo) {
    if (!c.pos[k].equals("ADJ") || c.inQuote(k)) {
      return false;
    }
    for (int j = k - 1; j >= lo && k - j <= 3; j--) {
      String p = c.pos[j];
      if (p.equals("DET") || POSSESSIVE.contains(c.lower[j]) || c.lower[j].equals("'s")) {
        return true;
      }
      if (!(p.equals("ADJ") || p.equals("NOUN") || p.equals("PROPN")) || c.inQuote(j)) {
        return false;
      }
    }
    return false;
  }

  /** A plain noun phrase ending at {@code k}: determiner, adjectives, nouns and names. */
  private static int[] npCoreSimple(Ctx c, int k, int lo) {
    if (!c.nominal(k) || c.inQuote(k)) {
      return null;
    }
    int j = k;
    while (j - 1 >= lo && k - j < MAX_NP && !c.inQuote(j - 1)) {
      String p = c.pos[j - 1];
      if (p.equals("PROPN") || p.equals("NOUN") || p.equals("ADJ") || p.equals("NUM")
          || c.nameLike(j - 1) || c.lower[j - 1].equals("'s")) {
        j--;
      } else if (p.equals("DET") || POSSESSIVE.contains(c.lower[j - 1])) {
        j--;
        break;
      } else {
        break;
      }
    }
    return new int[] {j, k + 1};
  }

  /**
   * The token after a short title-case quotation opened at {@code k} (a programme or book:
   * "“Face the Nation”"), or -1 when the quotation is longer or not a title.
   */
  private static int titleEnd(Ctx c, int k, int limit) {
    int r = c.openOf[k];
    if (r < 0 || c.regionTokens[r] > 5 || !c.regions.get(r).closed()) {
      return -1;
    }
    int m = k + 1;
    while (m < limit && c.closeOf[m] != r) {
      String t = c.tokens.get(m).text();
      if (!t.isEmpty() && Character.isLetter(t.charAt(0)) && !Character.isUpperCase(t.charAt(0))
          && !t.equals("the") && !t.equals("of") && !t.equals("and")) {
        return -1;
      }
      m++;
    }
    return m < limit ? m + 1 : -1;
  }

  /** Skips "on Tuesday", "last week" before a cue, walking left. */
  private static int skipTemporalBack(Ctx c, int k, int lo) {
    if (k < lo) {
      return k;
    }
    String l = c.lower[k];
    if (TEMPORAL.contains(l) && !PERSONAL.contains(l)) {
      int j = k - 1;
      if (j >= lo && (TEMPORAL_LEAD.contains(c.lower[j]) || c.pos[j].equals("DET"))) {
        return j - 1;
      }
      if (j >= lo && (c.pos[k].equals("ADV") || c.pos[k].equals("PROPN")
          || c.pos[k].equals("NOUN"))) {
        // "Smith Tuesday said", "Smith earlier said"
        if (c.nominal(j) || PERSONAL.contains(c.lower[j])) {
          return j;
        }
      }
    }
    return k;
  }

  /** The noun phrase starting at {@code p} (an inverted speaker, an addressee), or null. */
  private static int[] npRight(Ctx c, int p, int b) {
    return npRight(c, p, b, 2);
  }

  private static int[] npRight(Ctx c, int p, int b, int maxCommas) {
    if (p >= b || c.inQuote(p)) {
      return null;
    }
    String l = c.lower[p];
    if (PERSONAL.contains(l) && !l.equals("who")) {
      return new int[] {p, p + 1};
    }
    if (c.pos[p].equals("PRON") && !POSSESSIVE.contains(l) && !l.equals("there")) {
      return new int[] {p, p + 1};
    }
    if (OBJECT_PRONOUNS.contains(l) && (p + 1 >= b || c.isPunct(p + 1) || c.isVerb(p + 1)
        || c.lower[p + 1].equals("that") || c.lower[p + 1].equals("to")
        || c.pos[p + 1].equals("ADP"))) {
      return new int[] {p, p + 1}; // "the president told her."
    }
    int j = p;
    int head = -1;
    if ((c.pos[j].equals("DET") || c.pos[j].equals("PRON") || c.pos[j].equals("NUM"))
        && j + 1 < b && c.lower[j + 1].equals("of")) {
      head = j;
      j++;
    } else if (c.pos[j].equals("DET") || POSSESSIVE.contains(l)) {
      j++;
    }
    int commas = 0;
    int limit = Math.min(b, p + 24);
    while (j < limit && !c.inQuote(j)) {
      String w = c.lower[j];
      String ps = c.pos[j];
      int chain = hyphenChainEnd(c, j, limit);
      if (chain > 0) {
        // "the 52-year-old", "an Ohio-based consultant": one compound word
        head = chain - 1;
        j = chain;
        continue;
      }
      if (ps.equals("PROPN") || ps.equals("NOUN") || ps.equals("ADJ") || ps.equals("NUM")
          || c.nameLike(j) || w.equals("'s") || mistaggedBeforeName(c, j, limit)
          || ((w.equals("-") || w.equals(".") || w.equals("(") || w.equals(")")) && head >= 0)) {
        if (ps.equals("PROPN") || ps.equals("NOUN") || c.nameLike(j)) {
          head = j;
        }
        j++;
      } else if (w.equals("and") && head >= 0 && j + 2 < limit && !c.inQuote(j + 1)
          && capitalised(c, j + 1) && capitalised(c, head)
          && (c.pos[j + 1].equals("PROPN") || c.pos[j + 1].equals("ADJ"))
          && !c.isVerb(j + 2)) {
        // "former Gov. and Party Chairman Jon Reyes"
        j++;
      } else if (NP_LINKS.contains(w) && head >= 0 && j + 1 < limit
          && (c.nominal(j + 1) || c.pos[j + 1].equals("DET") || c.pos[j + 1].equals("ADJ"))) {
        j++;
        if (c.pos[j].equals("DET")) {
          j++;
        }
      } else if (w.equals(",") && head >= 0 && commas < maxCommas && j + 1 < limit
          && (c.pos[j + 1].equals("DET") || c.pos[j + 1].equals("PROPN")
              || (c.pos[j + 1].equals("NOUN") && !TEMPORAL.contains(c.lower[j + 1]))
              || c.pos[j + 1].equals("ADJ"))) {
        commas++;
        j++;
        if (c.pos[j].equals("DET")) {
          j++;
        }
      } else {
        break;
      }
    }
    if (head < 0) {
      return null;
    }
    return new int[] {p, head + 1};
  }

  /**
   * A word the tagger got wrong right before a name: "said pollster/VERB Frank Luntz",
   * "said Whit/SCONJ Ayres" (a capitalised word inside a sentence, or a plain lower-case word
   * that is neither a participle nor a function word).
   */
  private static boolean mistaggedBeforeName(Ctx c, int j, int limit) {
    if (j + 1 >= limit || c.inQuote(j + 1) || !c.pos[j + 1].equals("PROPN")
        || j == 0 || c.sentOf[j - 1] != c.sentOf[j] || c.isPunct(j)) {
      return false;
    }
    String t = c.tokens.get(j).text();
    String w = c.lower[j];
    if (PERSONAL.contains(w) || POSSESSIVE.contains(w) || t.isEmpty()) {
      return false;
    }
    if (Character.isUpperCase(t.charAt(0))) {
      return t.length() > 1 && Character.isLetter(t.charAt(1));
    }
    return c.pos[j].equals("VERB") && !w.endsWith("ing") && !w.endsWith("ed")
        && t.chars().allMatch(Character::isLetter);
  }

  // ------------------------------------------------------------------------------------
  // "according to" and noun cues

  private void according(Ctx c, int s, int a, int b, Hit h, List<Cand> here) {
    boolean initial = h.start() == a || c.isPunct(h.start() - 1);
    int[] np = npRight(c, h.end(), b, initial ? 0 : 2);
    if (np == null) {
      return;
    }
    // a source of an attribution of this sentence
    Cand host = null;
    for (Cand q : here) {
      if (q.srcStart < 0 && q.cueTok >= 0 && q.cueTok < h.start()) {
        host = q;
      }
    }
    int srcStart = np[0];
    while (srcStart < np[1] - 1
        && (c.pos[srcStart].equals("DET")
            || (c.pos[srcStart].equals("ADJ")
                && Character.isLowerCase(c.text.charAt(c.st[srcStart]))))) {
      srcStart++;
    }
    if (host != null) {
      host.srcStart = c.st[srcStart];
      host.srcEnd = c.en[np[1] - 1];
      return;
    }
    Cand q = new Cand();
    q.sentence = s;
    q.paragraph = c.par[h.start()];
    q.cueStart = c.st[h.start()];
    q.cueEnd = c.en[h.end() - 1];
    q.cueTok = h.start();
    q.spkTokStart = np[0];
    q.spkTokEnd = np[1];
    q.spkStart = c.st[np[0]];
    q.spkEnd = c.en[np[1] - 1];
    int before = h.start() - 1;
    if (before > a && (c.isComma(before) || c.isDash(before))) {
      // Q, according to S.
      if (!contentBefore(c, a, before, q)) {
        return;
      }
      int after = np[1];
      if (after + 1 < b && c.isComma(after) && !c.isPunct(after + 1)) {
        // "Two issues, according to the survey, top ...": the clause goes on after the
        // source; an introduction alone before it ("In the next decade, ...") is no content
        int end = trimEnd(c, after + 1, contentEnd(c, after + 1, a, b, new boolean[b - a + 1]));
        if (end > after + 1) {
          boolean verbBefore = false;
          for (int k = Math.max(a, before - 60); k < before; k++) {
            verbBefore |= c.isVerb(k) || c.pos[k].equals("AUX");
          }
          if (!verbBefore && c.pos[a].equals("ADP")) {
            q.segs.clear();
          }
          q.segs.add(new int[] {c.st[after + 1], c.en[end - 1]});
          q.kind = kindOf(c, a, end);
        }
      }
    } else if (h.start() == a || (before >= a && c.isPunct(before))) {
      // According to S, Q.
      int p = np[1];
      if (p < b && !c.isComma(p)) {
        // "According to an early study by the institute, Q": the source runs to the comma
        int k = p;
        while (k < b && k - p < 10 && !c.isComma(k) && !c.isVerb(k) && !c.inQuote(k)) {
          k++;
        }
        if (k < b && c.isComma(k) && k > p) {
          p = k;
          q.spkTokEnd = k;
          q.spkEnd = c.en[k - 1];
        }
      }
      if (p < b && c.isComma(p)) {
        p++;
      }
      if (p < b && c.openOf[p] >= 0 && !c.used[c.openOf[p]]
          && c.regions.get(c.openOf[p]).closed()) {
        // According to S, “Q. Q.”: the whole quotation
        addRegion(c, c.openOf[p], q);
        q.confidence = 0.8;
        here.add(q);
        return;
      }
      int te = trimEnd(c, p, Math.min(b, p + MAX_CONTENT));
      if (te - p < 2) {
        return;
      }
      q.segs.add(new int[] {c.st[p], c.en[te - 1]});
      q.kind = kindOf(c, p, te);
      for (int k = p; k < te; k++) {
        if (c.openOf[k] >= 0) {
          c.used[c.openOf[k]] = true;
        }
      }
    } else {
      return;
    }
    q.confidence = 0.7;
    here.add(q);
  }

  /** "said in a statement", "in an interview": the noun phrase is the source. */
  private static void nounSource(Ctx c, int a, Hit h, List<Cand> here) {
    int i = h.start();
    int j = i - 1;
    if (j >= a && (c.pos[j].equals("DET") || POSSESSIVE.contains(c.lower[j]))) {
      j--;
    }
    while (j >= a && c.pos[j].equals("ADJ")) {
      j--;
    }
    if (j < a || !c.lower[j].equals("in")) {
      return;
    }
    for (int k = here.size() - 1; k >= 0; k--) {
      Cand q = here.get(k);
      if (q.cueTok >= 0 && q.cueTok < i && i - q.cueTok <= 8 && q.srcStart < 0) {
        q.srcStart = c.st[j + 1];
        q.srcEnd = c.en[h.end() - 1];
        return;
      }
    }
  }

  /**
   * "her remark that ...", "Trump's recent assertion that ...", "his comments: “...”": a
   * noun cue after a possessive speaker, with a that-clause or a quotation after a colon.
   */
  private boolean possessiveNoun(Ctx c, int s, int a, int b, Hit h, List<Cand> here,
      boolean[] cueAt) {
    int i = h.start();
    int j = i - 1;
    while (j >= a && !c.inQuote(j) && i - j <= 4) {
      int chain = hyphenChainStart(c, j, a);
      if (chain >= 0) {
        j = chain - 1;
      } else if (c.pos[j].equals("ADJ") || c.pos[j].equals("ADV")) {
        j--;
      } else {
        break;
      }
    }
    if (j < a || c.inQuote(j)) {
      return false;
    }
    int[] spk;
    String w = c.lower[j];
    if (POSSESSIVE.contains(w) && !w.equals("its")) {
      spk = new int[] {j, j + 1};
    } else if (w.equals("'s") || w.equals("’s") || w.equals("'")) {
      int[] np = npCore(c, j - 1, a);
      if (np == null) {
        return false;
      }
      spk = new int[] {np[0], j + 1};
    } else {
      return false;
    }
    int p = h.end();
    if (p >= b || c.inQuote(p)) {
      return false;
    }
    Cand q = new Cand();
    if (c.lower[p].equals("that") && p + 2 < b) {
      int end = contentEnd(c, p, a, b, cueAt);
      int te = trimEnd(c, p, end);
      if (te - p < 3) {
        return false;
      }
      int endChar = c.en[te - 1];
      for (int k = p; k < te; k++) {
        if (c.openOf[k] >= 0) {
          c.used[c.openOf[k]] = true;
        }
      }
      q.segs.add(new int[] {c.st[p], endChar});
      q.kind = kindOf(c, p, te);
    } else if ((c.lower[p].equals(":") || c.isComma(p)) && p + 1 < c.n && c.openOf[p + 1] >= 0
        && !c.used[c.openOf[p + 1]] && c.par[p + 1] == c.par[p]) {
      addRegion(c, c.openOf[p + 1], q);
    } else {
      return false;
    }
    q.sentence = s;
    q.paragraph = c.par[i];
    q.cueStart = c.st[i];
    q.cueEnd = c.en[h.end() - 1];
    q.cueTok = i;
    q.spkTokStart = spk[0];
    q.spkTokEnd = spk[1];
    q.spkStart = c.st[spk[0]];
    q.spkEnd = spk[1] - 1 > spk[0] && CLITICS.contains(c.lower[spk[1] - 1])
        || c.lower[spk[1] - 1].equals("’s") || c.lower[spk[1] - 1].equals("'")
        ? c.en[spk[1] - 2] : c.en[spk[1] - 1];
    q.confidence = 0.6;
    here.add(q);
    return true;
  }

  // ------------------------------------------------------------------------------------
  // Epigraph dashes and transcript labels

  /** {@code “Q” — Name}: a quotation followed by a dash and the speaker's name. */
  private void dashQuotes(Ctx c, List<Cand> found) {
    for (int r = 0; r < c.regions.size(); r++) {
      QuoteMarks.Region g = c.regions.get(r);
      if (c.used[r] || !g.closed() || c.regionTokens[r] < 2) {
        continue;
      }
      int ct = firstTokenAt(c, g.contentEnd());
      if (ct < 0 || c.closeOf[ct] != r) {
        continue;
      }
      int d = ct + 1;
      if (d < c.n && c.lower[d].equals(".")) {
        d++;
      }
      // the dash may open the next paragraph: an epigraph “Q.” / - Bernie Sanders.
      boolean nextPar = d < c.n && c.par[d] == c.par[ct] + 1 && c.parStartTok[c.par[d]] == d;
      if (d + 1 >= c.n || (c.par[d] != c.par[ct] && !nextPar) || !isDashLike(c.lower[d])) {
        continue;
      }
      int pe = c.parStartTok[c.par[d] + 1];
      int[] np = npRight(c, d + 1, pe);
      if (np == null || nextPar && trimEnd(c, np[1], pe) > np[1]) {
        continue;
      }
      Cand q = new Cand();
      addRegion(c, r, q);
      q.cueStart = c.st[d];
      q.cueEnd = c.en[d];
      q.cueTok = d;
      q.spkTokStart = np[0];
      q.spkTokEnd = np[1];
      q.spkStart = c.st[np[0]];
      q.spkEnd = c.en[np[1] - 1];
      q.paragraph = c.par[d];
      q.confidence = 0.7;
      found.add(q);
    }
  }

  private static boolean isDashLike(String w) {
    return w.equals("―") || w.equals("—") || w.equals("–") || w.equals("--") || w.equals("-");
  }

  private static final Set<String> NOT_SPEAKER_LABELS =
      Set.of(
          "note", "update", "updated", "abstract", "watch", "read", "related", "photo", "video",
          "correction", "editor", "editors", "q", "a", "full", "text", "source", "sources",
          "breaking", "exclusive", "analysis", "opinion", "transcript", "caption", "credit");

  /** Debate and interview transcripts: a paragraph {@code PENCE: ...}. */
  private void transcriptLabels(Ctx c, List<Cand> found) {
    for (int p = 0; p + 1 < c.parStartTok.length; p++) {
      int a = c.parStartTok[p];
      int b = c.parStartTok[p + 1];
      int i = a;
      if (i < b && c.openOf[i] >= 0) {
        i++;
      }
      int j = i;
      while (j < b && j - i < 3 && allCaps(c, j)) {
        j++;
      }
      if (p == 0 && (j == i || j >= b || !c.lower[j].equals(":"))) {
        // a headline "Graham: Trump's rhetoric destroying GOP's chance"
        j = i;
        while (j < b && j - i < 5 && !c.lower[j].equals(":") && !c.isVerb(j) && !c.inQuote(j)
            && (c.nominal(j) || c.pos[j].equals("ADJ") || c.lower[j].equals("'s")
                || c.pos[j].equals("DET") && j > i)) {
          j++;
        }
        if (j == i || !Character.isUpperCase(c.text.charAt(c.st[i]))) {
          continue;
        }
      }
      if (j == i || j + 1 >= b || !c.lower[j].equals(":")
          || NOT_SPEAKER_LABELS.contains(c.lower[i])) {
        continue;
      }
      int te = trimEnd(c, j + 1, b);
      if (te - (j + 1) < 2) {
        continue;
      }
      Cand q = new Cand();
      q.segs.add(new int[] {c.st[j + 1], c.en[te - 1]});
      q.kind = kindOf(c, j + 1, te);
      if (c.openOf[a] >= 0) {
        q.kind = QuoteKind.DIRECT;
        c.used[c.openOf[a]] = true;
      }
      for (int k = j + 1; k < te; k++) {
        if (c.openOf[k] >= 0) {
          c.used[c.openOf[k]] = true;
        }
      }
      q.cueStart = c.st[j];
      q.cueEnd = c.en[j];
      q.cueTok = j;
      q.spkTokStart = i;
      q.spkTokEnd = j;
      q.spkStart = c.st[i];
      q.spkEnd = c.en[j - 1];
      q.paragraph = p;
      q.confidence = 0.6;
      found.add(q);
    }
  }

  private static boolean allCaps(Ctx c, int i) {
    String t = c.tokens.get(i).text();
    int letters = 0;
    for (int k = 0; k < t.length(); k++) {
      char ch = t.charAt(k);
      if (Character.isLowerCase(ch)) {
        return false;
      }
      if (Character.isLetter(ch)) {
        letters++;
      }
    }
    return letters >= 2;
  }

  // ------------------------------------------------------------------------------------
  // Quotations introduced by a colon

  /**
   * {@code S V ...: “Q.”} where no cue of the lexicon introduces the quotation ("Trump leaned in
   * and boomed: “…”", "As Ridge put it: “…”", "Clinton's response was: “…”"): a quotation of
   * at least {@code minQuoteTokens} tokens right after a colon is the clause subject's, the cue
   * is the last verb before the colon (the colon alone when there is none).
   */
  private void colonQuotes(Ctx c, List<Cand> found) {
    for (int r = 0; r < c.regions.size(); r++) {
      if (c.used[r] || c.regionTokens[r] < Math.max(3, minQuoteTokens)
          || r > 0 && c.regions.get(r - 1).continues()) {
        continue;
      }
      int ot = firstTokenAt(c, c.regions.get(r).open());
      if (ot <= 0 || ot >= c.n || c.openOf[ot] != r || !c.lower[ot - 1].equals(":")) {
        continue;
      }
      int colon = ot - 1;
      boolean sameParagraph = c.par[colon] == c.par[ot];
      if (!sameParagraph && c.par[ot] - c.par[colon] > 1) {
        continue;
      }
      // the clause before the colon: back to the sentence start, a quotation or a paragraph break
      int a = colon;
      while (a - 1 >= 0 && c.par[a - 1] == c.par[colon] && !c.inQuote(a - 1)
          && c.sentOf[a - 1] == c.sentOf[colon] && colon - a < 60) {
        a--;
      }
      if (a >= colon) {
        continue;
      }
      int v = -1;
      for (int k = colon - 1; k >= a; k--) {
        if (c.pos[k].equals("VERB")) {
          v = k;
          break;
        }
      }
      int[] spk = subjectOf(c, a, colon);
      if (spk == null && v < 0) {
        // a label: "Trump:", "... - Philip Bump:"
        int[] np = npLeft(c, colon - 1, a);
        if (np != null && (np[0] == a || c.isDash(np[0] - 1)) && c.nominal(np[1] - 1)) {
          spk = np;
        }
      }
      if (spk == null && v >= 0 && v > a) {
        // "Hakeem Jeffries reacted to the news, saying:": the nearest name or nominal before the verb
        int[] np = npLeft(c, v - 1, a);
        if (np == null && c.isComma(v - 1)) {
          np = subjectOf(c, a, v - 1);
        }
        spk = np;
      }
      if (spk == null || (v >= 0 && v < spk[1])) {
        continue;
      }
      Cand q = new Cand();
      q.paragraph = c.par[ot];
      q.sentence = c.sentOf[colon];
      q.spkTokStart = spk[0];
      q.spkTokEnd = spk[1];
      q.spkStart = c.st[spk[0]];
      q.spkEnd = speakerEnd(c, spk[1] - 1);
      int cs = v >= 0 ? v : colon;
      q.cueStart = c.st[cs];
      q.cueEnd = c.en[colon];
      q.cueTok = cs;
      addRegion(c, r, q);
      q.confidence = 0.6;
      found.add(q);
    }
  }

  // ------------------------------------------------------------------------------------
  // Floating quotes

  private void floatingQuotes(Ctx c, List<Cand> found) {
    if (c.regions.isEmpty()) {
      return;
    }
    found.sort(Comparator.comparingInt((Cand q) -> q.segs.get(0)[0]));
    int fi = 0;
    Cand last = null;
    List<Cand> added = new ArrayList<>();
    for (int r = 0; r < c.regions.size(); r++) {
      QuoteMarks.Region g = c.regions.get(r);
      while (fi < found.size() && found.get(fi).segs.get(0)[0] < g.open()) {
        Cand q = found.get(fi++);
        if (q.spkStart >= 0) {
          last = q;
        }
      }
      if (c.used[r] || c.regionTokens[r] < minQuoteTokens || last == null) {
        continue;
      }
      int tok = firstTokenAt(c, g.open());
      if (tok < 0 || tok >= c.n) {
        continue;
      }
      int p = c.par[tok];
      boolean startsParagraph = c.parStartTok[p] == tok;
      if (!startsParagraph || p - last.paragraph > 2
          || (last.kind == QuoteKind.INDIRECT && p - last.paragraph > 1)) {
        continue;
      }
      Cand q = new Cand();
      addRegion(c, r, q);
      q.spkStart = last.spkStart;
      q.spkEnd = last.spkEnd;
      q.spkTokStart = last.spkTokStart;
      q.spkTokEnd = last.spkTokEnd;
      q.paragraph = p;
      q.kind = QuoteKind.DIRECT;
      q.confidence = 0.5;
      added.add(q);
      last = q;
    }
    found.addAll(added);
  }

  private static int firstTokenAt(Ctx c, int offset) {
    int lo = 0;
    int hi = c.n;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (c.en[mid] <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo < c.n ? lo : -1;
  }

  @Override
  public String toString() {
    return "QuoteAttributor[rules, " + lexicon.size() + " cues, beliefs=" + beliefs + "]";
  }
}
