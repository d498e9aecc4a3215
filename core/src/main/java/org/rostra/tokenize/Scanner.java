package org.rostra.tokenize;

import java.util.Arrays;

/**
 * A hand-written, single-pass scanner that cuts a region of text into Universal
 * Dependencies syntactic words. Linear in the region's length: every step consumes at least
 * one char, and look-ahead is bounded except for URLs and e-mail addresses, which consume
 * what they scan.
 *
 * <p>Not thread-safe (it holds the output buffer); one per call.
 */
final class Scanner {
  private static final int ZWJ = 0x200D;

  private final String t;
  /** Token boundaries: start, end, start, end, ... */
  int[] spans = new int[256];

  int size;

  Scanner(String text) {
    this.t = text;
  }

  int count() {
    return size / 2;
  }

  int start(int i) {
    return spans[2 * i];
  }

  int end(int i) {
    return spans[2 * i + 1];
  }

  /** Emits {@code [s, e)} (when not empty) and returns {@code e}, where scanning goes on. */
  private int take(int s, int e) {
    emit(s, e);
    return e;
  }

  private void emit(int s, int e) {
    if (e <= s) {
      return;
    }
    if (size + 2 > spans.length) {
      spans = Arrays.copyOf(spans, spans.length * 2);
    }
    spans[size++] = s;
    spans[size++] = e;
  }

  // ---------------------------------------------------------------- character classes

