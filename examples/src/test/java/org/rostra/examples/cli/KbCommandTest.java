package org.rostra.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KbCommandTest {

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      int code = RostraCli.run(args);
      return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  @Test
  void statsOfTheBundledKbMeetTheTargets() {
    Run r = run("kb", "stats");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("political parties"), r.out());
    assertTrue(!r.out().contains("NOT MET"), r.out());
  }

  @Test
  void checkReportsUnresolvedReferencesAndMalformedLines(@TempDir Path dir) throws Exception {
    Path good = dir.resolve("mine.jsonl");
    Files.writeString(good, "{\"id\":\"acme:jane\",\"label\":\"Jane Roe\",\"type\":\"PERSON\","
        + "\"offices\":[{\"office\":\"rostra:office/us/senator\",\"start\":\"2025-01-03\","
        + "\"end\":null}]}\n");
    Run ok = run("kb", "check", good.toString());
    assertEquals(0, ok.code(), ok.err());
    Path dangling = dir.resolve("dangling.tsv");
    Files.writeString(dangling, "acme:1\tAcme\t\tORG\n");
    Path bad = dir.resolve("bad.jsonl");
    Files.writeString(bad, "{\"id\":\"x\",\"label\":\"X\",\"type\":\"PERSON\","
        + "\"parties\":[{\"party\":\"acme:no-such-party\",\"start\":null,\"end\":null}]}\n");
    Run r = run("kb", "check", bad.toString(), dangling.toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains("x: party 'acme:no-such-party' does not exist"), r.err());
    Files.writeString(bad, "{\"id\":\"x\",\"label\":\"X\",\"type\":\"PERSN\"}\n");
    Run m = run("kb", "check", bad.toString());
    assertEquals(1, m.code());
    assertTrue(m.err().contains("bad.jsonl:1: unknown type 'PERSN'"), m.err());
  }

  @Test
  void buildFromDumpRejectsABadClassOption(@TempDir Path dir) {
    Run r = run("kb", "build-from-dump", "--dump", dir.resolve("x.json.gz").toString(),
        "--out", dir.resolve("kb.jsonl").toString(), "--class", "planet=Q1");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("bad --class"), r.err());
  }
}
