package org.rostra.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rostra.Annotator;
import org.rostra.doc.Document;
import org.rostra.doc.ThemeLevel;
import org.rostra.doc.ThemeScore;
import org.rostra.testing.StageContract;
import org.rostra.testing.StageContractSuite;
import org.rostra.testing.Texts;

/** The lexicon classifier against the stage contract; the trained one on the same texts. */
class ThemeClassifierContractTest extends StageContractSuite {
  static final Annotator LEXICON =
      Annotator.builder().tokenize().themes(ThemeTest.SET).build();
  static final Annotator TRAINED =
      Annotator.builder()
          .tokenize()
          .themes(ThemeClassifiers.train(ThemeTest.SET, ThemeTest.examples(),
              TrainingOptions.defaults()))
          .build();

  static final List<String> TEXTS =
      StageContract.texts(
          "The US widened export controls on chips.\n\nSelf-reliance in core technology,"
              + " Xi said. “Innovation is key,” he said.",
          "Sanctions! Sanctioned!! export-control entity-list self—reliance",
          "chip ".repeat(3000),
          "\n".repeat(500) + "export controls");

  ThemeClassifierContractTest() {
    super(LEXICON, TEXTS, Texts.examples() / 10, 30);
  }

  @Test
  void trainedPassesTheContract() {
    StageContract.check(TRAINED, TEXTS);
  }

  @Test
  void trainedKeepsEveryInvariantOnNastyTexts() {
    StageContract.checkNastyTexts(TRAINED, Texts.examples() / 10);
  }

  @Test
  void quoteLevelThemesWhenQuotesArePresent() {
    String text = "He said: “Export controls on chips hurt us.” Innovation matters.";
    Document d = Annotator.builder().tokenize().build().annotate(text);
    int s = text.indexOf("Export");
    int e = text.indexOf(".”") + 1;
    org.rostra.doc.TextSpan span = org.rostra.doc.TextSpan.of(s, e);
    d = d.with(org.rostra.doc.Layers.QUOTES, List.of(new org.rostra.doc.Quote(span, List.of(span),
        span.textOf(text), org.rostra.doc.QuoteKind.DIRECT, java.util.Optional.empty(),
        java.util.Optional.empty(), java.util.Optional.empty(), 0.9)));
    Document out = ThemeClassifiers.lexicon(ThemeTest.SET).process(d);
    List<ThemeScore> quotes =
        out.themes().stream().filter(t -> t.level() == ThemeLevel.QUOTE).toList();
    assertEquals(1, quotes.size());
    assertEquals("export-controls", quotes.get(0).id());
    assertEquals(0, quotes.get(0).index().getAsInt());
    assertTrue(span.covers(quotes.get(0).evidence().get(0)));
  }

  @Test
  void paragraphLevelThemesNameTheirParagraph() {
    Document d = LEXICON.annotate("Export controls on chips.\n\nSelf-reliance and innovation.");
    List<ThemeScore> paras =
        d.themes().stream().filter(t -> t.level() == ThemeLevel.PARAGRAPH).toList();
    assertEquals("export-controls", paras.get(0).id());
    assertEquals(0, paras.get(0).index().getAsInt());
    assertEquals("tech", paras.get(paras.size() - 1).id());
    assertEquals(1, paras.get(paras.size() - 1).index().getAsInt());
    for (ThemeScore t : paras) {
      for (var e : t.evidence()) {
        assertTrue(d.paragraphs().get(t.index().getAsInt()).span().covers(e));
      }
    }
  }
}
