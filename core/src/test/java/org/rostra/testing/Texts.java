package org.rostra.testing;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import org.quicktheories.core.Gen;

/** QuickTheories generators for nasty text. */
public final class Texts {
  private Texts() {}

  /** Pieces that break naive text code. */
  public static final List<String> FRAGMENTS =
      List.of(
          "Xi", "Jinping", "said", "the", "U.S.", "No. 2", "Sen.", "Mr.", "Co.", "don't", "Xi’s",
          " ", "  ", "\n", "\n\n", "\r\n", "\t", "\u00A0", "\u2009", "\u3000", ".", "?", "!", "…",
          ",", ":", ";", "—", "–", "--", "\"", "“", "”", "‘", "’", "'", "«", "»", "„", "‹", "›",
          "``", "''", "(", ")", "[", "]", "3.5", "1,000", "$4.2bn", "2023-04-14",
          "https://example.org/a?b=c", "a@b.org", "@handle", "#tag", "👩‍👩‍👧", "🇨🇳", "😀",
          "\uD83D", "\uDE00", "e\u0301", "\u200D", "\u200B", "\uFEFF", "\u0000", "\u0007",
          "\u001B", "\u202E", "مرحبا", "שלום", "习近平", "中国", "東京", "Москва", "ΑΒΓ",
          "according to Xinhua", "he emphasized that", "(Bloomberg) --", "WASHINGTON (Reuters) —",
          "\u2028", "\u2029", "\u0085", "\u000B", "\f");

  /** Mixed scripts with a flag, lone surrogates, a combining mark, an RTL override and controls. */
  public static final String MIXED_SCRIPTS =
      "🇨🇳 習近平 مرحبا \uD83D lone \uDE00 surrogates e\u0301 \u202E RTL\u0000\u0007";

  /** Strings assembled from {@link #FRAGMENTS} and random characters. */
  public static Gen<String> nasty() {
    Gen<String> piece =
        arbitrary()
            .pick(FRAGMENTS)
            .mix(strings().allPossible().ofLengthBetween(0, 6), 30)
            .mix(strings().basicLatinAlphabet().ofLengthBetween(1, 12), 30);
    return lists().of(piece).ofSizeBetween(0, 60).map(l -> String.join("", l));
  }

  /** Any string of BMP and astral code points, including lone surrogates. */
  public static Gen<String> anyString() {
    return strings().allPossible().ofLengthBetween(0, 200);
  }

  /** How many examples a property runs: 10^4 by default, 10^5 with -Pproperties-1e5. */
  public static int examples() {
    return Integer.getInteger("rostra.qt.examples", 10_000);
  }

  /** Every quotation mark style the library knows of, and some it does not. */
  public static final List<String> QUOTE_MARKS =
      List.of(
          "\"", "“", "”", "‘", "’", "'", "``", "''", "«", "»", "‹", "›", "„", "‚", "‟", "‛",
          "「", "」", "『", "』", "〝", "〞", "＂", "＇", "❝", "❞", "« ", " »");

  /** Whitespace of every kind, including the odd ones (NBSP, thin, ideographic, NEL). */
  public static final List<String> WHITESPACE =
      List.of(
          " ", "\t", "\n", "\r", "\r\n", "\n\n", "\f", "\u000B", "\u00A0", "\u1680",
          "\u2000", "\u2002", "\u2007", "\u2009", "\u200A", "\u202F", "\u205F", "\u3000",
          "\u0085", "\u2028", "\u2029", "\u180E", "\u200B", "\uFEFF");

  /** Words in right-to-left and other scripts, with direction marks and overrides. */
  public static final List<String> SCRIPTS =
      List.of(
          "مرحبا", "السلام عليكم", "שלום", "עִבְרִית", "\u202Eevil\u202C", "\u200F", "\u200E",
          "\u2066x\u2069", "\u061C", "习近平", "中国。", "東京", "한국어", "Москва", "ΑΒΓ",
          "हिन्दी", "ไทย", "ܐܪܡܝܐ", "ދިވެހި", "Xi Jinping", "Biden", "Washington");

  /** Emoji: ZWJ families, flags, skin tones, keycaps, variation selectors. */
  public static final List<String> EMOJI =
      List.of(
          "👩‍👩‍👧", "👨🏽‍💻", "🏳️‍🌈", "🇨🇳", "🇺🇸", "👍🏿", "1️⃣", "❤️", "\u200D", "\uFE0F",
          "😀", "\uD83D\uDC69\u200D", "🏴\uDB40\uDC67\uDB40\uDC62\uDB40\uDC7F");

