package org.rostra.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.rostra.AnnotationRequest;
import org.rostra.Annotator;
import org.rostra.doc.Document;
import org.rostra.doc.LayerKey;
import org.rostra.doc.Layers;
import org.rostra.io.JsonLines;
import org.rostra.models.en.EnglishResources;

/**
 * Throughput of Rostra pipelines and of OpenNLP's own tools on any JSON Lines corpus, in one
 * JVM run, so that every figure is also a ratio to OpenNLP measured on the same machine at
 * the same time.
 *
 * <pre>
 * java -Xmx4g -jar bench/target/rostra-bench.jar --input corpus.jsonl \
 *     --layers tokens --layers tokens,pos,lemmas --threads 1,2 --seconds 20 --warmup 15
 * </pre>
 *
 * <p>Every pipeline processes whole passes over the same texts ({@code --docs N}: N documents
 * evenly spread over the corpus), after a warm-up of at least one pass, so figures compare.
 *
 * <p>{@code --layers} takes the CLI's layer names; each name is resolved to its
 * {@link LayerKey} in {@link Layers} and to the builder method that key names, so a new stage
 * needs no change here. {@code opennlp-tokens} (SentenceDetectorME + TokenizerME) and
 * {@code opennlp-pos} (the same + POSTaggerME) always run as the baselines.
 */
public final class Throughput {
  private Throughput() {}

  /** One pipeline: builds a per-thread worker that annotates one text and returns tokens. */
  interface Pipeline {
    String name();

    Worker worker();
  }

  /** Not thread-safe: one per thread. */
  interface Worker {
    int run(String text);
  }

  record Result(String name, int threads, long docs, long tokens, long chars, long bytes,
      double seconds, double cpuSeconds) {
    double tokensPerSecond() {
      return tokens / seconds;
    }
  }

