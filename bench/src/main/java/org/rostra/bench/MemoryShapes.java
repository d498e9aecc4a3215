package org.rostra.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rostra.AnnotationRequest;
import org.rostra.Annotator;
import org.rostra.doc.Document;

/**
 * Heap per document shape: annotates many documents of one size (1 KB, 100 KB, 10 MB, cut
 * from the corpus at paragraph breaks; a few different texts of each shape, reused in turn, so
 * that 10⁵ documents need no 10⁵ distinct texts) and prints the heap after a full GC at 11
 * checkpoints, the peak, and the growth from the first checkpoint after warm-up to the last:
 * a leak shows as a growth proportional to the number of documents.
 *
 * <pre>
 * java -Xmx512m -cp bench/target/rostra-bench.jar org.rostra.bench.MemoryShapes \
 *     --input corpus.jsonl --layers tokens,entities,quotes,themes \
 *     --shape 1000:100000 --shape 100000:2000 --shape 10000000:20 --seconds 300
 * </pre>
 *
 * <p>{@code --shape BYTES:DOCS} (chars, in fact) is a shape and the number of documents to
 * annotate; {@code --seconds} bounds each shape's run (the count reached is printed).
 */
public final class MemoryShapes {
  private MemoryShapes() {}

  /**
   * Runs the measurement.
   *
   * @param args see the class comment
   * @throws Exception on unreadable input
   */
  public static void main(String[] args) throws Exception {
    String input = null;
    String layers = "tokens,entities,quotes,themes";
    List<long[]> shapes = new ArrayList<>();
    double seconds = 300;
    int variants = 3;
    boolean mixed = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--input" -> input = args[++i];
        case "--layers" -> layers = args[++i];
        case "--shape" -> {
          String[] p = args[++i].split(":");
          shapes.add(new long[] {Long.parseLong(p[0]), Long.parseLong(p[1])});
        }
        case "--seconds" -> seconds = Double.parseDouble(args[++i]);
        case "--variants" -> variants = Integer.parseInt(args[++i]);
        case "--mixed" -> mixed = true;
        default -> {
          System.err.println("unknown option " + args[i]);
          System.exit(2);
        }
      }
    }
    if (input == null) {
      System.err.println("usage: MemoryShapes --input FILE.jsonl [--layers L] "
          + "[--shape CHARS:DOCS]... [--seconds S] [--variants N] [--mixed]");
      System.exit(2);
    }
    if (shapes.isEmpty()) {
      shapes.add(new long[] {1_000, 100_000});
      shapes.add(new long[] {100_000, 2_000});
      shapes.add(new long[] {10_000_000, 20});
    }
    List<String> corpus = Throughput.read(Path.of(input), Integer.MAX_VALUE);
    System.out.printf(Locale.ROOT, "# JVM %s %s, max heap %d MB, layers %s%n",
        System.getProperty("java.vm.name"), System.getProperty("java.version"),
        Runtime.getRuntime().maxMemory() >> 20, layers);
    Annotator annotator = Throughput.annotator(layers);
    Throughput.gc();
    long base = Throughput.usedHeap();
    System.out.printf(Locale.ROOT, "# heap after build(), after GC: %d MB%n", base >> 20);
    if (mixed) {
      mixed(annotator, corpus, shapes, variants, seconds);
      return;
    }
    System.out.println();
    System.out.println("| shape | docs annotated | chars per doc | tokens | seconds | heap after GC at the "
        + "checkpoints MB (0 %, 10 %, …, 100 %) | growth first→last MB | peak heap MB |");
    System.out.println("|---|---|---|---|---|---|---|---|");
    for (long[] shape : shapes) {
      List<String> texts = cut(corpus, (int) shape[0], variants);
      // warm-up: every variant once, so the first checkpoint is after the JIT and the caches
      for (String t : texts) {
        annotator.annotate(AnnotationRequest.of("warm", t));
      }
      Throughput.resetPeaks();
      long target = shape[1];
      long[] heap = new long[11];
      int checkpoint = 0;
      long tokens = 0;
      long done = 0;
      long t0 = System.nanoTime();
      long deadline = t0 + (long) (seconds * 1e9);
      Throughput.gc();
      heap[checkpoint++] = Throughput.usedHeap();
      while (done < target) {
        tokens += tokens(annotator, "d" + done, texts.get((int) (done % texts.size())));
        done++;
        if (System.nanoTime() > deadline && target != done) {
          target = done; // time budget spent: stop here, the count reached is printed
        }
        while (checkpoint < 11 && done >= target * checkpoint / 10) {
          Throughput.gc();
          heap[checkpoint++] = Throughput.usedHeap();
        }
      }
      double secs = (System.nanoTime() - t0) / 1e9;
      String sb = megabytes(heap, checkpoint);
      long chars = 0;
      for (String t : texts) {
        chars += t.length();
      }
      System.out.printf(Locale.ROOT, "| %s | %,d | %,d | %,d | %.0f | %s | %+d | %d |%n",
          label(shape[0]), done, chars / texts.size(), tokens, secs, sb, (heap[checkpoint - 1] - heap[0]) >> 20,
          Throughput.peakHeap() >> 20);
    }
  }

  /**
   * One stream of documents of every shape, interleaved evenly (each shape's documents spread
   * over the whole run, so the big documents come between small ones from start to end): the
   * heap after a full GC at 11 checkpoints of the stream, and, per shape, the heap after a full
   * GC right after the document that reaches each tenth of that shape's documents.
   */
  private static void mixed(Annotator annotator, List<String> corpus, List<long[]> shapes,
      int variants, double seconds) {
    int n = shapes.size();
    List<List<String>> texts = new ArrayList<>();
    long total = 0;
    for (long[] shape : shapes) {
      texts.add(cut(corpus, (int) shape[0], variants));
      total += shape[1];
    }
    for (List<String> ts : texts) {
      for (String t : ts) {
        annotator.annotate(AnnotationRequest.of("warm", t));
      }
    }
    Throughput.resetPeaks();
    // shape of document k: the shape whose next due position (j + 0.5) * total / count is the
    // smallest, i.e. a deterministic even interleaving of all shapes
    long[] done = new long[n];
    long[] tokens = new long[n];
    long[][] shapeHeap = new long[n][11];
    int[] perShape = new int[n];
    long[] heap = new long[11];
    int checkpoint = 0;
    long t0 = System.nanoTime();
    long deadline = t0 + (long) (seconds * 1e9);
    Throughput.gc();
    heap[checkpoint++] = Throughput.usedHeap();
    long target = total;
    for (long k = 0; k < target; k++) {
      int best = -1;
      double due = Double.MAX_VALUE;
      for (int s = 0; s < n; s++) {
        if (done[s] < shapes.get(s)[1]) {
          double d = (done[s] + 0.5) * total / shapes.get(s)[1];
          if (d < due) {
            due = d;
            best = s;
          }
        }
      }
      List<String> ts = texts.get(best);
      tokens[best] += tokens(annotator, "d" + k, ts.get((int) (done[best] % ts.size())));
      done[best]++;
      if (System.nanoTime() > deadline && target != k + 1) {
        target = k + 1;
      }
      while (checkpoint < 11 && k + 1 >= target * checkpoint / 10) {
        Throughput.gc();
        heap[checkpoint++] = Throughput.usedHeap();
      }
      long count = shapes.get(best)[1];
      if (perShape[best] < 11 && done[best] >= count * perShape[best] / 10) {
        // right after a document of this shape: the live heap it leaves behind
        Throughput.gc();
        shapeHeap[best][perShape[best]++] = Throughput.usedHeap();
      }
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    String sb = megabytes(heap, checkpoint);
    long docs = 0;
    for (long c : done) {
      docs += c;
    }
    System.out.println();
    System.out.printf(Locale.ROOT, "mixed stream: %,d documents in %.0f s; heap after GC at the "
        + "checkpoints MB (0 %%, 10 %%, …, 100 %%): %s; growth first→last %+d MB; peak heap %d MB%n",
        docs, secs, sb, (heap[checkpoint - 1] - heap[0]) >> 20, Throughput.peakHeap() >> 20);
    System.out.println();
    System.out.println("| shape | docs in the stream | tokens | heap after GC right after a "
        + "document of the shape, at 11 checkpoints of its documents MB | growth MB |");
    System.out.println("|---|---|---|---|---|");
    for (int s = 0; s < n; s++) {
      String hs = megabytes(shapeHeap[s], perShape[s]);
      long growth = perShape[s] == 0 ? 0 : shapeHeap[s][perShape[s] - 1] - shapeHeap[s][0];
      System.out.printf(Locale.ROOT, "| %s | %,d | %,d | %s | %+d |%n", label(shapes.get(s)[0]),
          done[s], tokens[s], hs, growth >> 20);
    }
  }

  /**
   * Annotates one text and returns its token count; in a method of its own so that the
   * document is out of scope (not live) when the caller next measures the heap.
   */
  private static int tokens(Annotator annotator, String id, String text) {
    Document d = annotator.annotate(AnnotationRequest.of(id, text));
    return d.tokens().size();
  }

  /** The first {@code n} heap figures in MB, comma-separated. */
  private static String megabytes(long[] bytes, int n) {
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < n; k++) {
      sb.append(k == 0 ? "" : ", ").append(bytes[k] >> 20);
    }
    return sb.toString();
  }

  private static String label(long chars) {
    return chars >= 1_000_000 ? chars / 1_000_000 + " MB" : chars / 1_000 + " KB";
  }

  /**
   * {@code variants} texts of about {@code size} chars: corpus documents joined by blank lines
   * and cut at a paragraph break (or a space) at or after the size.
   */
  static List<String> cut(List<String> corpus, int size, int variants) {
    List<String> out = new ArrayList<>();
    int next = 0;
    for (int v = 0; v < variants; v++) {
      StringBuilder sb = new StringBuilder(size + 1024);
      // start each variant at a different document
      next = (next + 7 * (v + 1)) % corpus.size();
      while (sb.length() < size) {
        if (sb.length() > 0) {
          sb.append("\n\n");
        }
        sb.append(corpus.get(next));
        next = (next + 1) % corpus.size();
      }
      // the first paragraph break or space at or after the size, within 10 %
      int end = sb.indexOf("\n\n", size);
      if (end < 0 || end > size + Math.max(100, size / 10)) {
        end = sb.indexOf(" ", size);
      }
      out.add(end < 0 ? sb.toString() : sb.substring(0, end));
    }
    return out;
  }
}