  static boolean isSkippable(int c) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      return true;
    }
    if (c < 0x80) {
      return c < 0x20 || c == 0x7F;
    }
    if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE;
  }

  static boolean isWordChar(int c) {
    if (c < 0x80) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '_';
    }
    if (Character.isLetterOrDigit(c)) {
      return true;
    }
    int type = Character.getType(c);
    return (type == Character.NON_SPACING_MARK
            || type == Character.COMBINING_SPACING_MARK
            || type == Character.ENCLOSING_MARK)
        && !isEmojiModifier(c);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isEmojiModifier(int c) {
    return c == 0xFE0F || c == 0xFE0E || c == 0x20E3;
  }

  static boolean isEmoji(int c) {
    return (c >= 0x1F000 && c <= 0x1FAFF)
        || (c >= 0x2600 && c <= 0x27BF)
        || (c >= 0x2B00 && c <= 0x2BFF)
        || (c >= 0x2300 && c <= 0x23FF)
        || c == 0x00A9
        || c == 0x00AE
        || c == 0x203C
        || c == 0x2049
        || c == 0x2122
        || c == 0x2139
        || (c >= 0x2194 && c <= 0x21AA)
        || c == 0x3030
        || c == 0x303D
        || c == 0x3297
        || c == 0x3299;
  }

  private int cp(int i, int to) {
    char c = t.charAt(i);
    if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(t.charAt(i + 1))) {
      return Character.toCodePoint(c, t.charAt(i + 1));
    }
    return c;
  }

  private boolean wordAt(int i, int to) {
    return i < to && isWordChar(cp(i, to));
  }

  private boolean letterAt(int i, int to) {
    return i < to && Character.isLetter(cp(i, to));
  }

  // ---------------------------------------------------------------- scanning

  /** Scans {@code [from, to)} and appends its tokens. */
  void scan(int from, int to) {
    int i = from;
    while (i < to) {
      int c = cp(i, to);
      int n = Character.charCount(c);
      if (isSkippable(c)) {
        i += n;
      } else if (isWordChar(c)) {
        i = word(i, to);
      } else if (isEmoji(c)) {
        i = emoji(i, to);
      } else {
        i = punct(i, c, n, to);
      }
    }
  }

  private int emoji(int s, int to) {
    int i = s;
    int c = cp(i, to);
    i += Character.charCount(c);
    if (c >= 0x1F1E6 && c <= 0x1F1FF) {
      // regional indicators come in pairs (flags)
      if (i < to) {
        int d = cp(i, to);
        if (d >= 0x1F1E6 && d <= 0x1F1FF) {
          i += 2;
        }
      }
      return take(s, i);
    }
    while (i < to) {
      int d = cp(i, to);
      if (isEmojiModifier(d)
          || (d >= 0x1F3FB && d <= 0x1F3FF)
          || (d >= 0xE0020 && d <= 0xE007F)) {
        i += Character.charCount(d);
      } else if (d == ZWJ && i + 1 < to && isEmoji(cp(i + 1, to))) {
        i += 1;
        i += Character.charCount(cp(i, to));
      } else {
        break;
      }
    }
    return take(s, i);
  }

  private int punct(int s, int c, int n, int to) {
    char ch = (char) c;
    if (n == 1) {
      switch (ch) {
        case '.':
        case '!':
        case '?':
          return run(s, to, ".!?");
        case '-':
          return run(s, to, "-=");
        case '’':
        case '`':
        case '\'':
          {
            int e = elision(s, to);
            if (e > s) {
              return take(s, e);
            }
          }
          if (ch != '’' && s + 1 < to && t.charAt(s + 1) == ch) {
            return take(s, s + 2);
          }
          break;
        case '@':
        case '#':
          // "@handle" (any word char after the sign), "#hashtag" (a letter first)
          if (ch == '@' ? wordAt(s + 1, to) : letterAt(s + 1, to)) {
            int e = s + 1;
            while (wordAt(e, to)) {
              e += Character.charCount(cp(e, to));
            }
            return take(s, e);
          }
          break;
        case ':':
        case ';':
        case '=':
          {
            int e = emoticon(s, to);
            if (e > s) {
              return take(s, e);
            }
            if (ch == '=') {
              return run(s, to, "=-");
            }
          }
          break;
        case '<':
          if (s + 1 < to && t.charAt(s + 1) == '3' && !wordAt(s + 2, to)) {
            return take(s, s + 2);
          }
          return run(s, to, "<");
        case '*':
        case '$':
        case '~':
        case '+':
        case '^':
        case '_':
        case '/':
        case '\\':
        case '|':
        case '>':
        case '%':
        case '&':
          return run(s, to, String.valueOf(ch));
        default:
          break;
      }
    }
    return take(s, s + n);
  }

  /** "’70s", "'em": a leading apostrophe that belongs to the word. */
  private int elision(int s, int to) {
    if (ch(s, to) == '`' || (s > 0 && isWordChar(t.charAt(s - 1)))) {
      return s;
    }
    int i = s + 1;
    if (i + 2 < to && isDigit(t.charAt(i)) && isDigit(t.charAt(i + 1)) && t.charAt(i + 2) == 's'
        && !wordAt(i + 3, to)) {
      return i + 3;
    }
    if (i + 1 < to && t.charAt(i) == 'e' && t.charAt(i + 1) == 'm' && !wordAt(i + 2, to)) {
      return i + 2;
    }
    return s;
  }

  private char ch(int i, int to) {
    return i < to ? t.charAt(i) : 0;
  }

  private int run(int s, int to, String chars) {
    int e = s + 1;
    while (e < to && chars.indexOf(t.charAt(e)) >= 0) {
      e++;
    }
    return take(s, e);
  }

  private int emoticon(int s, int to) {
    int i = s + 1;
    if (i < to && t.charAt(i) == '-') {
      i++;
    }
    if (i >= to) {
      return s;
    }
    char c = t.charAt(i);
    boolean mouth = c == ')' || c == '(' || c == 'D' || c == 'P' || c == 'p' || c == '/'
        || c == '|' || c == ']' || c == '[' || c == 'O' || c == 'o';
    if (!mouth) {
      return s;
    }
    int e = i + 1;
    // a mouth glued to a word is not a face ("x:Dog", "a:b/c")
    if (wordAt(e, to) || (s > 0 && isWordChar(t.charAt(s - 1)) && c != ')' && c != '(')) {
      return s;
    }
    if ((c == '(' || c == '[') && wordAt(e, to)) {
      return s;
    }
    if (c == '/' && e < to && t.charAt(e) == '/') {
      return s;
    }
    if (Character.isLetter(c) && s > 0 && !Character.isWhitespace(t.charAt(s - 1))) {
      return s;
    }
    return e;
  }

  private static boolean startsWith(String t, int i, int to, String prefix) {
    return to - i >= prefix.length() && t.regionMatches(true, i, prefix, 0, prefix.length());
  }

  private int url(int s, int to) {
    if (!(startsWith(t, s, to, "http://")
        || startsWith(t, s, to, "https://")
        || startsWith(t, s, to, "ftp://")
        || (startsWith(t, s, to, "www.") && wordAt(s + 4, to)))) {
      return s;
    }
    int e = s;
    int open = 0;
    int sq = 0;
    while (e < to) {
      char c = t.charAt(e);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '"' || c == '<'
          || c == '>' || c == '“' || c == '”' || c == '«' || c == '»') {
        break;
      }
      if (c == '[') {
        sq++;
      } else if (c == ']') {
        if (sq == 0) {
          break;
        }
        sq--;
      }
      if (c == '(') {
        open++;
      } else if (c == ')') {
        if (open == 0) {
          break;
        }
        open--;
      }
      e++;
    }
    while (e > s + 1 && ".,;:!?'’".indexOf(t.charAt(e - 1)) >= 0) {
      e--;
    }
    return e;
  }

  private int word(int s, int to) {
    char first = t.charAt(s);
    if (first == 'h' || first == 'H' || first == 'w' || first == 'W' || first == 'f'
        || first == 'F') {
      int e = url(s, to);
      if (e > s) {
        return take(s, e);
      }
    }
    int i = s;
    boolean dots = false;
    boolean hyphens = false;
    while (true) {
      while (i < to) {
        int c = cp(i, to);
        if (!isWordChar(c)) {
          break;
        }
        i += Character.charCount(c);
      }
      if (i >= to) {
        break;
      }
      char c = t.charAt(i);
      if (c == '.') {
        if (wordAt(i + 1, to)) {
          dots = true;
          i++;
          continue;
        }
        // "franz371...@gmail.com": an address shortened by a mail archive
        int k = i;
        while (k < to && k - i < 4 && t.charAt(k) == '.') {
          k++;
        }
        if (k < to && t.charAt(k) == '@') {
          int e = email(s, k, to);
          if (e > k) {
            return take(s, e);
          }
        }
        break;
      } else if (c == '\'' || c == '’') {
        if (letterAt(i + 1, to)) {
          i++;
          continue;
        }
        break;
      } else if (c == '-' || c == '\u2010' || c == '\u2011') {
        if (wordAt(i + 1, to)) {
          hyphens = true;
          i++;
          continue;
        }
        break;
      } else if (c == ',' || c == ':') {
        if (isDigit(t.charAt(i - 1))
            && i + 1 < to
            && isDigit(t.charAt(i + 1))
            && (c == ':' || digitGroup(i + 1, to))) {
          i++;
          continue;
        }
        break;
      } else if (c == '@') {
        int e = email(s, i, to);
        if (e > i) {
          return take(s, e);
        }
        break;
      } else if (c == '/') {
        if (isDigit(t.charAt(i - 1)) && i + 1 < to && isDigit(t.charAt(i + 1))) {
          // dates and fractions: 9/30/01, 1/2
          i++;
          continue;
        }
        // "b/c", "w/o", "f/2": a short word, a slash, a short tail
        if (i - s == 1 && i + 1 < to && (i + 2 >= to || !wordAt(i + 2, to))) {
          char a = Character.toLowerCase(t.charAt(s));
          char b = Character.toLowerCase(t.charAt(i + 1));
          if ((a == 'b' && b == 'c') || (a == 'w' && b == 'o') || (a == 'f' && isDigit(b))) {
            i += 2;
            continue;
          }
        }
        if (i - s == 1 && (t.charAt(s) == 'w' || t.charAt(s) == 'W')
            && (i + 1 >= to || !wordAt(i + 1, to))) {
          return take(s, i + 1);
        }
        break;
      } else if (Character.getType(c) == Character.FORMAT && c != ZWJ && wordAt(i + 1, to)) {
        i++;
        continue;
      } else {
        break;
      }
    }
    int end = i;
    if (end + 1 < to && t.charAt(end) == '-' && !hyphens && !dots
        && (Character.isWhitespace(t.charAt(end + 1)) || t.charAt(end + 1) == '.'
            || t.charAt(end + 1) == ',')
        && allLetters(s, end) && end > s && !(end + 2 < to && t.charAt(end + 2) == '-')) {
      // a cut-off word in speech ("w-", "re-", "Shobha-")
      return take(s, end + 1);
    }
    if (end < to && t.charAt(end) == '.' && attachesPeriod(s, end, dots, to)) {
      end++;
      return take(s, end);
    }
    if (dots) {
      splitMissingSpace(s, end, hyphens);
    } else if (hyphens) {
      hyphenated(s, end);
    } else {
      clitics(s, end);
    }
    return end;
  }

  private static boolean isUnit(String u) {
    return Lexicon.UNITS.contains(u) || Lexicon.UPPER_UNITS.contains(u);
  }

  private boolean digitGroup(int i, int to) {
    return i + 3 <= to
        && isDigit(t.charAt(i))
        && isDigit(t.charAt(i + 1))
        && isDigit(t.charAt(i + 2))
        && (i + 3 == to || !isDigit(t.charAt(i + 3)));
  }

  private int email(int s, int at, int to) {
    if (at == s || !wordAt(at + 1, to)) {
      return at;
    }
    int e = at + 1;
    int lastDot = -1;
    while (e < to) {
      char c = t.charAt(e);
      if (isWordChar(c) || c == '-') {
        e++;
      } else if (c == '.' && e + 1 < to && isWordChar(t.charAt(e + 1))) {
        lastDot = e;
        e++;
      } else {
        break;
      }
    }
    return lastDot > 0 ? e : at;
  }

  /** Whether the period after {@code [s, end)} belongs to the word. */
  private boolean attachesPeriod(int s, int end, boolean dots, int to) {
    int len = end - s;
    if (dots) {
      // U.S., e.g., a.m., Ph.D.: every segment one or two letters
      int seg = 0;
      for (int k = s; k < end; k++) {
        char c = t.charAt(k);
        if (c == '.') {
          if (seg == 0 || seg > 2) {
            return false;
          }
          seg = 0;
        } else if (Character.isLetter(c)) {
          seg++;
        } else {
          return false;
        }
      }
      return seg >= 1 && seg <= 2;
    }
    if (len == 1) {
      char c = t.charAt(s);
      return Character.isUpperCase(c);
    }
    if (len > 8) {
      return false;
    }
    String w = t.substring(s, end);
    if (Lexicon.TITLES.contains(w) || Lexicon.ENDERS.contains(w)) {
      return true;
    }
    if (Lexicon.ANY_CASE.contains(w.toLowerCase(java.util.Locale.ROOT))) {
      return true;
    }
    if (Lexicon.BEFORE_NUMBER.contains(w)) {
      int k = end + 1;
      while (k < to && (t.charAt(k) == ' ' || t.charAt(k) == '\u00A0')) {
        k++;
      }
      return k > end + 1 && k < to && isDigit(t.charAt(k));
    }
    return false;
  }

  /** "quality.You" (a missing space) splits; "file.pdf", "3.5", "U.S" stay whole. */
  private void splitMissingSpace(int s, int end, boolean hyphens) {
    int segStart = s;
    int nDots = 0;
    for (int k = s; k < end; k++) {
      if (t.charAt(k) == '.') {
        nDots++;
      }
    }
    for (int k = s; k < end && nDots == 1; k++) {
      if (t.charAt(k) == '.'
          && k - segStart >= 3
          && Character.isLowerCase(t.charAt(k - 1))
          && k + 2 < end
          && Character.isLetter(t.charAt(k + 1))
          && Character.isLowerCase(t.charAt(k + 2))
          && allLetters(segStart, k)
          && (end - k > 3 || Character.isUpperCase(t.charAt(k + 1)))
          && !Lexicon.DOMAINS.contains(nextSegment(k + 1, end))) {
        clitics(segStart, k);
        emit(k, k + 1);
        segStart = k + 1;
      }
    }
    if (segStart == s && !hyphens) {
      clitics(s, end);
    } else if (segStart == s) {
      emit(s, end);
    } else if (hyphens) {
      hyphenated(segStart, end);
    } else {
      clitics(segStart, end);
    }
  }

  /** The next word after {@code end} (lower case, at most 12 chars), or "". */
  private String nextWord(int end) {
    int k = end;
    int n = t.length();
    while (k < n && t.charAt(k) == ' ') {
      k++;
    }
    int e = k;
    while (e < n && e - k < 12 && Character.isLetter(t.charAt(e))) {
      e++;
    }
    return t.substring(k, e).toLowerCase(java.util.Locale.ROOT);
  }

  private String nextSegment(int s, int end) {
    int k = s;
    while (k < end && t.charAt(k) != '.') {
      k++;
    }
    return t.substring(s, k).toLowerCase(java.util.Locale.ROOT);
  }

  private boolean allLetters(int s, int e) {
    for (int k = s; k < e; k++) {
      if (!Character.isLetter(t.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  private int lastHyphen(int s, int end) {
    for (int k = end - 1; k >= s; k--) {
      if (isHyphen(t.charAt(k))) {
        return k;
      }
    }
    return s - 1;
  }

  private static boolean isHyphen(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011';
  }

  /** UD splits hyphenated compounds, except after common prefixes and in numbers. */
  private void hyphenated(int s, int end) {
    boolean allDigits = true;
    int firstHyphen = -1;
    int hyphenCount = 0;
    for (int k = s; k < end; k++) {
      char c = t.charAt(k);
      if (isHyphen(c)) {
        hyphenCount++;
        if (firstHyphen < 0) {
          firstHyphen = k;
        }
      } else if (!isDigit(c)) {
        allDigits = false;
      }
    }
    if (allDigits) {
      // phone numbers and codes stay whole ("303-832-8160", "22-506"); ranges split
      int lastSeg = end - lastHyphen(s, end) - 1;
      int firstSeg = firstHyphen - s;
      boolean years = hyphenCount == 1 && firstSeg == 4 && lastSeg == 4;
      if (lastSeg >= 3 && !years) {
        emit(s, end);
        return;
      }
    }
    if (hyphenCount == 1 && firstHyphen - s <= 7) {
      String prefix = t.substring(s, firstHyphen).toLowerCase(java.util.Locale.ROOT);
      if (Lexicon.PREFIXES.contains(prefix)) {
        clitics(s, end);
        return;
      }
    }
    int segStart = s;
    for (int k = s; k < end; k++) {
      if (isHyphen(t.charAt(k))) {
        emit(segStart, k);
        emit(k, k + 1);
        segStart = k + 1;
      }
    }
    clitics(segStart, end);
  }

  private boolean endsWithIgnoreCase(int s, int end, String suffix) {
    int n = suffix.length();
    return end - s > n && t.regionMatches(true, end - n, suffix, 0, n);
  }

  private boolean apostropheAt(int k) {
    char c = t.charAt(k);
    return c == '\'' || c == '’';
  }

  /** Splits clitics off a word: "do" "n't", "Xi" "’s", "gon" "na". */
  private void clitics(int s, int end) {
    int len = end - s;
    if (len >= 3) {
      char last = Character.toLowerCase(t.charAt(end - 1));
      // n't
      if (last == 't' && len > 3 && apostropheAt(end - 2)
          && Character.toLowerCase(t.charAt(end - 3)) == 'n') {
        emit(s, end - 3);
        emit(end - 3, end);
        return;
      }
      if (apostropheAt(end - 2) && (last == 's' || last == 'm' || last == 'd')) {
        emit(s, end - 2);
        emit(end - 2, end);
        return;
      }
      if (len >= 4 && apostropheAt(end - 3)) {
        char a = Character.toLowerCase(t.charAt(end - 2));
        if ((a == 'r' && last == 'e') || (a == 'v' && last == 'e') || (a == 'l' && last == 'l')) {
          emit(s, end - 3);
          emit(end - 3, end);
          return;
        }
      }
    }
    if (len == 3 || len == 4) {
      String w = t.substring(s, end);
      if ((w.equals("its") || w.equals("Its")) && Lexicon.AFTER_IT_IS.contains(nextWord(end))) {
        emit(s, s + 2);
        emit(s + 2, end);
        return;
      }
      if (w.equals("Lets")) {
        emit(s, s + 3);
        emit(s + 3, end);
        return;
      }
    }
    if (len >= 2 && len <= 8) {
      char f = t.charAt(s);
      if (f < 0x80 && Character.isLetter(f)) {
        int[] cuts = Lexicon.SPLIT_WORDS.get(t.substring(s, end).toLowerCase(java.util.Locale.ROOT));
        if (cuts != null && (len > 2 || f == 'i' || f == 'I')) {
          int prev = s;
          for (int cut : cuts) {
            emit(prev, s + cut);
            prev = s + cut;
          }
          emit(prev, end);
          return;
        }
      }
    }
    if (len >= 2 && isDigit(t.charAt(s)) && Character.isLetter(t.charAt(end - 1))) {
      int k = s;
      while (k < end && (isDigit(t.charAt(k)) || t.charAt(k) == '.' || t.charAt(k) == ',')) {
        k++;
      }
      if (k < end && allLetters(k, end) && isUnit(t.substring(k, end))) {
        emit(s, k);
        emit(k, end);
        return;
      }
    }
    emit(s, end);
  }
}
