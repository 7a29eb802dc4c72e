package se.avid.examples.archive;

import java.io.IOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/** Writes one record per line, ending each with {@code \n}. */
final class LineSink implements RecordSink {

  private final FileChannel channel;
  private final Writer writer;

  LineSink(Path partial, long position) throws IOException {
    this.channel = TextFiles.openAt(partial, position);
    this.writer = TextFiles.utf8Writer(channel);
  }

  @Override
  public void write(Object payload) throws IOException {
    writer.write((String) payload);
    writer.write('\n');
  }

  @Override
  public long commit() throws IOException {
    writer.flush();
    channel.force(false);
    return channel.position();
  }

  @Override
  public void close() throws IOException {
    writer.close();
  }
}
