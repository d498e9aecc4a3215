package org.rostra.examples.kb;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Arrays;
import java.util.Locale;
import org.rostra.entity.KnowledgeBase;
import org.rostra.entity.KnowledgeBases;

/**
 * Measures how long the bundled knowledge base takes to load in a fresh JVM (the first load,
 * which is what an application pays) and the heap it retains. Run it with a heap cap to show
 * it fits: {@code java -Xmx150m -cp examples/target/rostra.jar
 * org.rostra.examples.kb.KbLoadBenchmark [runs]}. Prints the first load, the median of the
 * later loads, and the heap in use after a full GC with the KB held. The CPU time of the
 * loading thread is printed too: on a busy machine the wall time says more about the load
 * of the machine than about the KB.
 */
public final class KbLoadBenchmark {
  private KbLoadBenchmark() {}

  /** Runs the measurement; the optional argument is the number of loads (default 5). */
  public static void main(String[] args) {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    System.gc();
    long before = memory.getHeapMemoryUsage().getUsed();
    double[] ms = new double[runs];
    double[] cpu = new double[runs];
    java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    KnowledgeBase kb = null;
    for (int i = 0; i < runs; i++) {
      kb = null;
      System.gc();
      long c = threads.getCurrentThreadCpuTime();
      long t = System.nanoTime();
      kb = KnowledgeBases.bundled();
      ms[i] = (System.nanoTime() - t) / 1e6;
      cpu[i] = (threads.getCurrentThreadCpuTime() - c) / 1e6;
    }
    System.gc();
    long after = memory.getHeapMemoryUsage().getUsed();
    double[] later = Arrays.copyOfRange(ms, 1, Math.max(1, runs));
    Arrays.sort(later);
    System.out.printf(Locale.ROOT, "entities: %d%n", kb.size());
    System.out.printf(Locale.ROOT, "first load (cold JVM): %.0f ms wall, %.0f ms CPU of the"
        + " loading thread%n", ms[0], cpu[0]);
    if (later.length > 0) {
      System.out.printf(Locale.ROOT, "median of the next %d loads: %.0f ms%n", later.length,
          later[later.length / 2]);
    }
    System.out.printf(Locale.ROOT, "heap retained by the KB after GC: %.1f MB%n",
        (after - before) / 1e6);
    System.out.printf(Locale.ROOT, "max heap: %.0f MB%n",
        Runtime.getRuntime().maxMemory() / 1e6);
    if (kb.get("Q15031").isEmpty()) {
      throw new IllegalStateException("KB lacks Q15031");
    }
  }
}
