package org.rostra.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rostra.doc.Dateline;
import org.rostra.doc.Document;
import org.rostra.doc.EntityLink;
import org.rostra.doc.EntityType;
import org.rostra.doc.Layers;
import org.rostra.doc.Mention;
import org.rostra.doc.MentionKind;
import org.rostra.doc.Sentence;
import org.rostra.doc.TextSpan;
import org.rostra.doc.Token;

/**
 * The linking of one document (a short-lived, single-threaded object): mention detection
 * from the alias automaton and from proper-noun runs, titles, demonyms and pronouns;
 * candidate scoring; in-document coreference; clusters.
 */
final class DocLinker {
  private static final int MAX_PRONOUN_SENTENCES = 3;
  /** Look-back limit in mentions: keeps every document linear. */
  private static final int MAX_LOOK_BACK = 200;
  /** Longest proper-noun run, in tokens; longer runs are cut. */
  private static final int MAX_RUN = 12;

  private final LinkerIndex ix;
  private final double nilThreshold;
  private final LinkerOptions options;
  private final String text;
  private final int n;
  private final List<Token> tokens;
  private final int nt;
  private final int[] ts;
  private final int[] te;
  private final int[] coreEnd;
  private final String[] pos;
  private final String[] lower;
  private final int[] sentOf;
  private final boolean[] sentFirst;
  private final boolean[] titleCaseSentence;
  private final BitSet tokenEnds;
  private final Optional<LocalDate> date;
  private final boolean sports;

  /** Alias-automaton matches: start, end, entry. */
  private final List<int[]> matches = new ArrayList<>();
  private final Map<Long, Integer> matchBySpan = new HashMap<>();
  private final Map<Integer, List<int[]>> matchesByEnd = new HashMap<>();

  private final List<M> mentions = new ArrayList<>();
  private final BitSet occupied;

  /** A mention under construction. */
  static final class M {
    int start;
    int end;
    int t0;
    int t1;
    MentionKind kind = MentionKind.NAME;
    EntityType type = EntityType.OTHER;
    int[] cands = new int[0];
    boolean[] candLabel = new boolean[0];
    int[] prefixOffices = new int[0];
    boolean personCue;
    char gender;
    int[] titleOffices = new int[0];
    int[] roleOffices = new int[0];
    int demonymCountry = -1;
    String surface;
    String[] words;
    int entity = -1;
    double score;
    Object cluster;
    boolean locallyDefined;

    TextSpan span() {
      return new TextSpan(start, end);
    }
  }

  DocLinker(LinkerIndex ix, LinkerOptions options, Document doc) {
    this.ix = ix;
    this.options = options;
    this.nilThreshold = options.nilThreshold();
    this.text = doc.text();
    this.n = text.length();
    this.tokens = doc.tokens();
    this.nt = tokens.size();
    List<String> tags = doc.posTags();
    ts = new int[nt];
    te = new int[nt];
    coreEnd = new int[nt];
    pos = new String[nt];
    lower = new String[nt];
    tokenEnds = new BitSet(n + 1);
    for (int i = 0; i < nt; i++) {
      Token t = tokens.get(i);
      ts[i] = t.start();
      te[i] = t.end();
      pos[i] = i < tags.size() ? tags.get(i) : "X";
      lower[i] = Lexicon.lower(t.text());
      tokenEnds.set(te[i]);
      coreEnd[i] = possessiveCut(t.text(), ts[i], te[i]);
    }
    sentOf = new int[nt];
    sentFirst = new boolean[nt];
    List<Sentence> sentences = doc.sentences();
    titleCaseSentence = new boolean[sentences.size()];
    for (int s = 0; s < sentences.size(); s++) {
      Sentence sen = sentences.get(s);
      int words = 0;
      int oddCaps = 0;
      boolean first = true;
      for (int i = sen.tokens().begin(); i < sen.tokens().end() && i < nt; i++) {
        sentOf[i] = s;
        String tx = tokens.get(i).text();
        boolean word = !tx.isEmpty() && Character.isLetter(tx.charAt(0));
        if (i > sen.tokens().begin() && newlineBetween(i - 1, i)) {
          first = true;
        }
        if (word) {
          words++;
          if (first) {
            sentFirst[i] = true;
            first = false;
          } else if (Lexicon.isCapitalized(tx) && !Lexicon.isAllCaps(tx) && isFunctionTag(i, tags)
              && !(tx.equals("The") && i + 1 < nt && Lexicon.isCapitalized(tokens.get(i + 1).text()))) {
            oddCaps++; // "Obama Signs Bill On Trade": capitalised verbs and prepositions
          }
        } else if (isOpening(tx)) {
          first = true;
        }
      }
      titleCaseSentence[s] = oddCaps >= 2 || oddCaps == 1 && words <= 6;
    }
    occupied = new BitSet(n + 1);
    Optional<LocalDate> d = doc.date();
    if (d.isEmpty()) {
      for (Dateline dl : doc.find(Layers.DATELINES).orElse(List.of())) {
        if (dl.date().isPresent()) {
          d = dl.date();
          break;
        }
      }
    }
    date = d;
    int sportsWords = 0;
    for (int i = 0; i < nt; i++) {
      if (Lexicon.SPORTS_WORDS.contains(lower[i])) {
        sportsWords++;
      }
    }
    sports = sportsWords >= 6 && sportsWords * 40 >= nt;
  }

  private static boolean isFunctionTag(int i, List<String> tags) {
    if (i >= tags.size()) {
      return false;
    }
    String t = tags.get(i);
    return t.startsWith("VERB") || t.startsWith("AUX") || t.startsWith("ADP")
        || t.startsWith("DET") || t.startsWith("PRON") || t.startsWith("CCONJ")
        || t.startsWith("SCONJ") || t.startsWith("ADV") || t.startsWith("PART");
  }

  private static boolean isOpening(String tx) {
    return tx.equals("\u201C") || tx.equals("\"") || tx.equals("\u2018") || tx.equals("(")
        || tx.equals(":") || tx.equals("--") || tx.equals("\u2014") || tx.equals("-")
        || tx.equals("[") || tx.equals("'") || tx.equals(";");
  }

  private static int possessiveCut(String t, int s, int e) {
    int len = t.length();
    if (len > 2 && (t.endsWith("\u2019s") || t.endsWith("'s") || t.endsWith("\u2019S") || t.endsWith("'S"))) {
      return e - 2;
    }
    if (len > 2 && (t.endsWith("\u2019") || t.endsWith("'")) && Character.isLetter(t.charAt(len - 2))) {
      return e - 1;
    }
    return e;
  }

