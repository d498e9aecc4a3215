package org.rostra.examples;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rostra.AnnotationRequest;
import org.rostra.Annotator;
import org.rostra.doc.Document;
import org.rostra.io.JsonLines;
import org.rostra.quote.QuoteAttributor;
import org.rostra.quote.QuoteAttributors;

/**
 * Throughput of the quote attributor alone, single thread, on documents already tokenized
 * and tagged (the layers it reads), so the figure is attribution only.
 *
 * <pre>
 * java -cp examples/target/rostra.jar org.rostra.examples.QuoteBenchmark FILE.jsonl [seconds]
 * </pre>
 *
 * <p>FILE is JSON Lines with {@code id} and {@code text} per line (any corpus; the figures
 * in {@code docs/performance.md} name the one used).
 */
public final class QuoteBenchmark {
  private QuoteBenchmark() {}

  /**
   * Runs the benchmark.
   *
   * @param args the JSON Lines file, and optionally the seconds to measure (default 20)
   * @throws Exception when the file cannot be read
   */
  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: QuoteBenchmark FILE.jsonl [seconds]");
      System.exit(2);
    }
    double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 20;
    Annotator prep = Annotator.builder().tokenize().posTags().build();
    List<Document> docs = new ArrayList<>();
    long tokens = 0;
    try (BufferedReader r = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        AnnotationRequest req = JsonLines.parseRequest(line);
        Document d = prep.annotate(req);
        tokens += d.tokens().size();
        docs.add(d);
      }
    }
    QuoteAttributor quotes = QuoteAttributors.english();
    System.out.printf(Locale.ROOT, "%d documents, %d tokens; warming up%n", docs.size(), tokens);
    long quoteCount = 0;
    for (int w = 0; w < 3; w++) {
      for (Document d : docs) {
        quoteCount += quotes.process(d).quotes().size();
      }
    }
    long passes = 0;
    long t0 = System.nanoTime();
    long deadline = t0 + (long) (seconds * 1e9);
    do {
      for (Document d : docs) {
        quoteCount += quotes.process(d).quotes().size();
      }
      passes++;
    } while (System.nanoTime() < deadline);
    double secs = (System.nanoTime() - t0) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "quote attribution: %.0f tokens/s, %.1f documents/s (single thread, %d passes, %.1f s;"
            + " %d quotes per pass)%n",
        tokens * passes / secs,
        docs.size() * passes / secs,
        passes,
        secs,
        quoteCount / (passes + 3));
  }
}
