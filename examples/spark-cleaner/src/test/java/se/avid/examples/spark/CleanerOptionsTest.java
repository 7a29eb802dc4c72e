package se.avid.examples.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: defaults, and a clear message for each mistake, before Spark starts. */
class CleanerOptionsTest {

  @TempDir
  Path dir;

  @Test
  void defaultsFollowTheInputAndTheArchiveCleaner() {
    CleanerOptions o = CleanerOptions.parse("--columns", "text, title", "posts.jsonl", "hdfs:///clean/");
    assertEquals(DataFormat.JSON, o.inputFormat());
    assertEquals(DataFormat.JSON, o.outputFormat());
    assertEquals(java.util.List.of("text", "title"), o.columns());
    assertEquals("hdfs:///clean", o.output());
    assertEquals("hdfs:///clean.rejects", o.rejects());
    assertFalse(o.overwrite());
    assertEquals(0.5, o.anonymizer().redactThreshold());
    assertEquals(0.3, o.anonymizer().reviewThreshold());
    assertNull(o.anonymizer().key());
  }

  @Test
  void theFormatIsTakenFromTheExtensionOrTheOption() {
    assertEquals(DataFormat.CSV, CleanerOptions.parse("--columns", "text", "a.csv", "out").inputFormat());
    assertEquals(DataFormat.PARQUET, CleanerOptions.parse("--columns", "text", "a.parquet", "out").inputFormat());
    assertEquals(DataFormat.PARQUET,
        CleanerOptions.parse("--columns", "text", "--output-format", "parquet", "a.csv", "out").outputFormat());
    assertEquals(DataFormat.JSON, CleanerOptions.parse("--columns", "text", "--format", "json", "dir", "out")
        .inputFormat());
    assertMessage("cannot tell the format", "--columns", "text", "archive/", "out");
  }

  @Test
  void mistakesAreUsageErrorsThatSayWhat() {
    assertMessage("say which columns", "in.jsonl", "out");
    assertMessage("--mode must be error or overwrite", "--columns", "t", "--mode", "append", "in.jsonl", "out");
    assertMessage("unknown option --threads", "--columns", "t", "--threads", "2", "in.jsonl", "out");
    assertMessage("give an INPUT and an OUTPUT", "--columns", "t", "in.jsonl");
    assertMessage("above the redact threshold", "--columns", "t", "--review-threshold", "0.6", "in.jsonl", "out");
    assertMessage("from 4 to 64", "--columns", "t", "--pseudonym-digits", "3", "in.jsonl", "out");
    assertMessage("json, csv or parquet", "--columns", "t", "--format", "xml", "in.jsonl", "out");
  }

  @Test
  void aMissingKeyIsAUsageErrorNamingWhereItWasLookedFor() {
    assertMessage("environment variable AVID_TEST_SURELY_UNSET_SECRET is not set", "--columns", "t", "--key-env",
        "AVID_TEST_SURELY_UNSET_SECRET", "in.jsonl", "out");
    assertMessage("cannot read the pseudonym key file", "--columns", "t", "--key-file",
        dir.resolve("missing").toString(), "in.jsonl", "out");
  }

  @Test
  void aShortKeyIsRefusedWithoutShowingIt() throws Exception {
    Path key = dir.resolve("short.key");
    Files.writeString(key, "hemlig\n", StandardCharsets.UTF_8);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CleanerOptions.parse("--columns", "t", "--key-file", key.toString(), "in.jsonl", "out"));
    assertTrue(e.getMessage().contains("has 6 bytes; it needs at least 16"), e.getMessage());
    assertFalse(e.getMessage().contains("hemlig"));
  }

  private static void assertMessage(String expected, String... args) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CleanerOptions.parse(args));
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }
}
