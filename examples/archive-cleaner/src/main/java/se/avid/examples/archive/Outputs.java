package se.avid.examples.archive;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.UnaryOperator;

/**
 * The files a run writes, under {@code .partial} names next to their targets: the output and the
 * reject file. Opened fresh or cut back to an interrupted run's checkpoint, committed together,
 * and moved into place only when the whole archive is done. Not thread-safe: the writer thread's.
 */
final class Outputs implements AutoCloseable {

  private final ArchiveCleaner.Settings settings;
  final RecordSink sink;
  final RejectLog rejects;

  private Outputs(ArchiveCleaner.Settings settings, RecordSink sink, RejectLog rejects) {
    this.settings = settings;
    this.sink = sink;
    this.rejects = rejects;
  }

  /**
   * Opens the partial files: fresh when {@code checkpoint} is null, else cut back to it.
   *
   * @param decorator wraps the output sink (tests make the disk fill up)
   */
  static Outputs open(ArchiveCleaner.Settings settings, Checkpoint checkpoint, RecordSource source,
      UnaryOperator<RecordSink> decorator) throws ArchiveException {
    Path partialOut = partial(settings.output());
    RecordSink sink;
    try {
      sink = decorator.apply(settings.format().openSink(partialOut,
          checkpoint == null ? -1 : checkpoint.outputPosition(), checkpoint == null ? 0 : checkpoint.records(), source));
    } catch (IOException e) {
      throw outputError(e, partialOut);
    }
    Path partialRejects = partial(settings.rejects());
    try {
      return new Outputs(settings, sink, new RejectLog(partialRejects, checkpoint == null ? -1 : checkpoint.rejectPosition()));
    } catch (IOException e) {
      closeQuietly(sink);
      throw outputError(e, partialRejects);
    }
  }

  /** The committed positions of the output and the reject file, in that order. */
  long[] commit() throws IOException {
    return new long[] {sink.commit(), rejects.commit()};
  }

  @Override
  public void close() throws IOException {
    try {
      sink.close();
    } finally {
      rejects.close();
    }
  }

  /**
   * Drops the checkpoint, then moves the reject file and last the output into place. Stopped
   * between any two steps, the next run finds no checkpoint and no output and simply starts
   * again: it never resumes from a checkpoint whose partial files are already gone.
   */
  void finish() throws ArchiveException {
    try {
      Files.deleteIfExists(checkpointOf(settings.output()));
      moveIntoPlace(partial(settings.rejects()), settings.rejects());
      moveIntoPlace(partial(settings.output()), settings.output());
    } catch (IOException e) {
      throw outputError(e, settings.output());
    }
  }

  /** Removes the partial files and the checkpoint of a run that finished nothing. */
  String discard() {
    try {
      delete(partial(settings.output()));
      delete(partial(settings.rejects()));
      Files.deleteIfExists(checkpointOf(settings.output()));
      return null;
    } catch (IOException e) {
      return "could not remove the partial files: " + e.getClass().getSimpleName();
    }
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
