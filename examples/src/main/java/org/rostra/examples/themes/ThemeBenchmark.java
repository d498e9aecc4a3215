package org.rostra.examples.themes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rostra.AnnotationRequest;
import org.rostra.Annotator;
import org.rostra.doc.Document;
import org.rostra.examples.QuickStart;
import org.rostra.theme.ThemeClassifier;
import org.rostra.theme.ThemeClassifiers;
import org.rostra.theme.ThemeOptions;

/**
 * Throughput of CAP lexicon scoring, single thread: documents are tokenized once up front,
 * then the theme stage alone runs over them repeatedly (warm-up rounds first). Tokens are
 * the tokenizer's tokens. Input: a JSON Lines file of texts (for example the shared
 * presidential speeches) or, by default, the seed article repeated.
 *
 * <pre>java -cp examples/target/rostra.jar org.rostra.examples.themes.ThemeBenchmark [FILE.jsonl] [MAXDOCS]</pre>
 */
public final class ThemeBenchmark {
  private ThemeBenchmark() {}

  /** Runs the benchmark and prints tokens/s and docs/s. */
  public static void main(String[] args) throws IOException {
    List<String> texts = new ArrayList<>();
    int max = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    if (args.length > 0) {
      for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
        if (!line.isBlank() && texts.size() < max) {
          texts.add(ThemeEvaluation.read(line).text());
        }
      }
    } else {
      String seed = QuickStart.sample("seed.txt");
      for (int i = 0; i < 100; i++) {
        texts.add(seed);
      }
    }
    Annotator tokenizer = Annotator.builder().tokenize().build();
    List<Document> docs = new ArrayList<>();
    long tokens = 0;
    long chars = 0;
    for (int i = 0; i < texts.size(); i++) {
      Document d = tokenizer.annotate(AnnotationRequest.of("d" + i, texts.get(i)));
      docs.add(d);
      tokens += d.tokens().size();
      chars += d.text().length();
    }
    System.out.printf(Locale.ROOT, "%d documents, %d tokens, %d chars%n", docs.size(), tokens,
        chars);
    ThemeClassifier all = ThemeClassifiers.cap();
    run("document + paragraph levels", all, docs, tokens);
    run("document level only", all.withOptions(ThemeOptions.defaults().withParagraphs(false)),
        docs, tokens);
  }

  private static void run(String title, ThemeClassifier themes, List<Document> docs,
      long tokens) {
    System.out.println("== " + title);
    for (int round = 0; round < 8; round++) {
      long t0 = System.nanoTime();
      int n = 0;
      for (Document d : docs) {
        n += themes.process(d).themes().size();
      }
      double secs = (System.nanoTime() - t0) / 1e9;
      System.out.printf(Locale.ROOT, "%s round %d: %.0f tokens/s, %.1f docs/s (%d scores)%n",
          round < 3 ? "warm-up" : "measure", round, tokens / secs, docs.size() / secs, n);
    }
  }
}
