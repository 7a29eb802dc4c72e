package se.avid.examples.archive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.avid.examples.review.ReviewingRedactor;
import se.avid.examples.review.WordDetector;

/**
 * Resume after a full disk gives the uninterrupted result in every format, not only JSON lines: the
 * clean output, the review output, the review list and the reject file.
 */
class ResumeFormatsTest {

  @TempDir
  Path dir;

  private Tally run(Path input, Path output, ArchiveFormat format, List<String> fields, boolean resume, long fullAfter)
      throws Exception {
    ArchiveCleaner.Settings s = new ArchiveCleaner.Settings(input, output, ArchiveCleaner.Settings.defaultRejects(output),
        format, fields, false, 2, 30, 1 << 20, resume, false, Duration.ZERO, Duration.ZERO);
    ArchiveCleaner cleaner = new ArchiveCleaner(s, ReviewingRedactor.of(WordDetector.builder(), 0.3, 0.5), null);
    if (fullAfter > 0) {
      cleaner.decorateSink(sink -> new RecordSink() {
        long left = fullAfter;

        @Override
        public void write(Object payload) throws IOException {
          if (left-- <= 0) {
            throw new IOException("No space left on device");
          }
          sink.write(payload);
        }

        @Override
        public long commit() throws IOException {
          return sink.commit();
        }

        @Override
        public void close() throws IOException {
          sink.close();
        }
      });
    }
    return cleaner.run();
  }

  private void interruptAndResume(Path input, ArchiveFormat format, List<String> fields, long fullAfter) throws Exception {
    Path reference = dir.resolve("reference");
    Tally whole = run(input, reference, format, fields, false, 0);
    Path out = dir.resolve("out");
    ArchiveException e = assertThrows(ArchiveException.class, () -> run(input, out, format, fields, false, fullAfter));
    assertEquals(ArchiveException.Kind.OUTPUT, e.kind());
    assertFalse(Files.exists(out));
    Tally resumed = run(input, out, format, fields, true, 0);
    assertEquals(whole.read, resumed.read);
    assertEquals(whole.written, resumed.written);
    assertEquals(whole.rejected, resumed.rejected);
    assertTrue(whole.rejected > 0, "the archive has rejects too");
    assertTrue(whole.forReview > 0, "the archive has records to review too");
    assertEquals(whole.forReview, resumed.forReview);
    assertArrayEquals(Files.readAllBytes(ArchiveCleaner.Settings.defaultRejects(reference)),
        Files.readAllBytes(ArchiveCleaner.Settings.defaultRejects(out)));
    assertSameContent(reference, out);
    assertSameContent(dir.resolve("reference.review"), dir.resolve("out.review"));
    assertArrayEquals(Files.readAllBytes(dir.resolve("reference.review-list.csv")),
        Files.readAllBytes(dir.resolve("out.review-list.csv")));
  }

  private static void assertSameContent(Path expected, Path actual) throws IOException {
    if (Files.isDirectory(expected)) {
      assertEquals(listing(expected), listing(actual));
      for (String name : listing(expected)) {
        assertArrayEquals(Files.readAllBytes(expected.resolve(name)), Files.readAllBytes(actual.resolve(name)), name);
      }
    } else {
      assertArrayEquals(Files.readAllBytes(expected), Files.readAllBytes(actual));
    }
  }

  private static List<String> listing(Path d) throws IOException {
    try (Stream<Path> files = Files.list(d)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void csvWithMultiLineFields() throws Exception {
    Path input = dir.resolve("posts.csv");
    new SyntheticArchive(3).write("csv", 1_000_000, input);
    Files.writeString(input, "99999,too,many,fields,here\r\n", StandardOpenOption.APPEND);
    assertTrue(Files.readString(input).matches("(?s).*\"[^\"\r]*\n.*"), "some quoted fields span lines");
    interruptAndResume(input, ArchiveFormat.CSV, List.of("text"), 1000);
  }

  @Test
  void onePostPerLine() throws Exception {
    Path input = dir.resolve("posts.txt");
    new SyntheticArchive(4).write("lines", 1_000_000, input);
    Files.write(input, new byte[] {(byte) 0xff, '\n'}, StandardOpenOption.APPEND);
    interruptAndResume(input, ArchiveFormat.LINES, List.of(), 1000);
  }

  @Test
  void onePostPerFile() throws Exception {
    Path input = Files.createDirectory(dir.resolve("posts"));
    SyntheticArchive posts = new SyntheticArchive(5);
    for (int i = 0; i < 400; i++) {
      Files.writeString(input.resolve(String.format("%04d.txt", i)), posts.post(), StandardCharsets.UTF_8);
    }
    Files.write(input.resolve("0200-broken.txt"), new byte[] {'a', (byte) 0xc3});
    interruptAndResume(input, ArchiveFormat.DIRECTORY, List.of(), 150);
  }
}
