package se.avid.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.util.Locale;
import se.avid.Anonymizer;
import se.avid.benchmarks.corpus.Density;
import se.avid.benchmarks.corpus.GeneratedPost;
import se.avid.benchmarks.corpus.PostGenerator;

/**
 * Prints the heap an anonymizer retains: used heap after full collections, before and after
 * building it, after its first {@code redact} (when lazily loaded models are in), and after
 * {@value #POSTS} generated posts (when the records the detectors keep per word have filled
 * up). Run in a fresh JVM, with a collector whose {@code System.gc()} compacts everything:
 *
 * <pre>java -XX:+UseSerialGC -cp benchmarks/target/benchmarks.jar se.avid.benchmarks.HeapFootprint [all|structured]</pre>
 *
 * <p>Output is {@code key=value} lines (MB = 10^6 bytes), read by {@link Suite}.
 */
public final class HeapFootprint {

  private HeapFootprint() {}

  /** Generated posts redacted before the last measurement. */
  private static final int POSTS = 24_000;

  /**
   * Measures and prints the retained heap.
   *
   * @param args {@code all} (default) or {@code structured}
   * @throws InterruptedException if interrupted while waiting for the garbage collector
   */
  public static void main(String[] args) throws InterruptedException {
    Engine engine = args.length > 0 && args[0].equals("structured") ? Engine.AVID_STRUCTURED : Engine.AVID_ALL;
    String post = StartupBenchmark.EXAMPLE_POST;
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

    long before = usedAfterGc(memory);
    Anonymizer anonymizer = engine.anonymizer();
    long afterBuild = usedAfterGc(memory);
    String redacted = anonymizer.redact(post);
    long afterFirstRedact = usedAfterGc(memory);
    // the records of words and features the name detector keeps fill up as texts come in: the
    // heap after many posts of every size and density is what a long-running service holds
    int changed = 0;
    for (Density density : Density.values()) {
      for (int bytes : new int[] {200, 1024, 4096}) {
        for (GeneratedPost p : new PostGenerator(PostGenerator.DEFAULT_SEED).generate(POSTS / 12, bytes, density)) {
          changed += anonymizer.redact(p.text()).equals(p.text()) ? 0 : 1;
        }
      }
    }
    long afterPosts = usedAfterGc(memory);
    Reference.reachabilityFence(anonymizer);

    System.out.println("engine=" + engine);
    System.out.println("detectors=" + anonymizer.detectorNames().size());
    System.out.println("redacted.changed=" + !redacted.equals(post));
    System.out.println("heap.before.MB=" + mb(before));
    System.out.println("heap.retained.build.MB=" + mb(afterBuild - before));
    System.out.println("heap.retained.firstRedact.MB=" + mb(afterFirstRedact - before));
    System.out.println("heap.retained.afterPosts.MB=" + mb(afterPosts - before));
    System.out.println("posts.redacted=" + POSTS / 12 * 12 + " changed=" + changed);
    System.out.println("classes.loaded=" + ManagementFactory.getClassLoadingMXBean().getLoadedClassCount());
  }

  /** Used heap once repeated full collections no longer shrink it. */
  private static long usedAfterGc(MemoryMXBean memory) throws InterruptedException {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 10; i++) {
      System.gc();
      Thread.sleep(20);
      long now = memory.getHeapMemoryUsage().getUsed();
      if (now >= used) {
        return Math.min(now, used);
      }
      used = now;
    }
    return used;
  }

  private static String mb(long bytes) {
    return String.format(Locale.ROOT, "%.1f", bytes / 1e6);
  }
}
