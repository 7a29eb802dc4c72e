package se.avid.examples.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cleaner streams: an archive several times larger than the heap is cleaned whole. The run
 * is a JVM of its own with a 32 MB heap, so holding the archive (or an unbounded queue of it) in
 * memory fails with OutOfMemoryError and a non-zero exit.
 */
class FlatMemoryTest {

  private static final long ARCHIVE_BYTES = 80_000_000;

  @TempDir
  Path dir;

  @Test
  void anArchiveLargerThanTheHeapIsCleanedWhole() throws Exception {
    Path input = dir.resolve("posts.jsonl");
    long posts = new SyntheticArchive(1).write("jsonl", ARCHIVE_BYTES, input);
    Path output = dir.resolve("out.jsonl");
    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(javaBin, "-Xmx32m", "-XX:+ExitOnOutOfMemoryError", "-cp",
        System.getProperty("java.class.path"), TestCleanerMain.class.getName(), "--quiet", "--fields", "text",
        input.toString(), output.toString())
        .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the run took over two minutes");
    assertEquals(0, p.exitValue(), Files.readString(dir.resolve("child.log")));
    assertEquals(posts, lines(output) + lines(dir.resolve("out.review.jsonl")));
    assertTrue(Files.size(input) > 2 * 32_000_000L);
  }

  private static long lines(Path file) throws IOException {
    long n = 0;
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      while (r.readLine() != null) {
        n++;
      }
    }
    return n;
  }
}
