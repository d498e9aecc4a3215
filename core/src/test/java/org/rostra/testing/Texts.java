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

  /** Small ints. */
  public static Gen<Integer> small() {
    return integers().between(0, 50);
  }
}
