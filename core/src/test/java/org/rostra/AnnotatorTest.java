package org.rostra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rostra.doc.Document;
import org.rostra.doc.LayerKey;
import org.rostra.doc.Layers;

class AnnotatorTest {

  /** A custom stage counting tokens. */
  static final LayerKey<Integer> COUNT = LayerKey.of("test:count", "stage(new CountStage())");

  static class CountStage implements Stage {
    @Override
    public String name() {
      return "count";
    }

    @Override
    public Set<LayerKey<?>> requires() {
      return Set.of(Layers.TOKENS);
    }

    @Override
    public Set<LayerKey<?>> provides() {
      return Set.of(COUNT);
    }

    @Override
    public Document process(Document document) {
      return document.with(COUNT, document.tokens().size());
    }
  }

  @Test
  void customStageAddsItsLayer() {
    Annotator a = Annotator.builder().tokenize().stage(new CountStage()).build();
    Document d = a.annotate("One two three.");
    assertEquals(4, d.layer(COUNT));
    assertTrue(a.layers().contains(COUNT));
  }

  @Test
  void buildFailsFastOnAMissingRequirementNamingTheCall() {
    AnnotationException e =
        assertThrows(
            AnnotationException.class, () -> Annotator.builder().stage(new CountStage()).build());
    assertEquals(ErrorCode.MISSING_REQUIREMENT, e.code());
    assertTrue(e.getMessage().contains("Annotator.builder().tokenize()"), e.getMessage());
  }

  @Test
  void buildFailsOnDuplicateLayersAndOnNoStage() {
    AnnotationException e =
        assertThrows(
            AnnotationException.class,
            () -> Annotator.builder().tokenize().stage(new CountStage()).stage(new CountStage()).build());
    assertEquals(ErrorCode.DUPLICATE_LAYER, e.code());
    assertEquals(
        ErrorCode.CONFIG_INVALID,
        assertThrows(AnnotationException.class, () -> Annotator.builder().build()).code());
  }

  @Test
  void posIsAddedWhenAStageNeedsIt() {
    Stage needsPos =
        new CountStage() {
          @Override
          public Set<LayerKey<?>> requires() {
            return Set.of(Layers.POS);
          }
        };
    Annotator a = Annotator.builder().tokenize().stage(needsPos).build();
    Document d = a.annotate("Xi spoke.");
    assertEquals(List.of("PROPN", "VERB", "PUNCT"), d.posTags());
    Annotator plain = Annotator.builder().tokenize().build();
    assertTrue(!plain.annotate("Xi spoke.").has(Layers.POS));
  }

  @Test
  void maxCharsFailsClearlyWithoutTheText() {
    Annotator a = Annotator.builder().tokenize().maxChars(10).build();
    AnnotationException e =
        assertThrows(AnnotationException.class, () -> a.annotate("secret text longer than ten"));
    assertEquals(ErrorCode.INPUT_TOO_LARGE, e.code());
    assertTrue(!e.getMessage().contains("secret"));
  }

  @Test
  void stageFailuresNameTheStageNotTheText() {
    Stage broken =
        new CountStage() {
          @Override
          public Document process(Document document) {
            throw new IllegalStateException("boom");
          }
        };
    Annotator a = Annotator.builder().tokenize().stage(broken).build();
    AnnotationException e =
        assertThrows(
            AnnotationException.class,
            () -> a.annotate(AnnotationRequest.of("d1", "secret words")));
    assertEquals(ErrorCode.STAGE_FAILED, e.code());
    assertTrue(e.getMessage().contains("count") && e.getMessage().contains("d1"));
    assertTrue(!e.getMessage().contains("secret"));
  }

  @Test
  void dateComesFromTheCallerOrTheDateline() {
    Annotator a = Annotator.builder().tokenize().build();
    String text = "date 2023-04-14 (Bloomberg) -- Xi said so.";
    assertEquals(Optional.of(LocalDate.of(2023, 4, 14)), a.annotate(text).date());
    assertEquals(
        Optional.of(LocalDate.of(2020, 1, 1)), a.annotate(text, LocalDate.of(2020, 1, 1)).date());
  }

  @Test
  void annotateAllKeepsOrder() {
    Annotator a = Annotator.builder().tokenize().build();
    List<Document> docs =
        a.annotateAll(List.of(AnnotationRequest.of("a", "A."), AnnotationRequest.of("b", "B.")));
    assertEquals(List.of("a", "b"), docs.stream().map(Document::id).toList());
    assertEquals(
        List.of("a", "b"),
        a.annotateAll(
                List.of(AnnotationRequest.of("a", "A."), AnnotationRequest.of("b", "B.")).stream())
            .map(Document::id)
            .toList());
  }
}
