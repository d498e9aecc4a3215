package org.rostra.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rostra.AnnotationException;
import org.rostra.ErrorCode;
import org.rostra.doc.TextSpan;
import org.rostra.doc.ThemeLevel;
import org.rostra.doc.ThemeScore;

class ThemeTest {
  static final Theme EXPORT =
      Theme.builder("export-controls")
          .label("Export controls")
          .description("Restrictions on selling technology abroad")
          .keywords("export control", "entity list")
          .keyword("chip", 2.0)
          .patterns("\\bsanction(s|ed)?\\b")
          .negatives("export control theory")
          .examples("Washington tightened export controls on advanced chips.")
          .build();
  static final Theme TECH =
      Theme.builder("tech")
          .label("Technology self-reliance")
          .keywords("self-reliance", "core technology", "innovation*")
          .keyword("=chips", 1.0)
          .build();
  static final ThemeSet SET = ThemeSets.of(EXPORT, TECH);

  @Test
  void stemsShareInflections() {
    assertEquals(Words.stem("taxes"), Words.stem("tax"));
    assertEquals(Words.stem("policies"), Words.stem("policy"));
    assertEquals(Words.stem("trading"), Words.stem("trade"));
    assertEquals(Words.stem("housing"), Words.stem("houses"));
    assertEquals(Words.stem("planning"), Words.stem("plan"));
    assertEquals(Words.stem("controls"), Words.stem("control"));
  }

  @Test
  void wordsSplitHyphensJoinAbbreviationsAndDropPossessives() {
    Words w = Words.scan("U.S. self-reliance, China’s chips");
    assertEquals(List.of("us", "self", "reliance", "china", "chips"),
        Arrays.asList(w.lower).subList(0, w.size));
    assertEquals(0, w.starts[0]);
    assertEquals(4, w.ends[0]);
  }

  @Test
  void scoresAreInRangeWithEvidenceAndBestFirst() {
    ThemeClassifier c = ThemeClassifiers.lexicon(SET);
    String text = "The US widened export controls and added firms to the entity list; chip "
        + "sanctions followed. Self-reliance in core technologies is the answer.";
    List<ThemeScore> s = c.classify(text);
    assertEquals("export-controls", s.get(0).id());
    assertEquals(2, s.size());
    for (ThemeScore t : s) {
      assertTrue(t.score() > 0 && t.score() <= 1);
      assertEquals(ThemeLevel.DOCUMENT, t.level());
      assertFalse(t.evidence().isEmpty());
    }
    List<String> ev = s.get(0).evidence().stream().map(x -> x.textOf(text)).toList();
    assertEquals(List.of("export controls", "entity list", "chip", "sanctions"), ev);
    assertTrue(s.get(0).score() >= s.get(1).score());
  }

  @Test
  void sameWordsListedTwiceForAThemeCountOnce() {
    // "soldier" and "soldiers" share a stem, "=iraq" and "=iraq's" a form: one entry each
    Theme twice = Theme.builder("a").keyword("soldier", 3).keyword("soldiers", 2)
        .keyword("=iraq", 2).keyword("=iraq's", 4).build();
    Theme once = Theme.builder("a").keyword("soldier", 3).keyword("=iraq", 4).build();
    Theme other = Theme.builder("b").keyword("war", 3).build();
    String text = "Soldiers back from Iraq speak of the war.";
    List<ThemeScore> s1 = ThemeClassifiers.lexicon(ThemeSets.of(twice, other)).classify(text);
    List<ThemeScore> s2 = ThemeClassifiers.lexicon(ThemeSets.of(once, other)).classify(text);
    assertEquals(s2.get(0).score(), s1.get(0).score(), 1e-12);
    assertEquals(s2.get(1).score(), s1.get(1).score(), 1e-12);
  }

  @Test
  void overlappingPhrasesCountOnce() {
    Theme a = Theme.builder("a").keyword("interest rate", 2).keyword("rate", 1).build();
    Theme b = Theme.builder("b").keyword("rate", 5).build();
    ThemeClassifier c = ThemeClassifiers.lexicon(ThemeSets.of(a, b));
    String text = "The interest rate rose.";
    List<ThemeScore> s = c.classify(text);
    // "rate" inside "interest rate" counts for no theme
    assertEquals(1, s.size());
    assertEquals("a", s.get(0).id());
    assertEquals(List.of(TextSpan.of(4, 17)), s.get(0).evidence());
  }

