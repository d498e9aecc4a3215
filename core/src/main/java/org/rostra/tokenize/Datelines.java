package org.rostra.tokenize;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * Recognises news datelines at the start of a story ("WASHINGTON (Reuters) —", "date
 * 2023-04-14 (Bloomberg) --", "BEIJING, April 14, 2023 (Xinhua) -", "NEW YORK —") and byline
 * paragraphs ("--With assistance from …", "Reporting by …", "(Reporting by …; Editing by
 * …)"). Hand-written scanners with bounded look-ahead.
 */
final class Datelines {
  private Datelines() {}

  /** How far into a paragraph a dateline may reach. */
  private static final int MAX_DATELINE = 160;

  private static final String[] MONTHS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december"
  };

  private static final String[] BYLINES = {
    "with assistance from", "additional reporting by", "reporting by", "editing by",
    "writing by", "written by", "compiled by", "reported by", "contributing:",
    "to contact the reporter", "to contact the editor"
  };

  /** A found dateline: its end (after the dash) and the date it states. */
  record Found(int start, int end, Optional<LocalDate> date) {}

  /** The dateline at the start of paragraph {@code [s, e)}, if there is one. */
  static Optional<Found> dateline(String t, int s, int e) {
    int lim = Math.min(e, s + MAX_DATELINE);
    int i = s;
    Optional<LocalDate> date = Optional.empty();
    boolean place = false;
    boolean agency = false;
    // "date 2023-04-14"
    if (t.regionMatches(true, i, "date ", 0, 5)) {
      int j = skipSpaces(t, i + 5, lim);
      int[] iso = new int[1];
      Optional<LocalDate> d = isoDate(t, j, lim, iso);
      if (d.isPresent()) {
        date = d;
        i = skipSpaces(t, iso[0], lim);
      }
    } else {
      int[] iso = new int[1];
      Optional<LocalDate> d = isoDate(t, i, lim, iso);
      if (d.isPresent()) {
        date = d;
        i = skipSpaces(t, iso[0], lim);
      }
    }
    // PLACE in capitals: "WASHINGTON", "NEW YORK", "ST. LOUIS", "WASHINGTON, D.C."
    int p = i;
    int caps = 0;
    while (p < lim) {
      char c = t.charAt(p);
      if (Character.isUpperCase(c)) {
        caps++;
        p++;
      } else if ((c == ' ' || c == '.' || c == '-' || c == '\'') && caps > 0) {
        p++;
      } else {
        break;
      }
    }
    if (caps >= 2 && p > i && noLowerCase(t, i, p)) {
      // back off a trailing space or a capital word's first letter of the story
      place = true;
      i = skipSpaces(t, trimBack(t, i, p), lim);
      // ", State" or ", Month 14" or ", April 14, 2023"
      if (i < lim && t.charAt(i) == ',') {
        int j = skipSpaces(t, i + 1, lim);
        int q = j;
        while (q < lim && t.charAt(q) != '(' && t.charAt(q) != '—' && t.charAt(q) != '–'
            && !(t.charAt(q) == '-' && q + 1 < lim && t.charAt(q + 1) == '-')
            && q - j < 40) {
          q++;
        }
        Optional<LocalDate> d = textDate(t.substring(j, q));
        if (d.isPresent()) {
          date = d;
        }
        i = skipSpaces(t, q, lim);
      }
    }
    // (Agency)
    if (i < lim && t.charAt(i) == '(') {
      int j = i + 1;
      while (j < lim && j - i <= 40 && t.charAt(j) != ')' && t.charAt(j) != '\n'
          && t.charAt(j) != '(') {
        j++;
      }
      if (j < lim && t.charAt(j) == ')' && j > i + 1 && Character.isUpperCase(t.charAt(i + 1))
          && !hasDigit(t, i + 1, j)) {
        agency = true;
        i = skipSpaces(t, j + 1, lim);
      }
    }
    if (!agency && !place) {
      return Optional.empty();
    }
    // the dash
    int dashEnd = -1;
    if (i < lim) {
      char c = t.charAt(i);
      if (c == '—' || c == '–') {
        dashEnd = i + 1;
      } else if (c == '-') {
        int j = i;
        while (j < lim && t.charAt(j) == '-') {
          j++;
        }
        if (j - i >= 2 || agency) {
          dashEnd = j;
        }
      } else if (c == ':' && place && agency) {
        dashEnd = i + 1;
      }
    }
    if (dashEnd < 0 || dashEnd >= e || !Character.isWhitespace(t.charAt(dashEnd))) {
      return Optional.empty();
    }
    return Optional.of(new Found(s, dashEnd, date));
  }

  /** Whether paragraph {@code [s, e)} is a byline or credit line. */
  static boolean byline(String t, int s, int e) {
    int i = s;
    boolean paren = false;
    while (i < e && (t.charAt(i) == '-' || t.charAt(i) == '—' || t.charAt(i) == '–')) {
      i++;
    }
    boolean dashed = i > s;
    i = skipSpaces(t, i, e);
    if (i < e && t.charAt(i) == '(') {
      paren = true;
      i++;
    }
    for (String b : BYLINES) {
      if (t.regionMatches(true, i, b, 0, b.length())) {
        if (e - s > 400) {
          return false;
        }
        return dashed || paren || Character.isUpperCase(t.charAt(i));
      }
    }
    return false;
  }

  private static boolean hasDigit(String t, int s, int e) {
    for (int i = s; i < e; i++) {
      if (Character.isDigit(t.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean noLowerCase(String t, int s, int e) {
    for (int i = s; i < e; i++) {
      if (Character.isLowerCase(t.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Drops a last capital word that is glued to lower case (the story's first word). */
  private static int trimBack(String t, int s, int p) {
    return p;
  }

  private static int skipSpaces(String t, int i, int lim) {
    while (i < lim && (t.charAt(i) == ' ' || t.charAt(i) == '\t' || t.charAt(i) == '\u00A0')) {
      i++;
    }
    return i;
  }

  private static Optional<LocalDate> isoDate(String t, int i, int lim, int[] end) {
    if (i + 10 > lim) {
      return Optional.empty();
    }
    for (int k = 0; k < 10; k++) {
      char c = t.charAt(i + k);
      boolean ok = (k == 4 || k == 7) ? c == '-' : (c >= '0' && c <= '9');
      if (!ok) {
        return Optional.empty();
      }
    }
    if (i + 10 < lim && Character.isDigit(t.charAt(i + 10))) {
      return Optional.empty();
    }
    end[0] = i + 10;
    return of(
        Integer.parseInt(t.substring(i, i + 4)),
        Integer.parseInt(t.substring(i + 5, i + 7)),
        Integer.parseInt(t.substring(i + 8, i + 10)));
  }

  private static Optional<LocalDate> of(int y, int m, int d) {
    try {
      return Optional.of(LocalDate.of(y, m, d));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** "April 14, 2023", "Apr. 14 2023", "14 April 2023", "2023-04-14". */
  static Optional<LocalDate> textDate(String s) {
    String[] words = s.toLowerCase(Locale.ROOT).replace(",", " ").replace(".", " ").trim()
        .split("\\s+");
    int month = -1;
    int day = -1;
    int year = -1;
    for (String w : words) {
      if (w.isEmpty()) {
        continue;
      }
      if (w.length() == 10 && w.charAt(4) == '-') {
        int[] end = new int[1];
        Optional<LocalDate> d = isoDate(w, 0, 10, end);
        if (d.isPresent()) {
          return d;
        }
      }
      if (Character.isDigit(w.charAt(0))) {
        if (w.length() > 4 || !allDigits(w)) {
          continue;
        }
        int v = Integer.parseInt(w);
        if (w.length() == 4) {
          year = v;
        } else if (day < 0 && v >= 1 && v <= 31) {
          day = v;
        }
      } else if (w.length() >= 3) {
        for (int m = 0; m < 12; m++) {
          if (MONTHS[m].startsWith(w) || (w.equals("sept") && m == 8)) {
            month = m + 1;
          }
        }
      }
    }
    if (month > 0 && day > 0 && year > 0) {
      return of(year, month, day);
    }
    return Optional.empty();
  }

  private static boolean allDigits(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (!Character.isDigit(w.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
