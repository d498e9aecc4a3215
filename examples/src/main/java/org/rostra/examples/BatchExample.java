package org.rostra.examples;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.rostra.AnnotationException;
import org.rostra.Annotator;
import org.rostra.io.JsonLines;

/**
 * Batch: annotates a JSON Lines file ({@code {"id","text","date","meta"}} per line) with a
 * pool of threads sharing one {@link Annotator}, and writes the annotated documents as JSON
 * Lines in input order. A bad line is reported on stderr and skipped.
 *
 * <p>Usage: {@code BatchExample INPUT.jsonl OUTPUT.jsonl [THREADS]}.
 */
public final class BatchExample {
  private BatchExample() {}

  /** Runs the batch; prints how many documents were annotated and how many lines failed. */
  public static void main(String[] args) throws IOException, InterruptedException {
    Path input = Path.of(args[0]);
    Path output = Path.of(args[1]);
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
    // snippet:batch
    Annotator annotator = Annotator.builder().tokenize().build(); // one, shared by all threads
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    Deque<Future<String>> pending = new ArrayDeque<>(); // in input order, at most 4 per thread
    int ok = 0;
    int failed = 0;
    try (BufferedReader in = Files.newBufferedReader(input, StandardCharsets.UTF_8);
        BufferedWriter out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
      String line = in.readLine();
      while (line != null || !pending.isEmpty()) {
        if (line != null && pending.size() < 4 * threads) {
          String json = line;
          if (!json.isBlank()) {
            pending.add(pool.submit(
                () -> JsonLines.toJson(annotator.annotate(JsonLines.parseRequest(json)))));
          }
          line = in.readLine();
          continue;
        }
        try {
          out.write(pending.removeFirst().get());
          out.newLine();
          ok++;
        } catch (ExecutionException e) {
          failed++; // AnnotationException messages name the problem, never the text
          System.err.println(e.getCause() instanceof AnnotationException a
              ? a.getMessage() : e.getCause().toString());
        }
      }
    } finally {
      pool.shutdown();
    }
    System.out.println(ok + " documents annotated, " + failed + " lines failed");
    // end-snippet
  }
}
