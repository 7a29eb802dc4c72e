package se.avid.examples.archive;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Properties;

/**
 * What an interrupted run had finished: the first {@code records} input records are in the
 * partial output (its first {@code outputPosition} bytes, or files for a directory), the partial
 * review output ({@code reviewPosition}; 0 when there is none) or the partial reject file (its first
 * {@code rejectPosition} bytes); the partial review list holds {@code reviewListPosition} bytes of
 * them; and {@code tally} counts them.
 *
 * <p>Written only after both partial files are flushed and fsynced, to a temporary file that is
 * fsynced and then renamed over the old checkpoint, so the checkpoint never claims more than is on
 * disk. {@code settings} fingerprints the input (path, size, modification time) and the options
 * that shape the output, so that a resume with another input or other options is refused.
 * The tally is a copy taken at commit time and is not changed afterwards.
 */
record Checkpoint(String settings, long records, long outputPosition, long rejectPosition, long reviewPosition,
    long reviewListPosition, Tally tally) {

  private static final String VERSION = "2";

  void write(Path file) throws IOException {
    Properties p = new Properties();
    p.setProperty("version", VERSION);
    p.setProperty("settings", settings);
    p.setProperty("records", Long.toString(records));
    p.setProperty("outputPosition", Long.toString(outputPosition));
    p.setProperty("rejectPosition", Long.toString(rejectPosition));
    p.setProperty("reviewPosition", Long.toString(reviewPosition));
    p.setProperty("reviewListPosition", Long.toString(reviewListPosition));
    tally.store(p, "count.");
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING)) {
      OutputStream out = java.nio.channels.Channels.newOutputStream(ch);
      p.store(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8) {
        @Override
        public void close() throws IOException {
          flush();
        }
      }, "avid archive cleaner checkpoint: do not edit");
      ch.force(true);
    }
    try {
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /**
   * @throws IOException when the file cannot be read or is not a checkpoint of this version
   */
  static Checkpoint read(Path file) throws IOException {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    }
    if (!VERSION.equals(p.getProperty("version"))) {
      throw new IOException(file + " is not a checkpoint of this version of the archive cleaner");
    }
    try {
      return new Checkpoint(p.getProperty("settings", ""), Long.parseLong(p.getProperty("records")),
          Long.parseLong(p.getProperty("outputPosition")), Long.parseLong(p.getProperty("rejectPosition")),
          Long.parseLong(p.getProperty("reviewPosition")), Long.parseLong(p.getProperty("reviewListPosition")),
          Tally.load(p, "count."));
    } catch (RuntimeException e) {
      throw new IOException(file + " is damaged: " + e.getClass().getSimpleName());
    }
  }
}
