package se.avid.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Each benchmark thread's place in the {@link Inputs}, and a meter of the CPU time the thread
 * spent on them.
 *
 * <p>Every input of a benchmark has the same exact UTF-8 size, so MB/s is JMH's ops/s times that
 * size. On a shared machine the wall-clock rate also measures the other jobs; the two auxiliary
 * counters give a rate per CPU second instead: {@code calls} (inputs handed out) and
 * {@code cpuNanos} (this thread's CPU time, from {@link ThreadMXBean#getCurrentThreadCpuTime()}),
 * both over the same span from iteration set-up to tear-down. MB per CPU second = calls × size /
 * cpuNanos × 10^9 / 10^6. It leaves out the collector's threads, so it flatters code that
 * allocates. One per thread; not thread-safe.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class Cursor {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** Inputs handed out this iteration. */
  public long calls;

  /** CPU time of this thread this iteration, in nanoseconds. */
  public long cpuNanos;

  private long cpuAtStart;
  private int next;

  /** Starts counting calls and CPU time, at the start of each iteration. */
  @Setup(Level.Iteration)
  public void start() {
    cpuAtStart = THREADS.getCurrentThreadCpuTime();
  }

  /** Stops counting, at the end of each iteration. */
  @TearDown(Level.Iteration)
  public void stop() {
    cpuNanos = THREADS.getCurrentThreadCpuTime() - cpuAtStart;
  }

  /** The next input, round robin. */
  String next(Inputs inputs) {
    int i = next;
    next = i + 1 == inputs.count() ? 0 : i + 1;
    calls++;
    return inputs.text(i);
  }
}
