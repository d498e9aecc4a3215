package org.rostra.tokenize;

/**
 * Rule-based sentence boundaries over the tokens of one paragraph: sentence punctuation
 * followed by closing quotes and brackets ends a sentence unless what follows cannot start
 * one; an abbreviation that can end a sentence ("Inc.", "U.S.", "etc.") ends one only before
 * a common sentence starter; titles, months and initials never do.
 */
final class Sentences {
  private Sentences() {}

  /** Whether an ellipsis before a capital ends a sentence (in web text it mostly does not). */
  private static final boolean ELLIPSIS_ENDS = true;

  /**
   * Marks sentence ends among tokens {@code [from, to)} of the scanner: {@code ends[i]} is
   * true when a sentence ends after token i. The last token always ends one.
   */
  static void split(String t, Scanner sc, int from, int to, boolean[] ends) {
    for (int i = from; i < to; i++) {
      int s = sc.start(i);
      int e = sc.end(i);
      char last = t.charAt(e - 1);
      int kind = terminal(t, s, e, last);
      if (kind == 0) {
        if (i + 1 < to && isDate(t, s, e)) {
          stamp(t, sc, i, from, to, ends);
        }
        if (i + 1 < to && isLink(t, s, e)) {
          afterLink(t, sc, i, to, ends);
        }
        if (i == from && i + 1 < to && isDoubleDash(t, s, e) && sc.start(i + 1) > e
            && Character.isUpperCase(t.charAt(sc.start(i + 1)))) {
          // a signature or sign-off rule "-- " standing alone before "Posted by ..."
          ends[i] = true;
        }
        if (i + 1 < to && (i == from || ends[i - 1])) {
          leadIn(t, sc, i, from, to, ends);
        }
        if (i > from && i + 2 < to && listNumber(t, sc, i)) {
          ends[i - 1] = true;
        }
        if (i + 1 < to && softEnd(t, sc, i, from)
            && Character.isUpperCase(t.charAt(sc.start(i + 1)))) {
          ends[i] = true;
          if (t.charAt(s) == ',') {
            signature(t, sc, i + 1, to, ends);
          }
        }
        if (isSeparator(t, s, e)) {
          ends[i] = true;
          if (i > from) {
            ends[i - 1] = true;
          }
        }
        continue;
      }
      // closing quotes and brackets stay with the sentence they close
      int j = i + 1;
      while (j < to) {
        if (isCloser(t, sc, j)) {
          j++;
        } else if (isReference(t, sc, j, to)) {
          j += 3;
        } else {
          break;
        }
      }
      if (j >= to) {
        continue;
      }
      boolean boundary;
      int ns = sc.start(j);
      int ne = sc.end(j);
      // "(draft).doc", "@firm.com": a period glued to a file type or domain is no boundary
      boolean glued = ns == sc.end(j - 1) && last == '.' && ne - ns <= 5
          && Lexicon.DOMAINS.contains(t.substring(ns, ne));
      if (kind == 1) {
        // "PS." split from its period, opening the sentence
        boolean postscript = i > from && sc.end(i - 1) == s && (i - 1 == from || ends[i - 2])
            && isPostscript(t, sc.start(i - 1), e);
        boundary = !glued && !postscript && !abbreviationBefore(t, sc, i, from, ns)
            && (canStart(t, ns, ne)
                // after a closing quote or bracket, a lower-case word goes on
                || (j == i + 1 && lowerStart(t, ns, ne))
                || isLink(t, ns, ne));
      } else if (kind == 3) {
        // ellipsis: only before a capitalized word, an opening quote or a link, and never
        // when it opens the sentence ("... Now comes the fun part")
        boundary = ELLIPSIS_ENDS && i > from && !ends[i - 1]
            && ((canStart(t, ns, ne) && !Character.isDigit(t.charAt(ns))) || isLink(t, ns, ne));
      } else {
        // a postscript mark opens its sentence: "P.S. I am moving ..."
        boolean postscript = (i == from || ends[i - 1]) && isPostscript(t, s, e);
        boundary = !postscript && abbreviationEnds(t, s, e) && isStarter(t, sc.start(j), sc.end(j));
      }
      if (boundary) {
        ends[j - 1] = true;
      }
    }
    ends[to - 1] = true;
  }

