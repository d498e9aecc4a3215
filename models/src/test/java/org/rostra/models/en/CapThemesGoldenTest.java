package org.rostra.models.en;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.rostra.Annotator;
import org.rostra.doc.Document;
import org.rostra.doc.ThemeLevel;
import org.rostra.doc.ThemeScore;
import org.rostra.theme.Theme;
import org.rostra.theme.ThemeClassifier;
import org.rostra.theme.ThemeClassifiers;
import org.rostra.theme.ThemeSet;
import org.rostra.theme.ThemeSets;
import org.rostra.theme.TrainingOptions;
import org.rostra.testing.StageContract;

/** The built-in CAP theme set and its golden result on the seed article. */
class CapThemesGoldenTest {
  static final Annotator ANNOTATOR = Annotator.builder().tokenize().themes().build();

  static String seed() throws IOException {
    try (InputStream in = CapThemesGoldenTest.class.getResourceAsStream("/golden/seed.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void capSetHasTheTwentyOneMajorTopicsAndNoPolicyContent() {
    ThemeSet cap = ThemeSets.cap();
    assertEquals("cap", cap.name());
    List<String> ids = cap.ids();
    assertEquals(22, ids.size());
    for (int n : new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 13, 14, 15, 16, 17, 18, 19, 20,
        21, 23, 0}) {
      assertTrue(ids.contains("cap:" + n), "cap:" + n);
    }
    for (Theme t : cap.themes()) {
      assertTrue(t.keywords().size() >= 30 || t.id().equals("cap:0"),
          t.id() + " has " + t.keywords().size() + " keywords");
      assertTrue(!t.label().isBlank() && t.description().length() > 40, t.id());
    }
    assertEquals("Technology", cap.get("cap:17").orElseThrow().label());
  }

  @Test
  void seedArticleIsAboutTechnologyTradeAndInternationalAffairs() throws IOException {
    String text = seed();
    Document d = ANNOTATOR.annotate(text);
    List<ThemeScore> doc =
        d.themes().stream().filter(t -> t.level() == ThemeLevel.DOCUMENT).toList();
    List<String> top4 = doc.stream().limit(4).map(ThemeScore::id).toList();
    assertTrue(top4.containsAll(List.of("cap:17", "cap:18", "cap:19")), "top 4: " + top4);
    Map<String, List<String>> evidence =
        doc.stream()
            .collect(Collectors.toMap(ThemeScore::id,
                t -> t.evidence().stream().map(s -> s.textOf(text)).toList()));
    assertTrue(evidence.get("cap:17").contains("core technologies"), evidence.get("cap:17").toString());
    assertTrue(evidence.get("cap:17").contains("research and development"));
    assertTrue(evidence.get("cap:18").contains("export controls"), evidence.get("cap:18").toString());
    assertTrue(evidence.get("cap:18").contains("curb exports"));
    assertTrue(evidence.get("cap:19").contains("Xi Jinping"), evidence.get("cap:19").toString());
    assertTrue(evidence.get("cap:19").contains("China"));
    // paragraph themes: the export-control paragraph is about foreign trade
    int p = indexOfParagraphContaining(d, "stringent export controls");
    List<String> para =
        d.themes().stream()
            .filter(t -> t.level() == ThemeLevel.PARAGRAPH && t.index().getAsInt() == p)
            .map(ThemeScore::id)
            .toList();
    assertTrue(para.contains("cap:18"), para.toString());
    for (ThemeScore t : d.themes()) {
      assertTrue(t.score() > 0 && t.score() <= 1);
    }
    // the byline ("--With assistance from ...") is no paragraph about anything, and neither it
    // nor the dateline is evidence
    int byline = indexOfParagraphContaining(d, "With assistance from");
    assertTrue(d.themes().stream()
        .noneMatch(t -> t.level() == ThemeLevel.PARAGRAPH && t.index().getAsInt() == byline),
        "byline paragraph has themes");
    int bylineAt = text.indexOf("With assistance from");
    int datelineEnd = text.indexOf("--");
    for (ThemeScore t : d.themes()) {
      for (org.rostra.doc.TextSpan s : t.evidence()) {
        assertTrue(s.start() < bylineAt - 2 && s.start() > datelineEnd, t.id() + " " + s.textOf(text));
      }
    }
  }

  @Test
  void everyCapTopicHasSeedExamplesAndAModelTrainsFromThemAlone() throws IOException {
    ThemeSet cap = ThemeSets.cap();
    for (Theme t : cap.themes()) {
      assertTrue(t.examples().size() >= 20, t.id() + " has " + t.examples().size() + " examples");
      assertEquals(t.examples().size(), new java.util.HashSet<>(t.examples()).size(),
          t.id() + " repeats an example");
    }
    // no labelled texts of the user's: the seed examples alone train a model that agrees with
    // the lexicon on the seed article and on invented headlines of clear topics
    ThemeClassifier model = ThemeClassifiers.train(cap, List.of(),
        TrainingOptions.defaults().withSeed(3));
    Document d = Annotator.builder().tokenize().themes(model).build().annotate(seed());
    List<String> top4 = d.themes().stream().filter(t -> t.level() == ThemeLevel.DOCUMENT)
        .limit(4).map(ThemeScore::id).toList();
    assertTrue(top4.containsAll(List.of("cap:17", "cap:18", "cap:19")), "top 4: " + top4);
    assertEquals("cap:4", model.classify("Growers of wheat and soybeans await the farm bill")
        .get(0).id());
    assertEquals("cap:3", model.classify("Hospitals brace for cuts in Medicaid payments")
        .get(0).id());
  }

  private static int indexOfParagraphContaining(Document d, String s) {
    int at = d.text().indexOf(s);
    for (int i = 0; i < d.paragraphs().size(); i++) {
      if (d.paragraphs().get(i).span().contains(at)) {
        return i;
      }
    }
    throw new AssertionError("no paragraph contains " + s);
  }

  @Test
  void builtInThemesPassTheContract() throws IOException {
    StageContract.check(ANNOTATOR, List.of("", "Congress passed the farm bill.", seed()));
  }
}
