package org.rostra.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rostra.doc.Document;
import org.rostra.io.JsonLines;

/** Runs every example's {@code main} as a user would and checks what it prints or writes. */
class ExamplesTest {

  interface Main {
    void run() throws Exception;
  }

  static String stdout(Main main) throws Exception {
    PrintStream old = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      main.run();
    } finally {
      System.setOut(old);
    }
    return buf.toString(StandardCharsets.UTF_8);
  }

  @Test
  void quickStartPrintsTheSentencesAndTheJson() throws Exception {
    String out = stdout(() -> QuickStart.main(new String[0]));
    assertTrue(out.contains("Xi Jinping PERSON -> Q15031"), out);
    assertTrue(out.contains("Xi Jinping: Achieving high-standard self-reliance"), out);
    assertTrue(out.contains("\"sentences\"") && out.contains("\"entities\"")
        && out.contains("\"quotes\"") && out.contains("\"themes\""), "the JSON");
  }

  @Test
  void customStagePrintsTheLongestSentence() throws Exception {
    String out = stdout(() -> CustomStageExample.main(new String[0]));
    assertTrue(out.matches("(?s)longest sentence: \\d+ tokens\\s*"), out);
  }

  @Test
  void apiTourWalksTheSeedAndWritesTheHtmlView(@TempDir Path dir) throws Exception {
    Path html = dir.resolve("seed.html");
    String out = stdout(() -> ApiTour.main(new String[] {html.toString()}));
    assertTrue(out.contains(" paragraphs, ") && out.contains("sentence: "), out);
    assertTrue(out.contains("dateline: "), out);
    assertTrue(out.contains("Xi Jinping PERSON NAME -> Xi Jinping (Q15031), cluster 0"), out);
    assertTrue(out.contains("DIRECT \"Achieving high-standard self-reliance"), out);
    assertTrue(out.contains("cue \"said\", said by Xi -> Xi Jinping, according to Xinhua News Agency"),
        out);
    assertTrue(out.matches("(?s).*theme cap:\\d+ .*evidence: \\[.*"), out);
    assertTrue(out.contains("R008 INPUT_TOO_LARGE"), out);
    assertTrue(out.contains("round trip equal: true"), out);
    assertTrue(Files.readString(html).startsWith("<!DOCTYPE html>"));
  }

  @Test
  void entitiesExamplePrintsMentionsClustersAndTheUserKbsLinks() throws Exception {
    String out = stdout(() -> EntitiesExample.main(new String[0]));
    assertTrue(out.contains("The Chinese president PERSON NOMINAL Q15031 cluster 0"), out);
    assertTrue(out.contains("cluster 0: [Xi Jinping, his"), out);
    assertTrue(out.contains("GAC AION New Energy Automobile Co. ORG -> acme:gac-aion"), out);
  }

  @Test
  void customKnowledgeBaseExampleLooksUpAndLinksWithTheComposedKb() throws Exception {
    String out = stdout(() -> CustomKnowledgeBaseExample.main(new String[0]));
    assertTrue(out.contains("Chinese: "), out);
    assertTrue(out.contains("Xi Jinping Q15031"), out);
    assertTrue(out.contains("Senator Roe: acme:jane-roe"), out);
    assertTrue(out.contains("Jane Roe PERSON NAME -> acme:jane-roe"), out);
    assertTrue(out.contains("Acme Corporation ORG NAME -> acme:acme"), out);
    assertTrue(out.contains("GAC AION New Energy Automobile Co. ORG NAME -> acme:gac-aion"), out);
    assertTrue(out.contains("Xi Jinping PERSON NAME -> Q15031"), "the bundled KB still links");
  }

  @Test
  void themesExampleRunsAllFourParts() throws Exception {
    String out = stdout(() -> ThemesExample.main(new String[0]));
    assertTrue(out.contains("DOCUMENT cap:"), out);
    assertTrue(out.contains("PARAGRAPH 0 "), out);
    assertTrue(out.contains("Senate passes farm bill: [cap:4 "), out);
    assertTrue(out.contains("== 1 themes: [export-controls "), out);
    assertTrue(out.contains("== 23 themes: [cap:"), out);
    assertTrue(out.contains("== trained: [cap:"), out);
  }

  @Test
  void batchAnnotatesEveryGoodLineInOrderWithThreads(@TempDir Path dir) throws Exception {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      lines.add("{\"id\": \"d" + i + "\", \"text\": \"Document " + i + " says hello. Twice.\"}");
      if (i == 17) {
        lines.add("{\"id\": \"broken\"}");
        lines.add("");
      }
    }
    Path in = dir.resolve("in.jsonl");
    Path outFile = dir.resolve("out.jsonl");
    Files.write(in, lines);
    String out = stdout(() -> BatchExample.main(new String[] {in.toString(), outFile.toString(), "3"}));
    assertEquals("40 documents annotated, 1 lines failed", out.strip());
    List<String> written = Files.readAllLines(outFile);
    assertEquals(40, written.size());
    for (int i = 0; i < 40; i++) {
      Document d = JsonLines.parseDocument(written.get(i));
      assertEquals("d" + i, d.id());
      assertEquals(2, d.sentences().size());
    }
  }
}