  @Test
  void entriesOnTheSameWordsCountForEachTheme() {
    Theme a = Theme.builder("a").keyword("=iraq", 2).build();
    Theme b = Theme.builder("b").keyword("iraq*", 3).build();
    ThemeClassifier c = ThemeClassifiers.lexicon(ThemeSets.of(a, b));
    List<ThemeScore> s = c.classify("Talks on Iraq");
    assertEquals(List.of("b", "a"), s.stream().map(ThemeScore::id).toList());
    assertEquals(List.of(TextSpan.of(9, 13)), s.get(1).evidence());
    double[] raw = c.scoreAll("Talks on Iraq");
    assertEquals(3.0 / 2.0, raw[1] / raw[0], 1e-9);
  }

  @Test
  void phrasesCountMoreThanSingleWords() {
    Theme a = Theme.builder("a").keyword("interest rate", 2).build();
    Theme b = Theme.builder("b").keyword("inflation", 2).build();
    ThemeClassifier c = ThemeClassifiers.lexicon(ThemeSets.of(a, b));
    double[] s = c.scoreAll("The interest rate and inflation");
    assertEquals(1 + LexiconClassifier.PHRASE_BONUS, s[0] / s[1], 1e-9);
  }

  @Test
  void datelinesAndBylinesAreNoEvidenceAndGetNoParagraphThemes() {
    Theme t = Theme.builder("help").keyword("assistance", 3).keyword("=reuters", 3).build();
    ThemeClassifier c = ThemeClassifiers.lexicon(ThemeSets.of(t));
    String text = "LONDON (Reuters) - Aid agencies asked for assistance.\n\n"
        + "--With assistance from Jane Doe.";
    int p2 = text.indexOf("--With");
    org.rostra.doc.Document d = org.rostra.doc.Document.of("d", text)
        .with(org.rostra.doc.Layers.PARAGRAPHS, List.of(
            new org.rostra.doc.Paragraph(TextSpan.of(0, p2 - 2)),
            new org.rostra.doc.Paragraph(TextSpan.of(p2, text.length()))))
        .with(org.rostra.doc.Layers.DATELINES, List.of(
            new org.rostra.doc.Dateline(TextSpan.of(0, 18), "dateline", java.util.Optional.empty()),
            new org.rostra.doc.Dateline(TextSpan.of(p2, text.length()), "byline",
                java.util.Optional.empty())));
    List<ThemeScore> out = c.process(d).themes();
    int assistance = text.indexOf("assistance");
    for (ThemeScore s : out) {
      assertTrue(s.level() != ThemeLevel.PARAGRAPH || s.index().getAsInt() == 0, s.toString());
      assertEquals(List.of(TextSpan.of(assistance, assistance + 10)), s.evidence());
    }
    assertTrue(out.stream().anyMatch(s -> s.level() == ThemeLevel.DOCUMENT));
  }

  @Test
  void negativeCuesSubtract() {
    ThemeClassifier c = ThemeClassifiers.lexicon(SET);
    assertTrue(c.classify("a lecture on export control theory").isEmpty());
  }

  @Test
  void thresholdsAndTopKApply() {
    ThemeClassifier c = ThemeClassifiers.lexicon(SET, ThemeOptions.defaults().withTopK(1));
    assertEquals(1, c.classify("export controls and self-reliance").size());
    ThemeClassifier strict =
        ThemeClassifiers.lexicon(SET, ThemeOptions.defaults().withThreshold(0.99));
    assertTrue(strict.classify("export controls and self-reliance").isEmpty());
  }

  @Test
  void scoresAreComparableAcrossDocuments() {
    ThemeClassifier c = ThemeClassifiers.lexicon(SET);
    double weak = c.scoreAll("an export control")[0];
    double strong = c.scoreAll("export controls, the entity list, chip sanctions")[0];
    assertTrue(strong > weak, strong + " > " + weak);
  }

  @Test
  void badPatternAndDuplicateIdsAreRejected() {
    AnnotationException e =
        assertThrows(AnnotationException.class, () -> Theme.builder("x").patterns("([a-").build());
    assertEquals(ErrorCode.THEMES_INVALID, e.code());
    assertThrows(AnnotationException.class, () -> ThemeSets.of(TECH, TECH));
    assertThrows(AnnotationException.class, () -> SET.with(TECH));
    assertThrows(AnnotationException.class, () -> Theme.builder("bad id!").build());
    assertThrows(AnnotationException.class, () -> Theme.builder("x").keyword("tax", -1).build());
  }

