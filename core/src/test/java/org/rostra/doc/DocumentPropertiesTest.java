package org.rostra.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.rostra.AnnotationException;
import org.rostra.ErrorCode;
import org.rostra.io.JsonLines;
import org.rostra.testing.Texts;

class DocumentPropertiesTest {

  /** A document over a random text with whitespace tokens, sentences and paragraphs. */
  static Document tokenizedByWhitespace(String id, String text) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      int s = i;
      while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      if (i > s) {
        tokens.add(new Token(new TextSpan(s, i), text.substring(s, i)));
      }
    }
    List<Sentence> sentences = new ArrayList<>();
    for (int k = 0; k < tokens.size(); k += 3) {
      int e = Math.min(tokens.size(), k + 3);
      sentences.add(
          new Sentence(
              new TextSpan(tokens.get(k).start(), tokens.get(e - 1).end()), new TokenRange(k, e)));
    }
    List<Paragraph> paragraphs = new ArrayList<>();
    if (!tokens.isEmpty()) {
      paragraphs.add(new Paragraph(new TextSpan(tokens.get(0).start(), tokens.get(tokens.size() - 1).end())));
    }
    List<Mention> mentions = new ArrayList<>();
    List<ThemeScore> themes = new ArrayList<>();
    List<Quote> quotes = new ArrayList<>();
    for (int k = 0; k < tokens.size(); k += 4) {
      Token t = tokens.get(k);
      mentions.add(
          new Mention(
              t.span(), t.text(), EntityType.values()[k % EntityType.values().length],
              MentionKind.values()[k % 3],
              k % 8 == 0 ? Optional.of(new EntityLink("Q" + k, "label \"" + k + "\"")) : Optional.empty(),
              (k % 10) / 10.0, k / 4));
      themes.add(
          new ThemeScore("cap:" + k, "Theme " + k, 1.0 / (k + 1), ThemeLevel.PARAGRAPH,
              OptionalInt.of(0), List.of(t.span())));
      quotes.add(
          new Quote(t.span(), List.of(t.span()), t.text(), QuoteKind.values()[k % 3],
              Optional.of(new Cue(t.span(), t.text())),
              k % 8 == 0
                  ? Optional.of(new Attribution(t.span(), t.text(), Optional.of(new EntityLink("Q1", "A")), OptionalInt.of(3)))
                  : Optional.empty(),
              Optional.empty(), 0.5));
    }
    themes.add(new ThemeScore("cap:1", "Macro", 0.25, ThemeLevel.DOCUMENT, OptionalInt.empty(), List.of()));
    return Document.of(id, text, Optional.of(LocalDate.of(2023, 4, 14)),
            Map.of("source", "test", "n", 3, "nested", List.of(1.5, true, "x")))
        .with(Layers.PARAGRAPHS, List.copyOf(paragraphs))
        .with(Layers.SENTENCES, List.copyOf(sentences))
        .with(Layers.TOKENS, List.copyOf(tokens))
        .with(Layers.ENTITIES, List.copyOf(mentions))
        .with(Layers.QUOTES, List.copyOf(quotes))
        .with(Layers.THEMES, List.copyOf(themes));
  }

  @Test
  void jsonRoundTripIsExactOnAnyText() {
    qt().withExamples(Texts.examples())
        .forAll(Texts.nasty())
        .checkAssert(
            text -> {
              Document d = tokenizedByWhitespace("id-" + text.length(), text);
              assertEquals(d, JsonLines.parseDocument(JsonLines.toJson(d)));
              assertEquals(d, JsonLines.parseDocument(JsonLines.toPrettyJson(d)));
            });
  }

  @Test
  void tokensInAndTokenAtAgreeWithALinearScan() {
    qt().withExamples(Texts.examples() / 10)
        .forAll(Texts.nasty(), integers().between(0, 400), integers().between(0, 400))
        .checkAssert(
            (text, a, b) -> {
              Document d = tokenizedByWhitespace("x", text);
              int s = Math.min(Math.min(a, b), text.length());
              int e = Math.min(Math.max(a, b), text.length());
              TextSpan span = new TextSpan(s, e);
              List<Token> expected = new ArrayList<>();
              for (Token t : d.tokens()) {
                if (span.covers(t.span())) {
                  expected.add(t);
                }
              }
              assertEquals(expected, d.tokensIn(span));
              Optional<Integer> at = d.tokenIndexAt(s);
              for (int i = 0; i < d.tokens().size(); i++) {
                if (d.tokens().get(i).span().contains(s)) {
                  assertEquals(Optional.of(i), at);
                }
              }
              if (at.isEmpty()) {
                assertTrue(d.tokens().stream().noneMatch(t -> t.span().contains(s)));
              }
              d.sentenceAt(s).ifPresent(sent -> assertTrue(sent.span().contains(s)));
            });
  }

  @Test
  void spanRelationsAreConsistent() {
    Gen<List<Integer>> four = lists().of(integers().between(0, 100)).ofSize(4);
    qt().withExamples(Texts.examples())
        .forAll(four)
        .checkAssert(
            l -> {
              TextSpan a = new TextSpan(Math.min(l.get(0), l.get(1)), Math.max(l.get(0), l.get(1)));
              TextSpan b = new TextSpan(Math.min(l.get(2), l.get(3)), Math.max(l.get(2), l.get(3)));
              assertEquals(a.overlaps(b), b.overlaps(a));
              if (a.covers(b) && !b.isEmpty()) {
                assertTrue(a.overlaps(b));
              }
              assertEquals(Integer.signum(a.compareTo(b)), -Integer.signum(b.compareTo(a)));
            });
  }

  @Test
  void absentLayerNamesTheBuilderCall() {
    Document d = Document.of("x", "text");
    AnnotationException e = assertThrows(AnnotationException.class, d::quotes);
    assertEquals(ErrorCode.LAYER_NOT_CONFIGURED, e.code());
    assertTrue(e.getMessage().contains("Annotator.builder().quotes()"), e.getMessage());
    assertThrows(IllegalStateException.class,
        () -> d.with(Layers.TOKENS, List.of()).with(Layers.TOKENS, List.of()));
  }

  @Test
  void valueTypesHaveValueEquality() {
    new EqualsTester()
        .addEqualityGroup(new TextSpan(1, 2), TextSpan.of(1, 2))
        .addEqualityGroup(new TextSpan(1, 3))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Document.of("a", "t"), Document.of("a", "t"))
        .addEqualityGroup(Document.of("a", "u"))
        .addEqualityGroup(Document.of("a", "t").with(Layers.TOKENS, List.of()))
        .testEquals();
    assertThrows(IllegalArgumentException.class, () -> new TextSpan(3, 2));
    assertThrows(IllegalArgumentException.class, () -> new TextSpan(-1, 2));
    assertThrows(IllegalArgumentException.class, () -> new Token(new TextSpan(0, 2), "x"));
    assertThrows(IllegalArgumentException.class,
        () -> new ThemeScore("a", "b", 1.5, ThemeLevel.DOCUMENT, OptionalInt.empty(), List.of()));
  }

  @Test
  void toStringNeverShowsTheText() {
    Document d = Document.of("x", "secret words");
    assertTrue(!d.toString().contains("secret"));
  }
}