  /**
   * A short lead-in at the start of a sentence that stands alone before a capitalized word:
   * an address or sign-off ending in a dash ("Vince -", "Good Morning Debra -", "Steve, Rod
   * and Elyse -"), a dateline ("TEHRAN (AFP) -") or a source label in brackets ("(BBC)",
   * "(Applause)"). Looks at most {@value #MAX_LEAD} tokens ahead.
   */
  private static void leadIn(String t, Scanner sc, int i, int from, int to, boolean[] ends) {
    int lim = Math.min(to - 1, i + MAX_LEAD);
    if (t.charAt(sc.start(i)) == '(' && sc.end(i) - sc.start(i) == 1) {
      // "(New Scientist Space) NASA is ..."
      int k = i + 1;
      while (k < lim && capitalized(t, sc.start(k), sc.end(k))) {
        k++;
      }
      // a source or agency: two capitalized words or one in capitals ("(BBC)")
      boolean label = k > i + 2 || (k == i + 2 && isUpperWord(t, sc.start(i + 1), sc.end(i + 1)));
      if (label && k < lim && t.charAt(sc.start(k)) == ')' && sc.end(k) - sc.start(k) == 1
          && startsClause(t, sc, k + 1, to)) {
        ends[k] = true;
      }
      return;
    }
    int k = i;
    while (k < lim) {
      int s = sc.start(k);
      int e = sc.end(k);
      if (capitalized(t, s, e) || (k > i && (t.startsWith("and", s) && e - s == 3
          || e - s == 1 && (t.charAt(s) == ',' || t.charAt(s) == '&')))) {
        k++;
      } else if (k > i && e - s == 1 && t.charAt(s) == '(' && k + 2 < lim
          && t.charAt(sc.start(k + 2)) == ')' && isUpperWord(t, sc.start(k + 1), sc.end(k + 1))) {
        k += 3;
      } else {
        break;
      }
    }
    if (k == i || k >= lim) {
      return;
    }
    // a name, not a sentence word or a filler ("You -", "Uh -", "In California -")
    String w = t.substring(sc.start(i), sc.end(i));
    if (Lexicon.STARTERS.contains(w) || FILLERS.contains(w)) {
      return;
    }
    int s = sc.start(k);
    int e = sc.end(k);
    char c = t.charAt(s);
    // a spaced hyphen as in e-mail, at the start of a paragraph or after a header; dashes
    // in speeches mostly mark a broken-off phrase, often taken up again ("Americans -
    // Americans know")
    boolean dash = e - s == 1 && c == '-'
        && (i == from || !isSentencePunct(t, sc.start(i - 1), sc.end(i - 1)))
        && (k + 1 >= to || !t.substring(sc.start(k + 1), sc.end(k + 1)).equals(w));
    // not a postscript "PS -- There is ...", nor before a name in capitals ("- ENRON-CPS")
    boolean ps = k == i + 1 && (t.startsWith("PS", sc.start(i)) || t.startsWith("P.S", sc.start(i)));
    if (dash && !ps && sc.end(k - 1) < s && sc.start(k + 1) > e && startsClause(t, sc, k + 1, to)
        && !isUpperWord(t, sc.start(k + 1), Math.min(sc.end(k + 1), sc.start(k + 1) + 3))) {
      ends[k] = true;
    }
  }

  private static boolean isSentencePunct(String t, int s, int e) {
    char c = t.charAt(e - 1);
    return c == '.' || c == '!' || c == '?' || c == '…';
  }

  /** Hesitation words of transcripts. */
  private static final java.util.Set<String> FILLERS =
      java.util.Set.of("Uh", "Um", "Er", "Erm", "Ah", "Oh", "Well", "Hmm", "Mm", "Yeah", "Okay",
          "OK", "Now", "So", "And", "But");

  /** How many tokens a lead-in may have. */
  private static final int MAX_LEAD = 6;

  private static boolean capitalized(String t, int s, int e) {
    return Character.isUpperCase(t.charAt(s)) && Character.isLetter(t.charAt(e - 1));
  }

  private static boolean isUpperWord(String t, int s, int e) {
    for (int k = s; k < e; k++) {
      if (!Character.isUpperCase(t.charAt(k))) {
        return false;
      }
    }
    return e - s >= 2;
  }

  /** A capitalized word (not a lone initial) or an opening quote. */
  private static boolean startsClause(String t, Scanner sc, int j, int to) {
    if (j >= to) {
      return false;
    }
    int s = sc.start(j);
    int e = sc.end(j);
    char c = t.charAt(s);
    if (c == '"' || c == '“') {
      return true;
    }
    return Character.isUpperCase(c) && (e - s > 1 || c == 'I' || c == 'A');
  }

