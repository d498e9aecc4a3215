package org.rostra.models.en.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.quicktheories.QuickTheory.qt;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.rostra.AnnotationRequest;
import org.rostra.Annotator;
import org.rostra.io.JsonLines;
import org.rostra.testing.Texts;

/**
 * One {@link Annotator} shared by 8 threads gives, byte for byte as JSON, the output of one
 * thread: on ~2,000 real documents (US presidential speeches cut into passages, from the
 * shared evaluation folder; skipped when it is absent) and on generated documents (always).
 */
class ThreadsTest {
  static final Annotator FULL = Pipelines.full().build();
  static final int THREADS = 8;

  /** Annotates every request with 1 thread, then with 8 in shuffled order; compares the JSON. */
  static void sameAsOneThread(List<AnnotationRequest> requests) throws Exception {
    List<String> single = new ArrayList<>(requests.size());
    for (AnnotationRequest r : requests) {
      single.add(JsonLines.toJson(FULL.annotate(r)));
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < requests.size(); i++) {
      order.add(i);
    }
    Collections.shuffle(order, new Random(8));
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<String>> futures = new ArrayList<>(Collections.nCopies(requests.size(), null));
      for (int i : order) {
        AnnotationRequest r = requests.get(i);
        futures.set(i, pool.submit(() -> JsonLines.toJson(FULL.annotate(r))));
      }
      int compared = 0;
      for (int i = 0; i < requests.size(); i++) {
        String got = futures.get(i).get(10, TimeUnit.MINUTES);
        assertEquals(single.get(i), got, "document " + requests.get(i).id() + " differs");
        compared++;
      }
      assertEquals(requests.size(), compared);
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * The speeches cut into passages, {@code perSpeech} per speech: each runs from a paragraph
   * start to the first sentence end (". ") after {@code chars} chars, or to the paragraph end.
   */
  static List<AnnotationRequest> speechPassages(Path file, int perSpeech, int chars)
      throws IOException {
    List<AnnotationRequest> out = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        AnnotationRequest speech = JsonLines.parseRequest(line);
        String[] paragraphs = speech.text().split("\n\\s*\n");
        StringBuilder sb = new StringBuilder();
        int taken = 0;
        for (String p : paragraphs) {
          if (sb.length() > 0) {
            sb.append("\n\n");
          }
          int cut = p.length() > chars ? p.indexOf(". ", chars) : -1;
          sb.append(cut < 0 ? p : p.substring(0, cut + 1));
          if (sb.length() >= chars) {
            out.add(AnnotationRequest.of(speech.id() + "#" + taken, sb.toString(),
                speech.date().orElse(LocalDate.of(2000, 1, 1))));
            sb.setLength(0);
            if (++taken == perSpeech) {
              break;
            }
          }
        }
        if (taken < perSpeech && sb.length() > 0) {
          out.add(AnnotationRequest.of(speech.id() + "#" + taken, sb.toString(),
              speech.date().orElse(LocalDate.of(2000, 1, 1))));
        }
      }
    }
    return out;
  }

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void eightThreadsOnTwoThousandSpeechPassages() throws Exception {
    Path file = Path.of(System.getProperty("rostra.shared", "../shared"),
        "eval", "data", "corpora", "us_presidential_speeches.jsonl");
    assumeTrue(Files.isRegularFile(file), "no " + file);
    List<AnnotationRequest> docs = speechPassages(file, 2, 250);
    assertTrue(docs.size() >= 1_900, "only " + docs.size() + " passages");
    sameAsOneThread(docs);
    System.out.println("[reliability] threads: " + docs.size() + " speech passages, "
        + docs.stream().mapToLong(d -> d.text().length()).sum() + " chars, 8 threads = 1 thread");
  }

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void eightThreadsOnGeneratedDocuments() throws Exception {
    List<AnnotationRequest> docs = new ArrayList<>();
    qt().withExamples(600).forAll(Texts.hostile())
        .checkAssert(t -> docs.add(AnnotationRequest.of("gen-" + docs.size(), t)));
    String seed = SeedText.get();
    for (int i = 0; i < 20; i++) {
      docs.add(AnnotationRequest.of("seed-" + i, seed, LocalDate.of(2023, 4, 14)));
    }
    sameAsOneThread(docs);
  }
}
