package se.avid.benchmarks;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Each benchmark thread's place in the {@link Inputs}, and the UTF-8 bytes it has processed.
 *
 * <p>{@code bytes} is a JMH auxiliary counter: in throughput mode JMH reports it as
 * {@code <benchmark>:bytes} in "ops/s", which is bytes per second (divide by 10^6 for MB/s), summed
 * over threads. The primary score, ops/s, is posts per second. One per thread; not thread-safe.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class Cursor {

  /** UTF-8 bytes of the inputs handed out in this iteration. */
  public long bytes;

  private int next;

  @Setup(Level.Iteration)
  public void reset() {
    bytes = 0;
  }

  /** The next input, round robin; counts its bytes. */
  String next(Inputs inputs) {
    int i = next;
    next = i + 1 == inputs.count() ? 0 : i + 1;
    bytes += inputs.utf8Bytes(i);
    return inputs.text(i);
  }
}
