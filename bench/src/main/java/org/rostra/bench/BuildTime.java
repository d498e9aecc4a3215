package org.rostra.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import org.rostra.Annotator;
import org.rostra.ResourceCache;

/**
 * {@code build()} time in a fresh JVM: the first build (cold: class loading, model parsing,
 * the linker index) and later ones, wall and CPU time of the building thread, then a build
 * with a warm {@link ResourceCache}.
 *
 * <pre>
 * java -Xmx512m -cp bench/target/rostra-bench.jar org.rostra.bench.BuildTime \
 *     tokens,entities,quotes,themes 5
 * </pre>
 */
public final class BuildTime {
  private BuildTime() {}

  /**
   * Runs the measurement.
   *
   * @param args the CLI layer names, the number of builds
   * @throws Exception on a bad layer name
   */
  public static void main(String[] args) throws Exception {
    String layers = args.length > 0 ? args[0] : "tokens,entities,quotes,themes";
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    for (int k = 0; k < rounds; k++) {
      long c0 = cpu.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      Throughput.annotator(layers);
      System.out.printf(Locale.ROOT, "build %d (%s): wall %.3f s, CPU %.3f s%n", k + 1,
          k == 0 ? "cold JVM" : "warm", (System.nanoTime() - t0) / 1e9,
          (cpu.getCurrentThreadCpuTime() - c0) / 1e9);
    }
    ResourceCache cache = ResourceCache.create();
    Throughput.annotator(layers, cache);
    long c0 = cpu.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    Throughput.annotator(layers, cache);
    System.out.printf(Locale.ROOT, "build with a warm ResourceCache: wall %.3f s, CPU %.3f s%n",
        (System.nanoTime() - t0) / 1e9, (cpu.getCurrentThreadCpuTime() - c0) / 1e9);
  }
}
