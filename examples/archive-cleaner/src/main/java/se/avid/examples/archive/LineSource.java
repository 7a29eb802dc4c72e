package se.avid.examples.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One record per line (JSON lines, or one post per line). A byte-order mark at the start is
 * dropped; a line that is not valid UTF-8 comes as {@link Utf8LineReader#MALFORMED} and is rejected.
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
    Object line = reader.next();
    if (line == null) {
      return null;
    }
    number++;
    if (line instanceof String s) {
      if (number == 1 && !s.isEmpty() && s.charAt(0) == '\uFEFF') {
        line = s = s.substring(1);
      }
      return new InputRecord(number, number, s, s.length());
    }
    return new InputRecord(number, number, line, 0);
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
