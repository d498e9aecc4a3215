package org.rostra.quote;

import java.util.ArrayList;
import java.util.List;
import org.rostra.doc.Paragraph;

/**
 * Finds the spans between quotation marks, paragraph by paragraph, in one linear scan.
 *
 * <p>Styles: curly double ({@code “ ”}), straight ({@code "}), low-9 ({@code „}), guillemets
 * ({@code « »}, {@code ‹ ›}), newswire ({@code ``} ... {@code ''} and {@code ''} ... {@code
 * ''}) and curly single ({@code ‘ ’}) at the top level; single quotes nested in a double
 * quotation are skipped over (an apostrophe never closes the outer quotation). A quotation
 * left open at the end of its paragraph ends there: it {@code continues} when the next
 * paragraph opens a quotation again (the news convention for a quote running over several
 * paragraphs), else it is marked unclosed.
 */
final class QuoteMarks {
  private QuoteMarks() {}

  /**
   * One quotation.
   *
   * @param open index of the opening mark
   * @param contentStart first char after the opening mark
   * @param contentEnd end of the content (the closing mark's index, or the paragraph end)
   * @param close end of the closing mark ({@code contentEnd} when unclosed)
   * @param closed whether a closing mark was found
   * @param continues whether the quotation goes on in the next paragraph
   */
  record Region(
      int open, int contentStart, int contentEnd, int close, boolean closed, boolean continues) {}

  private static final int NONE = 0;
  private static final int DOUBLE = 1; // “ ” " „ `` '' ‟
  private static final int GUILLEMET = 2; // « »
  private static final int SINGLE = 3; // ‘ ’
  private static final int SINGLE_GUILLEMET = 4; // ‹ ›

  static List<Region> find(String text, List<Paragraph> paragraphs) {
    List<Region> out = new ArrayList<>();
    for (int p = 0; p < paragraphs.size(); p++) {
      int ps = paragraphs.get(p).span().start();
      int pe = Math.min(paragraphs.get(p).span().end(), text.length());
      int style = NONE;
      int open = -1;
      int contentStart = -1;
      boolean nested = false;
      int i = ps;
      while (i < pe) {
        char c = text.charAt(i);
        char next = i + 1 < pe ? text.charAt(i + 1) : '\0';
        boolean two = (c == '`' && next == '`') || (c == '\'' && next == '\'');
        if (style == NONE) {
          int len = openerLength(text, i, ps, pe);
          if (len > 0) {
            style = styleOf(c);
            open = i;
            contentStart = i + len;
            nested = false;
            i += len;
            continue;
          }
          i += two ? 2 : 1;
          continue;
        }
        // inside a quotation
        if (style == DOUBLE || style == GUILLEMET) {
          if (nested) {
            if ((c == '’' || c == '\'') && !isLetter(next) && !two) {
              nested = false;
            } else if (c == '›') {
              nested = false;
            }
          } else if ((c == '‘' || c == '‹') && openingContext(text, i, ps) && isLetter(next)) {
            nested = true;
            i++;
            continue;
          }
          int closeLen = closerLength(style, text, i, pe);
          if (closeLen > 0) {
            out.add(new Region(open, contentStart, i, i + closeLen, true, false));
            style = NONE;
            i += closeLen;
            continue;
          }
          if (style == DOUBLE && (c == '“' || c == '„') && openingContext(text, i, ps)) {
            // a stray opening mark: the previous quotation was never closed
            out.add(new Region(open, contentStart, trimEnd(text, contentStart, i), i, false, false));
            open = i;
            contentStart = i + 1;
            nested = false;
            i++;
            continue;
          }
          i += two ? 2 : 1;
          continue;
        }
        // single-quote styles at the top level
        if ((style == SINGLE && c == '’' && !isLetter(next))
            || (style == SINGLE_GUILLEMET && c == '›')) {
          out.add(new Region(open, contentStart, i, i + 1, true, false));
          style = NONE;
        }
        i++;
      }
      if (style != NONE) {
        boolean continues = p + 1 < paragraphs.size()
            && startsWithOpener(text, paragraphs.get(p + 1).span().start(),
                Math.min(paragraphs.get(p + 1).span().end(), text.length()));
        int end = trimEnd(text, contentStart, pe);
        out.add(new Region(open, contentStart, end, end, false, continues));
      }
    }
    return out;
  }

  private static int trimEnd(String text, int from, int end) {
    while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  private static boolean startsWithOpener(String text, int ps, int pe) {
    return ps < pe && openerLength(text, ps, ps, pe) > 0;
  }

  private static int styleOf(char c) {
    return switch (c) {
      case '«' -> GUILLEMET;
      case '‘' -> SINGLE;
      case '‹' -> SINGLE_GUILLEMET;
      default -> DOUBLE;
    };
  }

  /** Length of an opening mark at {@code i} (0 when none). */
  private static int openerLength(String text, int i, int ps, int pe) {
    char c = text.charAt(i);
    char next = i + 1 < pe ? text.charAt(i + 1) : '\0';
    switch (c) {
      case '“', '„', '‟', '«' -> {
        return next == '\0' ? 0 : 1;
      }
      case '"' -> {
        return next != '\0' && !Character.isWhitespace(next) && openingContext(text, i, ps) ? 1 : 0;
      }
      case '`' -> {
        return next == '`' ? 2 : 0;
      }
      case '\'' -> {
        char after = i + 2 < pe ? text.charAt(i + 2) : '\0';
        return next == '\'' && after != '\0' && !Character.isWhitespace(after)
                && openingContext(text, i, ps)
            ? 2
            : 0;
      }
      case '‘', '‹' -> {
        return isLetter(next) && openingContext(text, i, ps) ? 1 : 0;
      }
      default -> {
        return 0;
      }
    }
  }

  /** Length of a closing mark of the style at {@code i} (0 when none). */
  private static int closerLength(int style, String text, int i, int pe) {
    char c = text.charAt(i);
    char next = i + 1 < pe ? text.charAt(i + 1) : '\0';
    if (style == GUILLEMET) {
      return c == '»' ? 1 : 0;
    }
    return switch (c) {
      case '”', '"', '‟' -> 1;
      case '“' -> i + 1 >= pe || !isLetter(next) ? 1 : 0; // „...“ (German style)
      case '\'' -> next == '\'' ? 2 : 0;
      case '»' -> 1;
      default -> 0;
    };
  }

  /** Whether the char before {@code i} allows an opening mark: start, space, bracket, dash. */
  private static boolean openingContext(String text, int i, int ps) {
    if (i <= ps) {
      return true;
    }
    char p = text.charAt(i - 1);
    return Character.isWhitespace(p)
        || p == '(' || p == '[' || p == '{' || p == '—' || p == '–' || p == '-' || p == '/'
        || p == ':' || p == '“' || p == '"' || p == '«' || p == '\u00a0';
  }

  private static boolean isLetter(char c) {
    return Character.isLetterOrDigit(c);
  }
}
