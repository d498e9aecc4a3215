package org.rostra.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.rostra.Annotator;
import org.rostra.doc.Document;
import org.rostra.doc.ThemeLevel;
import org.rostra.doc.ThemeScore;
import org.rostra.theme.LabelledText;
import org.rostra.theme.Theme;
import org.rostra.theme.ThemeClassifier;
import org.rostra.theme.ThemeClassifiers;
import org.rostra.theme.ThemeOptions;
import org.rostra.theme.ThemeSet;
import org.rostra.theme.ThemeSets;
import org.rostra.theme.TrainingOptions;

/**
 * The theme classifier ({@code docs/themes.md}): the built-in CAP topics on the seed article,
 * a classifier used without a pipeline, a theme of your own alone and added to CAP, and a
 * classifier trained from a few labelled texts, saved and loaded again.
 */
public final class ThemesExample {
  private ThemesExample() {}

  /** Runs the four parts on the seed article. */
  public static void main(String[] args) throws IOException {
    String text = QuickStart.sample("seed.txt");
    builtIn(text);
    classify();
    ownThemes(text);
    train(text);
  }

  static void builtIn(String text) {
    // snippet:themes-cap
    Annotator annotator = Annotator.builder().tokenize().themes().build();   // built-in CAP topics
    Document doc = annotator.annotate(text);
    for (ThemeScore t : doc.themes()) {
      // t.id() "cap:17", t.label() "Technology", t.score() in [0, 1], t.level() DOCUMENT /
      // PARAGRAPH / QUOTE, t.index() the paragraph or quote, t.evidence() the spans that fired
      String where = t.index().isPresent() ? " " + t.index().getAsInt() : "";
      System.out.printf(Locale.ROOT, "%s%s %s %s %.2f %s%n", t.level(), where, t.id(), t.label(),
          t.score(), t.evidence().stream().limit(3).map(doc::textOf).toList());
    }
    // end-snippet
  }

  static void classify() {
    // snippet:themes-classify
    ThemeClassifier c = ThemeClassifiers.lexicon(ThemeSets.cap(),
        ThemeOptions.defaults().withTopK(3).withThreshold(0.1).withParagraphs(false));
    List<ThemeScore> top = c.classify("Senate passes farm bill");   // no pipeline needed
    // end-snippet
    System.out.println("Senate passes farm bill: "
        + top.stream().map(t -> t.id() + " " + t.label()).toList());
  }

  static void ownThemes(String text) {
    // snippet:themes-own
    Theme exportControls = Theme.builder("export-controls")
        .label("Export controls")
        .description("Restrictions on selling technology abroad")
        .keyword("export controls", 3)               // weight: 1 weak … 3 strong
        .keywords("entity list", "curbs", "advanced chips")
        .pattern("\\bsanction(s|ed)?\\b", 2)         // Java regex, case-insensitive
        .negative("export controls were lifted", 2)
        .examples("Washington tightened export controls on advanced chips.")
        .build();
    ThemeSet mine = ThemeSets.of(exportControls /*, …*/);        // replace CAP
    ThemeSet both = ThemeSets.cap().with(exportControls);        // or add to it
    Annotator a = Annotator.builder().tokenize().themes(both).build();
    // end-snippet
    for (ThemeSet set : List.of(mine, both)) {
      Annotator annotator = set == both ? a : Annotator.builder().tokenize().themes(set).build();
      System.out.println("== " + set.size() + " themes: " + documentThemes(annotator.annotate(text)));
    }
  }

  static void train(String text) throws IOException {
    Path modelFile = Files.createTempFile("rostra-themes-", ".json.gz");
    try {
      // snippet:themes-train
      List<LabelledText> examples = List.of(
          LabelledText.of("Senate passes farm bill", "cap:4"),
          LabelledText.of("Drought aid for corn and wheat growers approved", "cap:4"),
          LabelledText.of("Commerce Department adds chipmakers to the entity list", "cap:18"),
          LabelledText.of("New tariffs on imported steel take effect", "cap:18"),
          LabelledText.of("Lab unveils a faster quantum computer", "cap:17"),
          LabelledText.of("Satellite broadband reaches rural schools", "cap:17"));
      ThemeClassifier trained = ThemeClassifiers.train(ThemeSets.cap(), examples,
          TrainingOptions.defaults().withSeed(7));
      ThemeClassifiers.save(trained, modelFile);
      ThemeClassifier again = ThemeClassifiers.load(modelFile);
      Annotator a = Annotator.builder().tokenize().themes(again).build();
      // end-snippet
      System.out.println("== trained: " + documentThemes(a.annotate(text)));
    } finally {
      Files.deleteIfExists(modelFile);
    }
  }

  /** The ids of a document's themes, best first. */
  static List<String> documentThemes(Document doc) {
    return doc.themes().stream()
        .filter(t -> t.level() == ThemeLevel.DOCUMENT)
        .map(t -> String.format(Locale.ROOT, "%s %.2f", t.id(), t.score()))
        .toList();
  }
}