  @Test
  void fileRoundTripIsExact(@TempDir Path dir) {
    Path f = dir.resolve("themes.json");
    ThemeSets.save(SET, f);
    assertEquals(SET, ThemeSets.load(f));
  }

  @Test
  void fileErrorsNameFileAndLine() {
    String dup = "{\"format\": \"rostra-themes\", \"version\": 1, \"themes\": [\n"
        + "  {\"id\": \"a\", \"keywords\": {\"x\": 1}},\n"
        + "  {\"id\": \"a\"}\n]}";
    AnnotationException e = assertThrows(AnnotationException.class, () -> read(dup));
    assertEquals(ErrorCode.THEMES_INVALID, e.code());
    assertTrue(e.getMessage().contains("mine.json:3: duplicate theme id 'a'"), e.getMessage());
    String pattern = "{\"format\": \"rostra-themes\", \"version\": 1, \"themes\": [\n"
        + "  {\"id\": \"a\",\n   \"patterns\": {\n     \"(unclosed\": 2}}\n]}";
    e = assertThrows(AnnotationException.class, () -> read(pattern));
    assertTrue(e.getMessage().contains("mine.json:4: theme 'a': bad pattern '(unclosed'"),
        e.getMessage());
    String version = "{\"format\": \"rostra-themes\", \"version\": 9, \"themes\": []}";
    e = assertThrows(AnnotationException.class, () -> read(version));
    assertTrue(e.getMessage().contains("not supported"), e.getMessage());
    String dupKey = "{\"format\": \"rostra-themes\", \"version\": 1, \"themes\": [\n"
        + "  {\"id\": \"a\", \"keywords\": {\"x\": 1,\n \"x\": 2}}]}";
    e = assertThrows(AnnotationException.class, () -> read(dupKey));
    assertTrue(e.getMessage().contains("mine.json:3: duplicate key 'x'"), e.getMessage());
    e = assertThrows(AnnotationException.class, () -> read("{\"format\": \"nope\"}"));
    assertTrue(e.getMessage().contains("not a theme set"), e.getMessage());
    e = assertThrows(AnnotationException.class, () -> read("{\"format\": "));
    assertTrue(e.getMessage().contains("not valid JSON"), e.getMessage());
  }

  private static ThemeSet read(String json) {
    return ThemeSets.read(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "mine.json");
  }

  static List<LabelledText> examples() {
    List<LabelledText> out = new ArrayList<>();
    String[] exp = {"new export curbs on chips", "entity list expanded", "sanctions on firms",
        "export licence denied", "controls on shipments"};
    String[] tech = {"innovation drive", "self-reliance in research", "homegrown breakthroughs",
        "core technology push", "independent innovation capacity"};
    for (String e : exp) {
      out.add(LabelledText.of(e, "export-controls"));
    }
    for (String t : tech) {
      out.add(LabelledText.of(t, "tech"));
    }
    return out;
  }

  @Test
  void trainingIsDeterministicAndModelsRoundTrip(@TempDir Path dir) throws Exception {
    TrainingOptions o = TrainingOptions.defaults().withSeed(7);
    ThemeClassifier a = ThemeClassifiers.train(SET, examples(), o);
    ThemeClassifier b = ThemeClassifiers.train(SET, examples(), o);
    String probe = "Washington adds chip makers to the entity list after a breakthrough";
    assertEquals(a.classify(probe), b.classify(probe));
    assertTrue(Arrays.equals(a.scoreAll(probe), b.scoreAll(probe)));
    assertEquals("export-controls", a.classify("licence denied for shipments").get(0).id());
    assertEquals("tech", a.classify("homegrown innovation").get(0).id());
    for (String name : List.of("m.json", "m.json.gz")) {
      Path f = dir.resolve(name);
      ThemeClassifiers.save(a, f);
      ThemeClassifier back = ThemeClassifiers.load(f);
      assertTrue(Arrays.equals(a.scoreAll(probe), back.scoreAll(probe)), name);
      assertEquals(a.classify(probe), back.classify(probe));
      assertEquals(SET, back.themes());
    }
    double sum = Arrays.stream(a.scoreAll(probe)).sum();
    assertEquals(1.0, sum, 1e-9);
  }

