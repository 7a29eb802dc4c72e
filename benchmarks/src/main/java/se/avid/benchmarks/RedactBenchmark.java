package se.avid.benchmarks;

import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import se.avid.benchmarks.corpus.Density;
import se.avid.benchmarks.corpus.PostSize;

/**
 * Throughput of {@code redact} on generated Swedish posts, avid against the regex baseline, by
 * post size and density of identifiers. Score: posts/s; {@code :bytes} is bytes/s (see
 * {@link Cursor}); with {@code -prof gc}, {@code gc.alloc.rate.norm} is bytes allocated per post.
 * One redactor is shared by all benchmark threads, as in a server, so {@code -t 2} measures scaling.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar RedactBenchmark -p size=TYPICAL_1KB -prof gc</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class RedactBenchmark {

  /** The engine that redacts. */
  @Param({"AVID_STRUCTURED", "AVID_ALL", "BASELINE_STRUCTURED", "BASELINE_ALL"})
  public Engine engine;

  /** The size of each input. */
  @Param({"SHORT_200B", "TYPICAL_1KB", "LONG_10KB", "DOC_1MB"})
  public PostSize size;

  /** How many identifiers the inputs hold. */
  @Param({"NONE", "TYPICAL", "DENSE"})
  public Density density;

  private UnaryOperator<String> redactor;
  private Inputs inputs;

  /** Makes the inputs and the redactor once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    redactor = engine.create();
    inputs = Inputs.of(size, density);
  }

  /**
   * One {@code redact} of the next input.
   *
   * @param cursor where the thread is in the inputs
   * @return the redacted text
   */
  @Benchmark
  public String redact(Cursor cursor) {
    return redactor.apply(cursor.next(inputs));
  }
}