  private boolean newlineBetween(int a, int b) {
    for (int p = te[a]; p < ts[b]; p++) {
      if (text.charAt(p) == '\n') {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- run

  List<Mention> run() {
    if (nt == 0) {
      return List.of();
    }
    scan();
    List<int[]> segments = nameSegments();
    proposeTitlesAndDemonyms(true);
    proposeNames(segments);
    proposeLeftoverAliases();
    proposeTitlesAndDemonyms(false);
    proposePronouns();
    proposeCountryNominals();
    mentions.sort(Comparator.comparingInt((M m) -> m.start).thenComparingInt(m -> m.end));
    findLocalAcronyms();
    link();
    spanConventions();
    attachStates();
    resolveNominals();
    resolvePronouns();
    return output();
  }

  // ---------------------------------------------------------------- automaton scan

  private void scan() {
    CharTrie trie = ix.trie;
    for (int i = 0; i < nt; i++) {
      walk(trie, ts[i], false);
      if (i + 1 < nt && te[i] == ts[i + 1] && lower[i + 1].equals("-")) {
        walk(trie, ts[i], true);
      }
      // names glued by a hyphen inside a token: "US-China", "ex-England"
      for (int p = ts[i] + 1; p < te[i] - 1; p++) {
        if (text.charAt(p) == '-' && Character.isUpperCase(text.charAt(p + 1))) {
          walk(trie, p + 1, false);
        }
      }
    }
  }

  private void walk(CharTrie trie, int s, boolean hyphenAsSpace) {
    int node = trie.root();
    int p = s;
    while (p < n) {
      char c = text.charAt(p);
      if (Character.isWhitespace(c) || c == '\u00A0') {
        int q = p;
        int nl = 0;
        while (q < n && (Character.isWhitespace(text.charAt(q)) || text.charAt(q) == '\u00A0')) {
          if (text.charAt(q) == '\n') {
            nl++;
          }
          q++;
        }
        if (nl >= 2) {
          return;
        }
        node = trie.step(node, ' ');
        if (node == CharTrie.NONE) {
          return;
        }
        p = q;
        continue;
      }
      if (hyphenAsSpace && c == '-' && p > s && p + 1 < n
          && Character.isLetter(text.charAt(p - 1)) && Character.isUpperCase(text.charAt(p + 1))) {
        c = ' '; // "Al-Jazeera" for the KB's "Al Jazeera"
      }
      node = trie.step(node, CharTrie.norm(c));
      if (node == CharTrie.NONE) {
        return;
      }
      p++;
      int pl = trie.payload(node);
      if (pl >= 0 && boundaryAt(p)) {
        matches.add(new int[] {s, p, pl});
        matchBySpan.put(((long) s << 32) | p, pl);
        matchesByEnd.computeIfAbsent(p, x -> new ArrayList<>(2)).add(matches.get(matches.size() - 1));
      }
    }
  }

  private boolean boundaryAt(int p) {
    if (p >= n) {
      return true;
    }
    char c = text.charAt(p);
    if (Character.isLetterOrDigit(c)) {
      return false;
    }
    if (tokenEnds.get(p)) {
      return true;
    }
    return c == '\'' || c == '\u2019' || c == '-' || c == '.' && tokenEnds.get(p + 1);
  }

  // ---------------------------------------------------------------- name runs

  private boolean isNameToken(int i) {
    String t = tokens.get(i).text();
    if (t.isEmpty()) {
      return false;
    }
    char c = t.charAt(0);
    if (!(Character.isUpperCase(c) || Character.isTitleCase(c))) {
      return false;
    }
    String lw = Lexicon.noPeriod(lower[i]);
    if (Lexicon.NON_NAME_WORDS.contains(lw) || Lexicon.TIME_WORDS.contains(lw)) {
      return false;
    }
    if (Lexicon.pronounGender(lw) != 0) {
      return false;
    }
    String p = pos[i];
    boolean propn = p.startsWith("PROPN") || t.length() > 1 && Lexicon.isAllCaps(t);
    if (titleCaseSentence[sentOf[i]] && !p.startsWith("PROPN")) {
      return false;
    }
    if (sentFirst[i] && !propn) {
      return false;
    }
    if (propn || p.startsWith("NOUN") || p.startsWith("ADJ") || p.startsWith("X")
        || p.startsWith("NUM") || p.startsWith("SYM")) {
      return true;
    }
    // inside a sentence (not a headline) a capitalised word is a name whatever the tagger
    // says ("that Acme Display Co.": "Acme" tagged as a determiner, "Display" as a verb)
    return !sentFirst[i] && !titleCaseSentence[sentOf[i]] && t.length() > 1
        && Character.isLetter(c) && (i == 0 || !isOpening(tokens.get(i - 1).text()));
  }

  /** "el-Sissi", "al-Assad", "bin-Salman": a lower-case particle hyphened to a surname. */
  private boolean particleHyphen(int j) {
    if (j + 2 >= nt || te[j] != ts[j + 1] || te[j + 1] != ts[j + 2] || !lower[j + 1].equals("-")
        || !tokens.get(j).text().equals(lower[j]) || !isNameToken(j + 2)) {
      return false;
    }
    switch (lower[j]) {
      case "al":
      case "el":
      case "ad":
      case "ash":
      case "as":
      case "at":
      case "az":
      case "bin":
      case "ibn":
      case "abu":
        return true;
      default:
        return false;
    }
  }

  private boolean sameLine(int a, int b) {
    return sentOf[a] == sentOf[b] && !newlineBetween(a, b);
  }

  /** Runs of name tokens, refined into segments {t0, t1, prefixStart} (token indices). */
  private List<int[]> nameSegments() {
    List<int[]> out = new ArrayList<>();
    int i = 0;
    while (i < nt) {
      if (!isNameToken(i)) {
        if (particleHyphen(i)) {
          int j = i + 3;
          while (j < nt && j - i < MAX_RUN && sameLine(j - 1, j) && isNameToken(j)) {
            j++;
          }
          splitRun(i, j, out);
          i = j;
          continue;
        }
        i++;
        continue;
      }
      int j = i + 1;
      while (j < nt && j - i < MAX_RUN && sameLine(j - 1, j) && coreEnd[j - 1] == te[j - 1]) {
        if (isNameToken(j) || innerCapitalised(i, j)) {
          j++;
          continue;
        }
        if (lower[j].equals("-") && j + 1 < nt && te[j - 1] == ts[j] && te[j] == ts[j + 1]
            && isNameToken(j + 1)) {
          j += 2; // "Al-Jazeera", "Abu-Dhabi": a name written with a hyphen
          continue;
        }
        if (sameLine(j, Math.min(nt - 1, j + 2)) && particleHyphen(j)) {
          j += 3; // "Abdel-Fattah el-Sissi"
          continue;
        }
        if (Lexicon.JOIN_WORDS.contains(lower[j]) && j + 1 < nt && sameLine(j, j + 1)) {
          int k = j + 1;
          if (lower[k].equals("the") && k + 1 < nt) {
            k++;
          }
          if (isNameToken(k) && keepJoin(i, j)) {
            j = k + 1;
            continue;
          }
        }
        break;
      }
      splitRun(i, j, out);
      i = j;
    }
    return out;
  }

  /**
   * A capitalised word inside a sentence that the tagger did not take for a name ("LG
   * Display Co.": "Display" tagged as a verb) continues the run when the KB knows the longer
   * name or a company suffix follows it.
   */
  private boolean innerCapitalised(int runStart, int j) {
    String t = tokens.get(j).text();
    if (t.isEmpty() || !Character.isUpperCase(t.charAt(0)) || titleCaseSentence[sentOf[j]]
        || sentFirst[j] || coreEnd[j] != te[j]) {
      return false;
    }
    String lw = Lexicon.noPeriod(lower[j]);
    if (Lexicon.NON_NAME_WORDS.contains(lw) || Lexicon.TIME_WORDS.contains(lw)
        || Lexicon.pronounGender(lw) != 0 || !Character.isLetter(t.charAt(0))) {
      return false;
    }
    if (j + 1 < nt && sameLine(j, j + 1) && isNameToken(j + 1)
        && Lexicon.ABBREVIATIONS.contains(Lexicon.noPeriod(lower[j + 1]))
        && Lexicon.ORG_SUFFIXES.contains(Lexicon.noPeriod(lower[j + 1]))) {
      return true; // "... Display Co.", "... Foods Inc."
    }
    if (Lexicon.ORG_SUFFIXES.contains(lw) && lw.equals(lower[j])
        && Character.isUpperCase(tokens.get(j - 1).text().charAt(0))) {
      return true; // "Samsung Display", "Acme Foods": a company word after a name
    }
    for (int k = j + 1; k <= Math.min(nt, j + 3); k++) {
      Integer pl = matchBySpan.get(((long) ts[runStart] << 32) | coreEnd[k - 1]);
      if (pl != null && ix.entries[pl].nameArr.length > 0) {
        return true;
      }
      if (k < nt && !sameLine(k - 1, k)) {
        break;
      }
    }
    return false;
  }

  private static final Set<String> NOBLE = Set.of("duke", "duchess", "prince", "princess",
      "earl", "countess", "marquess", "baron", "baroness", "lord", "lady", "king", "queen",
      "emperor", "empress", "sultan", "emir", "archbishop", "bishop", "viscount");

  private boolean keepJoin(int runStart, int join) {
    String w = lower[join];
    String before = Lexicon.noPeriod(lower[join - 1]);
    String first = Lexicon.noPeriod(lower[runStart]);
    switch (w) {
      case "&":
      case "-":
        return true;
      case "of":
      case "for":
      case "the":
        return Lexicon.ORG_SUFFIXES.contains(before) || Lexicon.GPE_SUFFIXES.contains(before)
            || Lexicon.TITLE_WORDS.contains(before) || Lexicon.ORG_SUFFIXES.contains(first)
            || Lexicon.LOC_SUFFIXES.contains(before) || before.equals("house")
            || before.equals("republic") || before.equals("kingdom") || before.equals("bank")
            || before.equals("secretary") || before.equals("minister");
      case "and":
        return true; // decided in splitRun: kept only inside organisation names
      case "on":
      case "at":
      case "in":
        return false;
      default:
        return true; // name particles: de, van, al, bin ...
    }
  }

  private void splitRun(int a, int b, List<int[]> out) {
    // "and" joins only organisation names ("Food and Drug Administration")
    String last = Lexicon.noPeriod(lower[b - 1]);
    boolean orgName = Lexicon.ORG_SUFFIXES.contains(last)
        || Lexicon.ORG_SUFFIXES.contains(Lexicon.noPeriod(lower[a]));
    for (int k = a + 1; k < b - 1; k++) {
      if (lower[k].equals("and") && !exactMatch(ts[a], coreEnd[b - 1])
          && (!orgName || exactMatch(ts[a], coreEnd[k - 1]) || companyEnd(k - 1))) {
        splitRun(a, k, out);
        splitRun(k + 1, b, out);
        return;
      }
    }
    if (!orgName) {
      for (int k = a + 1; k < b - 1; k++) {
        if (lower[k].equals("and") && !exactMatch(ts[a], coreEnd[b - 1])) {
          splitRun(a, k, out);
          splitRun(k + 1, b, out);
          return;
        }
      }
    }
    if (exactMatch(ts[a], coreEnd[b - 1])) {
      out.add(new int[] {a, b, a});
      return;
    }
    // an office title of the KB that spans a join word before a name: "Secretary of State
    // Antony Blinken", "Prime Minister of India Narendra Modi", "Speaker of the House Mike Johnson"
    for (int k = a; k < b - 1; k++) {
      for (int j = b - 2; j > k; j--) {
        Integer pl = matchBySpan.get(((long) ts[k] << 32) | te[j]);
        if (pl == null || ix.entries[pl].officeArr.length == 0) {
          continue;
        }
        boolean joined = false;
        for (int x = k + 1; x < j; x++) {
          joined |= Lexicon.JOIN_WORDS.contains(lower[x]);
        }
        if (joined && personLike(j + 1, b)) {
          if (k > a) {
            splitRun(a, k, out);
          }
          out.add(new int[] {j + 1, b, k});
          return;
        }
      }
    }
    // titles and honorifics before a person's name: "National Security Adviser Jake Sullivan",
    // "Chinese President Xi Jinping", "Texas Gov. Greg Abbott"
    for (int k = a; k < b - 1; k++) {
      int e = k;
      boolean strong = false;
      while (e < b - 1 && isTitleToken(e)) {
        strong |= isStrongTitle(e);
        e++;
      }
      if (e > k && e + 1 < b && (lower[e].equals("of") || lower[e].equals("for")
          || lower[e].equals("at"))) {
        // "CEO of Apple", "Secretary of State": the name after "of" is the title's
        // organisation or country, not a person; "Duchess of Cambridge" is a name as a whole
        if (NOBLE.contains(Lexicon.noPeriod(lower[e - 1]))) {
          if (k > a) {
            splitRun(a, k, out);
          }
          out.add(new int[] {k, b, k});
          return;
        }
        if (k > a) {
          splitRun(a, k, out);
        }
        int f = e + 1;
        if (lower[f].equals("the") && f + 1 < b) {
          f++;
        }
        splitRun(f, b, out);
        return;
      }
      if (e > k && strong && personLike(e, b)) {
        if (k > a) {
          splitRun(a, k, out);
        }
        out.add(new int[] {e, b, k});
        return;
      }
    }
    out.add(new int[] {a, b, a});
  }

  /** "Co.", "Inc.", "Ltd": a word that ends a company's name ("Acme Co. and Borwick Inc."). */
  private boolean companyEnd(int i) {
    String w = Lexicon.noPeriod(lower[i]);
    return Lexicon.ABBREVIATIONS.contains(w) && Lexicon.ORG_SUFFIXES.contains(w);
  }

  private boolean isTitleToken(int i) {
    String w = Lexicon.noPeriod(lower[i]);
    return Lexicon.TITLE_WORDS.contains(w) || Lexicon.HONORIFICS.contains(w) || isDemonym(i)
        || w.equals("-");
  }

  private boolean isStrongTitle(int i) {
    String w = Lexicon.noPeriod(lower[i]);
    if (Lexicon.HONORIFICS.contains(w)) {
      return true;
    }
    switch (w) {
      case "state":
      case "house":
      case "senate":
      case "national":
      case "security":
      case "foreign":
      case "defense":
      case "defence":
      case "finance":
      case "interior":
      case "home":
      case "trade":
      case "economy":
      case "health":
      case "education":
      case "press":
      case "first":
      case "former":
      case "acting":
      case "interim":
      case "party":
      case "labour":
      case "labor":
      case "conservative":
      case "democratic":
      case "republican":
      case "us":
      case "u.s":
      case "un":
      case "eu":
      case "high":
      case "grand":
      case "supreme":
      case "late":
      case "crown":
      case "majority":
      case "minority":
      case "deputy":
      case "assistant":
      case "executive":
      case "chief":
      case "vice":
      case "prime":
        return false;
      default:
        return Lexicon.TITLE_WORDS.contains(w);
    }
  }

  private boolean isDemonym(int i) {
    Integer pl = matchBySpan.get(((long) ts[i] << 32) | coreEnd[i]);
    return pl != null && ix.entries[pl].demonymArr.length > 0;
  }

  private boolean personLike(int a, int b) {
    String last = Lexicon.noPeriod(lower[b - 1]);
    if (Lexicon.ORG_SUFFIXES.contains(last) || Lexicon.LOC_SUFFIXES.contains(last)
        || Lexicon.GPE_SUFFIXES.contains(last)) {
      return false;
    }
    Integer pl = matchBySpan.get(((long) ts[a] << 32) | coreEnd[b - 1]);
    if (pl != null) {
      for (LinkerIndex.NameVariant v : ix.entries[pl].nameArr) {
        if (ix.types[v.entity()] == EntityType.PERSON) {
          return true;
        }
      }
      return ix.entries[pl].nameArr.length == 0;
    }
    return true;
  }

  private boolean exactMatch(int s, int e) {
    Integer pl = matchBySpan.get(((long) s << 32) | e);
    return pl != null && ix.entries[pl].nameArr.length > 0 && !acceptedNames(s, e, pl).isEmpty();
  }

  // ---------------------------------------------------------------- proposals

  private void proposeNames(List<int[]> segments) {
    for (int[] seg : segments) {
      int a = seg[0];
      int b = seg[1];
      int prefix = seg[2];
      int s = ts[a];
      int e = coreEnd[b - 1];
      if (e <= s) {
        continue;
      }
      String lastWord = Lexicon.noPeriod(lower[b - 1]);
      if (b < nt && coreEnd[b - 1] == te[b - 1] && ts[b] == te[b - 1] && tokens.get(b).text().equals(".")
          && Lexicon.ABBREVIATIONS.contains(lastWord)) {
        e = te[b];
      }
      if (a > 0 && tokens.get(a - 1).text().equals("The") && sameLine(a - 1, a)) {
        // "The Associated Press": the article belongs to the name when the KB writes it so
        Integer withThe = matchBySpan.get(((long) ts[a - 1] << 32) | e);
        if (withThe != null) {
          for (LinkerIndex.NameVariant v : acceptedNames(ts[a - 1], e, withThe)) {
            if (v.form().startsWith("The ")) {
              s = ts[a - 1];
              a = a - 1;
              break;
            }
          }
        }
      }
      Integer pl = matchBySpan.get(((long) s << 32) | e);
      if (pl == null && e != coreEnd[b - 1]) {
        pl = matchBySpan.get(((long) s << 32) | coreEnd[b - 1]);
        if (pl != null) {
          e = coreEnd[b - 1];
        }
      }
      List<LinkerIndex.NameVariant> names = pl == null ? List.of() : acceptedNames(s, e, pl);
      if (names.isEmpty() && b - a == 1 && singleTokenJunk(a)) {
        continue;
      }
      if (names.isEmpty() && titleCaseSentence[sentOf[a]]
          && !Lexicon.ORG_SUFFIXES.contains(lastWord)) {
        // headline casing: trust only the automaton inside the run
        continue;
      }
      if (names.isEmpty() && b - a >= 1) {
        // a run the KB does not know as a whole: a new name (NIL), unless it is only a
        // known name followed by a trailing possessive or it is an all-caps headline
        if (b - a == 1 && pos[a].startsWith("ADJ") && !Lexicon.isAllCaps(tokens.get(a).text())) {
          continue; // "Western", "European": adjectives, not names
        }
        M m = newMention(s, e, a, b);
        m.type = guessType(a, b, prefix);
        applyPrefix(m, prefix, a);
        add(m);
        if (prefix < a) {
          occupied.set(ts[prefix], ts[a]);
        }
        continue;
      }
      M m = newMention(s, e, a, b);
      setCandidates(m, names);
      applyPrefix(m, prefix, a);
      add(m);
      if (prefix < a) {
        occupied.set(ts[prefix], ts[a]);
      }
    }
  }

  private boolean singleTokenJunk(int i) {
    String t = tokens.get(i).text();
    if (t.length() < 2 && !Character.isLetter(t.charAt(0))) {
      return true;
    }
    String lw = Lexicon.noPeriod(lower[i]);
    if (Lexicon.ABBREVIATIONS.contains(lw) && Lexicon.ORG_SUFFIXES.contains(lw)) {
      return true; // "Co.", "Inc." alone
    }
    return Lexicon.TITLE_WORDS.contains(lw) && !pos[i].startsWith("PROPN")
        || Lexicon.HONORIFICS.contains(lw)
        || isDemonym(i);
  }

  private void applyPrefix(M m, int prefix, int a) {
    if (prefix < a) {
      m.personCue = true;
      for (int k = prefix; k < a; k++) {
        char g = Lexicon.honorificGender(Lexicon.noPeriod(lower[k]));
        if (g != 0) {
          m.gender = g;
        }
      }
      if (m.cands.length == 0 || m.type == EntityType.OTHER) {
        m.type = EntityType.PERSON;
      }
    } else if (a > 0) {
      char g = Lexicon.honorificGender(Lexicon.noPeriod(lower[a - 1]));
      if (g != 0) {
        m.gender = g;
        m.personCue = true;
      }
    }
    // title matches (automaton) that end right before the name
    Set<Integer> offices = new HashSet<>();
    for (int[] mt : matchesEndingBefore(m.start)) {
      LinkerIndex.Entry en = ix.entries[mt[2]];
      for (int o : en.officeArr) {
        offices.add(o);
      }
    }
    if (!offices.isEmpty()) {
      m.personCue = true;
      m.prefixOffices = offices.stream().mapToInt(Integer::intValue).toArray();
      if (m.cands.length == 0) {
        m.type = EntityType.PERSON;
      }
    }
    if (m.gender == 0 && m.words.length >= 2) {
      m.gender = nameGender(m.words[0]);
    }
  }

  private static char nameGender(String w) {
    boolean f = Lexicon.FEMALE_NAMES.contains(w);
    boolean male = Lexicon.MALE_NAMES.contains(w);
    return f == male ? 0 : f ? 'f' : 'm';
  }

  private List<int[]> matchesEndingBefore(int start) {
    List<int[]> out = new ArrayList<>();
    int p = start;
    while (p > 0 && Character.isWhitespace(text.charAt(p - 1))) {
      p--;
    }
    if (p == start) {
      return out;
    }
    for (int[] mt : matchesByEnd.getOrDefault(p, List.of())) {
      if (ix.entries[mt[2]].officeArr.length > 0) {
        out.add(mt);
      }
    }
    return out;
  }

  private M newMention(int s, int e, int t0, int t1) {
    M m = new M();
    m.start = s;
    m.end = e;
    m.t0 = t0;
    m.t1 = t1;
    m.surface = text.substring(s, e);
    String k = CharTrie.normKey(m.surface);
    m.words = k.isEmpty() ? new String[0] : k.split(" ");
    return m;
  }

  private void add(M m) {
    if (m.end <= m.start || occupied.get(m.start, m.end).cardinality() > 0) {
      return;
    }
    occupied.set(m.start, m.end);
    mentions.add(m);
  }

  private void setCandidates(M m, List<LinkerIndex.NameVariant> names) {
    Map<Integer, Boolean> c = new LinkedHashMap<>();
    for (LinkerIndex.NameVariant v : names) {
      c.merge(v.entity(), v.label(), Boolean::logicalOr);
    }
    m.cands = new int[c.size()];
    m.candLabel = new boolean[c.size()];
    int k = 0;
    for (Map.Entry<Integer, Boolean> en : c.entrySet()) {
      m.cands[k] = en.getKey();
      m.candLabel[k] = en.getValue();
      k++;
    }
    m.type = ix.types[m.cands[0]];
  }

  /** The KB forms of the entry whose case fits the surface. */
  private List<LinkerIndex.NameVariant> acceptedNames(int s, int e, int pl) {
    LinkerIndex.Entry en = ix.entries[pl];
    if (en.nameArr.length == 0) {
      return List.of();
    }
    String surface = text.substring(s, e);
    List<LinkerIndex.NameVariant> out = new ArrayList<>(2);
    for (LinkerIndex.NameVariant v : en.nameArr) {
      if (ix.types[v.entity()] == EntityType.OTHER && ix.records[v.entity()].kind().equals("office")) {
        continue;
      }
      if (caseFits(surface, v.form(), v.acronym())) {
        out.add(v);
      }
    }
    if (out.isEmpty()) {
      return out;
    }
    // one capitalised word that starts a sentence and is not tagged a proper noun is
    // usually an ordinary word ("Together", "Reform")
    int ti = tokenAt(s);
    if (ti >= 0 && tokenAt(e - 1) == ti && sentFirst[ti] && !pos[ti].startsWith("PROPN")
        && !Lexicon.isAllCaps(surface)) {
      return List.of();
    }
    if (ti >= 0 && tokenAt(e - 1) == ti) {
      String lw = Lexicon.noPeriod(lower[ti]);
      if (Lexicon.TIME_WORDS.contains(lw) || Lexicon.NON_NAME_WORDS.contains(lw)) {
        return List.of();
      }
    }
    return out;
  }

  private int tokenAt(int offset) {
    int lo = 0;
    int hi = nt;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (te[mid] <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo < nt && ts[lo] <= offset ? lo : -1;
  }

  static boolean caseFits(String surface, String form, boolean acronym) {
    boolean hasUpper = false;
    for (int i = 0; i < surface.length() && !hasUpper; i++) {
      hasUpper = Character.isUpperCase(surface.charAt(i));
    }
    if (!hasUpper) {
      return false; // "independent", "labour": common words, whatever the KB's aliases
    }
    boolean formUpper = false;
    for (int i = 0; i < form.length() && !formUpper; i++) {
      formUpper = Character.isUpperCase(form.charAt(i));
    }
    if (!formUpper) {
      return false; // "i", "the valley": the KB's lower-case forms are not names
    }
    if (surface.equals(form)) {
      return true;
    }
    String s = surface.replace('\u2019', '\'');
    String f = form.replace('\u2019', '\'');
    if (s.equals(f)) {
      return true;
    }
    if (acronym) {
      return false;
    }
    if (s.equals(s.toLowerCase(java.util.Locale.ROOT))) {
      return false;
    }
    if (s.isEmpty() || !(Character.isUpperCase(s.charAt(0)) || Character.isDigit(s.charAt(0)))) {
      return false;
    }
    int letters = 0;
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        letters++;
      }
    }
    if (letters >= 4 && Lexicon.isAllCaps(s)) {
      return true;
    }
    String[] sw = s.split("\\s+");
    String[] fw = f.split("\\s+");
    if (sw.length != fw.length) {
      return true;
    }
    for (int i = 0; i < sw.length; i++) {
      if (fw[i].isEmpty() || sw[i].isEmpty()) {
        continue;
      }
      char fc = fw[i].charAt(0);
      char sc = sw[i].charAt(0);
      if (Character.isUpperCase(fc) && !Character.isUpperCase(sc) && Character.isLetter(sc)
          && (i == 0 || !Lexicon.ORG_SUFFIXES.contains(Lexicon.lower(sw[i])))) {
        return false; // "Labour party" may stand for "Labour Party", "labour Party" may not
      }
      if (fw[i].length() > 1 && Lexicon.isAllCaps(fw[i]) && !Lexicon.isAllCaps(sw[i])) {
        return false;
      }
    }
    return true;
  }

  private EntityType guessType(int a, int b, int prefix) {
    if (prefix < a) {
      return EntityType.PERSON;
    }
    String last = Lexicon.noPeriod(lower[b - 1]);
    String first = Lexicon.noPeriod(lower[a]);
    if (Lexicon.ORG_SUFFIXES.contains(last) || (b - a > 1 && Lexicon.ORG_SUFFIXES.contains(first))) {
      return EntityType.ORG;
    }
    if (Lexicon.LOC_SUFFIXES.contains(last)) {
      return EntityType.LOC;
    }
    if (Lexicon.GPE_SUFFIXES.contains(last) && b - a > 1) {
      return EntityType.GPE;
    }
    if (a > 0 && Lexicon.honorificGender(Lexicon.noPeriod(lower[a - 1])) != 0) {
      return EntityType.PERSON;
    }
    String t0 = tokens.get(a).text();
    if (b - a == 1) {
      if (Lexicon.isAllCaps(t0) && t0.length() <= 6) {
        return EntityType.ORG;
      }
      if (ix.givenNames.contains(first)) {
        return EntityType.PERSON;
      }
      if (a > 0) {
        switch (lower[a - 1]) {
          case "in":
          case "at":
          case "near":
          case "from":
          case "to":
            return EntityType.GPE;
          default:
            break;
        }
      }
      if (b < nt && isSpeechVerb(lower[b])) {
        return EntityType.PERSON;
      }
      return EntityType.OTHER;
    }
    // several capitalised words that are not an organisation or a place: a person's name
    // when the words look like one (no all-caps, at most four words)
    boolean allCapsWord = false;
    for (int k = a; k < b; k++) {
      String t = tokens.get(k).text();
      if (Lexicon.isAllCaps(t) && t.length() > 1) {
        allCapsWord = true;
      }
      if (!Character.isLetter(t.charAt(0))) {
        return EntityType.OTHER;
      }
    }
    if (!allCapsWord && b - a <= 4) {
      if (!ix.givenNames.contains(first) && nameGender(first) == 0 && !speechVerbAfter(b)) {
        for (int k = a; k < b; k++) {
          if (Lexicon.NOT_PERSON_WORDS.contains(Lexicon.noPeriod(lower[k]))) {
            return EntityType.OTHER; // "Covid Zero", "Green Deal": a policy, not a person
          }
        }
      }
      return EntityType.PERSON;
    }
    return allCapsWord ? EntityType.ORG : EntityType.OTHER;
  }

  private boolean speechVerbAfter(int b) {
    return b < nt && isSpeechVerb(lower[b]);
  }

  private static boolean isSpeechVerb(String w) {
    switch (w) {
      case "said":
      case "says":
      case "told":
      case "added":
      case "asked":
      case "wrote":
      case "explained":
      case "argued":
      case "noted":
      case "stated":
        return true;
      default:
        return false;
    }
  }

  /** Automaton name matches outside the name runs: longest first. */
  private void proposeLeftoverAliases() {
    List<int[]> sorted = new ArrayList<>(matches);
    sorted.sort(Comparator.comparingInt((int[] m) -> -(m[1] - m[0])).thenComparingInt(m -> m[0]));
    for (int[] mt : sorted) {
      if (occupied.get(mt[0], mt[1]).cardinality() > 0) {
        continue;
      }
      List<LinkerIndex.NameVariant> names = acceptedNames(mt[0], mt[1], mt[2]);
      if (names.isEmpty()) {
        continue;
      }
      int t0 = tokenAt(mt[0]);
      int t1 = tokenAt(mt[1] - 1);
      if (t0 < 0 || t1 < 0) {
        continue;
      }
      M m = newMention(mt[0], mt[1], t0, t1 + 1);
      setCandidates(m, names);
      applyPrefix(m, t0, t0);
      add(m);
    }
  }

  private void proposeTitlesAndDemonyms(boolean titles) {
    List<int[]> sorted = new ArrayList<>(matches);
    sorted.sort(Comparator.comparingInt((int[] m) -> -(m[1] - m[0])).thenComparingInt(m -> m[0]));
    for (int[] mt : sorted) {
      LinkerIndex.Entry en = ix.entries[mt[2]];
      if (en.officeArr.length == 0 && en.roleArr.length == 0 && en.demonymArr.length == 0) {
        continue;
      }
      if (occupied.get(mt[0], mt[1]).cardinality() > 0) {
        continue;
      }
      int t0 = tokenAt(mt[0]);
      int t1 = tokenAt(mt[1] - 1);
      if (t0 < 0 || t1 < 0) {
        continue;
      }
      boolean followedByName = t1 + 1 < nt && sameLine(t1, t1 + 1) && coreEnd[t1] == te[t1]
          && isNameToken(t1 + 1);
      if (en.officeArr.length > 0 || en.roleArr.length > 0) {
        if (!titles) {
          continue;
        }
        if (followedByName) {
          continue; // a title before a name: context for the name, not a mention
        }
        String surface = text.substring(mt[0], mt[1]);
        // lower-case titles need "the" ("the national security adviser"), capitalised ones
        // may stand alone ("Chinese President said")
        if (!en.withThe && !Lexicon.isCapitalized(surface)) {
          continue;
        }
        if (en.officeArr.length == 0 && !en.withThe) {
          continue;
        }
        // "the president of the club": a role followed by "of" names another office
        if (en.roleArr.length > 0 && en.officeArr.length == 0 && t1 + 1 < nt && lower[t1 + 1].equals("of")) {
          continue;
        }
        M m = newMention(mt[0], mt[1], t0, t1 + 1);
        m.kind = MentionKind.NOMINAL;
        m.type = EntityType.PERSON;
        m.titleOffices = en.officeArr;
        m.roleOffices = en.roleArr;
        add(m);
      } else if (!titles
          && (en.nameArr.length == 0 || acceptedNames(mt[0], mt[1], mt[2]).isEmpty())) {
        String surface = text.substring(mt[0], mt[1]);
        if (!Lexicon.isCapitalized(surface)) {
          continue;
        }
        if (followedByTitle(t1)) {
          continue;
        }
        M m = newMention(mt[0], mt[1], t0, t1 + 1);
        m.type = EntityType.NORP;
        m.demonymCountry = en.demonymArr[0];
        add(m);
      }
    }
  }

  private boolean followedByTitle(int t) {
    return t + 1 < nt && isStrongTitle(t + 1);
  }

  private void proposePronouns() {
    for (int i = 0; i < nt; i++) {
      String w = lower[i];
      int end = te[i];
      int cut = Math.max(w.indexOf('\''), w.indexOf('\u2019'));
      if (cut > 0) {
        w = w.substring(0, cut);
        end = ts[i] + cut;
      }
      char g = Lexicon.pronounGender(w);
      if (g == 0 || occupied.get(ts[i])) {
        continue;
      }
      M m = newMention(ts[i], end, i, i + 1);
      m.kind = MentionKind.PRONOUN;
      m.type = EntityType.PERSON;
      m.gender = g;
      add(m);
    }
  }

  /** "the country", "the nation": the country the text is about. */
  private void proposeCountryNominals() {
    for (int i = 0; i + 1 < nt; i++) {
      if (!lower[i].equals("the") || !(lower[i + 1].equals("country") || lower[i + 1].equals("nation"))
          || te[i + 1] != coreEnd[i + 1] || occupied.get(ts[i], te[i + 1]).cardinality() > 0) {
        continue;
      }
      if (i + 2 < nt && (lower[i + 2].equals("'s") || lower[i + 2].equals("\u2019s")
          || isNameToken(i + 2) || pos[i + 2].startsWith("NOUN"))) {
        continue; // "the country music", "the nation's capital" stays, "the country Egypt" not
      }
      M m = newMention(ts[i], te[i + 1], i, i + 2);
      m.kind = MentionKind.NOMINAL;
      m.type = EntityType.GPE;
      m.demonymCountry = -2; // marks a country nominal
      add(m);
    }
  }

  // ---------------------------------------------------------------- acronyms

  /** "artificial pancreas (AP)": an acronym the text defines for itself is not the KB's. */
  private void findLocalAcronyms() {
    Map<String, M> defined = new HashMap<>();
    Map<Integer, M> nameByEnd = null;
    for (int i = 1; i + 1 < nt; i++) {
      if (!tokens.get(i - 1).text().equals("(") || !tokens.get(i + 1).text().equals(")")) {
        continue;
      }
      String acr = tokens.get(i).text();
      if (!Lexicon.isAllCaps(acr) || acr.length() > 8) {
        continue;
      }
      String letters = acr.replaceAll("[^\\p{L}]", "").toLowerCase(java.util.Locale.ROOT);
      // the words before "(": their initials must spell the acronym
      StringBuilder ini = new StringBuilder();
      int k = i - 2;
      int start = -1;
      while (k >= 0 && ini.length() < letters.length() && i - 2 - k < letters.length() + 3) {
        String w = lower[k];
        if (!w.isEmpty() && Character.isLetter(w.charAt(0))) {
          if (!Lexicon.JOIN_WORDS.contains(w)) {
            ini.insert(0, w.charAt(0));
          }
          start = k;
        }
        k--;
      }
      if (start < 0 || !ini.toString().equals(letters)) {
        continue;
      }
      if (nameByEnd == null) {
        nameByEnd = new HashMap<>();
        for (M m : mentions) {
          if (m.kind == MentionKind.NAME) {
            nameByEnd.put(m.end, m);
          }
        }
      }
      M owner = nameByEnd.get(coreEnd[i - 2]);
      if (owner != null && owner.start > ts[start]) {
        owner = null;
      }
      defined.put(acr, owner);
    }
    if (defined.isEmpty()) {
      return;
    }
    for (M m : mentions) {
      if (m.kind == MentionKind.NAME && defined.containsKey(m.surface)) {
        M owner = defined.get(m.surface);
        if (owner == null) {
          m.cands = new int[0];
          m.candLabel = new boolean[0];
          m.locallyDefined = true;
          m.type = EntityType.OTHER;
        } else if (owner != m) {
          m.cands = owner.cands;
          m.candLabel = owner.candLabel;
          m.type = owner.type;
        }
      }
    }
  }

  // ---------------------------------------------------------------- linking

  private final Map<Integer, Double> focus = new HashMap<>();
  private final Set<Integer> anchors = new HashSet<>();
  private final Set<Integer> anchorRelated = new HashSet<>();
  private final Map<Integer, Integer> linkedCount = new HashMap<>();
  private double focusTotal;

  private void link() {
    // pass 1: anchors = names with one candidate or a dominant prior
    for (M m : mentions) {
      if (m.kind != MentionKind.NAME) {
        if (m.demonymCountry >= 0) {
          focus.merge(m.demonymCountry, 0.5, Double::sum);
          focusTotal += 0.5;
        }
        continue;
      }
      if (m.cands.length == 0) {
        continue;
      }
      int best = -1;
      double sum = 0;
      double top = 0;
      for (int c : m.cands) {
        double p = ix.priors[c] + 0.01;
        sum += p;
        if (p > top) {
          top = p;
          best = c;
        }
      }
      if (top / sum >= 0.8 && (m.words.length > 1 || m.cands.length == 1 || top >= 0.6)) {
        anchors.add(best);
        int country = ix.isCountry[best] ? best : ix.country[best];
        if (country >= 0) {
          focus.merge(country, 1.0, Double::sum);
          focusTotal += 1;
        }
        for (int r : ix.related[best]) {
          anchorRelated.add(r);
        }
      }
    }
    // pass 2: in text order, with coreference to earlier names
    for (M m : mentions) {
      if (m.kind != MentionKind.NAME) {
        continue;
      }
      M antecedent = nameAntecedent(m);
      if (antecedent != null && sports && antecedent.entity >= 0
          && ix.types[antecedent.entity] == EntityType.GPE
          && (versus(m) || !locationContext(m, antecedent.entity))) {
        antecedent = null; // "in Tonga" is the place, a later "Tonga beat Samoa" the team
      }
      if (antecedent != null) {
        m.entity = antecedent.entity;
        m.cluster = antecedent.cluster;
        m.score = antecedent.entity >= 0 ? Math.min(1, antecedent.score) : antecedent.score;
        m.type = antecedent.type;
        if (m.gender == 0) {
          m.gender = antecedent.gender;
        }
        remember(m);
        continue;
      }
      disambiguate(m);
      if (m.entity < 0 && m.prefixOffices.length > 0) {
        holderBySurname(m);
      }
      if (m.entity < 0 && m.type == EntityType.OTHER && m.words.length <= 2 && speechVerbAfter(m.t1)) {
        m.type = EntityType.PERSON; // "el-Sissi said": whoever speaks is a person
      }
      if (m.entity >= 0) {
        m.cluster = m.entity;
        m.type = ix.types[m.entity] == EntityType.OTHER ? m.type : ix.types[m.entity];
        linkedCount.merge(m.entity, 1, Integer::sum);
      } else {
        m.cluster = m.locallyDefined ? "acr:" + m.surface : "nil:" + String.join(" ", m.words);
        if (m.score == 0) {
          m.score = typeConfidence(m);
        }
      }
      remember(m);
    }
  }

  /**
   * A place in a list that a plural administrative noun closes ("Los Angeles, Orange and
   * Riverside Counties") names the county or province, not the city: it stays unlinked.
   */
  private void spanConventions() {
    for (M m : mentions) {
      if (m.kind != MentionKind.NAME || m.entity < 0) {
        continue;
      }
      if (ix.types[m.entity] == EntityType.GPE && !ix.isCountry[m.entity]
          && outsideItsContainer(m)) {
        m.entity = -1; // "Lyon and other areas of Quebec": not the French city
        m.score = Math.min(m.score, 0.4);
        m.type = EntityType.LOC;
        m.cluster = "nil:" + String.join(" ", m.words) + ":part";
        continue;
      }
      if (ix.types[m.entity] == EntityType.GPE && !ix.isCountry[m.entity] && unitListAfter(m.t1)) {
        m.entity = -1;
        m.score = Math.min(m.score, 0.4);
        m.cluster = "nil:" + String.join(" ", m.words) + ":unit";
      }
    }
  }

  /**
   * "X and other areas of Y", "X and other parts of Y": X lies in Y, so a candidate in
   * another country than Y's is the wrong place.
   */
  private boolean outsideItsContainer(M m) {
    int t = m.t1;
    if (t + 4 >= nt || !lower[t].equals("and") || !lower[t + 1].equals("other")
        || !(lower[t + 3].equals("of") || lower[t + 3].equals("in"))) {
      return false;
    }
    switch (lower[t + 2]) {
      case "areas":
      case "parts":
      case "districts":
      case "neighbourhoods":
      case "neighborhoods":
      case "suburbs":
      case "quarters":
      case "towns":
      case "cities":
      case "regions":
      case "provinces":
      case "states":
        break;
      default:
        return false;
    }
    int y = t + 4;
    if (lower[y].equals("the") && y + 1 < nt) {
      y++;
    }
    for (M c : mentions) {
      if (c.start == ts[y] && c.kind == MentionKind.NAME) {
        if (c.entity < 0) {
          return false;
        }
        int cy = ix.isCountry[c.entity] ? c.entity : ix.country[c.entity];
        int cx = ix.country[m.entity];
        return cy >= 0 && cx >= 0 && cx != cy;
      }
      if (c.start > ts[y]) {
        break;
      }
    }
    return false;
  }

  /** A list of capitalised names after token {@code t} closed by "Counties", "Provinces". */
  private boolean unitListAfter(int t) {
    boolean sep = false;
    for (int i = t; i < nt && i < t + 16; i++) {
      String w = lower[i];
      if (w.equals("counties") || w.equals("provinces") || w.equals("districts")
          || w.equals("parishes") || w.equals("boroughs") || w.equals("prefectures")) {
        return sep;
      }
      if (w.equals(",") || w.equals("and") || w.equals("&")) {
        sep = true;
        continue;
      }
      String tx = tokens.get(i).text();
      if (tx.isEmpty() || !Character.isUpperCase(tx.charAt(0)) || newlineBetween(i - 1, i)) {
        return false;
      }
    }
    return false;
  }

  private double typeConfidence(M m) {
    return m.type == EntityType.OTHER ? 0.3 : 0.6;
  }

  /** Earlier names by each of their words, and by their initials. */
  private final Map<String, List<M>> namesByWord = new HashMap<>();
  private final Map<String, M> namesByInitials = new HashMap<>();

  private void remember(M m) {
    if (m.words.length == 0) {
      return;
    }
    Set<String> seen = new HashSet<>();
    for (String w : m.words) {
      if (seen.add(w)) {
        namesByWord.computeIfAbsent(w, x -> new ArrayList<>()).add(m);
      }
    }
    if (m.words.length >= 2) {
      namesByInitials.put(initials(m.surface), m);
    }
  }

  /** An earlier name this one shortens: "Xi" after "Xi Jinping", "CCP" after its long form. */
  private M nameAntecedent(M m) {
    if (m.words.length == 0) {
      return null;
    }
    List<M> earlier = tail(namesByWord.getOrDefault(m.words[m.words.length - 1], List.of()));
    if (m.words.length == 1 || earlier.isEmpty()) {
      List<M> byFirst = tail(namesByWord.getOrDefault(m.words[0], List.of()));
      if (earlier.isEmpty() || m.words.length == 1 && !byFirst.isEmpty()) {
        List<M> both = new ArrayList<>(earlier);
        if (!byFirst.equals(earlier)) {
          both.addAll(byFirst);
          both.sort(Comparator.comparingInt((M x) -> x.start));
        }
        earlier = both;
      }
    }
    for (int k = earlier.size() - 1; k >= 0; k--) {
      M e = earlier.get(k);
      if (e.words.length <= m.words.length) {
        if (e.words.length == m.words.length && java.util.Arrays.equals(e.words, m.words)
            && (e.entity >= 0 || e.cands.length == 0 && m.cands.length == 0)) {
          return e;
        }
        continue;
      }
      if (e.type == EntityType.PERSON && m.words.length <= 2 && isPart(m.words, e.words)
          && (m.cands.length == 0 || m.type == EntityType.PERSON || e.entity >= 0 && contains(m.cands, e.entity))) {
        return e;
      }
      if (e.type == EntityType.ORG && m.words.length >= 2 && isSuffix(m.words, e.words)) {
        return e;
      }
    }
    boolean acronym = m.words.length == 1 && Lexicon.isAllCaps(m.surface) && m.surface.length() <= 8;
    if (acronym) {
      M e = namesByInitials.get(m.words[0]);
      if (e != null && e.type != EntityType.PERSON) {
        return e;
      }
    }
    return null;
  }

  private static List<M> tail(List<M> l) {
    return l.size() <= MAX_LOOK_BACK ? l : l.subList(l.size() - MAX_LOOK_BACK, l.size());
  }

  private static boolean contains(int[] a, int x) {
    for (int v : a) {
      if (v == x) {
        return true;
      }
    }
    return false;
  }

  private static boolean isPart(String[] part, String[] whole) {
    if (part.length == 1) {
      return part[0].equals(whole[whole.length - 1]) || part[0].equals(whole[0])
          || whole.length >= 3 && part[0].equals(whole[whole.length - 2]);
    }
    return isSuffix(part, whole)
        || part[0].equals(whole[0]) && part[part.length - 1].equals(whole[whole.length - 1]);
  }

  private static boolean isSuffix(String[] part, String[] whole) {
    int off = whole.length - part.length;
    for (int i = 0; i < part.length; i++) {
      if (!part[i].equals(whole[off + i])) {
        return false;
      }
    }
    return true;
  }

  private static String initials(String s) {
    StringBuilder sb = new StringBuilder();
    for (String w : s.split("[\\s\\-]+")) {
      if (w.isEmpty() || Lexicon.JOIN_WORDS.contains(Lexicon.lower(w))) {
        continue;
      }
      char c = w.charAt(0);
      if (Character.isLetter(c)) {
        sb.append(Character.toLowerCase(c));
      }
    }
    return sb.toString();
  }

  private void disambiguate(M m) {
    if (m.cands.length == 0) {
      return;
    }
    int k = m.cands.length;
    double[] s = new double[k];
    double[] support = new double[k];
    double max = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < k; i++) {
      int e = m.cands[i];
      double sc = Math.log(ix.priors[e] + 0.02);
      double sup = 0;
      if (m.candLabel[i]) {
        sc += 0.3;
      }
      EntityType t = ix.types[e];
      if (m.personCue) {
        sc += t == EntityType.PERSON ? 1.0 : -2.5;
      }
      for (int o : m.prefixOffices) {
        if (ix.held(e, o, date)) {
          sc += 3;
          sup += 1;
        } else if (ix.held(e, o, Optional.empty())) {
          sc += 1.5;
          sup += 0.5;
        }
      }
      if (t == EntityType.PERSON) {
        sc += dateFit(e);
        if (date.isPresent() && activeOn(e, date.get())) {
          sup += 0.3;
        }
      }
      int country = ix.isCountry[e] ? e : ix.country[e];
      if (country >= 0 && focusTotal > 0) {
        double share = focus.getOrDefault(country, 0.0) / focusTotal;
        sc += 1.5 * share;
        sup += share;
        if (share == 0 && focusTotal >= 3) {
          sc -= 0.7;
        }
      }
      int coh = 0;
      for (int r : ix.related[e]) {
        if (anchors.contains(r)) {
          coh++;
        }
      }
      if (anchorRelated.contains(e)) {
        coh++;
      }
      sc += 0.8 * Math.min(coh, 3);
      sup += 0.3 * Math.min(coh, 3);
      Integer seen = linkedCount.get(e);
      if (seen != null) {
        sc += 1.5;
        sup += 1;
      }
      s[i] = sc;
      support[i] = sup;
      max = Math.max(max, sc);
    }
    double z = 0;
    for (int i = 0; i < k; i++) {
      z += Math.exp(s[i] - max);
    }
    int best = 0;
    for (int i = 1; i < k; i++) {
      if (s[i] > s[best]) {
        best = i;
      }
    }
    double p = 1.0 / z;
    int e = m.cands[best];
    double q;
    if (m.words.length == 1 && ix.types[e] == EntityType.PERSON && !m.candLabel[best]) {
      // a bare surname: needs popularity or support from the context
      q = Math.min(1, 0.4 + 0.6 * ix.priors[e] + 0.3 * support[best]);
    } else if (m.words.length == 1 && !m.candLabel[best] && Lexicon.isAllCaps(m.surface)) {
      q = Math.min(1, 0.6 + 0.4 * ix.priors[e] + 0.3 * support[best]);
    } else {
      q = Math.min(1, 0.75 + 0.25 * ix.priors[e] + 0.2 * support[best]);
    }
    double score = Math.max(0, Math.min(1, p * q));
    if (ix.types[e] == EntityType.GPE && versus(m)
        || sports && ix.types[e] == EntityType.GPE && !locationContext(m, e)) {
      score = Math.min(score, 0.2); // a team named after its country or city
      m.type = EntityType.ORG;
    }
    m.score = score;
    if (score >= nilThreshold) {
      m.entity = e;
    } else {
      m.type = ix.types[e] == EntityType.OTHER ? m.type : ix.types[e];
    }
  }

  /** "Alabama versus Florida State", "England v Tonga": teams, not places. */
  private boolean versus(M m) {
    return m.t1 < nt && isVersus(lower[m.t1]) || m.t0 > 0 && isVersus(lower[m.t0 - 1]);
  }

  private static boolean isVersus(String w) {
    return w.equals("versus") || w.equals("vs") || w.equals("vs.") || w.equals("v.")
        || w.equals("v");
  }

  private boolean locationContext(M m, int e) {
    if (Lexicon.isAllCaps(m.surface) && m.surface.length() > 3 && m.t1 < nt
        && (m.t0 == 0 || newlineBetween(m.t0 - 1, m.t0))) {
      String next = tokens.get(m.t1).text();
      if (next.equals(",") || next.equals("-") || next.equals("\u2014") || next.equals("\u2013")
          || next.equals("(") || next.equals("--") || !next.isEmpty() && Character.isDigit(next.charAt(0))) {
        return true; // a dateline: "MIAMI - ...", "TUSCALOOSA, Ala. -"
      }
    }
    if (m.t0 == 0) {
      return false;
    }
    if (m.surface.endsWith(".")) {
      return true; // "Ala.", "Mass.": a postal abbreviation is the place, never a team
    }
    int prev = m.t0 - 1;
    if (lower[prev].equals(",") && prev > 0 && sameLine(prev - 1, prev)
        && !ix.records[e].kind().contains("country")
        && Character.isUpperCase(tokens.get(prev - 1).text().charAt(0))) {
      return true; // "TUSCALOOSA, Ala.", "Athens, Georgia": the state of a city
    }
    switch (lower[prev]) {
      case "northern":
      case "southern":
      case "eastern":
      case "western":
      case "central":
      case "rural":
      case "downtown":
        if (prev > 0) {
          prev--;
        }
        break;
      default:
        break;
    }
    switch (lower[prev]) {
      case "outside":
      case "throughout":
      case "around":
      case "within":
      case "in":
      case "at":
      case "from":
      case "near":
      case "across":
      case "into":
        return true;
      default:
        return false;
    }
  }

  private double dateFit(int e) {
    if (date.isEmpty()) {
      return 0;
    }
    LocalDate d = date.get();
    EntityRecord r = ix.records[e];
    if (r.born().isPresent() && r.born().get().isAfter(d.minusYears(16))) {
      return -5;
    }
    if (r.died().isPresent() && r.died().get().isBefore(d.minusYears(1))) {
      return -1.5;
    }
    return activeOn(e, d) ? 0.7 : 0;
  }

  private boolean activeOn(int e, LocalDate d) {
    for (OfficeTerm t : ix.records[e].offices()) {
      if (t.activeOn(d)) {
        return true;
      }
    }
    return false;
  }

  /** "President Xi" when "Xi" is not an alias: the holder on the day with that surname. */
  private void holderBySurname(M m) {
    if (date.isEmpty() || m.words.length == 0) {
      return;
    }
    String last = m.words[m.words.length - 1];
    for (int o : m.prefixOffices) {
      for (int h : ix.holders(o, date.get())) {
        String[] lw = CharTrie.normKey(ix.records[h].label()).split(" ");
        if (lw[lw.length - 1].equals(last)) {
          m.entity = h;
          m.score = 0.8;
          m.type = EntityType.PERSON;
          return;
        }
      }
    }
  }


  // ---------------------------------------------------------------- "Houston, TX"

  /** A US place followed by ", TX" takes the code into its span; ", Ala." is the state. */
  private void attachStates() {
    if (ix.stateAbbreviations.isEmpty()) {
      return;
    }
    List<M> added = new ArrayList<>();
    for (int idx = 0; idx < mentions.size(); idx++) {
      M m = mentions.get(idx);
      if (m.kind != MentionKind.NAME || m.entity < 0 || ix.types[m.entity] != EntityType.GPE) {
        continue;
      }
      int t = m.t1;
      if (t + 1 >= nt || !tokens.get(t).text().equals(",") || ts[t] != m.end || !sameLine(t, t + 1)) {
        continue;
      }
      String code = tokens.get(t + 1).text();
      int codeEnd = te[t + 1];
      if (t + 2 < nt && tokens.get(t + 2).text().equals(".") && ts[t + 2] == te[t + 1]) {
        code = code + ".";
        codeEnd = te[t + 2];
      }
      Integer state = ix.stateAbbreviations.get(code);
      if (state == null || state == m.entity) {
        continue;
      }
      M next = idx + 1 < mentions.size() ? mentions.get(idx + 1) : null;
      boolean postal = code.length() == 2 && Lexicon.isAllCaps(code);
      if (postal) {
        if (next != null && next.start < codeEnd) {
          if (next.end > codeEnd) {
            continue;
          }
          mentions.remove(idx + 1);
        }
        m.end = codeEnd;
        m.t1 = t + 2;
        m.surface = text.substring(m.start, m.end);
      } else if (code.endsWith(".") && (next == null || next.start >= codeEnd)) {
        M st = newMention(ts[t + 1], codeEnd, t + 1, t + 2);
        st.entity = state;
        st.type = EntityType.GPE;
        st.score = 0.9;
        st.cluster = state;
        added.add(st);
      }
    }
    if (!added.isEmpty()) {
      mentions.addAll(added);
      mentions.sort(Comparator.comparingInt((M x) -> x.start).thenComparingInt(x -> x.end));
    }
  }

  // ---------------------------------------------------------------- titles at the date

  private void resolveNominals() {
    for (int idx = 0; idx < mentions.size(); idx++) {
      M m = mentions.get(idx);
      if (m.kind != MentionKind.NOMINAL) {
        continue;
      }
      if (m.demonymCountry == -2) {
        resolveCountryNominal(m, idx);
        continue;
      }
      int[] offices = m.titleOffices.length > 0 ? m.titleOffices : m.roleOffices;
      boolean role = m.titleOffices.length == 0;
      // 1. a person of the document who holds (held) one of the offices, nearest before
      for (int k = idx - 1; k >= 0 && k >= idx - MAX_LOOK_BACK; k--) {
        M p = mentions.get(k);
        if (p.entity >= 0 && ix.types[p.entity] == EntityType.PERSON && p.kind != MentionKind.PRONOUN) {
          for (int o : offices) {
            if (ix.held(p.entity, o, date)) {
              setNominal(m, p.entity, 0.9);
              break;
            }
          }
          if (m.entity >= 0) {
            break;
          }
        }
      }
      if (m.entity >= 0 || date.isEmpty()) {
        if (m.entity < 0) {
          m.cluster = "nom:" + idx;
          m.score = 0.3;
        }
        continue;
      }
      // 2. the holder on the document's date; for a bare role, of the focus country
      int chosen = -1;
      if (role) {
        int bestCountry = -1;
        double bestW = 0;
        for (int o : offices) {
          int j = ix.records[o].jurisdiction().map(ix.byId::get).orElse(-1);
          double w = j >= 0 ? focus.getOrDefault(j, 0.0) : 0;
          if (w > bestW) {
            bestW = w;
            bestCountry = o;
          }
        }
        if (bestCountry >= 0 && bestW >= 0.3 * focusTotal) {
          List<Integer> h = ix.holders(bestCountry, date.get());
          if (h.size() == 1) {
            chosen = h.get(0);
          }
        }
      } else {
        Set<Integer> hs = new java.util.LinkedHashSet<>();
        for (int o : offices) {
          hs.addAll(ix.holders(o, date.get()));
        }
        if (hs.size() == 1) {
          chosen = hs.iterator().next();
        } else {
          for (int h : hs) {
            if (linkedCount.containsKey(h)) {
              chosen = h;
              break;
            }
          }
        }
      }
      if (chosen >= 0) {
        setNominal(m, chosen, role ? 0.6 : 0.85);
      } else {
        m.cluster = "nom:" + idx;
        m.score = 0.3;
      }
    }
  }

  private void resolveCountryNominal(M m, int idx) {
    int sent = sentOf[m.t0];
    for (int k = idx - 1; k >= 0 && k >= idx - MAX_LOOK_BACK; k--) {
      M p = mentions.get(k);
      if (sent - sentOf[Math.min(p.t0, nt - 1)] > 5) {
        break;
      }
      if (p.entity >= 0 && ix.isCountry[p.entity] && p.kind != MentionKind.PRONOUN) {
        setNominal(m, p.entity, 0.6);
        return;
      }
    }
    int best = -1;
    double w = 0;
    for (Map.Entry<Integer, Double> f : focus.entrySet()) {
      if (ix.isCountry[f.getKey()] && f.getValue() > w) {
        w = f.getValue();
        best = f.getKey();
      }
    }
    if (best >= 0 && w >= 0.5 * focusTotal) {
      setNominal(m, best, 0.5);
    } else {
      m.cluster = "nom:" + idx;
      m.score = 0.2;
    }
  }

  private void setNominal(M m, int entity, double score) {
    m.entity = entity;
    m.cluster = entity;
    m.score = score;
    linkedCount.merge(entity, 1, Integer::sum);
  }

  // ---------------------------------------------------------------- pronouns

  private void resolvePronouns() {
    Map<Object, Character> clusterGender = new HashMap<>();
    for (M m : mentions) {
      if (m.kind != MentionKind.PRONOUN && m.type == EntityType.PERSON && m.gender != 0
          && m.cluster != null) {
        clusterGender.putIfAbsent(m.cluster, m.gender);
      }
    }
    Map<Object, Integer> clusterCount = new HashMap<>();
    Map<Integer, Integer> firstPersonOfSentence = new HashMap<>();
    for (int idx = 0; idx < mentions.size(); idx++) {
      M m = mentions.get(idx);
      int sent = sentOf[Math.min(m.t0, nt - 1)];
      if (m.kind != MentionKind.PRONOUN) {
        if (m.type == EntityType.PERSON && m.cluster != null) {
          clusterCount.merge(m.cluster, 1, Integer::sum);
          firstPersonOfSentence.putIfAbsent(sent, idx);
        }
        continue;
      }
      M chosen = cataphor(m, idx, sent, clusterGender);
      if (chosen == null) {
        double best = Double.NEGATIVE_INFINITY;
        for (int k = idx - 1; k >= 0 && k >= idx - MAX_LOOK_BACK; k--) {
          M p = mentions.get(k);
          int ps = sentOf[Math.min(p.t0, nt - 1)];
          int dist = sent - ps;
          if (dist > MAX_PRONOUN_SENTENCES) {
            break;
          }
          if (p.type != EntityType.PERSON || p.cluster == null
              || p.cluster instanceof String str && str.startsWith("pro:")) {
            continue;
          }
          Character g = clusterGender.get(p.cluster);
          if (g != null && g != m.gender) {
            continue;
          }
          double sc = -1.0 * dist
              + 0.4 * Math.log(1 + clusterCount.getOrDefault(p.cluster, 0))
              + (Integer.valueOf(k).equals(firstPersonOfSentence.get(ps)) ? 0.5 : 0)
              + (p.kind == MentionKind.NAME ? 0.2 : 0)
              + (p.kind == MentionKind.NAME && speechVerbAfter(p.t1) ? 0.7 : 0)
              - 0.01 * (idx - k);
          if (sc > best) {
            best = sc;
            chosen = p;
          }
        }
      }
      if (chosen != null) {
        m.entity = chosen.entity;
        m.cluster = chosen.cluster;
        m.score = Math.min(0.8, Math.max(0.3, chosen.score * 0.8));
        clusterGender.putIfAbsent(chosen.cluster, m.gender);
        clusterCount.merge(chosen.cluster, 1, Integer::sum);
      } else {
        m.cluster = "pro:" + idx;
        m.score = 0.2;
      }
      firstPersonOfSentence.putIfAbsent(sent, idx);
    }
  }

  /** "During his trip, Xi said": a possessive early in a sentence, before its first name. */
  private M cataphor(M m, int idx, int sent, Map<Object, Character> clusterGender) {
    if (sentFirst[m.t0] || !(m.surface.equalsIgnoreCase("his") || m.surface.equalsIgnoreCase("her"))) {
      return null;
    }
    int words = 0;
    for (int i = m.t0 - 1; i >= 0 && sentOf[i] == sent && words <= 3; i--) {
      words++;
    }
    if (words > 3) {
      return null;
    }
    for (int k = idx - 1; k >= 0 && k >= idx - MAX_LOOK_BACK
        && sentOf[Math.min(mentions.get(k).t0, nt - 1)] == sent; k--) {
      if (mentions.get(k).type == EntityType.PERSON) {
        return null;
      }
    }
    for (int k = idx + 1; k < mentions.size() && k <= idx + MAX_LOOK_BACK; k++) {
      M p = mentions.get(k);
      if (sentOf[Math.min(p.t0, nt - 1)] != sent) {
        return null;
      }
      if (p.kind == MentionKind.NAME && p.type == EntityType.PERSON && p.cluster != null) {
        Character g = clusterGender.get(p.cluster);
        return g == null || g == m.gender ? p : null;
      }
    }
    return null;
  }

  // ---------------------------------------------------------------- output

  private List<Mention> output() {
    Map<Object, Integer> clusters = new HashMap<>();
    List<Mention> out = new ArrayList<>(mentions.size());
    for (M m : mentions) {
      Object key = m.cluster == null ? "solo:" + m.start : m.cluster;
      Integer c = clusters.get(key);
      if (c == null) {
        c = clusters.size();
        clusters.put(key, c);
      }
      Optional<EntityLink> link = Optional.empty();
      EntityType type = m.type;
      boolean linkable = m.kind == MentionKind.NAME
          || m.kind == MentionKind.PRONOUN && options.linkPronouns()
          || m.kind == MentionKind.NOMINAL && options.linkNominals();
      if (m.entity >= 0 && linkable
          && (!options.wikidataOnly() || ix.records[m.entity].isWikidata())) {
        EntityRecord r = ix.records[m.entity];
        link = Optional.of(new EntityLink(r.id(), r.label()));
        if (r.type() != EntityType.OTHER) {
          type = r.type();
        }
      }
      double score = Double.isNaN(m.score) ? 0 : Math.max(0, Math.min(1, m.score));
      out.add(new Mention(m.span(), m.surface, type, m.kind, link, score, c));
    }
    return List.copyOf(out);
  }
}