  /** Pieces that break naive Unicode handling: lone surrogates, combining marks, controls. */
  public static final List<String> BROKEN_UNICODE =
      List.of(
          "\uD83D", "\uDE00", "\uDBFF", "\uDC00", "\uDE00\uD83D", "e\u0301", "\u0301",
          "\u0301\u0301\u0301", "a\u0308\u0330", "Z\u0351\u0352\u0353\u0354\u0355",
          "\u0000", "\u0001", "\u0007", "\u0008", "\u001B[31m", "\u007F", "\u009B",
          "\uFFFD", "\uFFFE", "\uFFFF", "\uE000", "\u00AD", "\u034F", "\u2060");

  /** Words that make the stages work: cues, titles, names, sentence ends. */
  public static final List<String> WORDS =
      List.of(
          "Xi", "Jinping", "said", "says", "told", "according to", "he", "she", "they", "the",
          "President", "Mr.", "Sen.", "U.S.", "China", "Xinhua", "Reuters", "economy", "tax",
          "trade", "war", "health", "education", "budget", "immigration", "--With assistance from ", "Reporting by ", "\n\n", ".", ",", "?", "!",
          "…", ":", ";", "—", "-", "(", ")", "[", "]", "3.5", "$4bn", "2023-04-14");

  private static Gen<String> joined(Gen<String> piece, int maxPieces) {
    return lists().of(piece).ofSizeBetween(0, maxPieces).map(l -> String.join("", l));
  }

  /** Quote marks of every style, unbalanced and nested, between words and cues. */
  public static Gen<String> quoteMarks() {
    Gen<String> piece =
        arbitrary()
            .pick(QUOTE_MARKS)
            .mix(arbitrary().pick(WORDS).map(w -> w + " "), 50)
            .mix(arbitrary().pick(WHITESPACE), 15);
    return joined(piece, 40);
  }

  /** Surrogate pairs, unpaired surrogates, combining marks, ZWJ emoji and controls. */
  public static Gen<String> brokenUnicode() {
    Gen<String> piece =
        arbitrary()
            .pick(BROKEN_UNICODE)
            .mix(arbitrary().pick(EMOJI), 30)
            .mix(arbitrary().pick(WORDS).map(w -> w + " "), 30)
            .mix(strings().betweenCodePoints(0xD800, 0xDFFF).ofLengthBetween(1, 3), 10);
    return joined(piece, 40);
  }

  /** Right-to-left and mixed scripts with direction controls. */
  public static Gen<String> mixedScripts() {
    Gen<String> piece =
        arbitrary()
            .pick(SCRIPTS)
            .mix(arbitrary().pick(WORDS), 30)
            .mix(arbitrary().pick(QUOTE_MARKS), 10)
            .mix(arbitrary().pick(WHITESPACE), 30);
    return joined(piece, 40);
  }

  /** Empty and whitespace-only text of every kind of whitespace. */
  public static Gen<String> whitespaceOnly() {
    return joined(arbitrary().pick(WHITESPACE), 30);
  }

  /** Control characters (C0, C1, DEL) mixed with words. */
  public static Gen<String> controls() {
    Gen<String> piece =
        strings().betweenCodePoints(0, 0x1F).ofLengthBetween(1, 3)
            .mix(strings().betweenCodePoints(0x7F, 0x9F).ofLengthBetween(1, 3), 30)
            .mix(arbitrary().pick(WORDS).map(w -> w + " "), 40);
    return joined(piece, 40);
  }

  /**
   * Everything at once: each piece from one of the families above, from {@link #FRAGMENTS}
   * or random code points (the main generator of the hostile-text properties).
   */
  public static Gen<String> hostile() {
    Gen<String> piece =
        arbitrary()
            .pick(FRAGMENTS)
            .mix(arbitrary().pick(QUOTE_MARKS), 15)
            .mix(arbitrary().pick(WHITESPACE), 12)
            .mix(arbitrary().pick(SCRIPTS), 8)
            .mix(arbitrary().pick(EMOJI), 6)
            .mix(arbitrary().pick(BROKEN_UNICODE), 8)
            .mix(arbitrary().pick(WORDS).map(w -> w + " "), 30)
            .mix(strings().allPossible().ofLengthBetween(0, 4), 6);
    return joined(piece, 50);
  }

  /**
   * One token of about 100k chars (a letter run, digits, a URL, or a run of one mark),
   * with some hostile text around it.
   */
  public static Gen<String> hugeToken() {
    Gen<String> body =
        arbitrary()
            .pick(
                List.of("a", "Xi", "7", "-", ".", "“", "\"", "'", "e\u0301", "😀", "\uD83D",
                    "中", "ب", "_", "/", "@"))
            .map(u -> u.repeat(Math.max(1, 100_000 / u.length())));
    return body.zip(hostile(), hostile(), (b, x, y) -> x + " " + b + " " + y);
  }

  /** Small ints. */
  public static Gen<Integer> small() {
    return integers().between(0, 50);
  }
}