  /**
   * An inline list number "2)" after a word: "... a second visit 2) we then ...".
   */
  private static boolean listNumber(String t, Scanner sc, int i) {
    int s = sc.start(i);
    int e = sc.end(i);
    if (e - s != 1 || !Character.isDigit(t.charAt(s)) || t.charAt(s) == '0') {
      return false;
    }
    int ps = sc.start(i + 1);
    if (ps != e || t.charAt(ps) != ')' || sc.end(i + 1) - ps != 1 || sc.start(i + 2) == ps + 1) {
      return false;
    }
    int qs = sc.start(i - 1);
    int qe = sc.end(i - 1);
    if (qe == s || !Character.isLetter(t.charAt(qe - 1)) || qe - qs < 3) {
      return false;
    }
    // an enumeration: the number before or after it is written the same way nearby
    char d = t.charAt(s);
    return sibling(t, s, (char) (d - 1)) || sibling(t, s, (char) (d + 1));
  }

  /** Whether " N)" occurs within {@value #LIST_SPAN} characters of {@code at}. */
  private static boolean sibling(String t, int at, char n) {
    if (n < '1' || n > '9') {
      return false;
    }
    int lo = Math.max(1, at - LIST_SPAN);
    int hi = Math.min(t.length() - 1, at + LIST_SPAN);
    for (int k = lo; k < hi; k++) {
      if (t.charAt(k) == n && t.charAt(k + 1) == ')' && Character.isWhitespace(t.charAt(k - 1))) {
        return true;
      }
    }
    return false;
  }

  /** How far apart the items of an inline enumeration may be. */
  private static final int LIST_SPAN = 400;

  /**
   * A period split from the word before it that is still an abbreviation: a title in
   * capitals ("GEN. ELIZABETH") or "c."/"p." before a number ("c. 1818").
   */
  private static boolean abbreviationBefore(String t, Scanner sc, int i, int from, int ns) {
    if (i == from || sc.end(i) - sc.start(i) != 1 || t.charAt(sc.start(i)) != '.'
        || sc.end(i - 1) != sc.start(i)) {
      return false;
    }
    int ps = sc.start(i - 1);
    int pe = sc.end(i - 1);
    if (pe - ps > 5) {
      return false;
    }
    String w = t.substring(ps, pe);
    if (Character.isDigit(t.charAt(ns)) && Lexicon.BEFORE_NUMBER.contains(w)) {
      return true;
    }
    if (pe - ps >= 2 && w.equals(w.toUpperCase(java.util.Locale.ROOT))) {
      String title = w.charAt(0) + w.substring(1).toLowerCase(java.util.Locale.ROOT);
      return PERSON_TITLES.contains(title) && Character.isUpperCase(t.charAt(ns));
    }
    return false;
  }

  /** Titles before a name that transcripts also write in capitals ("MR. SMITH"). */
  private static final java.util.Set<String> PERSON_TITLES =
      java.util.Set.of("Mr", "Mrs", "Ms", "Messrs", "Dr", "Prof", "Sen", "Rep", "Gov", "Lt",
          "Gen", "Col", "Maj", "Capt", "Cmdr", "Adm", "Sgt", "Rev", "Hon", "Pres", "Amb",
          "Atty", "Supt", "Insp", "Det", "Pvt", "Cpl", "Brig");

  private static boolean isPostscript(String t, int s, int e) {
    String w = t.substring(s, e);
    return w.equals("P.S.") || w.equals("PS.") || w.equals("P.P.S.") || w.equals("p.s.");
  }

  /** "--" (or "---"): a dash written with hyphens. */
  private static boolean isDoubleDash(String t, int s, int e) {
    if (e - s < 2 || e - s > 3) {
      return false;
    }
    for (int k = s; k < e; k++) {
      if (t.charAt(k) != '-') {
        return false;
      }
    }
    return true;
  }

  /** A numeric date "08/16/2000", "4/25/01". */
  private static boolean isDate(String t, int s, int e) {
    int k = digits(t, s, e);
    if (k - s < 1 || k - s > 2 || k >= e || t.charAt(k) != '/') {
      return false;
    }
    int m = digits(t, k + 1, e);
    if (m - k - 1 < 1 || m - k - 1 > 2 || m >= e || t.charAt(m) != '/') {
      return false;
    }
    int y = digits(t, m + 1, e);
    return y == e && (y - m - 1 == 2 || y - m - 1 == 4);
  }

