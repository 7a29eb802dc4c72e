package se.avid.examples.archive;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import se.avid.RedactionException;
import se.avid.examples.review.ReviewingRedactor;

/**
 * Cleans a whole archive: reads records in order, cleans batches of them on all cores, and writes
 * them back in input order, with a checkpoint that lets an interrupted run resume.
 *
 * <pre>
 *  reader (this thread) ──batches──▶ worker pool (N threads) ──futures, in order──▶ writer thread
 *                        bounded queue of 2N batches: memory stays flat
 * </pre>
 *
 * <p>Every input record ends as exactly one output record or one line of the reject file. A
 * record that cannot be cleaned (broken JSON, a failing detector) is rejected, never written
 * unredacted. The output and reject file are written under {@code .partial} names next to their
 * targets and moved into place only when the whole archive is done; the checkpoint beside them
 * says how much of them is finished, so that {@code resume} truncates them back to it, skips
 * the finished records (reading them again, not cleaning them) and carries on.
 *
 * <p>One run per output at a time. Not thread-safe; build one per run.
 */
final class ArchiveCleaner {

  /** What to clean and how; validated by the command line. */
  record Settings(Path input, Path output, Path rejects, ArchiveFormat format, List<String> fields,
      boolean allowMissingFields, int threads, int batchRecords, int batchChars, boolean resume,
      boolean overwrite, Duration commitInterval, Duration progressInterval) {
    Settings {
      Objects.requireNonNull(input, "input");
      Objects.requireNonNull(output, "output");
      Objects.requireNonNull(rejects, "rejects");
      Objects.requireNonNull(format, "format");
      fields = List.copyOf(fields);
      if (threads < 1 || batchRecords < 1 || batchChars < 1) {
        throw new IllegalArgumentException("threads and batch sizes must be positive");
      }
    }

    /** The default reject file of an output: {@code out.jsonl} → {@code out.jsonl.rejects.csv}. */
    static Path defaultRejects(Path output) {
      return output.resolveSibling(output.getFileName() + ".rejects.csv");
    }
  }

  private static final Object END = new Object();

  private final Settings settings;
  private final ReviewingRedactor redactor;
  private final PrintStream messages;
  private UnaryOperator<RecordSink> sinkDecorator = UnaryOperator.identity();

  ArchiveCleaner(Settings settings, ReviewingRedactor redactor, PrintStream messages) {
    this.settings = settings;
    this.redactor = redactor;
    this.messages = messages;
  }

  /** For tests: wraps the output sink, e.g. to make the disk fill up. */
  ArchiveCleaner decorateSink(UnaryOperator<RecordSink> decorator) {
    this.sinkDecorator = decorator;
    return this;
  }

  static Path partial(Path target) {
    return target.resolveSibling(target.getFileName() + ".partial");
  }

  static Path checkpointOf(Path output) {
    return output.resolveSibling(output.getFileName() + ".checkpoint");
  }

  /**
   * Runs the whole archive and returns the counts of all of it (this run and the runs it resumed).
   *
   * @throws ArchiveException when the run stopped; what was committed stays for {@code resume}
   */
  Tally run() throws ArchiveException, InterruptedException {
    Path input = settings.input();
    Path output = settings.output();
    Path checkpointFile = checkpointOf(output);
    if (!Files.exists(input)) {
      throw ArchiveException.input("no such input: " + input);
    }
    if (!Files.isReadable(input)) {
      throw ArchiveException.input("cannot read the input: " + input);
    }
    Path outDir = output.toAbsolutePath().getParent();
    if (outDir == null || !Files.isDirectory(outDir)) {
      throw new ArchiveException(ArchiveException.Kind.OUTPUT, "the output's directory does not exist: " + outDir);
    }
    String fingerprint = fingerprint();
    Checkpoint checkpoint = null;
    if (Files.exists(checkpointFile)) {
      if (!settings.resume()) {
        throw ArchiveException.usage("an interrupted run left " + checkpointFile + ": add --resume to carry on "
            + "from it, or delete it to start again");
      }
      try {
        checkpoint = Checkpoint.read(checkpointFile);
      } catch (IOException e) {
        throw ArchiveException.input("cannot resume: " + e.getMessage());
      }
      if (!checkpoint.settings().equals(fingerprint)) {
        throw ArchiveException.usage("cannot resume: the checkpoint " + checkpointFile + " was made for another input "
            + "(or the input changed since) or other options; delete it to start again");
      }
    } else {
      if (settings.resume()) {
        note("nothing to resume (no " + checkpointFile.getFileName() + "); starting from the beginning");
      }
      if (Files.exists(output) && !settings.overwrite()) {
        throw ArchiveException.usage("the output exists: " + output + " (add --overwrite to replace it)");
      }
    }
    if (output.toAbsolutePath().normalize().equals(input.toAbsolutePath().normalize())) {
      throw ArchiveException.usage("the output must not be the input");
    }

    RecordSource source;
    try {
      source = settings.format().openSource(input);
    } catch (NoSuchFileException e) {
      throw ArchiveException.input("no such input: " + input);
    } catch (IOException e) {
      throw ArchiveException.input("cannot read the input " + input + ": " + e.getClass().getSimpleName());
    }
    try (source) {
      RecordCleaner cleaner = settings.format().cleaner(settings.fields(), settings.allowMissingFields(), source);
      return run(source, cleaner, checkpoint, fingerprint);
    } catch (IOException e) {
      throw ArchiveException.input("cannot read the input " + input + ": " + e.getClass().getSimpleName());
    }
  }

