package se.avid.examples.archive;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/** Prints progress to stderr now and then, on its own daemon thread: records, MB, MB/s, ETA when the size is known. */
final class ProgressReporter {

  private final CompletableFuture<Void> stopped = new CompletableFuture<>();

  /** Starts printing every {@code interval}; prints nothing when it is zero or {@code out} is null. */
  ProgressReporter(RecordSource source, OrderedWriter writer, Duration interval, PrintStream out) {
    if (interval == null || interval.isZero() || out == null) {
      return;
    }
    long start = System.nanoTime();
    long startBytes = source.bytesRead();
    daemonThreads("avid-progress").newThread(() -> {
      try {
        while (true) {
          try {
            stopped.get(interval.toMillis(), TimeUnit.MILLISECONDS);
            return;
          } catch (TimeoutException e) {
            out.println(line(source, writer, start, startBytes));
          }
        }
      } catch (InterruptedException | ExecutionException e) {
        // stop printing
      }
    }).start();
  }

  static String line(RecordSource source, OrderedWriter writer, long start, long startBytes) {
    double seconds = (System.nanoTime() - start) / 1e9;
    long bytes = source.bytesRead();
    double mbPerSecond = (bytes - startBytes) / 1e6 / Math.max(seconds, 1e-9);
    long total = source.totalBytes();
    StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "avid-archive-cleaner: %,d records, %.1f MB",
        writer.records(), bytes / 1e6));
    if (total > 0) {
      b.append(String.format(Locale.ROOT, " of %.1f MB (%.0f%%)", total / 1e6, 100.0 * bytes / total));
    }
    b.append(String.format(Locale.ROOT, ", %.1f MB/s", mbPerSecond));
    if (total > 0 && mbPerSecond > 0) {
      long eta = (long) ((total - bytes) / 1e6 / mbPerSecond);
      b.append(String.format(Locale.ROOT, ", ETA %d:%02d:%02d", eta / 3600, eta / 60 % 60, eta % 60));
    }
    return b.toString();
  }

  void stop() {
    stopped.complete(null);
  }

  /** Daemon threads named {@code name-1}, {@code name-2}, …: a stuck run never keeps the JVM alive. */
  static ThreadFactory daemonThreads(String name) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
