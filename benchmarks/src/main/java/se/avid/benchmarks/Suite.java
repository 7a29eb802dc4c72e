package se.avid.benchmarks;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import se.avid.benchmarks.corpus.Density;

/**
 * Runs the benchmarks that answer avid's performance questions and prints one Markdown report:
 * throughput against the regex baseline, each detector alone, allocation, latency percentiles,
 * linearity in input size, 2-thread scaling, start-up and retained heap, and which goals are met.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar se.avid.benchmarks.Suite --quick   # 1 to 2 minutes
 * java -cp benchmarks/target/benchmarks.jar se.avid.benchmarks.Suite --full    # about 45 minutes
 * java -cp benchmarks/target/benchmarks.jar se.avid.benchmarks.Suite --list-detectors
 * </pre>
 *
 * <p>JMH prints its progress and raw results as usual; the report comes last on stdout and is also
 * written to {@code benchmarks/target/suite-quick.md} (or {@code -full.md}). A benchmark that
 * fails (JMH prints why) leaves "n/a" in its row instead of stopping the suite.
 */
public final class Suite {

  private static final String PACKAGE = "se\\.avid\\.benchmarks\\.";

  private final boolean full;
  private final String reportFile;
  private final List<RunResult> results = new ArrayList<>();

  private Suite(boolean full, String reportFile) {
    this.full = full;
    this.reportFile = reportFile;
  }

  /**
   * Runs the suite and writes its report.
   *
   * @param args {@code --quick} (default), {@code --full} or {@code --list-detectors}
   * @throws Exception if a benchmark fails or the report cannot be written
   */
  public static void main(String[] args) throws Exception {
    String mode = args.length == 0 ? "--quick" : args[0];
    switch (mode) {
      case "--list-detectors" -> Detectors.names().forEach(System.out::println);
      case "--quick", "--full" -> {
        boolean full = mode.equals("--full");
        File dir = new File("benchmarks/target");
        String report = new File(dir.isDirectory() ? dir : new File(System.getProperty("java.io.tmpdir")),
            "suite-" + (full ? "full" : "quick") + ".md").getPath();
        new Suite(full, report).run();
      }
      default -> {
        System.err.println("usage: Suite [--quick | --full | --list-detectors]");
        System.exit(2);
      }
    }
  }

  private void run() throws RunnerException, IOException, InterruptedException {
    long started = System.nanoTime();
    String[] engines = names(Engine.values());
    String[] avid = {"AVID_STRUCTURED", "AVID_ALL"};
    List<String> detectors = Detectors.names();

    // throughput by size and density, with allocation per post
    ChainedOptionsBuilder redact = base("RedactBenchmark.redact").addProfiler(GCProfiler.class).param("engine", engines);
    if (!full) {
      redact.param("size", "TYPICAL_1KB").param("density", "TYPICAL");
    }
    results.addAll(new Runner(redact.build()).run());
    if (full) {
      results.addAll(new Runner(base("AnalyzeBenchmark.analyze").addProfiler(GCProfiler.class).build()).run());
    }
    // 2 threads sharing one anonymizer, on the 1 KB typical posts
    results.addAll(new Runner(base("RedactBenchmark.redact").threads(2)
        .param("engine", full ? engines : avid).param("size", "TYPICAL_1KB").param("density", "TYPICAL")
        .build()).run());
    if (!detectors.isEmpty()) {
      ChainedOptionsBuilder each = base("DetectorBenchmark.redact").addProfiler(GCProfiler.class)
          .param("detector", detectors.toArray(new String[0]));
      if (full) {
        each.param("density", names(Density.values()));
      } else {
        each.warmupTime(TimeValue.milliseconds(500)).measurementIterations(1);
      }
      results.addAll(new Runner(each.build()).run());
    }
    ChainedOptionsBuilder latency = base("LatencyBenchmark.redact");
    if (!full) {
      latency.param("engine", "AVID_ALL");
    }
    results.addAll(new Runner(latency.build()).run());
    ChainedOptionsBuilder sizes = base("InputSizeBenchmark.redact").addProfiler(GCProfiler.class);
    if (!full) {
      sizes.param("engine", "AVID_ALL").param("size", "TYPICAL_1KB", "DOC_10MB");
    }
    results.addAll(new Runner(sizes.build()).run());
    // start-up: in full, every variant with its annotated forks and iterations
    ChainedOptionsBuilder startup = new OptionsBuilder();
    if (full) {
      results.addAll(new Runner(startup.include(PACKAGE + "StartupBenchmark\\.").build()).run());
    } else {
      results.addAll(new Runner(startup.include(PACKAGE + "StartupBenchmark\\.firstRedactInFreshJvm$").forks(3)
          .build()).run());
      results.addAll(new Runner(new OptionsBuilder().include(PACKAGE + "StartupBenchmark\\.firstRedactInFreshClassLoader$")
          .warmupIterations(1).measurementIterations(3).build()).run());
    }

    Map<String, String> heap = heapFootprint("all");
    Map<String, String> heapStructured = heapFootprint("structured");
    String report = new SuiteReport(results, heap, heapStructured, full, detectors,
        (System.nanoTime() - started) / 1e9).render();
    System.out.println();
    System.out.println("==== avid benchmark report (also in " + reportFile + ") ====");
    System.out.println();
    System.out.print(report);
    Files.writeString(Path.of(reportFile), report, StandardCharsets.UTF_8);
  }

  /** Options for one benchmark method; the quick profile shortens warm-up and measurement. */
  private ChainedOptionsBuilder base(String benchmark) {
    ChainedOptionsBuilder b = new OptionsBuilder().include(PACKAGE + benchmark.replace(".", "\\.") + "$");
    if (full) {
      b.warmupIterations(2).measurementIterations(4);
    } else {
      b.warmupIterations(1).warmupTime(TimeValue.seconds(1))
          .measurementIterations(2).measurementTime(TimeValue.seconds(1));
    }
    return b;
  }

  /** Runs {@link HeapFootprint} in a fresh JVM and returns its key=value lines. */
  private static Map<String, String> heapFootprint(String engine) throws IOException, InterruptedException {
    String java = ProcessHandle.current().info().command().orElse("java");
    Process p = new ProcessBuilder(java, "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
        HeapFootprint.class.getName(), engine).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    Map<String, String> values = new LinkedHashMap<>();
    try (InputStream in = p.getInputStream()) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        int eq = line.indexOf('=');
        if (eq > 0) {
          values.put(line.substring(0, eq), line.substring(eq + 1).strip());
        }
      }
    }
    if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
      throw new IllegalStateException("HeapFootprint " + engine + " failed");
    }
    return values;
  }

  private static String[] names(Enum<?>[] values) {
    String[] names = new String[values.length];
    for (int i = 0; i < values.length; i++) {
      names[i] = values[i].name();
    }
    return names;
  }
}
