package org.rostra.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rostra.Annotator;
import org.rostra.doc.ThemeLevel;
import org.rostra.doc.ThemeScore;

class CustomThemesExampleTest {
  @Test
  void codeAndFileDefineTheSameThemesAndAllFireOnTheSeed() throws Exception {
    assertEquals(CustomThemesExample.inCode().ids(), CustomThemesExample.fromFile().ids());
    String seed = QuickStart.sample("seed.txt");
    List<String> ids =
        Annotator.builder().tokenize().themes(CustomThemesExample.fromFile()).build()
            .annotate(seed).themes().stream()
            .filter(t -> t.level() == ThemeLevel.DOCUMENT)
            .map(ThemeScore::id)
            .toList();
    assertTrue(ids.containsAll(List.of("tech-self-reliance", "export-controls",
        "common-prosperity")), ids.toString());
  }

  @Test
  void mainRuns() throws Exception {
    CustomThemesExample.main(new String[0]);
  }
}