  /** A clock time "08:02", "12:42:55". */
  private static boolean isTime(String t, int s, int e) {
    int k = digits(t, s, e);
    if (k - s < 1 || k - s > 2 || k >= e || t.charAt(k) != ':') {
      return false;
    }
    int m = digits(t, k + 1, e);
    if (m - k - 1 != 2) {
      return false;
    }
    if (m == e) {
      return true;
    }
    if (t.charAt(m) != ':') {
      return false;
    }
    int x = digits(t, m + 1, e);
    return x == e && x - m - 1 == 2;
  }

  private static int digits(String t, int s, int e) {
    int k = s;
    while (k < e && t.charAt(k) >= '0' && t.charAt(k) <= '9') {
      k++;
    }
    return k;
  }

  private static boolean isMeridiem(String t, int s, int e) {
    if (e - s == 2) {
      char a = Character.toUpperCase(t.charAt(s));
      char b = Character.toUpperCase(t.charAt(s + 1));
      return (a == 'A' || a == 'P') && b == 'M';
    }
    return e - s == 4 && (t.regionMatches(true, s, "a.m.", 0, 4)
        || t.regionMatches(true, s, "p.m.", 0, 4));
  }

  /**
   * A time stamp "03/09/2001 09:40 AM" as e-mail clients write it between the sender and
   * the message: it is a sentence of its own unless a word such as "on" or "at" leads into
   * it; after a stamp led into, a capitalized word still starts a new sentence.
   */
  private static void stamp(String t, Scanner sc, int i, int from, int to, boolean[] ends) {
    if (!isTime(t, sc.start(i + 1), sc.end(i + 1))) {
      return;
    }
    int k = i + 2;
    if (k < to && isMeridiem(t, sc.start(k), sc.end(k))) {
      k++;
    }
    boolean header = i == from || ends[i - 1];
    if (!header) {
      int ps = sc.start(i - 1);
      int pe = sc.end(i - 1);
      char p = t.charAt(ps);
      if (Character.isLetterOrDigit(p) || p == '@') {
        header = !allLower(t, ps, pe);
      } else {
        header = pe - ps == 1 && (p == '>' || p == ')' || p == ']' || p == '"');
      }
    }
    if (header && i > from) {
      ends[i - 1] = true;
    }
    if (k >= to) {
      return;
    }
    char n = t.charAt(sc.start(k));
    boolean next = Character.isUpperCase(n)
        || (header && (Character.isLetter(n) || n == '"' || n == '“'));
    if (next && (header || k > i + 2 || sc.end(i + 1) - sc.start(i + 1) > 5)) {
      ends[k - 1] = true;
    }
  }

