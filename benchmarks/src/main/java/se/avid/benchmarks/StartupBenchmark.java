package se.avid.benchmarks;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
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
}
