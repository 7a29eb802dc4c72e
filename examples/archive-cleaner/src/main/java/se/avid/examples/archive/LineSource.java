package se.avid.examples.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One record per line (JSON lines, or one post per line), handed on as the line's bytes for the
 * cleaners to decode with {@link Utf8LineReader#decode}. A byte-order mark at the start is dropped.
 */
final class LineSource implements RecordSource {

  private final CountingInputStream counted;
  private final Utf8LineReader reader;
  private final long size;
  private long number;

  LineSource(Path file) throws IOException {
    this.size = Files.size(file);
    InputStream in = TextFiles.open(file);
    this.counted = new CountingInputStream(in);
    this.reader = new Utf8LineReader(counted);
  }

  @Override
  public InputRecord next() throws IOException {
    byte[] line = reader.next();
    if (line == null) {
      return null;
    }
    number++;
    if (number == 1 && line.length >= 3 && line[0] == (byte) 0xEF && line[1] == (byte) 0xBB && line[2] == (byte) 0xBF) {
      line = java.util.Arrays.copyOfRange(line, 3, line.length);
    }
    return new InputRecord(number, number, line, line.length);
  }

  @Override
  public long bytesRead() {
    return counted.count();
  }

  @Override
  public long totalBytes() {
    return size;
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