  private static boolean allLower(String t, int s, int e) {
    for (int k = s; k < e; k++) {
      if (!Character.isLowerCase(t.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A link: a URL, an e-mail address or a file name ("API.pdf"), as written in e-mail
   * headers, signatures and link lists.
   */
  private static boolean isLink(String t, int s, int e) {
    if (e - s < 5) {
      return false;
    }
    if (t.regionMatches(true, s, "http://", 0, 7) || t.regionMatches(true, s, "https://", 0, 8)
        || t.regionMatches(true, s, "ftp://", 0, 6) || t.regionMatches(true, s, "www.", 0, 4)) {
      return true;
    }
    int at = -1;
    int dot = -1;
    for (int k = s; k < e; k++) {
      char c = t.charAt(k);
      if (c == '@') {
        at = k;
      } else if (c == '.') {
        dot = k;
      } else if (!(Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '+')) {
        return false;
      }
    }
    if (at > s && dot > at + 1 && dot < e - 1) {
      return true;
    }
    if (at < 0 && dot > s && dot < e - 2) {
      String ext = t.substring(dot + 1, e);
      return FILE_TYPES.contains(ext.toLowerCase(java.util.Locale.ROOT));
    }
    return false;
  }

  /** A link that is not an e-mail address (a URL or a file name). */
  private static boolean isWebLink(String t, int s, int e) {
    if (!isLink(t, s, e)) {
      return false;
    }
    for (int k = s; k < e; k++) {
      if (t.charAt(k) == '@') {
        return t.regionMatches(true, s, "http", 0, 4) || t.regionMatches(true, s, "www.", 0, 4);
      }
    }
    return true;
  }

  /** File name extensions seen in attachment lists. */
  private static final java.util.Set<String> FILE_TYPES =
      java.util.Set.of("pdf", "doc", "docx", "htm", "html", "xls", "xlsx", "ppt", "pptx", "txt",
          "jpg", "jpeg", "png", "gif", "zip", "csv", "rtf", "wpd", "mp3", "mp4", "asp", "php");

  /**
   * After a link (and the brackets that close it: ")", "]", "{@code >}", "{@code >>}"), a
   * capitalized word, a date stamp, another link or a dash before another link starts a
   * new sentence: "Email: x@y.com Groups: ...", "file.pdf - other.pdf".
   */
  private static void afterLink(String t, Scanner sc, int i, int to, boolean[] ends) {
    int j = i + 1;
    while (j < to && j - i <= 3) {
      int s = sc.start(j);
      int e = sc.end(j);
      char c = t.charAt(s);
      boolean closer = (e - s == 1 && (c == ')' || c == ']' || c == '>' || c == '\''
          || c == '"')) || (e - s == 2 && c == '>' && t.charAt(s + 1) == '>');
      if (!closer || (c == '\'' || c == '"') && sc.end(j - 1) != s) {
        break;
      }
      j++;
    }
    if (j >= to) {
      return;
    }
    int s = sc.start(j);
    int e = sc.end(j);
    char c = t.charAt(s);
    boolean starts = (Character.isUpperCase(c) && Character.isLetter(t.charAt(e - 1)))
        || isWebLink(t, s, e) || (j + 1 < to && isDate(t, s, e)
            && isTime(t, sc.start(j + 1), sc.end(j + 1)))
        || (e - s == 1 && c == '-' && j + 1 < to && isWebLink(t, sc.start(j + 1), sc.end(j + 1)));
    if (starts) {
      ends[j - 1] = true;
    }
  }

  /** 0: not terminal; 1: sentence punctuation; 2: a word with its period; 3: an ellipsis. */
  private static int terminal(String t, int s, int e, char last) {
    if (last == '.' || last == '!' || last == '?' || last == '…' || last == '‼' || last == '⁇') {
      char first = t.charAt(s);
      if (first == '.' || first == '!' || first == '?' || first == '…') {
        if (last == '…' || (e - s >= 2 && last == '.' && t.charAt(e - 2) == '.')) {
          return 3;
        }
        return 1;
      }
      return last == '.' ? 2 : 0;
    }
    return 0;
  }

  /** A reference mark after a sentence: "[6]", "[…]". */
  private static boolean isReference(String t, Scanner sc, int j, int to) {
    if (j + 2 >= to || t.charAt(sc.start(j)) != '[' || sc.end(j) - sc.start(j) != 1
        || t.charAt(sc.start(j + 2)) != ']') {
      return false;
    }
    char c = t.charAt(sc.start(j + 1));
    return Character.isDigit(c) || c == '…' || c == '.';
  }

  private static boolean isCloser(String t, Scanner sc, int j) {
    int s = sc.start(j);
    int e = sc.end(j);
    char c = t.charAt(s);
    if (e - s == 2 && c == '\'' && t.charAt(s + 1) == '\'') {
      return true;
    }
    if (e - s != 1) {
      return false;
    }
    if (c == '”' || c == ')' || c == ']' || c == '}' || c == '»' || c == '’' || c == '›') {
      return true;
    }
    if (c == '"' || c == '\'') {
      // a straight quote glued to the punctuation before it closes
      return sc.end(j - 1) == s;
    }
    return false;
  }

  /**
   * Ends without sentence punctuation: an emoticon, a clock time ("09:40 AM"), a closing
   * salutation ("Regards,").
   */
  private static boolean softEnd(String t, Scanner sc, int i, int from) {
    int s = sc.start(i);
    int e = sc.end(i);
    if (isEmoticon(t, s, e)) {
      return true;
    }
    if (e - s == 2 && (t.startsWith("AM", s) || t.startsWith("PM", s)) && i > from) {
      int ps = sc.start(i - 1);
      int pe = sc.end(i - 1);
      return pe - ps >= 4 && t.charAt(pe - 3) == ':' && Character.isDigit(t.charAt(pe - 1));
    }
    if (e - s == 1 && t.charAt(s) == ',' && i > from) {
      String w = t.substring(sc.start(i - 1), sc.end(i - 1)).toLowerCase(java.util.Locale.ROOT);
      return (w.equals("regards") || w.equals("sincerely") || w.equals("thanks")
              || w.equals("cheers") || w.equals("respectfully") || w.equals("yours"))
          && (i - 1 == from || i - 2 == from || isSentenceEnd(t, sc, i - 2));
    }
    return false;
  }

  private static boolean isSentenceEnd(String t, Scanner sc, int i) {
    char c = t.charAt(sc.end(i) - 1);
    if (c == '.' || c == '!' || c == '?') {
      return true;
    }
    if (i == 0 || sc.end(i) - sc.start(i) > 7 || !Character.isLetter(c)) {
      return false;
    }
    String w = t.substring(sc.start(i), sc.end(i));
    return w.equals("Best") || w.equals("Kind") || w.equals("Warm") || w.equals("Kindest")
        || w.equals("Warmest") || w.equals("Warm");
  }

  /**
   * After a closing ("Thanks," "Sincerely,") the writer's first name stands alone when the
   * message goes on: "Thanks, Sean Here you go." "Sincerely, Traci Traci Warner ...".
   */
  private static void signature(String t, Scanner sc, int i, int to, boolean[] ends) {
    if (i + 1 >= to || !capitalized(t, sc.start(i), sc.end(i))) {
      return;
    }
    String name = t.substring(sc.start(i), sc.end(i));
    String next = t.substring(sc.start(i + 1), sc.end(i + 1));
    if (!Lexicon.STARTERS.contains(name) && !FILLERS.contains(name)
        && (next.equals(name) || Lexicon.STARTERS.contains(next))) {
      ends[i] = true;
    }
  }

  /** A separator line: "=====", "*****", "_____", "-----". */
  private static boolean isSeparator(String t, int s, int e) {
    if (e - s < 5) {
      return false;
    }
    char c = t.charAt(s);
    if (c != '=' && c != '*' && c != '_' && c != '-') {
      return false;
    }
    for (int k = s + 1; k < e; k++) {
      if (t.charAt(k) != c) {
        return false;
      }
    }
    return true;
  }

  private static boolean isEmoticon(String t, int s, int e) {
    if (e - s < 2 || e - s > 3) {
      return false;
    }
    char a = t.charAt(s);
    char z = t.charAt(e - 1);
    return (a == ':' || a == ';' || a == '=') && (z == ')' || z == '(' || z == 'D' || z == 'P');
  }

  /** A lower-case word after bare sentence punctuation starts a sentence in informal text. */
  private static boolean lowerStart(String t, int s, int e) {
    return Character.isLowerCase(t.codePointAt(s)) && Character.isLetter(t.charAt(e - 1));
  }

  /** Whether the token can begin a sentence after sentence punctuation. */
  private static boolean canStart(String t, int s, int e) {
    int c = t.codePointAt(s);
    if (Character.isLowerCase(c)) {
      // a lower-case "i" is a sentence start in web text
      return e - s == 1 && c == 'i';
    }
    if (Character.isLetter(c) || Character.isDigit(c)) {
      return true;
    }
    switch (c) {
      case ',':
      case ';':
      case ':':
      case ')':
      case ']':
      case '}':
      case '%':
      case '.':
      case '?':
      case '!':
      case '”':
      case '’':
      case '…':
        return false;
      case '-':
        return e - s == 1 ? true : false;
      default:
        return true;
    }
  }

  private static boolean abbreviationEnds(String t, int s, int e) {
    int len = e - s - 1;
    if (len <= 0) {
      return false;
    }
    // U.S., a.m., e.g. style: can end; single-letter initials only weakly
    if (len == 1) {
      return true;
    }
    String w = t.substring(s, e - 1);
    if (Lexicon.TITLES.contains(w) || Lexicon.BEFORE_NUMBER.contains(w)) {
      return false;
    }
    if (w.indexOf('.') > 0) {
      String lw = w.toLowerCase(java.util.Locale.ROOT);
      return !lw.equals("e.g") && !lw.equals("i.e");
    }
    return true;
  }

  private static boolean isStarter(String t, int s, int e) {
    char c = t.charAt(s);
    if (c == '“' || c == '"' || c == '‘') {
      return true;
    }
    if (!Character.isUpperCase(c) || e - s > 10) {
      return false;
    }
    return Lexicon.STARTERS.contains(t.substring(s, e));
  }
}
