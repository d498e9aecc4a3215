package org.rostra.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.rostra.AnnotationRequest;
import org.rostra.Annotator;
import org.rostra.doc.Attribution;
import org.rostra.doc.Dateline;
import org.rostra.doc.Document;
import org.rostra.doc.Layers;
import org.rostra.doc.Mention;
import org.rostra.doc.Paragraph;
import org.rostra.doc.Quote;
import org.rostra.doc.Sentence;
import org.rostra.doc.TextSpan;
import org.rostra.doc.ThemeScore;
import org.rostra.doc.Token;
import org.rostra.io.JsonLines;

/**
 * The contract every stage and every annotator must pass (after Lucene's
 * {@code BaseTokenStreamTestCase}): spans in range and into the original text, tokens
 * ordered and disjoint with their text equal to their span, sentences tiling the tokens,
 * paragraphs ordered and covering their sentences, entity/quote/theme spans inside the
 * document and scores in [0, 1]; determinism; no leaked state (A, B, A); 8 threads sharing
 * one annotator give the same output as one; the JSON round trip is exact.
 */
public final class StageContract {
  private StageContract() {}

  /**
   * A stage's fixed contract texts: the empty text, a blank one, mixed scripts with broken
   * Unicode and controls ({@link Texts#MIXED_SCRIPTS}), then the stage's own texts.
   */
  public static List<String> texts(String... own) {
    List<String> texts = new ArrayList<>(List.of("", "   \n\n\t ", Texts.MIXED_SCRIPTS));
    texts.addAll(List.of(own));
    return List.copyOf(texts);
  }

