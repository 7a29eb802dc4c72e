package se.avid.examples.archive;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The files a run writes, under {@code .partial} names next to their targets: the clean output,
 * the review output (with {@code --review separate}), the reject file and the review list. Opened
 * fresh or cut back to an interrupted run's checkpoint, committed together, and moved into place
 * only when the whole archive is done. Not thread-safe: the writer thread's.
 */
final class Outputs implements AutoCloseable {

  /** The review list's columns; the second is the format's {@link ArchiveFormat#locationColumn()}. */
  static final String[] REVIEW_LIST = {"record", "line", "types"};

  private final ArchiveCleaner.Settings settings;
  private final List<AutoCloseable> opened = new ArrayList<>();
  final RecordSink sink;
  /** Where records to review go; the clean output's sink when they stay inline. */
  final RecordSink reviewSink;
  final CsvLog rejects;
  final CsvLog reviewList;

  private Outputs(ArchiveCleaner.Settings settings, Checkpoint checkpoint, RecordSource source,
      UnaryOperator<RecordSink> decorator) throws ArchiveException {
    this.settings = settings;
    boolean fresh = checkpoint == null;
    long records = fresh ? 0 : checkpoint.records();
    ArchiveCleaner.Review review = settings.review();
    boolean inline = review.routing() == ReviewRouting.INLINE;
    try {
      this.sink = open(settings.output(), p -> decorator.apply(settings.format().openSink(p,
          fresh ? -1 : checkpoint.outputPosition(), records, source, inline)));
      this.reviewSink = inline ? sink : open(review.output(), p -> settings.format().openSink(p,
          fresh ? -1 : checkpoint.reviewPosition(), records, source, true));
      this.rejects = open(settings.rejects(), p -> new CsvLog(p, fresh ? -1 : checkpoint.rejectPosition(),
          CsvLog.REJECTS));
      String[] listHeader = REVIEW_LIST.clone();
      listHeader[1] = settings.format().locationColumn();
      this.reviewList = open(review.list(), p -> new CsvLog(p, fresh ? -1 : checkpoint.reviewListPosition(),
          listHeader));
    } catch (ArchiveException e) {
      opened.forEach(Outputs::closeQuietly);
      throw e;
    }
  }

  /**
   * Opens the partial files: fresh when {@code checkpoint} is null, else cut back to it.
   *
   * @param decorator wraps the clean output's sink (tests make the disk fill up)
   */
  static Outputs open(ArchiveCleaner.Settings settings, Checkpoint checkpoint, RecordSource source,
      UnaryOperator<RecordSink> decorator) throws ArchiveException {
    return new Outputs(settings, checkpoint, source, decorator);
  }

  private interface Opener<T> {
    T open(Path partial) throws IOException;
  }

  private <T extends AutoCloseable> T open(Path target, Opener<T> opener) throws ArchiveException {
    Path partial = partial(target);
    try {
      T file = opener.open(partial);
      opened.add(file);
      return file;
    } catch (IOException e) {
      throw outputError(e, partial);
    }
  }

  /** Makes every file durable and returns a checkpoint of how far they go. */
  Checkpoint commit(String fingerprint, long records, Tally total) throws IOException {
    long output = sink.commit();
    long review = reviewSink == sink ? 0 : reviewSink.commit();
    return new Checkpoint(fingerprint, records, output, rejects.commit(), review, reviewList.commit(), total);
  }

  @Override
  public void close() throws IOException {
    IOException first = null;
    for (AutoCloseable c : opened) {
      try {
        c.close();
      } catch (IOException e) {
        first = first == null ? e : first;
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
    if (first != null) {
      throw first;
    }
  }

  /**
   * Drops the checkpoint, then moves the reject file, the review list, the review output and last
   * the clean output into place. Stopped between any two steps, the next run finds no checkpoint
   * and no output and simply starts again: it never resumes from a checkpoint whose partial files
   * are already gone.
   */
  void finish() throws ArchiveException {
    try {
      Files.deleteIfExists(checkpointOf(settings.output()));
      for (Path target : targets()) {
        moveIntoPlace(partial(target), target);
      }
    } catch (IOException e) {
      throw outputError(e, settings.output());
    }
  }

  /** Removes the partial files and the checkpoint of a run that finished nothing. */
  String discard() {
    try {
      for (Path target : targets()) {
        delete(partial(target));
      }
      Files.deleteIfExists(checkpointOf(settings.output()));
      return null;
    } catch (IOException e) {
      return "could not remove the partial files: " + e.getClass().getSimpleName();
    }
  }

  /** The files in the order they are moved into place: the clean output last. */
  private List<Path> targets() {
    List<Path> targets = new ArrayList<>(List.of(settings.rejects(), settings.review().list()));
    if (settings.review().output() != null) {
      targets.add(settings.review().output());
    }
    targets.add(settings.output());
    return targets;
  }

  static Path partial(Path target) {
    return target.resolveSibling(target.getFileName() + ".partial");
  }

  static Path checkpointOf(Path output) {
    return output.resolveSibling(output.getFileName() + ".checkpoint");
  }

  static ArchiveException outputError(IOException e, Path file) {
    String why = e.getMessage() != null && e.getMessage().contains("No space left")
        ? "the disk is full (No space left on device)"
        : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    return new ArchiveException(ArchiveException.Kind.OUTPUT, "cannot write " + file + ": " + why
        + "; records already committed are kept: fix the cause and rerun with --resume", e);
  }

  /** Moves a finished partial file or directory over its target, replacing a directory of an earlier run. */
  private static void moveIntoPlace(Path from, Path to) throws IOException {
    if (Files.isDirectory(from) && Files.isDirectory(to)) {
      delete(to);
    }
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Deletes a file, or a directory of files (a directory archive has no subdirectories). */
  private static void delete(Path p) throws IOException {
    if (Files.isDirectory(p)) {
      try (var files = Files.list(p)) {
        for (Path f : (Iterable<Path>) files::iterator) {
          Files.delete(f);
        }
      }
    }
    Files.deleteIfExists(p);
  }

  private static void closeQuietly(AutoCloseable c) {
    try {
      c.close();
    } catch (Exception ignored) {
      // already failing
    }
  }
}
