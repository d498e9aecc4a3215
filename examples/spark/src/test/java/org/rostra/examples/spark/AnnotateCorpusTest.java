package org.rostra.examples.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rostra.examples.cli.RostraCli;
import org.rostra.io.JsonLines;

/**
 * Runs the job in {@code local[2]} mode on a corpus of 330 documents the test writes itself
 * (the seed article's paragraphs recombined, plus awkward ones) and checks that its output is,
 * document by document and byte for byte, what the CLI writes for the same input.
 */
class AnnotateCorpusTest {
  static final int DOCUMENTS = 330;
  static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = SparkSession.builder()
        .master("local[2]")
        .appName("rostra-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .getOrCreate();
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  /** The corpus: one JSON object per line, one malformed line, one blank line. */
  static Path corpus(Path dir) throws IOException {
    String seed = Files.readString(
        Path.of("..", "src", "main", "resources", "samples", "seed.txt"), StandardCharsets.UTF_8);
    List<String> paragraphs = new ArrayList<>();
    for (String p : seed.split("\n\n")) {
      if (!p.isBlank()) {
        paragraphs.add(p.strip());
      }
    }
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < DOCUMENTS - 3; i++) {
      StringBuilder text = new StringBuilder();
      int n = 1 + i % 4;
      for (int k = 0; k < n; k++) {
        text.append(k == 0 ? "" : "\n\n").append(paragraphs.get((i * 7 + k * 3) % paragraphs.size()));
      }
      text.append(" (Document ").append(i).append(".)");
      String date = i % 3 == 0 ? ", \"date\": \"2023-04-" + (10 + i % 19) + "\"" : "";
      lines.add("{\"id\": \"doc-" + i + "\", \"text\": " + quote(text.toString()) + date
          + ", \"meta\": {\"n\": " + i + ", \"tags\": [\"spark\", \"test\"]}}");
    }
    lines.add("{\"id\": 9001, \"text\": \"\"}");
    lines.add("{\"id\": \"unicode\", \"text\": \"Xi \u2014 \u201cquoted\u201d \uD83D\uDE00 caf\u00e9 \\u0000 tab\\t.\"}");
    lines.add("{\"id\": \"crlf\", \"text\": \"Line one.\\r\\n\\r\\nLine two.\"}");
    lines.add("{not json");
    lines.add("");
    Path in = dir.resolve("corpus.jsonl");
    Files.write(in, lines, StandardCharsets.UTF_8);
    return in;
  }

  static String quote(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        default -> sb.append(c);
      }
    }
    return sb.append('"').toString();
  }

  /** id to JSON line, from every part file of a folder. */
  static Map<String, String> byId(Path folder) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
          String prev = out.put(JsonLines.parseDocument(line).id(), line);
          assertEquals(null, prev, "duplicate id");
        }
      }
    }
    return out;
  }

  @Test
  void sparkOutputEqualsTheCliOutputDocumentByDocument(@TempDir Path dir) throws Exception {
    Path in = corpus(dir);
    Path cliOut = dir.resolve("cli.jsonl");
    assertEquals(1, RostraCli.run("annotate", "--input", in.toString(), "--output",
        cliOut.toString(), "--threads", "2", "--no-progress"), "the malformed line fails");
    Map<String, String> cli = new TreeMap<>();
    for (String line : Files.readAllLines(cliOut, StandardCharsets.UTF_8)) {
      cli.put(JsonLines.parseDocument(line).id(), line);
    }
    assertEquals(DOCUMENTS, cli.size());

    Path sparkOut = dir.resolve("spark-jsonl");
    AnnotateCorpus.Summary s = AnnotateCorpus.run(spark,
        new AnnotateCorpus.Options(in.toUri().toString(), sparkOut.toUri().toString(), "jsonl",
            List.of(), 4));
    assertEquals(new AnnotateCorpus.Summary(DOCUMENTS, 1), s);
    Map<String, String> fromSpark = byId(sparkOut);
    assertEquals(cli.keySet(), fromSpark.keySet());
    for (String id : cli.keySet()) {
      assertEquals(cli.get(id), fromSpark.get(id), "document " + id);
    }
    assertTrue(Files.exists(dir.resolve("spark-jsonl-errors")), "errors are written");

    Path parquet = dir.resolve("spark-parquet");
    AnnotateCorpus.run(spark, new AnnotateCorpus.Options(in.toUri().toString(),
        parquet.toUri().toString(), "parquet", List.of(), 2));
    List<Row> rows = spark.read().parquet(parquet.toUri().toString()).select("id", "json", "layers")
        .collectAsList();
    assertEquals(DOCUMENTS, rows.size());
    for (Row r : rows) {
      assertEquals(cli.get(r.getString(0)), r.getString(1), "parquet json of " + r.getString(0));
      assertTrue(r.getList(2).contains("rostra:tokens"));
    }
  }

  @Test
  void optionsAreChecked() {
    AnnotateCorpus.Options o = AnnotateCorpus.parse(
        new String[] {"--input", "a", "--output", "b", "--format", "PARQUET", "--layers", "tokens,pos"});
    assertEquals("parquet", o.format());
    assertEquals(List.of("tokens", "pos"), o.layers());
    try {
      AnnotateCorpus.parse(new String[] {"--input", "a"});
      throw new AssertionError("no output accepted");
    } catch (IllegalArgumentException expected) {
      assertTrue(expected.getMessage().contains("usage"));
    }
  }
}
