package org.rostra.examples;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rostra.Annotator;
import org.rostra.doc.Document;
import org.rostra.entity.EntityLinker;
import org.rostra.entity.EntityLinkers;
import org.rostra.entity.KnowledgeBases;
import org.rostra.io.JsonLines;

/**
 * Throughput of the entity linker alone (mention detection, linking, coreference), single
 * thread, over documents that are already tokenized and POS-tagged.
 *
 * <pre>
 * java -cp examples/target/rostra.jar org.rostra.examples.EntityLinkerBenchmark \
 *     ../shared/eval/data/corpora/us_presidential_speeches.jsonl [maxDocs] [rounds]
 * </pre>
 */
public final class EntityLinkerBenchmark {
  private EntityLinkerBenchmark() {}

  /** Runs the benchmark; prints tokens per second per round and the median. */
  public static void main(String[] args) throws IOException {
    Path input = Path.of(args[0]);
    int maxDocs = args.length > 1 ? Integer.parseInt(args[1]) : Integer.MAX_VALUE;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    long t0 = System.nanoTime();
    EntityLinker linker = EntityLinkers.english(KnowledgeBases.bundled());
    System.out.printf(Locale.ROOT, "linker built in %.2f s (KB + index)%n",
        (System.nanoTime() - t0) / 1e9);
    Annotator pre = Annotator.builder().tokenize().posTags().build();
    List<Document> docs = new ArrayList<>();
    long tokens = 0;
    try (BufferedReader r = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null && docs.size() < maxDocs) {
        if (line.isBlank()) {
          continue;
        }
        Document d = pre.annotate(JsonLines.parseRequest(line));
        docs.add(d);
        tokens += d.tokens().size();
      }
    }
    System.out.printf(Locale.ROOT, "%d documents, %d tokens (tokenized and tagged)%n",
        docs.size(), tokens);
    List<Double> rates = new ArrayList<>();
    long mentions = 0;
    for (int round = 0; round <= rounds; round++) {
      long start = System.nanoTime();
      long m = 0;
      for (Document d : docs) {
        m += linker.process(d).entities().size();
      }
      double secs = (System.nanoTime() - start) / 1e9;
      mentions = m;
      if (round == 0) {
        System.out.printf(Locale.ROOT, "warm-up: %.0f tokens/s%n", tokens / secs);
        continue;
      }
      rates.add(tokens / secs);
      System.out.printf(Locale.ROOT, "round %d: %.2f s, %.0f tokens/s, %d mentions%n",
          round, secs, tokens / secs, m);
    }
    rates.sort(Double::compare);
    System.out.printf(Locale.ROOT, "median: %.0f tokens/s single thread (%d mentions)%n",
        rates.get(rates.size() / 2), mentions);
  }
}
