package se.avid.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
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
import se.avid.Anonymizer;
import se.avid.Finding;
import se.avid.benchmarks.corpus.Density;
import se.avid.benchmarks.corpus.PostSize;

/**
 * Throughput of {@code analyze} (detection without rewriting the text); the difference to
 * {@link RedactBenchmark} is the cost of building the redacted string. Units as there.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar AnalyzeBenchmark -p size=TYPICAL_1KB</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class AnalyzeBenchmark {

  /** The engine that redacts. */
  @Param({"AVID_STRUCTURED", "AVID_ALL"})
  public Engine engine;

  /** The size of each input. */
  @Param({"SHORT_200B", "TYPICAL_1KB", "LONG_10KB", "DOC_1MB"})
  public PostSize size;

  /** How many identifiers the inputs hold. */
  @Param({"NONE", "TYPICAL", "DENSE"})
  public Density density;

  private Anonymizer anonymizer;
  private Inputs inputs;

  /** Makes the inputs and the redactor once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    anonymizer = engine.anonymizer();
    inputs = Inputs.of(size, density);
  }

  /**
   * One {@code analyze} of the next input.
   *
   * @param cursor where the thread is in the inputs
   * @return the findings
   */
  @Benchmark
  public List<Finding> analyze(Cursor cursor) {
    return anonymizer.analyze(cursor.next(inputs));
  }
}