  private Tally run(RecordSource source, RecordCleaner cleaner, Checkpoint checkpoint, String fingerprint)
      throws ArchiveException, InterruptedException {
    Path partialOut = partial(settings.output());
    Path partialRejects = partial(settings.rejects());
    RecordSink sink;
    RejectLog rejects;
    try {
      sink = sinkDecorator.apply(settings.format().openSink(partialOut,
          checkpoint == null ? -1 : checkpoint.outputPosition(), checkpoint == null ? 0 : checkpoint.records(), source));
    } catch (IOException e) {
      throw outputError(e, partialOut);
    }
    try {
      rejects = new RejectLog(partialRejects, checkpoint == null ? -1 : checkpoint.rejectPosition());
    } catch (IOException e) {
      closeQuietly(sink);
      throw outputError(e, partialRejects);
    }
    Writer writer = new Writer(sink, rejects, fingerprint,
        checkpoint == null ? new Tally() : checkpoint.tally().copy(), checkpoint == null ? 0 : checkpoint.records());
    boolean done = false;
    try {
      try {
        writer.commit();
      } catch (IOException e) {
        throw outputError(e, partialOut);
      }
      long skip = checkpoint == null ? 0 : checkpoint.records();
      if (skip > 0) {
        note(String.format(Locale.ROOT, "resuming after record %,d", skip));
      }
      Progress progress = new Progress(source, writer, settings.progressInterval(), messages);
      try {
        pump(source, cleaner, writer, skip);
      } finally {
        progress.stop();
      }
      done = true;
    } finally {
      try {
        sink.close();
        rejects.close();
      } catch (IOException e) {
        if (done) {
          throw outputError(e, partialOut);
        }
      }
      if (!done && checkpoint == null && writer.committedRecords == 0) {
        // A run that failed before finishing anything (a wrong field name, say) leaves nothing to resume.
        discard(partialOut, partialRejects);
      }
    }
    finish(partialOut, partialRejects);
    return writer.total;
  }

