package se.avid.examples.archive;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;

/** Opening archive files for strict UTF-8 reading and for committed, resumable writing. */
final class TextFiles {

  static final int BUFFER = 1 << 16;

  private TextFiles() {}

  /**
   * A reader that fails on bytes that are not UTF-8 instead of replacing them: a silently
   * replaced byte would change the archive without anyone knowing.
   */
  static BufferedReader strictUtf8(InputStream in) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    Reader reader = new InputStreamReader(in, decoder);
    return new BufferedReader(reader, BUFFER);
  }

  /**
   * A file opened for writing at {@code position}: -1 starts it empty, anything else cuts off
   * what was written after that committed position by an interrupted run and appends from there.
   */
  static FileChannel openAt(Path file, long position) throws IOException {
    FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    try {
      if (position < 0) {
        channel.truncate(0);
        channel.position(0);
      } else {
        if (channel.size() < position) {
          throw new IOException(file + " is shorter (" + channel.size() + " bytes) than its checkpoint ("
              + position + " bytes)");
        }
        channel.truncate(position);
        channel.position(position);
      }
      return channel;
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  static Writer utf8Writer(FileChannel channel) {
    return new BufferedWriter(new OutputStreamWriter(new BufferedOutputStream(Channels.newOutputStream(channel),
        BUFFER), StandardCharsets.UTF_8), BUFFER);
  }

  static InputStream open(Path file) throws IOException {
    return Files.newInputStream(file);
  }
}
