package org.rostra.models.en;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rostra.Annotator;
import org.rostra.doc.Document;
import org.rostra.doc.Mention;
import org.rostra.doc.MentionKind;

/**
 * Titles resolve to the office holder on the document's date: the hand-written snippets of
 * {@code dated-titles.tsv} ("the US president" in 2015, 2019, 2023 …).
 */
class DatedTitlesTest {
  static final Annotator ANNOTATOR = EntityLinkerGoldenTest.ANNOTATOR;

  static Stream<Arguments> snippets() throws IOException {
    List<Arguments> out = new ArrayList<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                DatedTitlesTest.class.getResourceAsStream("dated-titles.tsv"),
                StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        out.add(Arguments.of(f[0], f[1], f[2], f[3]));
      }
    }
    assertTrue(out.size() >= 30, "at least 30 dated snippets");
    return out.stream();
  }

  @ParameterizedTest(name = "{1} on {0}")
  @MethodSource("snippets")
  void titleResolvesToTheHolderOnTheDate(String date, String title, String id, String text) {
    Document d = ANNOTATOR.annotate(text, LocalDate.parse(date));
    int start = text.toLowerCase(java.util.Locale.ROOT).indexOf(title.toLowerCase(java.util.Locale.ROOT));
    Mention m =
        d.entities().stream()
            .filter(x -> x.start() == start && x.end() == start + title.length())
            .filter(x -> x.kind() == MentionKind.NOMINAL)
            .findFirst()
            .orElseThrow(() -> new AssertionError("no mention '" + title + "': " + d.entities()));
    assertEquals(MentionKind.NOMINAL, m.kind());
    assertEquals(Optional.of(id), m.kbId(), title + " on " + date);
  }
}
