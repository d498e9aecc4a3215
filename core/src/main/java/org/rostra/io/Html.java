package org.rostra.io;

/** HTML escaping for text content and double-quoted attribute values. */
final class Html {
  private Html() {}

  /** Escapes {@code s} as element text. */
  static void text(StringBuilder out, CharSequence s) {
    escape(out, s, 0, s.length(), false);
  }

  /** Escapes {@code s} for a double-quoted attribute value. */
  static void attr(StringBuilder out, CharSequence s) {
    escape(out, s, 0, s.length(), true);
  }

  /** The escaped text, for short strings. */
  static String text(CharSequence s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    text(sb, s);
    return sb.toString();
  }

  /** The escaped attribute value, for short strings. */
  static String attr(CharSequence s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    attr(sb, s);
    return sb.toString();
  }

  /**
   * Escapes {@code s[from, to)}: markup characters become references; characters HTML does
   * not allow in a document (controls other than tab, line feed and carriage return, lone
   * surrogates, U+FFFE and U+FFFF) become U+FFFD, so the page shows where they stood.
   */
  static void escape(StringBuilder out, CharSequence s, int from, int to, boolean attr) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append(attr ? "&quot;" : "\"");
        case '\'' -> out.append(attr ? "&#39;" : "'");
        case '\t', '\n', '\r' -> out.append(c);
        default -> {
          if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\uFFFE' || c == '\uFFFF') {
            out.append('\uFFFD');
          } else if (Character.isHighSurrogate(c)) {
            if (i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
              out.append(c).append(s.charAt(i + 1));
              i++;
            } else {
              out.append('\uFFFD');
            }
          } else if (Character.isLowSurrogate(c)) {
            out.append('\uFFFD');
          } else {
            out.append(c);
          }
        }
      }
    }
  }
}
