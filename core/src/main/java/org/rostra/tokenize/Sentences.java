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
        if (i + 1 < to && softEnd(t, sc, i, from)
            && Character.isUpperCase(t.charAt(sc.start(i + 1)))) {
          ends[i] = true;
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
      if (kind == 1) {
        boundary = canStart(t, sc.start(j), sc.end(j)) || lowerStart(t, sc.start(j), sc.end(j));
      } else if (kind == 3) {
        // ellipsis: only before a capitalized word or opening quote
        boundary = ELLIPSIS_ENDS && canStart(t, sc.start(j), sc.end(j))
            && !Character.isDigit(t.charAt(sc.start(j)));
      } else {
        boundary = abbreviationEnds(t, s, e) && isStarter(t, sc.start(j), sc.end(j));
      }
      if (boundary) {
        ends[j - 1] = true;
      }
    }
    ends[to - 1] = true;
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
   * Ends without sentence punctuation: an emoticon, a clock time ("12:05 PM"), a closing
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
    return c == '.' || c == '!' || c == '?' || (i > 0 && sc.end(i) - sc.start(i) <= 5
        && Character.isLetter(c) && (t.substring(sc.start(i), sc.end(i)).equals("Best")
        || t.substring(sc.start(i), sc.end(i)).equals("Kind")
        || t.substring(sc.start(i), sc.end(i)).equals("Warm")));
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
