package se.avid.benchmarks;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.util.Statistics;
import se.avid.Anonymizer;
import se.avid.benchmarks.corpus.Density;
import se.avid.benchmarks.corpus.GeneratedPost;
import se.avid.benchmarks.corpus.PostSize;

/**
 * The Markdown report of one {@link Suite} run: the JMH results as the tables of the README, the
 * retained heap and which goals are met. A class of its own, so that the suite only chooses and
 * runs the benchmarks.
 */
final class SuiteReport {

  private final Collection<RunResult> results;
  private final Map<String, String> heap;
  private final Map<String, String> heapStructured;
  private final boolean full;
  private final List<String> detectors;
  private final double seconds;

  SuiteReport(Collection<RunResult> results, Map<String, String> heap, Map<String, String> heapStructured,
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
