package se.avid.examples.archive;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Writes one record per line, ending each with {@code \n}. Records come as bytes already encoded
 * by the workers ({@link #encode}), so that the single writer thread only copies: encoding here
 * made the writer the bottleneck of the whole pipeline.
 */
final class LineSink implements RecordSink {

  private final FileChannel channel;
  private final OutputStream out;

  LineSink(Path partial, long position) throws IOException {
    this.channel = TextFiles.openAt(partial, position);
    this.out = new BufferedOutputStream(Channels.newOutputStream(channel), TextFiles.BUFFER);
  }

  /** The line's bytes, with its {@code \n}; called on the worker threads. */
  static byte[] encode(String line) {
    return withNewline(line.getBytes(StandardCharsets.UTF_8));
  }

  /** The bytes of a line followed by {@code \n}. */
  static byte[] withNewline(byte[] line) {
    byte[] out = java.util.Arrays.copyOf(line, line.length + 1);
    out[line.length] = '\n';
    return out;
  }

  @Override
  public void write(Object payload) throws IOException {
    out.write(payload instanceof byte[] bytes ? bytes : encode((String) payload));
  }

  @Override
  public long commit() throws IOException {
    out.flush();
    channel.force(false);
    return channel.position();
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
