package se.avid.examples.archive;

import se.avid.examples.review.WordDetector;

/** The command with the test detector, for tests that run the cleaner in a JVM of its own. */
public final class TestCleanerMain {

  private TestCleanerMain() {}

  public static void main(String[] args) {
    System.exit(ArchiveCleanerCommand.run(args, System.err, WordDetector.builder()));
  }
}
