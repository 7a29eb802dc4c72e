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
 * Splits a byte stream into lines at {@code \n} (dropping a {@code \r} before it). Each line is
 * decoded on its own, as strict UTF-8, by {@link #decode} on a worker thread: one line with a
 * broken byte is then one rejected record rather than the end of the run, its line number is
 * exact, and the single reader thread only splits bytes. Not thread-safe.
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
  private int pos;
  private int limit;
  private byte[] line = new byte[1024];
  private int length;

  Utf8LineReader(InputStream in) {
    this.in = in;
  }

  /** The next line's bytes, without its line break, or null at the end of the stream. */
  byte[] next() throws IOException {
    length = 0;
    boolean any = false;
    while (true) {
      if (pos == limit) {
        limit = in.read(buffer, 0, buffer.length);
        pos = 0;
        if (limit <= 0) {
          limit = 0;
          return any ? line() : null;
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
        return line();
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

  private byte[] line() {
    int n = length > 0 && line[length - 1] == '\r' ? length - 1 : length;
    return Arrays.copyOf(line, n);
  }

  /** The line as a String, or {@link #MALFORMED} when it is not valid UTF-8. Thread-safe. */
  static Object decode(byte[] bytes) {
    boolean ascii = true;
    for (byte b : bytes) {
      if (b < 0) {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      return new String(bytes, StandardCharsets.ISO_8859_1);
    }
    // The String constructor is much faster than a decoder but replaces bad bytes with U+FFFD;
    // only when one shows up is the line decoded again strictly, to tell a bad byte from a real U+FFFD.
    String fast = new String(bytes, StandardCharsets.UTF_8);
    if (fast.indexOf('\uFFFD') < 0) {
      return fast;
    }
    CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return strict.decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return MALFORMED;
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
