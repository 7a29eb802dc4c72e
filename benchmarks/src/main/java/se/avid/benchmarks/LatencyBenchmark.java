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
 * Latency distribution of one {@code redact} call on a typical 1 KB post: JMH samples call times
 * and reports percentiles (p50, p90, p99, p99.9, max) in microseconds.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar LatencyBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class LatencyBenchmark {

  /** The engine that redacts. */
  @Param({"AVID_STRUCTURED", "AVID_ALL", "BASELINE_STRUCTURED", "BASELINE_ALL"})
  public Engine engine;

  /** How many identifiers the inputs hold. */
  @Param({"TYPICAL"})
  public Density density;

  private UnaryOperator<String> redactor;
  private Inputs inputs;
  private int next;

  /** Makes the inputs and the redactor once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    redactor = engine.create();
    inputs = Inputs.of(PostSize.TYPICAL_1KB, density);
  }

  /**
   * One {@code redact} of the next post.
   *
   * @return the redacted text
   */
  @Benchmark
  public String redact() {
    // single-threaded by design; the cursor is a plain field, not counted
    int i = next;
    next = i + 1 == inputs.count() ? 0 : i + 1;
    return redactor.apply(inputs.text(i));
  }
}
