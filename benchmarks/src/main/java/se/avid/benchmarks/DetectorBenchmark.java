package se.avid.benchmarks;

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
import se.avid.benchmarks.corpus.Density;
import se.avid.benchmarks.corpus.PostSize;
import se.avid.spi.Detector;

/**
 * Throughput of {@code redact} with one detector alone (an anonymizer built with
 * {@code serviceLoading(false).addDetector(d)}), to find which detector costs what. Units as in
 * {@link RedactBenchmark}.
 *
 * <p>The detectors are whatever ServiceLoader finds. The default {@code detector} values are the
 * names shipped when this was last updated; {@link Suite} passes the names it discovers instead,
 * and so can you (an unknown name fails that run with the list of names found):
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar se.avid.benchmarks.Suite --list-detectors
 * java -jar benchmarks/target/benchmarks.jar DetectorBenchmark -p detector=personnummer,phone
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class DetectorBenchmark {

  /** The name of the detector measured alone. */
  @Param({"personnummer", "organisationsnummer", "payment-card", "bank-account", "date-of-birth", "phone", "email",
      "postal-code", "url", "ip-address", "vehicle-registration", "swedish-names", "swedish-street-address"})
  public String detector;

  /** How many identifiers the inputs hold. */
  @Param({"TYPICAL"})
  public Density density;

  private Anonymizer anonymizer;
  private Inputs inputs;

  /** Makes the inputs and the redactor once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    Detector d = Detectors.discovered().get(detector);
    if (d == null) {
      throw new IllegalArgumentException("no detector named '" + detector + "'; found: " + Detectors.names());
    }
    anonymizer = Anonymizer.builder().serviceLoading(false).addDetector(d).build();
    inputs = Inputs.of(PostSize.TYPICAL_1KB, density);
  }

  /**
   * One {@code redact} of the next input with the one detector.
   *
   * @param cursor where the thread is in the inputs
   * @return the redacted text
   */
  @Benchmark
  public String redact(Cursor cursor) {
    return anonymizer.redact(cursor.next(inputs));
  }
}