  @Test
  void trainedModelsOfAnOlderVersionAreRefusedAndOtherSeedsDiffer(@TempDir Path dir)
      throws Exception {
    TrainingOptions o = TrainingOptions.defaults();
    ThemeClassifier a = ThemeClassifiers.train(SET, examples(), o.withSeed(1));
    ThemeClassifier b = ThemeClassifiers.train(SET, examples(), o.withSeed(2));
    String probe = "Washington adds chip makers to the entity list after a breakthrough";
    assertFalse(Arrays.equals(a.scoreAll(probe), b.scoreAll(probe)));
    Path f = dir.resolve("m.json");
    ThemeClassifiers.save(a, f);
    String json = Files.readString(f);
    assertTrue(json.contains("\"version\":" + ThemeClassifiers.MODEL_VERSION));
    Path old = dir.resolve("old.json");
    Files.writeString(old, json.replace("\"version\":" + ThemeClassifiers.MODEL_VERSION,
        "\"version\":1"));
    AnnotationException e =
        assertThrows(AnnotationException.class, () -> ThemeClassifiers.load(old));
    assertEquals(ErrorCode.THEMES_INVALID, e.code());
    assertTrue(e.getMessage().contains("train it again"), e.getMessage());
    Path v2 = dir.resolve("v2.json");
    Files.writeString(v2, json.replace("\"version\":" + ThemeClassifiers.MODEL_VERSION,
        "\"version\":2"));
    e = assertThrows(AnnotationException.class, () -> ThemeClassifiers.load(v2));
    assertEquals(ErrorCode.THEMES_INVALID, e.code());
    assertTrue(e.getMessage().contains("version 2 has other features"), e.getMessage());
  }

  @Test
  void dottedUsIsAContentWordButThePronounIsNot() {
    List<String> f = features("U.S. Troops Tell Us Little", TrainingOptions.defaults());
    assertTrue(f.contains("u:u.s"), f.toString());
    assertTrue(f.contains("b:u.s troop"), f.toString());
    assertFalse(f.stream().anyMatch(s -> s.equals("u:us")), f.toString());
    List<String> g = features("US AND THEM", TrainingOptions.defaults());
    assertFalse(g.contains("u:u.s"), g.toString());
  }

  @Test
  void trainingFeaturesCoverPairsAndPrefixes() {
    String text = "Senate passes the immigration reform bill quickly";
    List<String> f = features(text, TrainingOptions.defaults());
    assertTrue(f.contains("u:senat"), f.toString());
    assertTrue(f.contains("b:senat pass"), f.toString());
    assertTrue(f.contains("a:the immigration"), f.toString());
    assertTrue(f.contains("p:immig"), f.toString());
    assertTrue(f.contains("q:immigration senat") || f.contains("q:immigr senat"), f.toString());
    assertEquals(f.size(), new java.util.HashSet<>(f).size());
    List<String> plain = features(text,
        TrainingOptions.defaults().withBigrams(false).withPairWindow(0).withPrefixLength(0));
    assertTrue(plain.stream().allMatch(s -> s.startsWith("u:")), plain.toString());
  }

  /** The training features of a whole text. */
  private static List<String> features(String text, TrainingOptions o) {
    Words w = Words.scan(text);
    return LinearClassifier.featureNames(w, 0, w.size, o);
  }

  @Test
  void trainingRejectsUnknownIds() {
    AnnotationException e = assertThrows(AnnotationException.class,
        () -> ThemeClassifiers.train(SET, List.of(LabelledText.of("x", "nope")),
            TrainingOptions.defaults()));
    assertEquals(ErrorCode.THEMES_INVALID, e.code());
    assertTrue(e.getMessage().contains("'nope'"));
  }

  @Test
  void trainingWithoutSeedsUsesLabelsAsThemes() {
    ThemeClassifier c = ThemeClassifiers.train(examples(), TrainingOptions.defaults());
    assertEquals(List.of("export-controls", "tech"), c.themes().ids());
  }

  @Test
  void lexiconClassifierSavesToo(@TempDir Path dir) {
    Path f = dir.resolve("lex.json");
    ThemeClassifier c = ThemeClassifiers.lexicon(SET);
    ThemeClassifiers.save(c, f);
    String probe = "export controls on chips";
    assertEquals(c.classify(probe), ThemeClassifiers.load(f).classify(probe));
  }

  @Test
  void writeToStreamIsReadable() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ThemeSets.write(SET, out);
    assertEquals(SET, ThemeSets.read(new ByteArrayInputStream(out.toByteArray()), "x"));
    assertTrue(Files.exists(Path.of(".")));
  }
}
