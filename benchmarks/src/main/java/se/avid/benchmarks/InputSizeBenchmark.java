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
 * Whether cost grows linearly with input size: the same kind of text from 1 KB to 10 MB. If the
 * cost is linear, bytes/s ({@code :bytes}, see {@link Cursor}) stays flat across sizes; a drop
 * at large sizes would mean super-linear work (or cache effects, which the 1 KB–100 KB steps
 * separate from it).
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar InputSizeBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class InputSizeBenchmark {

  /** The engine that redacts. */
  @Param({"AVID_STRUCTURED", "AVID_ALL"})
  public Engine engine;

  /** The size of each input. */
  @Param({"TYPICAL_1KB", "LONG_10KB", "DOC_100KB", "DOC_1MB", "DOC_10MB"})
  public PostSize size;

  private UnaryOperator<String> redactor;
  private Inputs inputs;

  /** Makes the inputs and the redactor once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    redactor = engine.create();
    inputs = Inputs.of(size, Density.TYPICAL);
  }

  /**
   * One {@code redact} of the input.
   *
   * @param cursor counts the calls and the CPU time
   * @return the redacted text
   */
  @Benchmark
  public String redact(Cursor cursor) {
    return redactor.apply(cursor.next(inputs));
  }
}
