package se.avid.examples.archive;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * One post per file: the regular files directly inside a directory, in name order. The names are
 * listed once at the start (about 100 bytes of memory a file); the contents are read one at a time.
 */
final class DirectorySource implements RecordSource {

  private final Path dir;
  private final List<String> names;
  private final long total;
  private volatile long bytesRead;
  private int next;

  DirectorySource(Path dir) throws IOException {
    this.dir = dir;
    long size = 0;
    try (Stream<Path> files = Files.list(dir)) {
      this.names = files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
    }
    for (String n : names) {
      size += Files.size(dir.resolve(n));
    }
    this.total = size;
  }

  /** Every file name, in the order the records come. */
  List<String> names() {
    return names;
  }

  @Override
  public InputRecord next() throws IOException {
    if (next >= names.size()) {
      return null;
    }
    String name = names.get(next++);
    byte[] bytes = Files.readAllBytes(dir.resolve(name));
    bytesRead += bytes.length;
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      text = null;
    }
    return new InputRecord(next, next, new TextCleaner.TextFile(name, text), bytes.length);
  }

  @Override
  public long bytesRead() {
    return bytesRead;
  }

  @Override
  public long totalBytes() {
    return total;
  }

  @Override
  public void close() {}
}
