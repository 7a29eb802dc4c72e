package se.avid.benchmarks.compare;

import java.lang.management.ManagementFactory;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import se.avid.benchmarks.corpus.Density;
import se.avid.benchmarks.corpus.EvalTexts;
import se.avid.benchmarks.corpus.GeneratedPost;
import se.avid.benchmarks.corpus.PostGenerator;

/**
 * Compares builds of avid in one JVM, interleaved: each build's shaded benchmarks jar in its own
 * class loader, every engine run in turn in every round, so that the other load of a shared
 * machine hits all of them alike. Reports per engine and corpus the median of the last rounds
 * (M chars per CPU-second of the measuring thread, and per wall second), the best and the spread
 * of those rounds (on a loaded machine the best is the least disturbed), the time to steady state
 * and the bytes allocated per post.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar se.avid.benchmarks.compare.Interleaved \
 *     before=/tmp/before.jar after=benchmarks/target/benchmarks.jar
 * </pre>
 *
 * <p>Options: {@code --rounds N} (default 40), {@code --last N} rounds for the median (default
 * 10), {@code --round-ms N} least time per engine and corpus in a round (default 150),
 * {@code --eval DIR} where the SUC sentences and the development posts are read at run time
 * (default {@code /work/shared/eval}; skipped when absent). The regex baseline is taken from the
 * first jar. {@code --engines regex,all,structured} chooses the engines (default all three);
 * {@code --detectors swedish-names,swedish-street-address} adds, per jar, an anonymizer with only
 * that detector (one stage of the pipeline).
 */
public final class Interleaved {

  private Interleaved() {}

