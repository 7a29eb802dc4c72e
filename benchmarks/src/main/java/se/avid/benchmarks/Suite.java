package se.avid.benchmarks;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.Statistics;
import se.avid.Anonymizer;
import se.avid.benchmarks.corpus.Density;
import se.avid.benchmarks.corpus.GeneratedPost;
import se.avid.benchmarks.corpus.PostSize;

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
    String report = new Report(results, heap, heapStructured, full, detectors, (System.nanoTime() - started) / 1e9)
        .render();
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

  /** Turns the JMH results into the Markdown tables of the README. */
  private static final class Report {
    private final Collection<RunResult> results;
    private final Map<String, String> heap;
    private final Map<String, String> heapStructured;
    private final boolean full;
    private final List<String> detectors;
    private final double seconds;

    Report(Collection<RunResult> results, Map<String, String> heap, Map<String, String> heapStructured,
        boolean full, List<String> detectors, double seconds) {
      this.results = results;
      this.heap = heap;
      this.heapStructured = heapStructured;
      this.full = full;
      this.detectors = detectors;
      this.seconds = seconds;
    }

    String render() {
      StringBuilder out = new StringBuilder();
      out.append(String.format(Locale.ROOT, "%s run, %s UTC, %d CPUs, JDK %s (%s), %s %s, %.0f s%n%n",
          full ? "Full" : "Quick", LocalDate.now(ZoneOffset.UTC), Runtime.getRuntime().availableProcessors(),
          System.getProperty("java.vm.version"), System.getProperty("java.vm.name"),
          System.getProperty("os.name"), System.getProperty("os.arch"), seconds));
      out.append("MB = 10^6 UTF-8 bytes of input. \"per CPU-s\": per second of CPU time of the benchmark thread(s), "
          + "i.e. the speed of one core whatever else runs on the machine (collector threads not counted). "
          + "\"wall\": per second of elapsed time, all threads together.\n\n");
      out.append(workCheck());
      throughput(out);
      if (full) {
        analyze(out);
      }
      perDetector(out);
      latency(out);
      inputSize(out);
      threads(out);
      startup(out);
      goals(out);
      return out.toString();
    }

    /** Proof that the detectors really worked: findings against the identifiers the generator placed. */
    private static String workCheck() {
      List<GeneratedPost> posts = Inputs.posts(PostSize.TYPICAL_1KB, Density.TYPICAL);
      Anonymizer all = Engine.AVID_ALL.anonymizer();
      Anonymizer structured = Engine.AVID_STRUCTURED.anonymizer();
      long placed = 0;
      long foundAll = 0;
      long foundStructured = 0;
      for (GeneratedPost p : posts) {
        placed += p.identifiers().size();
        foundAll += all.analyze(p.text()).size();
        foundStructured += structured.analyze(p.text()).size();
      }
      return String.format(Locale.ROOT, "Work check on the %d typical 1 KB posts: the generator placed %d "
          + "identifiers; avid found %d (all %d detectors) and %d (%d structured detectors).%n%n", posts.size(),
          placed, foundAll, all.detectorNames().size(), foundStructured, structured.detectorNames().size());
    }

    private void throughput(StringBuilder out) {
      out.append("### redact throughput, 1 thread\n\n");
      out.append("| input | ids | engine | MB/s per CPU-s | MB/s wall | posts/s wall | × regex (CPU) | × regex (wall) "
          + "| alloc/post |\n|---|---|---|---:|---:|---:|---:|---:|---:|\n");
      for (PostSize size : PostSize.values()) {
        for (Density density : Density.values()) {
          for (Engine e : Engine.values()) {
            String[] params = {"engine", e.name(), "size", size.name(), "density", density.name()};
            RunResult r = find("RedactBenchmark.redact", 1, params);
            if (r == null) {
              continue;
            }
            params[1] = e.baseline().name();
            RunResult base = find("RedactBenchmark.redact", 1, params);
            out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s | %s |%n", size,
                lower(density), label(e), fmt(cpuMb(r)), fmt(wallMb(r)), fmt(posts(r)),
                e == e.baseline() ? "" : fmt(cpuMb(r) / cpuMb(base)) + "×",
                e == e.baseline() ? "" : fmt(wallMb(r) / wallMb(base)) + "×", alloc(r)));
          }
        }
      }
      out.append('\n');
    }

    private void analyze(StringBuilder out) {
      out.append("### analyze throughput, 1 thread (findings only, no rewritten text)\n\n");
      out.append("| input | ids | engine | MB/s per CPU-s | MB/s wall | posts/s wall | alloc/post |\n"
          + "|---|---|---|---:|---:|---:|---:|\n");
      for (PostSize size : PostSize.values()) {
        for (Density density : Density.values()) {
          for (Engine e : Engine.values()) {
            RunResult r = find("AnalyzeBenchmark.analyze", 1, "engine", e.name(), "size", size.name(),
                "density", density.name());
            if (r != null) {
              out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s |%n", size, lower(density),
                  label(e), fmt(cpuMb(r)), fmt(wallMb(r)), fmt(posts(r)), alloc(r)));
            }
          }
        }
      }
      out.append('\n');
    }

    private void perDetector(StringBuilder out) {
      out.append("### each detector alone, redact on 1 KB posts, 1 thread\n\n");
      if (detectors.isEmpty()) {
        out.append("No detector was found on the class path.\n\n");
        return;
      }
      out.append("| detector | ids | MB/s per CPU-s | MB/s wall | posts/s wall | alloc/post |\n"
          + "|---|---|---:|---:|---:|---:|\n");
      for (String d : detectors) {
        for (Density density : Density.values()) {
          RunResult r = find("DetectorBenchmark.redact", 1, "detector", d, "density", density.name());
          if (r != null) {
            out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s |%n", d, lower(density),
                fmt(cpuMb(r)), fmt(wallMb(r)), fmt(posts(r)), alloc(r)));
          }
        }
      }
      out.append('\n');
    }

    private void latency(StringBuilder out) {
      out.append("### latency of one redact, typical 1 KB post, 1 thread (µs, wall clock)\n\n");
      out.append("| engine | p50 | p90 | p99 | p99.9 | max | samples |\n|---|---:|---:|---:|---:|---:|---:|\n");
      for (Engine e : Engine.values()) {
        RunResult r = find("LatencyBenchmark.redact", 1, "engine", e.name());
        if (r != null) {
          Statistics s = r.getPrimaryResult().getStatistics();
          out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %d |%n", label(e),
              fmt(s.getPercentile(50)), fmt(s.getPercentile(90)), fmt(s.getPercentile(99)),
              fmt(s.getPercentile(99.9)), fmt(s.getMax()), s.getN()));
        }
      }
      out.append('\n');
    }

    private void inputSize(StringBuilder out) {
      out.append("### cost by input size (typical density), 1 thread: flat MB/s = linear cost\n\n");
      out.append("| engine | input | MB/s per CPU-s | MB/s wall | ms per input (wall) | alloc per input |\n"
          + "|---|---|---:|---:|---:|---:|\n");
      for (Engine e : Engine.values()) {
        for (PostSize size : PostSize.values()) {
          RunResult r = find("InputSizeBenchmark.redact", 1, "engine", e.name(), "size", size.name());
          if (r != null) {
            out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s |%n", label(e), size,
                fmt(cpuMb(r)), fmt(wallMb(r)), fmt(1000.0 / r.getPrimaryResult().getScore()), alloc(r)));
          }
        }
      }
      out.append('\n');
    }

    private void threads(StringBuilder out) {
      out.append("### 2 threads sharing one anonymizer, typical 1 KB posts\n\n");
      out.append("| engine | 1 thread MB/s wall | 2 threads MB/s wall | wall speed-up "
          + "| 1 thread MB/s per CPU-s | 2 threads MB/s per CPU-s | per-core efficiency |\n"
          + "|---|---:|---:|---:|---:|---:|---:|\n");
      for (Engine e : Engine.values()) {
        RunResult one = find("RedactBenchmark.redact", 1, "engine", e.name(), "size", "TYPICAL_1KB", "density", "TYPICAL");
        RunResult two = find("RedactBenchmark.redact", 2, "engine", e.name(), "size", "TYPICAL_1KB", "density", "TYPICAL");
        if (one != null && two != null) {
          out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s× | %s | %s | %s |%n", label(e), fmt(wallMb(one)),
              fmt(wallMb(two)), fmt(wallMb(two) / wallMb(one)), fmt(cpuMb(one)), fmt(cpuMb(two)),
              fmt(cpuMb(two) / cpuMb(one))));
        }
      }
      out.append('\n');
    }

    private void startup(StringBuilder out) {
      out.append("### start-up and heap (default anonymizer, all detectors)\n\n| measure | value |\n|---|---:|\n");
      for (String method : List.of("buildInFreshJvm", "firstRedactInFreshJvm", "buildInFreshClassLoader",
          "firstRedactInFreshClassLoader")) {
        RunResult r = find("StartupBenchmark." + method, 1);
        if (r != null) {
          Statistics s = r.getPrimaryResult().getStatistics();
          out.append(String.format(Locale.ROOT, "| %s, ms: mean of %d (min–max) | %s (%s–%s) |%n", method,
              s.getN(), fmt(s.getMean()), fmt(s.getMin()), fmt(s.getMax())));
        }
      }
      out.append("| heap retained after build, MB: all / structured | ").append(heap.get("heap.retained.build.MB"))
          .append(" / ").append(heapStructured.get("heap.retained.build.MB")).append(" |\n");
      out.append("| heap retained after first redact, MB: all / structured | ")
          .append(heap.get("heap.retained.firstRedact.MB")).append(" / ")
          .append(heapStructured.get("heap.retained.firstRedact.MB")).append(" |\n\n");
    }

    private void goals(StringBuilder out) {
      out.append("### goals (\"one core\" = MB per CPU second of the benchmark thread; wall clock in brackets)\n\n"
          + "| goal | measured | met |\n|---|---|---|\n");
      String[] typical = {"size", "TYPICAL_1KB", "density", "TYPICAL"};
      RunResult as = find("RedactBenchmark.redact", 1, with("AVID_STRUCTURED", typical));
      RunResult aa = find("RedactBenchmark.redact", 1, with("AVID_ALL", typical));
      RunResult bs = find("RedactBenchmark.redact", 1, with("BASELINE_STRUCTURED", typical));
      RunResult ba = find("RedactBenchmark.redact", 1, with("BASELINE_ALL", typical));
      goal(out, "≥ 100 MB/s redact, structured detectors, 1 KB posts, one core",
          fmt(cpuMb(as)) + " MB/s (" + fmt(wallMb(as)) + ")", cpuMb(as) >= 100);
      goal(out, "≥ 50 MB/s redact, with names and places, 1 KB posts, one core",
          fmt(cpuMb(aa)) + " MB/s (" + fmt(wallMb(aa)) + ")", cpuMb(aa) >= 50);
      double rs = cpuMb(as) / cpuMb(bs);
      double ra = cpuMb(aa) / cpuMb(ba);
      goal(out, "≥ 10× the regex baseline, structured / all", fmt(rs) + "× / " + fmt(ra) + "× ("
          + fmt(wallMb(as) / wallMb(bs)) + "× / " + fmt(wallMb(aa) / wallMb(ba)) + "×)", rs >= 10 && ra >= 10);
      RunResult small = find("InputSizeBenchmark.redact", 1, "engine", "AVID_ALL", "size", "TYPICAL_1KB");
      RunResult large = find("InputSizeBenchmark.redact", 1, "engine", "AVID_ALL", "size", "DOC_10MB");
      double linear = cpuMb(large) / cpuMb(small);
      goal(out, "linear cost in input size: MB/s at 10 MB ≥ 0.75 × at 1 KB (avid all)", fmt(linear) + " × ("
          + fmt(wallMb(large) / wallMb(small)) + " ×)", linear >= 0.75);
      RunResult two = find("RedactBenchmark.redact", 2, with("AVID_ALL", typical));
      double efficiency = cpuMb(two) / cpuMb(aa);
      goal(out, "near-linear 2-thread scaling: per-core efficiency ≥ 0.85 (avid all)", fmt(efficiency)
          + " (wall speed-up " + fmt(wallMb(two) / wallMb(aa)) + "×)", efficiency >= 0.85);
      RunResult start = find("StartupBenchmark.firstRedactInFreshJvm", 1);
      double startMs = start == null ? Double.NaN : start.getPrimaryResult().getScore();
      goal(out, "start-up < 1 s: build + first redact in a fresh JVM", fmt(startMs) + " ms", startMs < 1000);
      double retained = parse(heap.get("heap.retained.firstRedact.MB"));
      goal(out, "retained heap < 150 MB, all models loaded", fmt(retained) + " MB", retained < 150);
      out.append('\n');
    }

    private static String[] with(String engine, String[] params) {
      String[] all = new String[params.length + 2];
      all[0] = "engine";
      all[1] = engine;
      System.arraycopy(params, 0, all, 2, params.length);
      return all;
    }

    private static void goal(StringBuilder out, String goal, String measured, boolean met) {
      out.append("| ").append(goal).append(" | ").append(measured).append(" | ").append(met ? "yes" : "**no**").append(" |\n");
    }

    /** The result of {@code Class.method} run on {@code threads} threads with these param name/value pairs. */
    private RunResult find(String benchmark, int threads, String... params) {
      for (RunResult r : results) {
        if (!r.getParams().getBenchmark().endsWith("." + benchmark) || r.getParams().getThreads() != threads) {
          continue;
        }
        boolean all = true;
        for (int i = 0; i < params.length; i += 2) {
          if (!params[i + 1].equals(r.getParams().getParam(params[i]))) {
            all = false;
            break;
          }
        }
        if (all) {
          return r;
        }
      }
      return null;
    }

    /** The exact UTF-8 size of every input of this run: its {@code size} param, else 1 KB. */
    private static int inputBytes(RunResult r) {
      String size = r.getParams().getParam("size");
      return (size == null ? PostSize.TYPICAL_1KB : PostSize.valueOf(size)).bytes();
    }

    /** Inputs per second of wall-clock time, all threads together (JMH's score). */
    private static double posts(RunResult r) {
      return r == null ? Double.NaN : r.getPrimaryResult().getScore();
    }

    /** 10^6 bytes per second of wall-clock time, all threads together. */
    private static double wallMb(RunResult r) {
      return r == null ? Double.NaN : posts(r) * inputBytes(r) / 1e6;
    }

    /** 10^6 bytes per second of the benchmark threads' CPU time: the speed of one core. */
    private static double cpuMb(RunResult r) {
      if (r == null) {
        return Double.NaN;
      }
      Result<?> calls = r.getSecondaryResults().get("calls");
      Result<?> cpu = r.getSecondaryResults().get("cpuNanos");
      if (calls == null || cpu == null || cpu.getScore() <= 0) {
        return Double.NaN;
      }
      return calls.getScore() * inputBytes(r) / cpu.getScore() * 1e3;
    }

    private static String alloc(RunResult r) {
      Result<?> a = r == null ? null : r.getSecondaryResults().get("gc.alloc.rate.norm");
      if (a == null) {
        return "–";
      }
      double b = a.getScore();
      return b >= 1e6 ? fmt(b / 1e6) + " MB" : b >= 1e3 ? fmt(b / 1e3) + " kB" : fmt(b) + " B";
    }

    private static String lower(Density d) {
      return d.name().toLowerCase(Locale.ROOT);
    }

    private static String label(Engine e) {
      return switch (e) {
        case AVID_STRUCTURED -> "avid structured";
        case AVID_ALL -> "avid all";
        case BASELINE_STRUCTURED -> "regex structured";
        case BASELINE_ALL -> "regex all";
      };
    }

    private static double parse(String s) {
      try {
        return s == null ? Double.NaN : Double.parseDouble(s);
      } catch (NumberFormatException e) {
        return Double.NaN;
      }
    }

    /** Three significant digits, no exponent. */
    private static String fmt(double v) {
      if (Double.isNaN(v) || Double.isInfinite(v)) {
        return "n/a";
      }
      double a = Math.abs(v);
      if (a >= 100) {
        return String.format(Locale.ROOT, "%,.0f", v);
      }
      return a >= 10 ? String.format(Locale.ROOT, "%.1f", v) : String.format(Locale.ROOT, "%.2f", v);
    }
  }
}
