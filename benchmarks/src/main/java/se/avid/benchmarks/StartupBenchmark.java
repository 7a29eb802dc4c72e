package se.avid.benchmarks;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import se.avid.Anonymizer;

/**
 * Start-up: the time to build the default anonymizer (every detector, all models), and to the
 * first redacted post, because detectors may load their models lazily on first use.
 *
 * <p>Lazy holders load once per class loader, so a second build in the same JVM costs almost
 * nothing and would flatter avid. Two honest set-ups:
 * <ul>
 *   <li>{@code *InFreshJvm}: one measurement per forked JVM ({@code SingleShotTime}, no warm-up,
 *       many forks): what an application pays at start, cold JIT included;</li>
 *   <li>{@code *InFreshClassLoader}: each measurement loads avid and its dependencies again in a
 *       new class loader over the same class path (JDK classes stay warm): what a redeploy in a
 *       running container pays.</li>
 * </ul>
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar StartupBenchmark</pre>
 *
 * <p>Where the time goes: {@link #main} loads each model on its own, in fresh JVMs, and prints
 * per model the wall time, the CPU time of the loading thread and that of the whole process (the
 * JIT compiler's and the collector's threads, and any loader thread, included):
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar se.avid.benchmarks.StartupBenchmark --forks 10 [--whole]</pre>
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class StartupBenchmark {

  /** The invented example post of the project's documentation, 350 chars. */
  static final String EXAMPLE_POST = "hej! jag heter anna lindqvist och bor på storgatan 12b i kiruna. min man\n"
      + "peter (pnr 850412-1234) dricker varje helg och min son elias 14 år har slutat\n"
      + "gå till skolan. vår handläggare Lena på socialtjänsten svarar aldrig,\n"
      + "ring mig gärna 070-123 45 67 eller anna.l@gmail.com. har ringt 1177 och BRIS.\n";

  /**
   * Builds the default anonymizer, the first thing in a fresh JVM.
   *
   * @return the anonymizer
   */
  @Benchmark
  @Fork(10)
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  public Anonymizer buildInFreshJvm() {
    return Anonymizer.builder().build();
  }

  /**
   * Builds the default anonymizer and redacts one post, the first thing in a fresh JVM.
   *
   * @return the redacted post
   */
  @Benchmark
  @Fork(10)
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  public String firstRedactInFreshJvm() {
    return Anonymizer.builder().build().redact(EXAMPLE_POST);
  }

  /**
   * Builds the default anonymizer from classes loaded anew.
   *
   * @param fresh the class loader of this measurement
   * @return the anonymizer
   * @throws ReflectiveOperationException if avid cannot be loaded
   */
  @Benchmark
  @Fork(1)
  @Warmup(iterations = 3)
  @Measurement(iterations = 10)
  public Object buildInFreshClassLoader(FreshClassLoader fresh) throws ReflectiveOperationException {
    return fresh.build();
  }

  /**
   * Builds the default anonymizer from classes loaded anew and redacts one post.
   *
   * @param fresh the class loader of this measurement
   * @return the redacted post
   * @throws ReflectiveOperationException if avid cannot be loaded
   */
  @Benchmark
  @Fork(1)
  @Warmup(iterations = 3)
  @Measurement(iterations = 10)
  public Object firstRedactInFreshClassLoader(FreshClassLoader fresh) throws ReflectiveOperationException {
    Object anonymizer = fresh.build();
    return anonymizer.getClass().getMethod("redact", String.class).invoke(anonymizer, EXAMPLE_POST);
  }

  /**
   * A new class loader per measurement over the JVM's class path, child of the platform loader,
   * so that avid, its dependencies and their static state are all loaded anew.
   */
  @State(Scope.Thread)
  public static class FreshClassLoader {
    private URLClassLoader loader;

    /** Opens a new class loader before each measurement. */
    @Setup(Level.Iteration)
    public void open() {
      loader = new URLClassLoader("avid-fresh", classPath(), ClassLoader.getPlatformClassLoader());
    }

    /**
     * Closes the class loader after each measurement.
     *
     * @throws IOException if it cannot be closed
     */
    @TearDown(Level.Iteration)
    public void close() throws IOException {
      loader.close();
      loader = null;
    }

    Object build() throws ReflectiveOperationException {
      Class<?> anonymizer = Class.forName("se.avid.Anonymizer", true, loader);
      Object builder = anonymizer.getMethod("builder").invoke(null);
      Method classLoader = builder.getClass().getMethod("classLoader", ClassLoader.class);
      classLoader.invoke(builder, loader);
      return builder.getClass().getMethod("build").invoke(builder);
    }

    private static URL[] classPath() {
      List<URL> urls = new ArrayList<>();
      for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
        if (entry.isEmpty()) {
          continue;
        }
        try {
          urls.add(new File(entry).toURI().toURL());
        } catch (MalformedURLException e) {
          throw new IllegalStateException("bad class path entry " + entry, e);
        }
      }
      return urls.toArray(new URL[0]);
    }
  }

  /**
   * The models of the default anonymizer, each loaded by touching its lazy holder, in the order
   * the build loads them: {@code class} or {@code class#staticMethod}. Package-private holders are
   * named, as they are loaded by name; one that has been renamed is reported, not skipped silently.
   */
  static final Map<String, String> MODELS = models();

  private static Map<String, String> models() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("lexicon: Hunspell stems and place stems, word lists, word and ending tries", "se.avid.models.lexicon.SwedishLexicon#get");
    m.put("context model (maxent)", "se.avid.models.context.MaxentContextScorer#bundled");
    m.put("Hunspell place stems (DictionaryPlaces: read with the lexicon)", "se.avid.models.names.DictionaryPlaces$Holder");
    m.put("SCB name counts (NameCounts)", "se.avid.models.names.NameCounts$Holder");
    m.put("localities (Localities)", "se.avid.models.names.Localities$Holder");
    m.put("institution nouns", "se.avid.models.institutions.InstitutionNouns$Holder");
    m.put("hospital names", "se.avid.models.institutions.HospitalNames$Holder");
    m.put("brand homographs", "se.avid.models.names.ThingNames$Brands$Holder");
    m.put("phone number detector", "se.avid.detect.contact.PhoneNumberDetector$DefaultHolder");
    m.put("URL detector", "se.avid.detect.contact.UrlDetector$DefaultHolder");
    return m;
  }

  /**
   * Prints where start-up goes: with {@code --forks N} (default 10) the medians of N fresh JVMs
   * that each run this with {@code --once}, which loads every model of {@link #MODELS} in turn,
   * then builds the default anonymizer (what is left: service loading, the detectors) and redacts
   * {@link #EXAMPLE_POST}, and prints per step the wall, loading-thread CPU and process CPU ms.
   *
   * <p>With {@code --whole}, the models are not loaded one by one: the build loads them as an
   * application's does (its threads included), and the lines are the build, the first redact and
   * their total, with the CPU times of both.
   *
   * @param args {@code --forks N}, {@code --whole}; {@code --once} in a fork
   * @throws Exception if a fork fails
   */
  public static void main(String[] args) throws Exception {
    boolean whole = List.of(args).contains("--whole");
    if (args.length > 0 && "--once".equals(args[0])) {
      new StepClock().profile(whole);
      return;
    }
    int forks = args.length > 1 && "--forks".equals(args[0]) ? Integer.parseInt(args[1]) : 10;
    Map<String, List<double[]>> steps = new LinkedHashMap<>();
    for (int f = 0; f < forks; f++) {
      String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
      Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
          StartupBenchmark.class.getName(), "--once", whole ? "--whole" : "--steps").redirectErrorStream(true).start();
      try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line; (line = r.readLine()) != null; ) {
          String[] cells = line.split("\t");
          if (cells.length != 4) {
            throw new IllegalStateException("fork printed: " + line);
          }
          steps.computeIfAbsent(cells[0], k -> new ArrayList<>()).add(new double[] {
              Double.parseDouble(cells[1]), Double.parseDouble(cells[2]), Double.parseDouble(cells[3])});
        }
      }
      if (p.waitFor() != 0) {
        throw new IllegalStateException("fork exited with " + p.exitValue());
      }
    }
    System.out.printf("| step (medians of %d fresh JVMs) | wall ms | thread CPU ms | process CPU ms |%n", forks);
    System.out.println("|---|--:|--:|--:|");
    for (Map.Entry<String, List<double[]>> e : steps.entrySet()) {
      System.out.printf("| %s | %s | %s | %s |%n", e.getKey(),
          cell(median(e.getValue(), 0)), cell(median(e.getValue(), 1)), cell(median(e.getValue(), 2)));
    }
    System.out.printf("(load average at the end: %.2f)%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  /** Whole ms, or a dash where a step has no such time (negative). */
  private static String cell(double ms) {
    return ms < 0 ? "–" : String.format("%.0f", ms);
  }

  private static double median(List<double[]> rows, int column) {
    double[] v = rows.stream().mapToDouble(r -> r[column]).sorted().toArray();
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }

  /** Times the steps of one start-up and prints one tab-separated line per step. */
  private static final class StepClock {
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private long wall;
    private long thread;
    private long process;

    void profile(boolean whole) throws ReflectiveOperationException {
      long sinceStart = ManagementFactory.getRuntimeMXBean().getUptime();
      print("JVM start to main (JMH's harness not included)", sinceStart, -1, os.getProcessCpuTime() / 1e6);
      start();
      long first = System.nanoTime();
      long firstThread = thread;
      long firstProcess = process;
      if (whole) {
        Anonymizer anonymizer = Anonymizer.builder().build();
        step("build, every model loaded as an application loads them");
        anonymizer.redact(EXAMPLE_POST);
        step("first redact");
        print("total: build + first redact", (System.nanoTime() - first) / 1e6,
            (threads.getCurrentThreadCpuTime() - firstThread) / 1e6, (os.getProcessCpuTime() - firstProcess) / 1e6);
        return;
      }
      for (Map.Entry<String, String> model : MODELS.entrySet()) {
        String[] target = model.getValue().split("#");
        try {
          Class<?> c = Class.forName(target[0], true, StartupBenchmark.class.getClassLoader());
          if (target.length > 1) {
            c.getMethod(target[1]).invoke(null);
          }
          step(model.getKey());
        } catch (ClassNotFoundException e) {
          step(model.getKey() + " (not found: " + target[0] + ")");
        }
      }
      Anonymizer anonymizer = Anonymizer.builder().build();
      step("build, the rest (service loading, detectors)");
      anonymizer.redact(EXAMPLE_POST);
      step("first redact");
      print("total: build + first redact", (System.nanoTime() - first) / 1e6, -1, -1);
    }

    private void start() {
      wall = System.nanoTime();
      thread = threads.getCurrentThreadCpuTime();
      process = os.getProcessCpuTime();
    }

    private void step(String name) {
      long w = System.nanoTime();
      long t = threads.getCurrentThreadCpuTime();
      long p = os.getProcessCpuTime();
      print(name, (w - wall) / 1e6, (t - thread) / 1e6, (p - process) / 1e6);
      start();
    }

    private static void print(String name, double wall, double thread, double process) {
      System.out.println(name + "\t" + wall + "\t" + thread + "\t" + process);
    }
  }
}
