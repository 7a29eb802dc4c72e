package se.avid.examples.archive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.avid.examples.review.ReviewingRedactor;
import se.avid.examples.review.WordDetector;

/**
 * An interrupted run leaves no output in place, keeps what it committed, and a resumed run ends
 * with exactly the output and reject file of a run that was never interrupted.
 */
class ResumeTest {

  @TempDir
  Path dir;

  private Path input;
  private byte[] expectedOutput;
  private byte[] expectedRejects;
  private byte[] expectedReview;
  private byte[] expectedReviewList;
  private long expectedRecords;

  @BeforeEach
  void archiveAndItsUninterruptedCleaning() throws Exception {
    input = dir.resolve("posts.jsonl");
    new SyntheticArchive(7).write("jsonl", 3_000_000, input);
    // a few records to reject, spread through the archive
    Files.writeString(input, "{\"text\":\"krasch anna\"}\nbroken\n", StandardOpenOption.APPEND);
    Path reference = dir.resolve("reference.jsonl");
    Tally t = cleaner(reference, false).run();
    assertEquals(2, t.rejected);
    expectedRecords = t.read;
    expectedOutput = Files.readAllBytes(reference);
    expectedRejects = Files.readAllBytes(ArchiveCleaner.Settings.defaultRejects(reference));
    expectedReview = Files.readAllBytes(dir.resolve("reference.review.jsonl"));
    expectedReviewList = Files.readAllBytes(dir.resolve("reference.jsonl.review-list.csv"));
    assertTrue(t.forReview > 0, "the archive has records to review");
  }

  private void assertSameReview(Path out) throws IOException {
    Path review = out.resolveSibling(out.getFileName().toString().replace(".jsonl", ".review.jsonl"));
    assertArrayEquals(expectedReview, Files.readAllBytes(review));
    assertArrayEquals(expectedReviewList, Files.readAllBytes(out.resolveSibling(out.getFileName() + ".review-list.csv")));
  }

  private ArchiveCleaner cleaner(Path output, boolean resume) {
    ArchiveCleaner.Settings s = new ArchiveCleaner.Settings(input, output, ArchiveCleaner.Settings.defaultRejects(output),
        ArchiveFormat.JSONL, List.of("text"), false, 2, 50, 1 << 20, resume, false, Duration.ZERO, Duration.ZERO);
    return new ArchiveCleaner(s, ReviewingRedactor.of(WordDetector.builder(), 0.3, 0.5), null);
  }

  @Test
  void aFullDiskStopsTheRunWithAnOutputErrorAndResumeFinishesIt() throws Exception {
    Path out = dir.resolve("out.jsonl");
    ArchiveException e = assertThrows(ArchiveException.class,
        () -> cleaner(out, false).decorateSink(sink -> new FillingDisk(sink, 3000)).run());
    assertEquals(ArchiveException.Kind.OUTPUT, e.kind());
    assertTrue(e.getMessage().contains("the disk is full"), e.getMessage());
    assertTrue(e.getMessage().contains("--resume"), e.getMessage());
    assertFalse(Files.exists(out), "nothing half-written in place");
    Checkpoint cp = Checkpoint.read(ArchiveCleaner.checkpointOf(out));
    long inCleanOutput = cp.tally().written - cp.tally().forReview;
    assertTrue(cp.records() > 0 && inCleanOutput <= 3000, "committed " + cp.records() + ", " + inCleanOutput
        + " of them in the clean output");

    Tally t = cleaner(out, true).run();
    assertArrayEquals(expectedOutput, Files.readAllBytes(out));
    assertArrayEquals(expectedRejects, Files.readAllBytes(ArchiveCleaner.Settings.defaultRejects(out)));
    assertSameReview(out);
    assertEquals(expectedRecords, t.read);
    assertEquals(t.written + t.rejected, t.read);
    assertEquals(2, t.rejected);
    assertFalse(Files.exists(ArchiveCleaner.checkpointOf(out)));
    assertFalse(Files.exists(ArchiveCleaner.partial(out)));
  }

  @Test
  void aKilledProcessIsResumedWithoutRedoingWhatItCommitted() throws Exception {
    Path out = dir.resolve("out.jsonl");
    Path checkpoint = ArchiveCleaner.checkpointOf(out);
    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"), TestCleanerMain.class.getName(),
        "--threads", "1", "--batch", "20", "--commit-every", "0", "--quiet", "--fields", "text",
        input.toString(), out.toString())
        .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
    long committed = 0;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (committed < 500 && p.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(5);
      try {
        committed = Checkpoint.read(checkpoint).records();
      } catch (IOException notYet) {
        // not written yet, or between rename steps
      }
    }
    assertTrue(p.isAlive(), "the run ended before it could be killed; make the archive larger");
    p.destroyForcibly().waitFor();
    assertFalse(Files.exists(out), "nothing in place after a kill");
    long atKill = Checkpoint.read(checkpoint).records();
    assertTrue(atKill >= 500, "committed " + atKill);

    ByteArrayOutputStream messages = new ByteArrayOutputStream();
    ArchiveCleaner.Settings s = new ArchiveCleaner.Settings(input, out, ArchiveCleaner.Settings.defaultRejects(out),
        ArchiveFormat.JSONL, List.of("text"), false, 2, 50, 1 << 20, true, false, Duration.ZERO, Duration.ZERO);
    Tally t = new ArchiveCleaner(s, ReviewingRedactor.of(WordDetector.builder(), 0.3, 0.5),
        new PrintStream(messages, true, StandardCharsets.UTF_8)).run();
    assertTrue(messages.toString(StandardCharsets.UTF_8).contains(String.format(java.util.Locale.ROOT,
        "resuming after record %,d", atKill)), messages.toString(StandardCharsets.UTF_8));
    assertArrayEquals(expectedOutput, Files.readAllBytes(out));
    assertArrayEquals(expectedRejects, Files.readAllBytes(ArchiveCleaner.Settings.defaultRejects(out)));
    assertSameReview(out);
    assertEquals(2, t.rejected);
  }

  @Test
  void aCheckpointIsNotSilentlyIgnoredOrOverwritten() throws Exception {
    Path out = dir.resolve("out.jsonl");
    assertThrows(ArchiveException.class, () -> cleaner(out, false).decorateSink(sink -> new FillingDisk(sink, 1000)).run());
    ArchiveException e = assertThrows(ArchiveException.class, () -> cleaner(out, false).run());
    assertEquals(ArchiveException.Kind.USAGE, e.kind());
    assertTrue(e.getMessage().contains("add --resume"), e.getMessage());
  }

  @Test
  void resumeIsRefusedWhenTheInputChangedSinceTheCheckpoint() throws Exception {
    Path out = dir.resolve("out.jsonl");
    assertThrows(ArchiveException.class, () -> cleaner(out, false).decorateSink(sink -> new FillingDisk(sink, 1000)).run());
    Files.writeString(input, "{\"text\":\"en till\"}\n", StandardOpenOption.APPEND);
    ArchiveException e = assertThrows(ArchiveException.class, () -> cleaner(out, true).run());
    assertEquals(ArchiveException.Kind.USAGE, e.kind());
    assertTrue(e.getMessage().contains("the input changed"), e.getMessage());
    assertFalse(Files.exists(out));
  }

  /** A sink on a disk that fills up after {@code records} records. */
  private static final class FillingDisk implements RecordSink {
    private final RecordSink sink;
    private long left;

    FillingDisk(RecordSink sink, long records) {
      this.sink = sink;
      this.left = records;
    }

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
  }
}
