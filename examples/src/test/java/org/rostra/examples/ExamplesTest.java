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
    assertTrue(out.contains("Chinese President Xi Jinping renewed his call"), out);
    assertTrue(out.contains("\"sentences\""), "the JSON");
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
    assertTrue(out.contains("R008 INPUT_TOO_LARGE"), out);
    assertTrue(out.contains("round trip equal: true"), out);
    assertTrue(Files.readString(html).startsWith("<!DOCTYPE html>"));
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
