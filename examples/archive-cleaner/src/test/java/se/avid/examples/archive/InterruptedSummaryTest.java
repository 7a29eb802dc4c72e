package se.avid.examples.archive;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InterruptedSummaryTest {

  @Test
  void anInterruptedRunWithACheckpointSaysWhatWasCommittedAndHowToCarryOn(@TempDir Path dir) throws Exception {
    Tally tally = new Tally();
    tally.read = 2000;
    tally.written = 2000;
    Path checkpoint = dir.resolve("clean.jsonl.checkpoint");
    new Checkpoint("settings", 2000, 123, 0, 0, 40, tally).write(checkpoint);
    String summary = ArchiveCleanerCommand.interruptedSummary(checkpoint);
    assertTrue(summary.startsWith("avid-archive-cleaner: interrupted (exit code 130); committed so far:"), summary);
    assertTrue(summary.contains("records written    2,000"), summary);
    assertTrue(summary.contains("--resume"), summary);
  }

  @Test
  void anInterruptedRunWithoutACheckpointSaysNothingWasCommitted(@TempDir Path dir) {
    String summary = ArchiveCleanerCommand.interruptedSummary(dir.resolve("clean.jsonl.checkpoint"));
    assertTrue(summary.contains("nothing committed yet"), summary);
  }
}