  /**
   * Runs the benchmark.
   *
   * @param args see the class comment
   * @throws Exception on unreadable input
   */
  public static void main(String[] args) throws Exception {
    String input = null;
    List<String> layerSets = new ArrayList<>();
    List<Integer> threads = new ArrayList<>(List.of(1));
    double seconds = 20;
    double warmup = 15;
    int maxDocs = Integer.MAX_VALUE;
    boolean baselines = true;
    boolean agreement = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--input" -> input = args[++i];
        case "--layers" -> layerSets.add(args[++i]);
        case "--threads" -> {
          threads.clear();
          for (String t : args[++i].split(",")) {
            threads.add(Integer.parseInt(t.trim()));
          }
        }
        case "--seconds" -> seconds = Double.parseDouble(args[++i]);
        case "--warmup" -> warmup = Double.parseDouble(args[++i]);
        case "--docs" -> maxDocs = Integer.parseInt(args[++i]);
        case "--no-baselines" -> baselines = false;
        case "--agreement" -> agreement = true;
        default -> {
          System.err.println("unknown option " + args[i]);
          System.exit(2);
        }
      }
    }
    if (input == null) {
      System.err.println(
          "usage: Throughput --input FILE.jsonl [--layers tokens[,pos,...]]... [--threads 1,2]"
              + " [--seconds S] [--warmup S] [--docs N] [--no-baselines]");
      System.exit(2);
    }
    if (layerSets.isEmpty()) {
      layerSets.add("tokens");
    }
    List<String> texts = read(Path.of(input), maxDocs);
    long chars = 0;
    long bytes = 0;
    for (String t : texts) {
      chars += t.length();
      bytes += t.getBytes(StandardCharsets.UTF_8).length;
    }
    System.out.printf(Locale.ROOT, "# corpus %s: %d docs, %.1f MB UTF-8%n", input, texts.size(),
        bytes / 1e6);
    System.out.printf(Locale.ROOT, "# JVM %s %s, %d cpus, max heap %d MB%n",
        System.getProperty("java.vm.name"), System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);

    List<Pipeline> pipelines = new ArrayList<>();
    if (baselines) {
      pipelines.add(openNlp(false));
      pipelines.add(openNlp(true));
    }
    System.out.println();
    if (agreement) {
      posAgreement(texts);
    }
    System.out.println("| pipeline | build() wall s | build() CPU s | heap after build MB |");
    System.out.println("|---|---|---|---|");
    java.lang.management.ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    for (String ls : layerSets) {
      gc();
      long before = usedHeap();
      long c0 = cpu.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      Annotator a = annotator(ls);
      double build = (System.nanoTime() - t0) / 1e9;
      double buildCpu = (cpu.getCurrentThreadCpuTime() - c0) / 1e9;
      gc();
      long after = usedHeap();
      System.out.printf(Locale.ROOT, "| rostra %s | %.3f | %.3f | %d (+%d) |%n", ls, build,
          buildCpu, after >> 20, (after - before) >> 20);
      pipelines.add(rostra("rostra " + ls, a));
    }

    List<Result> results = new ArrayList<>();
    List<Long> peaks = new ArrayList<>();
    for (Pipeline p : pipelines) {
      for (int n : threads) {
        run(p, texts, n, warmup, bytes, chars);
        resetPeaks();
        Result r = run(p, texts, n, seconds, bytes, chars);
        results.add(r);
        peaks.add(peakHeap());
        System.err.printf(Locale.ROOT, "%s x%d: %.0f tokens/s%n", p.name(), n,
            r.tokensPerSecond());
      }
    }
    Result base = null;
    Result basePos = null;
    for (Result r : results) {
      if (r.threads() == 1 && r.name().equals("opennlp-tokens")) {
        base = r;
      }
      if (r.threads() == 1 && r.name().equals("opennlp-pos")) {
        basePos = r;
      }
    }
    System.out.println();
    System.out.println("| pipeline | threads | docs/s | tokens/s | MB/s | × OpenNLP sent+tok"
        + " (1 thread) | × OpenNLP +POS (1 thread) | × own 1 thread | CPU cores used |"
        + " tokens per CPU s | peak heap MB |");
    System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
    for (int i = 0; i < results.size(); i++) {
      Result r = results.get(i);
      Result one = null;
      for (Result o : results) {
        if (o.name().equals(r.name()) && o.threads() == 1) {
          one = o;
        }
      }
      System.out.printf(Locale.ROOT,
          "| %s | %d | %.1f | %.0f | %.2f | %s | %s | %s | %.2f | %.0f | %d |%n",
          r.name(), r.threads(), r.docs() / r.seconds(), r.tokensPerSecond(),
          r.bytes() / 1e6 / r.seconds(),
          base == null ? "–" : String.format(Locale.ROOT, "%.2f", r.tokensPerSecond()
              / base.tokensPerSecond()),
          basePos == null ? "–" : String.format(Locale.ROOT, "%.2f", r.tokensPerSecond()
              / basePos.tokensPerSecond()),
          one == null ? "–" : String.format(Locale.ROOT, "%.2f", r.tokensPerSecond()
              / one.tokensPerSecond()),
          r.cpuSeconds() / r.seconds(), r.tokens() / r.cpuSeconds(),
          peaks.get(i) >> 20);
    }
  }

  /** The texts of the corpus; with {@code maxDocs} below its size, documents evenly spread. */
  static List<String> read(Path input, int maxDocs) throws IOException {
    List<String> texts = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank()) {
          texts.add(JsonLines.parseRequest(line).text());
        }
      }
    }
    if (texts.size() <= maxDocs) {
      return texts;
    }
    List<String> sample = new ArrayList<>(maxDocs);
    for (int k = 0; k < maxDocs; k++) {
      sample.add(texts.get((int) ((long) k * texts.size() / maxDocs)));
    }
    return sample;
  }

  /**
   * Runs the pipeline over whole passes of the corpus, so that every pipeline sees exactly the
   * same texts: first passes until {@code seconds} are spent (at least one), and returns the
   * figures of those passes.
   */
  static Result run(Pipeline p, List<String> texts, int threads, double seconds, long bytes,
      long chars) throws Exception {
    Result first = passes(p, texts, threads, 1);
    int more = (int) Math.floor(seconds / first.seconds()) - 1;
    if (more < 1) {
      return first;
    }
    Result rest = passes(p, texts, threads, more);
    return new Result(p.name(), threads, first.docs() + rest.docs(),
        first.tokens() + rest.tokens(), first.chars() + rest.chars(),
        first.bytes() + rest.bytes(), first.seconds() + rest.seconds(),
        first.cpuSeconds() + rest.cpuSeconds());
  }

  static Result passes(Pipeline p, List<String> texts, int threads, int passes)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      long total = (long) passes * texts.size();
      java.util.concurrent.atomic.AtomicLong next = new java.util.concurrent.atomic.AtomicLong();
      long c0 = processCpu();
      long t0 = System.nanoTime();
      List<Future<long[]>> fs = new ArrayList<>();
      for (int k = 0; k < threads; k++) {
        fs.add(pool.submit(() -> {
          Worker w = p.worker();
          long docs = 0;
          long tokens = 0;
          long nBytes = 0;
          long nChars = 0;
          long i;
          while ((i = next.getAndIncrement()) < total) {
            String text = texts.get((int) (i % texts.size()));
            tokens += w.run(text);
            docs++;
            nChars += text.length();
            nBytes += utf8Length(text);
          }
          return new long[] {docs, tokens, nBytes, nChars};
        }));
      }
      long docs = 0;
      long tokens = 0;
      long nBytes = 0;
      long nChars = 0;
      for (Future<long[]> f : fs) {
        long[] r = f.get();
        docs += r[0];
        tokens += r[1];
        nBytes += r[2];
        nChars += r[3];
      }
      double secs = (System.nanoTime() - t0) / 1e9;
      double cpuSecs = (processCpu() - c0) / 1e9;
      return new Result(p.name(), threads, docs, tokens, nChars, nBytes, secs, cpuSecs);
    } finally {
      pool.shutdownNow();
    }
  }

  /** CPU time of the whole process (all threads, GC and JIT included), ns. */
  static long processCpu() {
    return ((com.sun.management.OperatingSystemMXBean)
        ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  static long utf8Length(String s) {
    long n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        n++;
      } else if (c < 0x800) {
        n += 2;
      } else if (Character.isHighSurrogate(c)) {
        n += 4;
        i++;
      } else {
        n += 3;
      }
    }
    return n;
  }

  /** An annotator with the CLI's layer names, resolved through {@link Layers}. */
  static Annotator annotator(String layers) throws Exception {
    return annotator(layers, null);
  }

  /** The same, sharing loaded stages through {@code cache} when it is not null. */
  static Annotator annotator(String layers, org.rostra.ResourceCache cache) throws Exception {
    // like the CLI: the tokenizer always runs
    Set<String> calls = new LinkedHashSet<>(List.of("tokenize"));
    for (String name : layers.split(",")) {
      LayerKey<?> key = layerKey(name.trim());
      String call = key.builderCall();
      int dot = call.lastIndexOf('.');
      calls.add(call.substring(dot + 1, call.indexOf('(', dot)));
    }
    Annotator.Builder b = Annotator.builder();
    if (cache != null) {
      b.resources(cache);
    }
    for (String m : calls) {
      Method method = Annotator.Builder.class.getMethod(m);
      method.invoke(b);
    }
    return b.build();
  }

  static LayerKey<?> layerKey(String name) throws IllegalAccessException {
    List<String> known = new ArrayList<>();
    for (Field f : Layers.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && LayerKey.class.isAssignableFrom(f.getType())) {
        LayerKey<?> k = (LayerKey<?>) f.get(null);
        String n = k.name().substring(k.name().indexOf(':') + 1);
        known.add(n);
        if (n.equals(name)) {
          return k;
        }
      }
    }
    throw new IllegalArgumentException("unknown layer '" + name + "'; available: " + known);
  }

  static Pipeline rostra(String name, Annotator annotator) {
    return new Pipeline() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Worker worker() {
        return text -> {
          Document d = annotator.annotate(AnnotationRequest.of("", text));
          return d.tokens().size();
        };
      }
    };
  }

  static Pipeline openNlp(boolean pos) throws IOException {
    EnglishResources res = new EnglishResources();
    SentenceModel sm;
    TokenizerModel tm;
    POSModel pm = null;
    try (InputStream in = res.open("opennlp/sentence").orElseThrow()) {
      sm = new SentenceModel(in);
    }
    try (InputStream in = res.open("opennlp/tokens").orElseThrow()) {
      tm = new TokenizerModel(in);
    }
    if (pos) {
      try (InputStream in = res.open("opennlp/pos").orElseThrow()) {
        pm = new POSModel(in);
      }
    }
    final POSModel posModel = pm;
    return new Pipeline() {
      @Override
      public String name() {
        return pos ? "opennlp-pos" : "opennlp-tokens";
      }

      @Override
      public Worker worker() {
        SentenceDetectorME sd = new SentenceDetectorME(sm);
        TokenizerME tk = new TokenizerME(tm);
        POSTaggerME tagger = posModel == null ? null : new POSTaggerME(posModel);
        return text -> {
          int n = 0;
          for (Span s : sd.sentPosDetect(text)) {
            String sentence = text.substring(s.getStart(), s.getEnd());
            String[] tokens = tk.tokenize(sentence);
            n += tokens.length;
            if (tagger != null && tokens.length > 0) {
              tagger.tag(tokens);
            }
          }
          return n;
        };
      }
    };
  }

  /**
   * Agreement of Rostra's POS tags with OpenNLP's {@code POSTaggerME} (beam of 3, the same
   * model) on Rostra's own sentences and tokens, windows of 200 tokens as before.
   */
  static void posAgreement(List<String> texts) throws Exception {
    Annotator a = annotator("tokens,pos");
    POSModel pm;
    try (InputStream in = new EnglishResources().open("opennlp/pos").orElseThrow()) {
      pm = new POSModel(in);
    }
    POSTaggerME tagger = new POSTaggerME(pm);
    long same = 0;
    long all = 0;
    java.util.Map<String, long[]> byTag = new java.util.TreeMap<>();
    for (String text : texts) {
      Document d = a.annotate(AnnotationRequest.of("", text));
      List<String> tags = d.posTags();
      for (org.rostra.doc.Sentence s : d.sentences()) {
        for (int w = s.tokens().begin(); w < s.tokens().end(); w += 200) {
          int n = Math.min(200, s.tokens().end() - w);
          String[] words = new String[n];
          for (int i = 0; i < n; i++) {
            words[i] = d.tokens().get(w + i).text();
          }
          String[] ref = tagger.tag(words);
          for (int i = 0; i < n; i++) {
            boolean eq = ref[i].equals(tags.get(w + i));
            same += eq ? 1 : 0;
            all++;
            long[] c = byTag.computeIfAbsent(ref[i], k -> new long[2]);
            c[0] += eq ? 1 : 0;
            c[1]++;
          }
        }
      }
    }
    System.out.printf(Locale.ROOT,
        "# POS agreement with OpenNLP POSTaggerME (beam 3) on Rostra's tokens: %.3f %% of %,d"
            + " tokens (%,d differ)%n", 100.0 * same / all, all, all - same);
    StringBuilder sb = new StringBuilder("# by OpenNLP tag:");
    byTag.forEach((t, c) -> {
      if (c[1] >= 100) {
        sb.append(String.format(Locale.ROOT, " %s %.1f", t, 100.0 * c[0] / c[1]));
      }
    });
    System.out.println(sb);
    // lemmas: Rostra's lemma layer against LemmatizerME (beam 3) given the same POS tags
    Annotator lem = annotator("tokens,lemmas");
    opennlp.tools.lemmatizer.LemmatizerModel lm;
    try (InputStream in = new EnglishResources().open("opennlp/lemmas").orElseThrow()) {
      lm = new opennlp.tools.lemmatizer.LemmatizerModel(in);
    }
    opennlp.tools.lemmatizer.LemmatizerME me = new opennlp.tools.lemmatizer.LemmatizerME(lm);
    long lsame = 0;
    long lall = 0;
    for (String text : texts.subList(0, Math.min(texts.size(), 10))) {
      Document d = lem.annotate(AnnotationRequest.of("", text));
      for (org.rostra.doc.Sentence s : d.sentences()) {
        for (int w = s.tokens().begin(); w < s.tokens().end(); w += 200) {
          int n = Math.min(200, s.tokens().end() - w);
          String[] words = new String[n];
          String[] tags = new String[n];
          for (int i = 0; i < n; i++) {
            words[i] = d.tokens().get(w + i).text();
            tags[i] = d.posTags().get(w + i);
          }
          String[] ref = me.lemmatize(words, tags);
          for (int i = 0; i < n; i++) {
            String r = ref[i] == null || ref[i].isEmpty() || ref[i].equals("O")
                ? words[i].toLowerCase(Locale.ROOT) : ref[i];
            lsame += r.equals(d.lemmas().get(w + i)) ? 1 : 0;
            lall++;
          }
        }
      }
    }
    System.out.printf(Locale.ROOT,
        "# lemma agreement with OpenNLP LemmatizerME (beam 3), same POS tags, first 10 docs:"
            + " %.3f %% of %,d tokens (%,d differ)%n", 100.0 * lsame / lall, lall, lall - lsame);
    System.out.println();
  }

  static void gc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  static long usedHeap() {
    Runtime r = Runtime.getRuntime();
    return r.totalMemory() - r.freeMemory();
  }

  /**
   * The largest heap use seen: the used heap just before every GC (the heap only grows between
   * two collections), from the collectors' notifications. Summing the pools' own peaks would
   * overstate it (eden, survivor and old peak at different moments). Bench tool state only.
   */
  private static final java.util.concurrent.atomic.AtomicLong PEAK =
      new java.util.concurrent.atomic.AtomicLong();

  static {
    Set<String> heapPools = new java.util.HashSet<>();
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        heapPools.add(p.getName());
      }
    }
    for (java.lang.management.GarbageCollectorMXBean gc
        : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof javax.management.NotificationEmitter emitter) {
        emitter.addNotificationListener((n, handback) -> {
          if (n.getType().equals(com.sun.management.GarbageCollectionNotificationInfo
              .GARBAGE_COLLECTION_NOTIFICATION)) {
            com.sun.management.GcInfo info = com.sun.management.GarbageCollectionNotificationInfo
                .from((javax.management.openmbean.CompositeData) n.getUserData()).getGcInfo();
            long used = 0;
            for (var e : info.getMemoryUsageBeforeGc().entrySet()) {
              if (heapPools.contains(e.getKey())) {
                used += e.getValue().getUsed();
              }
            }
            long u = used;
            PEAK.accumulateAndGet(u, Math::max);
          }
        }, null, null);
      }
    }
  }

  static void resetPeaks() {
    gc();
    try {
      Thread.sleep(100); // let the last GC notifications arrive
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    PEAK.set(usedHeap());
  }

  static long peakHeap() {
    return Math.max(PEAK.get(), usedHeap());
  }
}