  /** Reads batches, hands them to the pool, and queues their futures in order for the writer. */
  private void pump(RecordSource source, RecordCleaner cleaner, Writer writer, long skip)
      throws ArchiveException, InterruptedException {
    int threads = settings.threads();
    BlockingQueue<Object> queue = new ArrayBlockingQueue<>(2 * threads);
    ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads("avid-clean"));
    Thread writerThread = daemonThreads("avid-write").newThread(() -> writer.drain(queue));
    writerThread.start();
    ArchiveException readFailure = null;
    try {
      boolean fieldsChecked = false;
      List<InputRecord> batch = new ArrayList<>();
      int chars = 0;
      InputRecord record;
      while ((record = source.next()) != null) {
        if (!fieldsChecked) {
          fieldsChecked = cleaner.checkFields(record);
        }
        if (record.number() <= skip) {
          continue;
        }
        batch.add(record);
        chars += record.chars();
        if (batch.size() >= settings.batchRecords() || chars >= settings.batchChars()) {
          hand(pool, queue, cleaner, batch, writer);
          batch = new ArrayList<>();
          chars = 0;
        }
      }
      if (!batch.isEmpty()) {
        hand(pool, queue, cleaner, batch, writer);
      }
    } catch (ArchiveException e) {
      readFailure = e;
    } catch (IOException e) {
      readFailure = ArchiveException.input("cannot read the input " + settings.input() + ": "
          + e.getClass().getSimpleName());
    } finally {
      // What was handed over is still written and committed, so that a resume starts after it.
      while (!queue.offer(END, 100, TimeUnit.MILLISECONDS)) {
        if (!writerThread.isAlive()) {
          break;
        }
      }
      writerThread.join();
      pool.shutdownNow();
    }
    if (writer.failure.get() != null) {
      throw writer.failure.get();
    }
    if (readFailure != null) {
      throw readFailure;
    }
  }

  private void hand(ExecutorService pool, BlockingQueue<Object> queue, RecordCleaner cleaner,
      List<InputRecord> batch, Writer writer) throws ArchiveException, InterruptedException {
    Future<Batch> future = pool.submit(() -> clean(batch, cleaner));
    while (!queue.offer(future, 100, TimeUnit.MILLISECONDS)) {
      if (writer.failure.get() != null) {
        throw writer.failure.get();
      }
    }
  }

  /** Cleans one batch on a worker thread. Whatever goes wrong with a record rejects that record only. */
  private Batch clean(List<InputRecord> records, RecordCleaner cleaner) {
    Batch batch = new Batch(records.size());
    for (InputRecord r : records) {
      try {
        RecordCleaner.Cleaned cleaned = cleaner.clean(r.payload(), redactor);
        batch.items.add(cleaned);
        batch.tally.written(cleaned);
      } catch (RejectedRecordException e) {
        batch.reject(r, e.getMessage());
      } catch (RedactionException e) {
        batch.reject(r, "could not be analysed: detector '" + e.detector() + "' failed");
      } catch (RuntimeException e) {
        batch.reject(r, "could not be cleaned: " + e.getClass().getName());
      }
      batch.lastNumber = r.number();
    }
    return batch;
  }

  /**
   * Drops the checkpoint, then moves the reject file and last the output into place. Stopped
   * between any two steps, the next run finds no checkpoint and no output and simply starts
   * again: it never resumes from a checkpoint whose partial files are already gone.
   */
  private void finish(Path partialOut, Path partialRejects) throws ArchiveException {
    try {
      Files.deleteIfExists(checkpointOf(settings.output()));
      moveIntoPlace(partialRejects, settings.rejects());
      if (settings.format() == ArchiveFormat.DIRECTORY && Files.isDirectory(settings.output())) {
        deleteDirectory(settings.output());
      }
      moveIntoPlace(partialOut, settings.output());
    } catch (IOException e) {
      throw outputError(e, settings.output());
    }
  }

  private void discard(Path partialOut, Path partialRejects) {
    try {
      if (Files.isDirectory(partialOut)) {
        deleteDirectory(partialOut);
      } else {
        Files.deleteIfExists(partialOut);
      }
      Files.deleteIfExists(partialRejects);
      Files.deleteIfExists(checkpointOf(settings.output()));
    } catch (IOException e) {
      note("could not remove the partial files: " + e.getClass().getSimpleName());
    }
  }

  private static void moveIntoPlace(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void deleteDirectory(Path dir) throws IOException {
    try (var files = Files.list(dir)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        Files.delete(p);
      }
    }
    Files.delete(dir);
  }

  /** The input's identity and every option that shapes the output: a resume must match it. */
  private String fingerprint() throws ArchiveException {
    try {
      Path in = settings.input().toAbsolutePath().normalize();
      return String.join("|", "input=" + in, "size=" + sizeOf(in), "modified=" + Files.getLastModifiedTime(in).toMillis(),
          "format=" + settings.format().optionName(), "fields=" + String.join(",", settings.fields()),
          "allowMissing=" + settings.allowMissingFields(), "rejects=" + settings.rejects().getFileName(),
          "detectors=" + String.join(",", redactor.detectorNames()));
    } catch (IOException e) {
      throw ArchiveException.input("cannot read the input " + settings.input() + ": " + e.getClass().getSimpleName());
    }
  }

  private static long sizeOf(Path in) throws IOException {
    if (!Files.isDirectory(in)) {
      return Files.size(in);
    }
    long n = 0;
    try (var files = Files.list(in)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        n++;
      }
    }
    return n;
  }

  static ArchiveException outputError(IOException e, Path file) {
    String why = e.getMessage() != null && e.getMessage().contains("No space left")
        ? "the disk is full (No space left on device)"
        : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    return new ArchiveException(ArchiveException.Kind.OUTPUT, "cannot write " + file + ": " + why
        + "; records already committed are kept: fix the cause and rerun with --resume", e);
  }

  private void note(String message) {
    if (messages != null) {
      messages.println("avid-archive-cleaner: " + message);
    }
  }

  private static void closeQuietly(AutoCloseable c) {
    try {
      c.close();
    } catch (Exception ignored) {
      // already failing
    }
  }

  private static ThreadFactory daemonThreads(String name) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  /** The results of one batch, in input order: {@link RecordCleaner.Cleaned} or {@link Rejected}. */
  private static final class Batch {
    final List<Object> items;
    final Tally tally = new Tally();
    long lastNumber;

    Batch(int size) {
      items = new ArrayList<>(size);
    }

    void reject(InputRecord r, String reason) {
      items.add(new Rejected(r.number(), r.line(), reason));
      tally.rejected();
    }
  }

  private record Rejected(long number, long line, String reason) {}

  /** The writer thread: takes batches in input order, writes them, commits now and then. */
  final class Writer {
    private final RecordSink sink;
    private final RejectLog rejects;
    private final String fingerprint;
    final Tally total;
    private volatile long committedRecords;
    private volatile long writtenRecords;
    private long lastCommit;
    final AtomicReference<ArchiveException> failure = new AtomicReference<>();

    Writer(RecordSink sink, RejectLog rejects, String fingerprint, Tally total, long committedRecords) {
      this.sink = sink;
      this.rejects = rejects;
      this.fingerprint = fingerprint;
      this.total = total;
      this.committedRecords = committedRecords;
      this.writtenRecords = committedRecords;
    }

    /** Records handled so far (written or rejected), for progress. */
    long records() {
      return writtenRecords;
    }

    void drain(BlockingQueue<Object> queue) {
      try {
        while (true) {
          Object next = queue.take();
          if (next == END) {
            break;
          }
          @SuppressWarnings("unchecked")
          Batch batch = ((Future<Batch>) next).get();
          write(batch);
        }
        commit();
      } catch (IOException e) {
        failure.set(outputError(e, partial(settings.output())));
      } catch (ExecutionException e) {
        failure.set(new ArchiveException(ArchiveException.Kind.INTERNAL, "a worker failed: "
            + e.getCause().getClass().getName(), e.getCause()));
      } catch (InterruptedException e) {
        failure.set(new ArchiveException(ArchiveException.Kind.INTERNAL, "interrupted"));
        Thread.currentThread().interrupt();
      } catch (RuntimeException | Error e) {
        failure.set(new ArchiveException(ArchiveException.Kind.INTERNAL, "the writer failed: "
            + e.getClass().getName(), e));
      }
    }

    private void write(Batch batch) throws IOException {
      for (Object item : batch.items) {
        if (item instanceof Rejected r) {
          rejects.reject(r.number(), r.line(), r.reason());
        } else {
          sink.write(((RecordCleaner.Cleaned) item).payload());
        }
      }
      total.add(batch.tally);
      writtenRecords = batch.lastNumber;
      long now = System.nanoTime();
      if (now - lastCommit >= settings.commitInterval().toNanos()) {
        commit();
      }
    }

    /** Makes the output and reject file durable, then records how far they go. */
    void commit() throws IOException {
      long outputPosition = sink.commit();
      long rejectPosition = rejects.commit();
      new Checkpoint(fingerprint, writtenRecords, outputPosition, rejectPosition, total.copy())
          .write(checkpointOf(settings.output()));
      committedRecords = writtenRecords;
      lastCommit = System.nanoTime();
    }
  }

  /** Prints progress to stderr now and then: records, MB, MB/s, ETA when the size is known. */
  private static final class Progress {
    private final CompletableFuture<Void> stopped = new CompletableFuture<>();
    private final Thread thread;

    Progress(RecordSource source, Writer writer, Duration interval, PrintStream out) {
      if (interval == null || interval.isZero() || out == null) {
        thread = null;
        return;
      }
      long start = System.nanoTime();
      long startBytes = source.bytesRead();
      thread = daemonThreads("avid-progress").newThread(() -> {
        try {
          while (true) {
            try {
              stopped.get(interval.toMillis(), TimeUnit.MILLISECONDS);
              return;
            } catch (java.util.concurrent.TimeoutException e) {
              out.println(line(source, writer, start, startBytes));
            }
          }
        } catch (InterruptedException | ExecutionException e) {
          // stop printing
        }
      });
      thread.start();
    }

    static String line(RecordSource source, Writer writer, long start, long startBytes) {
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
  }
}
