package se.avid.examples.archive;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes each cleaned post as a file of the same name into the partial output directory. Its
 * position is the number of records committed. Durable against a killed process (the files are in
 * the page cache), not against a power cut: fsyncing every small file would cost more than the cleaning.
 */
final class DirectorySink implements RecordSink {

  private final Path dir;
  private long records;

  /**
   * @param committed records committed by an interrupted run, or -1 to start empty
   * @param names the source's file names: on resume, any file that is not among the first
   *     {@code committed} was written after the last commit and is removed
   */
  DirectorySink(Path dir, long committed, List<String> names) throws IOException {
    this.dir = dir;
    if (committed < 0) {
      deleteContents(dir, Set.of());
      Files.createDirectories(dir);
      this.records = 0;
    } else {
      if (!Files.isDirectory(dir)) {
        throw new IOException("the partial output directory " + dir + " is missing");
      }
      deleteContents(dir, new HashSet<>(names.subList(0, (int) committed)));
      this.records = committed;
    }
  }

  private static void deleteContents(Path dir, Set<String> keep) throws IOException {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        if (!keep.contains(p.getFileName().toString())) {
          Files.delete(p);
        }
      }
    }
  }

  @Override
  public void write(Object payload) throws IOException {
    TextCleaner.TextFile file = (TextCleaner.TextFile) payload;
    Files.writeString(dir.resolve(file.name()), file.text(), StandardCharsets.UTF_8);
    records++;
  }

  @Override
  public long commit() {
    return records;
  }

  @Override
  public void close() {}
}
