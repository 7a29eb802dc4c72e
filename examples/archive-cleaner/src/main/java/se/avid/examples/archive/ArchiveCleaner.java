package se.avid.examples.archive;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
 * <p>Every input record ends as exactly one record of the output or of the review output (see
 * {@link ReviewRouting}), or one line of the reject file. A record that cannot be cleaned (broken
 * JSON, a failing detector) is rejected, never written unredacted. The files are written under
 * {@code .partial} names next to their targets ({@link Outputs}) and moved into place only when
 * the whole archive is done; the checkpoint beside them says how much of them is finished, so that
 * {@code resume} truncates them back to it, skips the finished records (reading them again, not
 * cleaning them) and carries on.
 *
 * <p>One run per output at a time. Not thread-safe; build one per run.
 */
final class ArchiveCleaner {

  /** What to clean and how; validated by the command line. */
  record Settings(Path input, Path output, Path rejects, ArchiveFormat format, List<String> fields,
      boolean allowMissingFields, int threads, int batchRecords, int batchChars, boolean resume,
      boolean overwrite, Duration commitInterval, Duration progressInterval, Review review) {
    Settings {
      Objects.requireNonNull(input, "input");
      Objects.requireNonNull(output, "output");
      Objects.requireNonNull(rejects, "rejects");
      Objects.requireNonNull(format, "format");
      Objects.requireNonNull(review, "review");
      fields = List.copyOf(fields);
      if (threads < 1 || batchRecords < 1 || batchChars < 1) {
        throw new IllegalArgumentException("threads and batch sizes must be positive");
      }
    }

    /** Settings with the default review routing: records to review go to the default review output. */
    Settings(Path input, Path output, Path rejects, ArchiveFormat format, List<String> fields,
        boolean allowMissingFields, int threads, int batchRecords, int batchChars, boolean resume,
        boolean overwrite, Duration commitInterval, Duration progressInterval) {
      this(input, output, rejects, format, fields, allowMissingFields, threads, batchRecords, batchChars, resume,
          overwrite, commitInterval, progressInterval, Review.of(ReviewRouting.SEPARATE, null, null, output));
    }

    /** The default reject file of an output: {@code out.jsonl} → {@code out.jsonl.rejects.csv}. */
    static Path defaultRejects(Path output) {
      return output.resolveSibling(output.getFileName() + ".rejects.csv");
    }
  }

  /**
   * Where records with findings in the review band go.
   *
   * @param routing to a review output, or inline in the clean output
   * @param output the review output (same format as the clean one); null when inline
   * @param list the review list: {@code record,line,types} ({@code record,file,types} for a directory)
   */
  record Review(ReviewRouting routing, Path output, Path list) {
    Review {
      Objects.requireNonNull(routing, "routing");
      Objects.requireNonNull(list, "list");
      if ((routing == ReviewRouting.SEPARATE) != (output != null)) {
        throw new IllegalArgumentException("a review output goes with --review separate only");
      }
    }

    /**
     * The routing with the given files, or the default ones of {@code cleanOutput}: the review
     * output {@code clean.review.jsonl} beside {@code clean.jsonl} ({@code clean.review} beside a
     * directory {@code clean}), the review list {@code clean.jsonl.review-list.csv}.
     */
    static Review of(ReviewRouting routing, Path output, Path list, Path cleanOutput) {
      Path reviewOutput = routing == ReviewRouting.INLINE ? null : output != null ? output : besides(cleanOutput);
      return new Review(routing, reviewOutput,
          list != null ? list : cleanOutput.resolveSibling(cleanOutput.getFileName() + ".review-list.csv"));
    }

