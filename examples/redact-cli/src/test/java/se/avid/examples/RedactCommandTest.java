package se.avid.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RedactCommandTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String stdin, String... args) {
    return runBytes(stdin.getBytes(StandardCharsets.UTF_8), args);
  }

  private int runBytes(byte[] stdin, String... args) {
    return RedactCommand.run(args, new ByteArrayInputStream(stdin),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void standardOutputHoldsOnlyTheRedactedText() {
    assertEquals(0, run("ring mig på 070-123 45 67 efter kl 17\n"));
    assertEquals("ring mig på [TELEFON] efter kl 17\n", out());
  }

  @Test
  void findingsGoToStandardErrorWithoutTheirValues() {
    assertEquals(0, run("ring mig på 070-123 45 67 efter kl 17"));
    assertTrue(err().contains("PHONE"), err());
    assertFalse(err().contains("123 45 67"), "the findings must not print the found value");
  }

  @Test
  void findingsAsJsonToAFile(@TempDir Path dir) throws Exception {
    Path findings = dir.resolve("findings.json");
    assertEquals(0, run("mejla anna.l@gmail.com", "--findings", "json", "--findings-out", findings.toString()));
    String json = Files.readString(findings, StandardCharsets.UTF_8);
    assertTrue(json.startsWith("{\"needsReview\":false,\"findings\":[{\"type\":\"EMAIL\",\"start\":6,\"end\":22,"), json);
    assertEquals("", err());
    assertEquals("mejla [E-POST]", out());
  }

  @Test
  void noFindingsWithNone() {
    assertEquals(0, run("mejla anna.l@gmail.com", "--findings", "none"));
    assertEquals("", err());
  }

  @Test
  void redactsAPostFromAFile(@TempDir Path dir) throws Exception {
    Path post = dir.resolve("post.txt");
    Files.writeString(post, "mejla anna.l@gmail.com", StandardCharsets.UTF_8);
    assertEquals(0, run("", post.toString()));
    assertEquals("mejla [E-POST]", out());
  }

  @Test
  void helpExitsZeroWithUsageOnStandardOutput() {
    assertEquals(0, run("", "--help"));
    assertTrue(out().startsWith("usage: avid-redact"), out());
    assertTrue(out().contains("exit codes"), out());
  }

  @Test
  void latin1InputIsRefusedWithNoOutput() {
    byte[] latin1 = "jag heter Åsa Öberg och bor i Västerås".getBytes(StandardCharsets.ISO_8859_1);
    assertEquals(3, runBytes(latin1));
    assertEquals("", out());
    assertTrue(err().contains("not valid UTF-8"), err());
    assertFalse(err().contains("sa"), "the error must not quote the input: " + err());
  }

  @Test
  void aRulesFileIsApplied(@TempDir Path dir) throws Exception {
    Path rules = dir.resolve("rules.txt");
    Files.writeString(rules, "[deny NAME]\nKnutte\n", StandardCharsets.UTF_8);
    assertEquals(0, run("fråga knutte", "--rules", rules.toString(), "--findings", "none"));
    assertEquals("fråga [NAMN]", out());
  }

  @Test
  void aMissingRulesFileIsAUsageErrorWithNoOutput() {
    assertEquals(2, run("mejla anna.l@gmail.com", "--rules", "/no/such/rules.txt"));
    assertEquals("", out());
    assertTrue(err().contains("/no/such/rules.txt"), err());
  }

  @Test
  void aRulesFileWithThresholdsThatDoNotFitIsAUsageErrorWithNoOutputAndNoStackTrace(@TempDir Path dir)
      throws Exception {
    Path rules = Files.writeString(dir.resolve("rules.txt"), "[type NAME]\nreview = 0.9\n");
    assertEquals(2, run("hej anna", "--rules", rules.toString()));
    assertEquals("", out());
    assertTrue(err().startsWith("avid-redact: bad rules file " + rules + ": review threshold 0.9 of NAME is above"),
        err());
    assertFalse(err().contains("\tat "), err());
  }

  @Test
  void aMissingFileIsAUsageErrorThatNamesTheFile() {
    assertEquals(2, run("", "/no/such/post.txt"));
    assertTrue(err().contains("/no/such/post.txt"), err());
    assertEquals("", out());
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    assertEquals(2, run("", "--colour"));
    assertTrue(err().contains("--colour"), err());
    assertFalse(err().contains("Exception"), err());
  }
}