  /** Runs every check over the texts. */
  public static void check(Annotator annotator, List<String> texts) {
    List<Document> first = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      Document d = annotator.annotate(AnnotationRequest.of("doc-" + i, texts.get(i)));
      checkInvariants(d);
      first.add(d);
    }
    // determinism and no leaked state: annotate in reverse order, then again forwards
    for (int i = texts.size() - 1; i >= 0; i--) {
      assertEquals(
          first.get(i),
          annotator.annotate(AnnotationRequest.of("doc-" + i, texts.get(i))),
          "not deterministic (reverse order) on doc-" + i);
    }
    for (Document d : first) {
      assertEquals(d, JsonLines.parseDocument(JsonLines.toJson(d)), "JSON round trip " + d.id());
    }
    checkThreads(annotator, texts, first);
  }

  /** Every invariant on {@code examples} random nasty texts (QuickTheories, shrinking). */
  public static void checkNastyTexts(Annotator annotator, int examples) {
    org.quicktheories.QuickTheory.qt()
        .withExamples(examples)
        .forAll(Texts.nasty())
        .checkAssert(t -> checkInvariants(annotator.annotate(t)));
  }

  /** The full contract (determinism, threads, round trip) on {@code count} random nasty texts. */
  public static void checkRandomTexts(Annotator annotator, int count) {
    List<String> texts = new ArrayList<>();
    org.quicktheories.QuickTheory.qt().withExamples(count).forAll(Texts.nasty()).checkAssert(texts::add);
    check(annotator, texts);
  }

  /** 8 threads sharing the annotator, each over all texts, give the single-thread output. */
  public static void checkThreads(Annotator annotator, List<String> texts, List<Document> expected) {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<Document>>> futures = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        final int offset = t;
        futures.add(
            pool.submit(
                () -> {
                  List<Document> out = new ArrayList<>();
                  for (int k = 0; k < texts.size(); k++) {
                    int i = (k + offset) % texts.size();
                    out.add(annotator.annotate(AnnotationRequest.of("doc-" + i, texts.get(i))));
                  }
                  return out;
                }));
      }
      for (int t = 0; t < 8; t++) {
        List<Document> got = futures.get(t).get(10, TimeUnit.MINUTES);
        for (int k = 0; k < texts.size(); k++) {
          int i = (k + t) % texts.size();
          assertEquals(expected.get(i), got.get(k), "thread " + t + " differs on doc-" + i);
        }
      }
    } catch (Exception e) {
      throw new AssertionError("thread check failed: " + e, e);
    } finally {
      pool.shutdownNow();
    }
  }

  /** The span invariants of one document, for every layer it has. */
  public static void checkInvariants(Document d) {
    String text = d.text();
    int len = text.length();
    if (d.has(Layers.TOKENS)) {
      List<Token> tokens = d.tokens();
      int prevEnd = 0;
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        inRange(t.span(), len, "token " + i);
        assertTrue(t.start() >= prevEnd, "token " + i + " overlaps or goes backwards");
        assertTrue(t.end() > t.start(), "empty token " + i);
        assertEquals(t.span().textOf(text), t.text(), "token text differs from its span " + i);
        assertTrue(!isLowSurrogateAt(text, t.start()), "token " + i + " starts inside a pair");
        assertTrue(!isLowSurrogateAt(text, t.end()), "token " + i + " ends inside a pair");
        for (int c = prevEnd; c < t.start(); c++) {
          if (!Character.isWhitespace(text.charAt(c)) && !isIgnorable(text.charAt(c))) {
            // characters between tokens must be whitespace unless a dateline holds them
            assertTrue(
                inDateline(d, c),
                "non-space char U+" + Integer.toHexString(text.charAt(c)) + " at " + c
                    + " lost between tokens");
          }
        }
        prevEnd = t.end();
      }
      if (d.has(Layers.SENTENCES)) {
        List<Sentence> sentences = d.sentences();
        int next = 0;
        for (int i = 0; i < sentences.size(); i++) {
          Sentence s = sentences.get(i);
          inRange(s.span(), len, "sentence " + i);
          assertEquals(next, s.tokens().begin(), "sentences do not tile the tokens at " + i);
          assertTrue(s.tokens().size() > 0, "empty sentence " + i);
          assertEquals(tokens.get(s.tokens().begin()).start(), s.span().start(), "sentence start " + i);
          assertEquals(tokens.get(s.tokens().end() - 1).end(), s.span().end(), "sentence end " + i);
          next = s.tokens().end();
        }
        assertEquals(tokens.size(), next, "sentences do not cover every token");
      }
      if (d.has(Layers.POS)) {
        assertEquals(tokens.size(), d.posTags().size(), "one POS tag per token");
      }
      if (d.has(Layers.LEMMAS)) {
        assertEquals(tokens.size(), d.lemmas().size(), "one lemma per token");
      }
    }
    if (d.has(Layers.PARAGRAPHS)) {
      int prevEnd = 0;
      for (Paragraph p : d.paragraphs()) {
        inRange(p.span(), len, "paragraph");
        assertTrue(p.span().start() >= prevEnd, "paragraphs overlap");
        assertTrue(!p.span().isEmpty(), "empty paragraph");
        prevEnd = p.span().end();
      }
      if (d.has(Layers.SENTENCES)) {
        for (Sentence s : d.sentences()) {
          assertTrue(
              d.paragraphAt(s.span().start()).map(p -> p.span().covers(s.span())).orElse(false),
              "sentence " + s.span() + " not inside one paragraph");
        }
      }
    }
    if (d.has(Layers.DATELINES)) {
      for (Dateline dl : d.datelines()) {
        inRange(dl.span(), len, "dateline");
      }
    }
    if (d.has(Layers.ENTITIES)) {
      for (Mention m : d.entities()) {
        inRange(m.span(), len, "entity");
        assertEquals(m.span().textOf(text), m.text(), "entity text differs from its span");
      }
    }
    if (d.has(Layers.QUOTES)) {
      for (Quote q : d.quotes()) {
        inRange(q.span(), len, "quote");
        assertEquals(q.span().textOf(text), q.text(), "quote text differs from its span");
        q.cue().ifPresent(c -> inRange(c.span(), len, "cue"));
        q.speaker().ifPresent(s -> attribution(s, text, "speaker"));
        q.source().ifPresent(s -> attribution(s, text, "source"));
      }
    }
    if (d.has(Layers.THEMES)) {
      for (ThemeScore t : d.themes()) {
        assertTrue(t.score() >= 0 && t.score() <= 1, "theme score outside [0, 1]");
        for (TextSpan e : t.evidence()) {
          inRange(e, len, "theme evidence");
        }
      }
    }
  }

  private static void attribution(Attribution a, String text, String what) {
    inRange(a.span(), text.length(), what);
    assertEquals(a.span().textOf(text), a.text(), what + " text differs from its span");
  }

  private static boolean inDateline(Document d, int offset) {
    if (!d.has(Layers.DATELINES)) {
      return false;
    }
    for (Dateline dl : d.datelines()) {
      if (dl.span().contains(offset)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isIgnorable(char c) {
    int type = Character.getType(c);
    return type == Character.CONTROL
        || type == Character.FORMAT
        || type == Character.UNASSIGNED
        || type == Character.SURROGATE
        || type == Character.PRIVATE_USE
        || Character.isSpaceChar(c);
  }

  private static boolean isLowSurrogateAt(String text, int i) {
    return i > 0 && i < text.length() && Character.isLowSurrogate(text.charAt(i))
        && Character.isHighSurrogate(text.charAt(i - 1));
  }

  private static void inRange(TextSpan s, int len, String what) {
    if (s.start() < 0 || s.end() > len || s.start() > s.end()) {
      fail(what + " span " + s + " outside [0, " + len + "]");
    }
  }
}