    private static Path besides(Path cleanOutput) {
      String name = cleanOutput.getFileName().toString();
      int dot = name.lastIndexOf('.');
      return cleanOutput.resolveSibling(dot > 0 ? name.substring(0, dot) + ".review" + name.substring(dot)
          : name + ".review");
    }
  }

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
    return Outputs.partial(target);
  }

  static Path checkpointOf(Path output) {
    return Outputs.checkpointOf(output);
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
    checkDistinct(input, output, settings.rejects(), settings.review().output(), settings.review().list());

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
    Outputs outputs = Outputs.open(settings, checkpoint, source, sinkDecorator);
    long skip = checkpoint == null ? 0 : checkpoint.records();
    OrderedWriter writer = new OrderedWriter(outputs, fingerprint, settings.output(), settings.commitInterval(),
        checkpoint == null ? new Tally() : checkpoint.tally().copy(), skip);
    boolean done = false;
    try {
      try {
        writer.commit();
      } catch (IOException e) {
        throw Outputs.outputError(e, partial(settings.output()));
      }
      if (skip > 0) {
        note(String.format(Locale.ROOT, "resuming after record %,d", skip));
      }
      ProgressReporter progress = new ProgressReporter(source, writer, settings.progressInterval(), messages);
      try {
        pump(source, cleaner, writer, skip);
      } finally {
        progress.stop();
      }
      done = true;
    } finally {
      try {
        outputs.close();
      } catch (IOException e) {
        if (done) {
          throw Outputs.outputError(e, partial(settings.output()));
        }
      }
      if (!done && checkpoint == null && writer.committedRecords() == 0) {
        // A run that failed before finishing anything (a wrong field name, say) leaves nothing to resume.
        String trouble = outputs.discard();
        if (trouble != null) {
          note(trouble);
        }
      }
    }
    outputs.finish();
    return writer.total;
  }

  /** The input and every file written must be different files: none may overwrite another. */
  private static void checkDistinct(Path... files) throws ArchiveException {
    java.util.Set<Path> seen = new java.util.HashSet<>();
    for (int i = 0; i < files.length; i++) {
      if (files[i] != null && !seen.add(files[i].toAbsolutePath().normalize())) {
        throw ArchiveException.usage(i == 1 ? "the output must not be the input"
            : "two of the input, output, reject file, review output and review list are the same file: " + files[i]);
      }
    }
  }

  /** Reads batches, hands them to the pool, and queues their futures in order for the writer. */
  private void pump(RecordSource source, RecordCleaner cleaner, OrderedWriter writer, long skip)
      throws ArchiveException, InterruptedException {
    int threads = settings.threads();
    BlockingQueue<Object> queue = new ArrayBlockingQueue<>(2 * threads);
    ExecutorService pool = Executors.newFixedThreadPool(threads, ProgressReporter.daemonThreads("avid-clean"));
    Thread writerThread = ProgressReporter.daemonThreads("avid-write").newThread(() -> writer.drain(queue));
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
      while (!queue.offer(OrderedWriter.END, 100, TimeUnit.MILLISECONDS)) {
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
      List<InputRecord> batch, OrderedWriter writer) throws ArchiveException, InterruptedException {
    Future<CleanedBatch> future = pool.submit(() -> clean(batch, cleaner));
    while (!queue.offer(future, 100, TimeUnit.MILLISECONDS)) {
      if (writer.failure.get() != null) {
        throw writer.failure.get();
      }
    }
  }

  /** Cleans one batch on a worker thread. Whatever goes wrong with a record rejects that record only. */
  private CleanedBatch clean(List<InputRecord> records, RecordCleaner cleaner) {
    CleanedBatch batch = new CleanedBatch(records.size());
    for (InputRecord r : records) {
      try {
        RecordCleaner.Cleaned cleaned = cleaner.clean(r.payload(), redactor);
        batch.written(r, cleaned);
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

  /** The input's identity and every option that shapes the output: a resume must match it. */
  private String fingerprint() throws ArchiveException {
    try {
      Path in = settings.input().toAbsolutePath().normalize();
      return String.join("|", "input=" + in, "size=" + sizeOf(in), "modified=" + Files.getLastModifiedTime(in).toMillis(),
          "format=" + settings.format().optionName(), "fields=" + String.join(",", settings.fields()),
          "allowMissing=" + settings.allowMissingFields(), "rejects=" + settings.rejects().getFileName(),
          "review=" + settings.review().routing().optionName() + ","
              + (settings.review().output() == null ? "" : settings.review().output().getFileName()) + ","
              + settings.review().list().getFileName(),
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

  private void note(String message) {
    if (messages != null) {
      messages.println("avid-archive-cleaner: " + message);
    }
  }
}
