package se.avid.examples.archive;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The writer thread: takes the batches' futures in input order and writes each record to its
 * file: the clean output; the review output when it has findings in the review band (the clean
 * output again with {@code --review inline}), listed in the review list too; the reject file. Now
 * and then it commits: makes the files durable, then writes a checkpoint that says how far they go. A failure is kept in {@link #failure} for the reader thread, which stops handing over.
 */
final class OrderedWriter {

  /** Put on the queue after the last batch. */
  static final Object END = new Object();

  private final Outputs outputs;
  private final String fingerprint;
  private final Path checkpointFile;
  private final Path partialOutput;
  private final Duration commitInterval;
  final Tally total;
  private volatile long committedRecords;
  private volatile long writtenRecords;
  private long lastCommit;
  final AtomicReference<ArchiveException> failure = new AtomicReference<>();

  /**
   * @param total the counts so far (of the runs this one resumes); added to as batches are written
   * @param committedRecords input records an interrupted run already finished
   */
  OrderedWriter(Outputs outputs, String fingerprint, Path output, Duration commitInterval, Tally total,
      long committedRecords) {
    this.outputs = outputs;
    this.fingerprint = fingerprint;
    this.checkpointFile = Outputs.checkpointOf(output);
    this.partialOutput = Outputs.partial(output);
    this.commitInterval = commitInterval;
    this.total = total;
    this.committedRecords = committedRecords;
    this.writtenRecords = committedRecords;
  }

  /** Records handled so far (written or rejected), for progress. */
  long records() {
    return writtenRecords;
  }

  /** Input records that are committed: a resume starts after them. */
  long committedRecords() {
    return committedRecords;
  }

  /** Writes every batch of {@code queue} until {@link #END}, then commits; runs on the writer thread. */
  void drain(BlockingQueue<Object> queue) {
    try {
      while (true) {
        Object next = queue.take();
        if (next == END) {
          break;
        }
        @SuppressWarnings("unchecked")
        CleanedBatch batch = ((Future<CleanedBatch>) next).get();
        write(batch);
      }
      commit();
    } catch (IOException e) {
      failure.set(Outputs.outputError(e, partialOutput));
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

  private void write(CleanedBatch batch) throws IOException {
    for (Object item : batch.items) {
      if (item instanceof CleanedBatch.Rejected r) {
        outputs.rejects.add(r.number(), r.line(), r.reason());
      } else {
        CleanedBatch.Written w = (CleanedBatch.Written) item;
        if (w.cleaned().needsReview()) {
          outputs.reviewList.add(w.number(), w.location(), w.cleaned().reviewTypes());
          outputs.reviewSink.write(w.cleaned().payload());
        } else {
          outputs.sink.write(w.cleaned().payload());
        }
      }
    }
    total.add(batch.tally);
    writtenRecords = batch.lastNumber;
    long now = System.nanoTime();
    if (now - lastCommit >= commitInterval.toNanos()) {
      commit();
    }
  }

  /** Makes every file durable, then records how far they go. */
  void commit() throws IOException {
    outputs.commit(fingerprint, writtenRecords, total.copy()).write(checkpointFile);
    committedRecords = writtenRecords;
    lastCommit = System.nanoTime();
  }
}
