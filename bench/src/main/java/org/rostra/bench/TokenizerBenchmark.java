package org.rostra.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.rostra.Annotator;
import org.rostra.models.en.EnglishResources;

/**
 * JMH: Rostra's tokenizer against OpenNLP SentenceDetectorME + TokenizerME on the seed article
 * (bundled with the examples) or on the first documents of a corpus ({@code -p corpus=FILE}).
 *
 * <pre>
 * java -jar bench/target/rostra-bench.jar is the throughput runner; JMH runs with
 * java -cp bench/target/rostra-bench.jar org.openjdk.jmh.Main TokenizerBenchmark
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class TokenizerBenchmark {
  /** A JSON Lines corpus; empty: a built-in news paragraph repeated. */
  @Param({""})
  public String corpus;

  /** How many documents of the corpus to cycle through. */
  @Param({"200"})
  public int docs;

  private List<String> texts;
  private Annotator rostra;
  private SentenceDetectorME sd;
  private TokenizerME tk;
  private int next;

  /** Loads the texts and both tokenizers. */
  @Setup
  public void setup() throws IOException {
    if (corpus.isEmpty()) {
      String p = "WASHINGTON (Reuters) — Chinese President Xi Jinping renewed his call for the"
          + " world’s No. 2 economy to pursue self-reliance, the U.S. said on Thursday. “It’s"
          + " key,” Xi said, according to Xinhua. Sen. Smith didn't agree.\n\n";
      texts = List.of(p.repeat(20));
    } else {
      texts = Throughput.read(Path.of(corpus), docs);
    }
    rostra = Annotator.builder().tokenize().build();
    EnglishResources res = new EnglishResources();
    try (InputStream in = res.open("opennlp/sentence").orElseThrow()) {
      sd = new SentenceDetectorME(new SentenceModel(in));
    }
    try (InputStream in = res.open("opennlp/tokens").orElseThrow()) {
      tk = new TokenizerME(new TokenizerModel(in));
    }
  }

  private String nextText() {
    String t = texts.get(next);
    next = (next + 1) % texts.size();
    return t;
  }

  /** Rostra: paragraphs, datelines, sentences, tokens. */
  @Benchmark
  public int rostraTokenize() {
    return rostra.annotate(nextText()).tokens().size();
  }

  /** OpenNLP SentenceDetectorME + TokenizerME. */
  @Benchmark
  public void openNlpSentencesTokens(Blackhole bh) {
    String text = nextText();
    for (Span s : sd.sentPosDetect(text)) {
      bh.consume(tk.tokenizePos(text.substring(s.getStart(), s.getEnd())));
    }
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static boolean exists(String p) {
    return Files.exists(Path.of(p));
  }
}