  /**
   * Runs the comparison.
   *
   * @param args {@code label=jar ...} and options
   * @throws Exception if a jar cannot be loaded
   */
  public static void main(String[] args) throws Exception {
    int rounds = 40;
    int last = 10;
    long roundNanos = 150_000_000L;
    Path eval = Path.of("/work/shared/eval");
    List<String> kinds = List.of("regex", "all", "structured");
    List<String> detectors = List.of();
    Map<String, Path> jars = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--rounds" -> rounds = Integer.parseInt(args[++i]);
        case "--last" -> last = Integer.parseInt(args[++i]);
        case "--round-ms" -> roundNanos = Long.parseLong(args[++i]) * 1_000_000L;
        case "--eval" -> eval = Path.of(args[++i]);
        case "--engines" -> kinds = List.of(args[++i].split(","));
        case "--detectors" -> detectors = List.of(args[++i].split(","));
        default -> {
          int eq = args[i].indexOf('=');
          if (eq <= 0) {
            throw new IllegalArgumentException("expected label=jar: " + args[i]);
          }
          jars.put(args[i].substring(0, eq), Path.of(args[i].substring(eq + 1)));
        }
      }
    }
    Map<String, List<String>> corpora = corpora(eval);
    List<Engine> engines = new ArrayList<>();
    boolean first = true;
    for (Map.Entry<String, Path> jar : jars.entrySet()) {
      ClassLoader loader = loader(jar.getValue());
      if (first && kinds.contains("regex")) {
        engines.add(new Engine("regex chain", create(loader, "BASELINE_ALL")));
      }
      first = false;
      if (kinds.contains("all")) {
        engines.add(new Engine(jar.getKey() + " all", create(loader, "AVID_ALL")));
      }
      if (kinds.contains("structured")) {
        engines.add(new Engine(jar.getKey() + " structured", create(loader, "AVID_STRUCTURED")));
      }
      for (String detector : detectors) {
        engines.add(new Engine(jar.getKey() + " " + detector, alone(loader, detector)));
      }
    }
    List<Run> runs = new ArrayList<>();
    for (Map.Entry<String, List<String>> corpus : corpora.entrySet()) {
      for (Engine e : engines) {
        runs.add(new Run(e, corpus.getKey(), corpus.getValue(), rounds));
      }
    }
    long start = System.nanoTime();
    for (int r = 0; r < rounds; r++) {
      // rotate the order, so that no engine always runs right after the same other one
      for (int k = 0; k < runs.size(); k++) {
        runs.get((k + r) % runs.size()).round(r, roundNanos, start);
      }
    }
    System.out.println(Run.HEADER);
    for (Run run : runs) {
      System.out.println(run.row(last));
    }
  }

  /** Generated 1 KB posts of typical density; SUC sentences and development posts when present. */
  private static Map<String, List<String>> corpora(Path eval) {
    Map<String, List<String>> corpora = new LinkedHashMap<>();
    List<String> posts = new ArrayList<>();
    for (GeneratedPost p : new PostGenerator(PostGenerator.DEFAULT_SEED).generate(256, 1024, Density.TYPICAL)) {
      posts.add(p.text());
    }
    corpora.put("posts 1 KB", posts);
    for (String[] c : new String[][] {{"SUC", "suc3-ner-a.jsonl", "tokens"}, {"dev posts", "dev-posts.jsonl", "text"}}) {
      List<String> texts = EvalTexts.read(eval.resolve(c[1]), c[2]).stream().map(EvalTexts.EvalText::text).toList();
      if (!texts.isEmpty()) {
        corpora.put(c[0], texts);
      }
    }
    return corpora;
  }

  private static ClassLoader loader(Path jar) throws MalformedURLException {
    return new URLClassLoader(jar.getFileName().toString(), new URL[] {jar.toUri().toURL()},
        ClassLoader.getPlatformClassLoader());
  }

  /** {@code se.avid.benchmarks.Engine.valueOf(name).create()} of the jar, its detectors found through its own loader. */
  @SuppressWarnings("unchecked")
  private static UnaryOperator<String> create(ClassLoader loader, String engine) throws ReflectiveOperationException {
    Thread thread = Thread.currentThread();
    ClassLoader context = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    try {
      Class<?> type = Class.forName("se.avid.benchmarks.Engine", true, loader);
      Object constant = type.getMethod("valueOf", String.class).invoke(null, engine);
      return (UnaryOperator<String>) type.getMethod("create").invoke(constant);
    } finally {
      thread.setContextClassLoader(context);
    }
  }

  /**
   * {@code Anonymizer.builder().serviceLoading(false).addDetector(d).build()::redact} of the jar's
   * detector named {@code name}: one stage of the pipeline, with the core's normalising and
   * result building around it (the same in every jar). Found by reflection, so that jars built
   * before this option existed can be measured too.
   */
  @SuppressWarnings("unchecked")
  private static UnaryOperator<String> alone(ClassLoader loader, String name) throws ReflectiveOperationException {
    Class<?> providerType = Class.forName("se.avid.spi.DetectorProvider", true, loader);
    Class<?> detectorType = Class.forName("se.avid.spi.Detector", true, loader);
    Object detector = null;
    for (Object provider : java.util.ServiceLoader.load(providerType, loader)) {
      for (Object d : (Iterable<Object>) providerType.getMethod("detectors").invoke(provider)) {
        if (name.equals(detectorType.getMethod("name").invoke(d))) {
          detector = d;
        }
      }
    }
    if (detector == null) {
      throw new IllegalArgumentException("no detector named " + name);
    }
    Class<?> anonymizerType = Class.forName("se.avid.Anonymizer", true, loader);
    Object builder = anonymizerType.getMethod("builder").invoke(null);
    builder = builder.getClass().getMethod("serviceLoading", boolean.class).invoke(builder, false);
    builder = builder.getClass().getMethod("addDetector", detectorType).invoke(builder, detector);
    Object anonymizer = builder.getClass().getMethod("build").invoke(builder);
    java.lang.reflect.Method redact = anonymizerType.getMethod("redact", String.class);
    return text -> {
      try {
        return (String) redact.invoke(anonymizer, text);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    };
  }

  private record Engine(String name, UnaryOperator<String> redactor) {}

  /** One engine on one corpus: a sample per round. */
  private static final class Run {
    static final String HEADER = "| engine | corpus | M chars/CPU-s | best | spread | M chars/wall-s | steady after (s) | bytes/post | bytes/KB |\n"
        + "|---|---|--:|--:|--:|--:|--:|--:|--:|";
    private static final com.sun.management.ThreadMXBean THREADS =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private final Engine engine;
    private final String corpus;
    private final List<String> texts;
    private final long chars;
    private final double[] cpuRate;
    private final double[] wallRate;
    private final double[] bytesPerPost;
    private final double[] at;
    /** Keeps the results alive, so that no call is optimised away. */
    private int sink;

    Run(Engine engine, String corpus, List<String> texts, int rounds) {
      this.engine = engine;
      this.corpus = corpus;
      this.texts = texts;
      this.chars = texts.stream().mapToLong(String::length).sum();
      this.cpuRate = new double[rounds];
      this.wallRate = new double[rounds];
      this.bytesPerPost = new double[rounds];
      this.at = new double[rounds];
    }

    void round(int r, long leastNanos, long start) {
      long cpu0 = THREADS.getCurrentThreadCpuTime();
      long alloc0 = THREADS.getCurrentThreadAllocatedBytes();
      long wall0 = System.nanoTime();
      long passes = 0;
      do {
        for (String t : texts) {
          sink += engine.redactor().apply(t).length();
        }
        passes++;
      } while (System.nanoTime() - wall0 < leastNanos);
      long wall = System.nanoTime() - wall0;
      long cpu = THREADS.getCurrentThreadCpuTime() - cpu0;
      long alloc = THREADS.getCurrentThreadAllocatedBytes() - alloc0;
      cpuRate[r] = passes * chars * 1e3 / cpu;
      wallRate[r] = passes * chars * 1e3 / wall;
      bytesPerPost[r] = (double) alloc / (passes * texts.size());
      at[r] = (System.nanoTime() - start) / 1e9;
    }

    String row(int last) {
      int n = cpuRate.length;
      int from = Math.max(0, n - last);
      double median = median(cpuRate, from, n);
      double[] tail = Arrays.copyOfRange(cpuRate, from, n);
      double spread = (Arrays.stream(tail).max().orElse(0) - Arrays.stream(tail).min().orElse(0)) / median;
      int steady = 0;
      while (steady < n && cpuRate[steady] < 0.9 * median) {
        steady++;
      }
      double perPost = median(bytesPerPost, from, n);
      double kb = chars / 1024.0 / texts.size();
      double best = Arrays.stream(tail).max().orElse(0);
      return String.format("| %s | %s | %.1f | %.1f | ±%.0f%% | %.1f | %.0f | %.0f | %.0f |", engine.name(), corpus, median,
          best, spread * 50, median(wallRate, from, n), steady < n ? at[steady] : Double.NaN, perPost, perPost / kb)
          + (sink == 42 ? " " : "");
    }

    private static double median(double[] values, int from, int to) {
      double[] v = Arrays.copyOfRange(values, from, to);
      Arrays.sort(v);
      return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
  }
}
