package se.avid.examples.archive;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Splits a byte stream into lines at {@code \n} (dropping a {@code \r} before it) and decodes each
 * line as strict UTF-8 on its own, so that one line with a broken byte is one rejected record
 * rather than the end of the run, and its line number is exact. Not thread-safe.
 */
final class Utf8LineReader implements Closeable {

  /** Stands for a line that is not valid UTF-8. */
  static final Object MALFORMED = new Object() {
    @Override
    public String toString() {
      return "MALFORMED";
    }
  };

  private final InputStream in;
  private final byte[] buffer = new byte[TextFiles.BUFFER];
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  private int pos;
  private int limit;
  private byte[] line = new byte[1024];
  private int length;

  Utf8LineReader(InputStream in) {
    this.in = in;
  }

  /** The next line as a String, {@link #MALFORMED}, or null at the end of the stream. */
  Object next() throws IOException {
    length = 0;
    boolean any = false;
    while (true) {
      if (pos == limit) {
        limit = in.read(buffer, 0, buffer.length);
        pos = 0;
        if (limit <= 0) {
          limit = 0;
          return any ? decode() : null;
        }
      }
      any = true;
      int start = pos;
      while (pos < limit && buffer[pos] != '\n') {
        pos++;
      }
      append(start, pos);
      if (pos < limit) {
        pos++; // the \n
        return decode();
      }
    }
  }

  private void append(int from, int to) {
    int n = to - from;
    if (length + n > line.length) {
      line = Arrays.copyOf(line, Math.max(line.length * 2, length + n));
    }
    System.arraycopy(buffer, from, line, length, n);
    length += n;
  }

  private Object decode() {
    int n = length > 0 && line[length - 1] == '\r' ? length - 1 : length;
    boolean ascii = true;
    for (int i = 0; i < n; i++) {
      if (line[i] < 0) {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      return new String(line, 0, n, StandardCharsets.ISO_8859_1);
    }
    try {
      return decoder.reset().decode(ByteBuffer.wrap(line, 0, n)).toString();
    } catch (CharacterCodingException e) {
      return MALFORMED;
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
