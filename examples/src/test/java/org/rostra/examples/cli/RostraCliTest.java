package org.rostra.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rostra.doc.Document;
import org.rostra.io.JsonLines;

class RostraCliTest {

  record Run(int code, String err) {}

  static Run run(String... args) {
    PrintStream oldErr = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      int code = RostraCli.run(args);
      return new Run(code, err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setErr(oldErr);
    }
  }

  @Test
  void badLinesAreReportedSkippedAndCountedNothingGoodIsLost(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("in.jsonl");
    byte[] notUtf8 = {'{', '"', 'i', 'd', '"', ':', '"', 'x', '"', ',', '"', 't', 'e', 'x', 't', '"',
        ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'};
    try (var out = Files.newOutputStream(in)) {
      out.write("{\"id\": \"a\", \"text\": \"Xi said so.\"}\n".getBytes(StandardCharsets.UTF_8));
      out.write("{not json\n".getBytes(StandardCharsets.UTF_8));
      out.write(notUtf8);
      out.write("{\"id\": \"c\"}\n".getBytes(StandardCharsets.UTF_8));
      out.write("\n".getBytes(StandardCharsets.UTF_8));
      out.write(("{\"id\": \"big\", \"text\": \"" + "word ".repeat(200_000) + "\"}\n").getBytes(StandardCharsets.UTF_8));
      out.write("{\"id\": 7, \"text\": \"The U.S. agreed.\", \"date\": \"2023-04-14\"}".getBytes(StandardCharsets.UTF_8));
    }
    Path outFile = dir.resolve("out.jsonl");
    Run r = run("annotate", "--input", in.toString(), "--output", outFile.toString(), "--threads", "3", "--no-progress");
    assertEquals(1, r.code(), r.err());
    assertTrue(r.err().contains("line 2:"), r.err());
    assertTrue(r.err().contains("line 3: not valid UTF-8"), r.err());
    assertTrue(r.err().contains("line 4:") && r.err().contains("missing 'text'"), r.err());
    List<String> lines = Files.readAllLines(outFile, StandardCharsets.UTF_8);
    assertEquals(List.of("a", "big", "7"), lines.stream().map(l -> JsonLines.parseDocument(l).id()).toList());
    Document d = JsonLines.parseDocument(lines.get(2));
    assertEquals("2023-04-14", d.date().orElseThrow().toString());
    assertEquals(List.of("The", "U.S.", "agreed", "."), d.tokens().stream().map(t -> t.text()).toList());
  }

  @Test
  void fiftyMegabyteLineIsReportedAndSkippedWithoutBlowingTheHeap(@TempDir Path dir)
      throws Exception {
    Path in = dir.resolve("in.jsonl");
    byte[] word = "word ".getBytes(StandardCharsets.UTF_8);
    try (var out = new java.io.BufferedOutputStream(Files.newOutputStream(in), 1 << 20)) {
      out.write("{\"id\": \"first\", \"text\": \"Xi said so.\"}\n".getBytes(StandardCharsets.UTF_8));
      out.write("{\"id\": \"huge\", \"text\": \"".getBytes(StandardCharsets.UTF_8));
      for (int i = 0; i < 50 * (1 << 20) / word.length; i++) {
        out.write(word);
      }
      out.write("\"}\n".getBytes(StandardCharsets.UTF_8));
      out.write(new byte[] {(byte) 0xFF, (byte) 0xFE, '\n'});
      out.write("{\"id\": \"notext\", \"txt\": \"x\"}\n".getBytes(StandardCharsets.UTF_8));
      out.write("[1, 2]\n".getBytes(StandardCharsets.UTF_8));
      out.write("{\"id\": \"last\", \"text\": \"He left.\"}\n".getBytes(StandardCharsets.UTF_8));
    }
    Path outFile = dir.resolve("out.jsonl");
    Run r = run("annotate", "--input", in.toString(), "--output", outFile.toString(),
        "--threads", "2", "--no-progress");
    assertEquals(1, r.code(), r.err());
    assertTrue(r.err().contains("line 2: line of 52428") && r.err().contains("--max-line-bytes"),
        r.err());
    assertTrue(r.err().contains("line 3: not valid UTF-8"), r.err());
    assertTrue(r.err().contains("line 4:") && r.err().contains("missing 'text'"), r.err());
    assertTrue(r.err().contains("line 5:"), r.err());
    assertTrue(r.err().contains("2 documents annotated, 4 lines failed"), r.err());
    assertTrue(r.err().length() < 10_000, "the huge line is echoed: " + r.err().length());
    List<String> lines = Files.readAllLines(outFile, StandardCharsets.UTF_8);
    assertEquals(List.of("first", "last"),
        lines.stream().map(l -> JsonLines.parseDocument(l).id()).toList());
  }

  @Test
  void maxCharsFailsTheLongDocumentsOnlyWithTheirLineNumbers(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, "{\"id\": \"a\", \"text\": \"Short.\"}\n"
        + "{\"id\": \"b\", \"text\": \"" + "secret ".repeat(100) + "\"}\n"
        + "{\"id\": \"c\", \"text\": \"Also short.\"}\n");
    Path outFile = dir.resolve("out.jsonl");
    Run r = run("annotate", "--input", in.toString(), "--output", outFile.toString(),
        "--max-chars", "100", "--no-progress");
    assertEquals(1, r.code(), r.err());
    assertTrue(r.err().contains("line 2:") && r.err().contains("R008")
        && r.err().contains("maxChars = 100"), r.err());
    assertTrue(!r.err().contains("secret"), r.err());
    assertEquals(List.of("a", "c"), Files.readAllLines(outFile, StandardCharsets.UTF_8).stream()
        .map(l -> JsonLines.parseDocument(l).id()).toList());
  }

  @Test
  void annotatesATextFileAsPrettyJson(@TempDir Path dir) throws Exception {
    Path txt = dir.resolve("seed.txt");
    Files.writeString(txt, "date 2023-04-14 (Bloomberg) -- Xi said so.\n\nHe left.");
    Path out = dir.resolve("out.json");
    Run r = run("annotate", "--input", txt.toString(), "--output", out.toString(), "--format", "json");
    assertEquals(0, r.code(), r.err());
    String json = Files.readString(out);
    assertTrue(json.startsWith("[") && json.contains("\"paragraphs\""), json);
  }

  @Test
  void unknownLayerIsAUsageError(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, "{\"id\":\"a\",\"text\":\"x\"}\n");
    Run r = run("annotate", "--input", in.toString(), "--layers", "tokens,bogus");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("unknown layer 'bogus'"), r.err());
  }

  @Test
  void htmlFormatWritesOnePageWithASectionPerDocument(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, "{\"id\":\"a<b>\",\"text\":\"Xi said <script>x</script>.\"}\n"
        + "{\"id\":\"b\",\"text\":\"Second.\"}\n");
    Path out = dir.resolve("out.html");
    Run r = run("annotate", "--input", in.toString(), "--format", "html", "--output", out.toString(),
        "--threads", "2", "--no-progress");
    assertEquals(0, r.code(), r.err());
    String html = Files.readString(out);
    assertTrue(html.startsWith("<!DOCTYPE html>") && html.endsWith("</html>\n"), html);
    assertTrue(html.contains("id=\"d0\" data-doc-id=\"a&lt;b&gt;\"") && html.contains("id=\"d1\""));
    String text = html.replaceAll("<span[^>]*>|</span>", "");
    assertTrue(text.contains("Xi said &lt;script&gt;x&lt;/script&gt;.") && !html.contains("<script>x"));
    assertTrue(html.contains("<title>Rostra: in.jsonl</title>"));
  }
}
