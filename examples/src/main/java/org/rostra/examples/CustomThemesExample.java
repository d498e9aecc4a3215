package org.rostra.examples;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.rostra.Annotator;
import org.rostra.doc.Document;
import org.rostra.doc.ThemeLevel;
import org.rostra.doc.ThemeScore;
import org.rostra.theme.Theme;
import org.rostra.theme.ThemeSet;
import org.rostra.theme.ThemeSets;

/**
 * Custom themes for the seed article ("technology self-reliance", "export controls", "common
 * prosperity"), defined in code and loaded from a file (resources/themes/seed-themes.json),
 * alone and added to the built-in CAP topics.
 */
public final class CustomThemesExample {
  private CustomThemesExample() {}

  /** The seed themes defined in code. */
  public static ThemeSet inCode() {
    Theme selfReliance =
        Theme.builder("tech-self-reliance")
            .label("Technology self-reliance")
            .description("Domestic innovation and independence in core technologies.")
            .keyword("self-reliance", 3)
            .keyword("core technologies", 3)
            .keyword("independent innovation", 3)
            .keywords("key technologies", "homegrown", "breakthrough", "research and development")
            .build();
    Theme exportControls =
        Theme.builder("export-controls")
            .label("Export controls")
            .description("Restrictions on selling goods and technology abroad.")
            .keyword("export controls", 3)
            .keyword("entity list", 3)
            .keyword("curb exports", 3)
            .keywords("curbs", "shipments", "advanced chips", "advanced semiconductors")
            .pattern("\\bsanction(s|ed)?\\b", 2)
            .build();
    Theme commonProsperity =
        Theme.builder("common-prosperity")
            .label("Common prosperity")
            .description("Xi Jinping's programme of narrowing income and regional gaps.")
            .keyword("common prosperity", 4)
            .keyword("less-developed regions", 3)
            .keywords("inequality", "income gap", "taxes on the wealthy", "caps on executive pay")
            .build();
    return ThemeSets.of("china-policy", "1.0",
        java.util.List.of(selfReliance, exportControls, commonProsperity));
  }

  /** The same themes from the bundled file. */
  public static ThemeSet fromFile() throws IOException {
    try (InputStream in =
        CustomThemesExample.class.getResourceAsStream("/themes/seed-themes.json")) {
      if (in == null) {
        throw new IOException("themes/seed-themes.json not on the class path");
      }
      return ThemeSets.read(in, "themes/seed-themes.json");
    }
  }

  /** Prints the seed article's custom themes, then the custom themes added to CAP. */
  public static void main(String[] args) throws IOException {
    String text = QuickStart.sample("seed.txt");
    ThemeSet mine = args.length > 0 ? ThemeSets.load(Path.of(args[0])) : fromFile();
    print("custom themes from a file", Annotator.builder().tokenize().themes(mine).build(), text);
    print("custom themes in code", Annotator.builder().tokenize().themes(inCode()).build(), text);
    ThemeSet both = ThemeSets.cap();
    for (var t : inCode().themes()) {
      both = both.with(t);
    }
    print("CAP topics plus custom themes", Annotator.builder().tokenize().themes(both).build(),
        text);
    Path saved = Files.createTempFile("seed-themes", ".json");
    ThemeSets.save(inCode(), saved);
    System.out.println("saved the in-code set to " + saved + " (" + Files.size(saved) + " bytes)");
    Files.delete(saved);
  }

  private static void print(String title, Annotator annotator, String text) {
    Document doc = annotator.annotate(text);
    System.out.println("== " + title);
    for (ThemeScore t : doc.themes()) {
      if (t.level() == ThemeLevel.DOCUMENT) {
        System.out.printf(java.util.Locale.ROOT, "  %-22s %-28s %.3f  %s%n", t.id(), t.label(),
            t.score(), t.evidence().stream().map(s -> s.textOf(text)).toList());
      }
    }
  }
}
