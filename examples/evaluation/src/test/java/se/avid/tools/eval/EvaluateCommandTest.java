package se.avid.tools.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTest {

  @TempDir
  Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return EvaluateCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private Path file(String jsonLines) throws IOException {
    Path file = dir.resolve("posts.jsonl");
    Files.writeString(file, jsonLines, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void printsTableForBothVariants() throws IOException {
    Path file = file("""
        {"tokens": ["Jag", "heter", "Anna", "och", "bor", "i", "Kiruna", "."], "ner_tags": ["O", "O", "PER", "O", "O", "O", "LOC", "O"]}
        {"text": "ring mig på 070-123 45 67", "spans": [{"start": 12, "end": 25, "type": "PHONE"}]}
        """);

    assertEquals(0, run(file.toString()));

    String table = out.toString(StandardCharsets.UTF_8);
    assertTrue(table.contains("| measure "), table);
    assertTrue(table.contains(" as written |") && table.contains(" lowercased |"), table);
    assertTrue(table.contains("| PER recall (NAME) "), table);
    assertTrue(table.contains("| LOC recall (ADDRESS or PLACE) "), table);
    assertTrue(table.contains("| PHONE recall (PHONE) "), table);
    assertTrue(table.contains("| NAME precision "), table);
    assertTrue(table.contains("| O tokens redacted "), table);
    assertTrue(table.contains("2 (1 token-tagged, 1 span-annotated)"), table);
  }

  @Test
  void errorsAreListedWhenAsked() throws IOException {
    Path file = file("{\"tokens\": [\"Hej\", \"Zxqvbnm\"], \"ner_tags\": [\"O\", \"PER\"]}\n");

    assertEquals(0, run(file.toString(), "--errors", "5"));

    String report = out.toString(StandardCharsets.UTF_8);
    assertTrue(report.contains("## Misses, as written"), report);
    assertTrue(report.contains("## False alarms, lowercased"), report);
  }

  @Test
  void missingFileIsBadInput() {
    assertEquals(2, run(dir.resolve("nothing.jsonl").toString()));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("no such file"));
  }

  @Test
  void malformedLineIsBadInput() throws IOException {
    assertEquals(2, run(file("{\"words\": []}\n").toString()));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("line 1"));
  }

  @Test
  void thresholdOutsideZeroToOneIsBadUsage() throws IOException {
    assertEquals(2, run(file("{\"text\": \"hej\"}\n").toString(), "--threshold", "1.5"));
  }

  @Test
  void unknownOptionIsBadUsage() throws IOException {
    assertEquals(2, run(file("{\"text\": \"hej\"}\n").toString(), "--verbose"));
  }

  @Test
  void countriesAreKeptByDefault() throws IOException {
    Path file = file("{\"tokens\": [\"Hon\", \"flyttade\", \"till\", \"Norge\", \".\"], \"ner_tags\": [\"O\", \"O\", \"O\", \"LOC\", \"O\"]}\n");

    assertEquals(0, run(file.toString()));

    String table = out.toString(StandardCharsets.UTF_8);
    assertTrue(table.contains("countries and very large regions: kept"), table);
    assertTrue(table.contains("0.0% (0/1)"), table);
  }

  @Test
  void countriesAreRedactedWhenNotKept() throws IOException {
    Path file = file("{\"tokens\": [\"Hon\", \"flyttade\", \"till\", \"Norge\", \".\"], \"ner_tags\": [\"O\", \"O\", \"O\", \"LOC\", \"O\"]}\n");

    assertEquals(0, run(file.toString(), "--keep-countries=false"));

    String table = out.toString(StandardCharsets.UTF_8);
    assertTrue(table.contains("countries and very large regions: redacted"), table);
    assertTrue(table.contains("| LOC recall (ADDRESS or PLACE) | 100.0% (1/1)"), table);
  }

  @Test
  void crossValidationScoresEverySentenceOnce() throws IOException {
    StringBuilder lines = new StringBuilder();
    String[][] people = {{"Anna", "Kiruna"}, {"Erik", "Umeå"}, {"Sara", "Lund"}, {"Omar", "Malmö"}};
    for (int copy = 0; copy < 6; copy++) {
      for (String[] p : people) {
        lines.append("{\"tokens\": [\"Jag\", \"heter\", \"").append(p[0])
            .append("\", \"och\", \"bor\", \"i\", \"").append(p[1])
            .append("\", \".\"], \"ner_tags\": [\"O\", \"O\", \"PER\", \"O\", \"O\", \"O\", \"LOC\", \"O\"]}\n");
      }
    }

    assertEquals(0, run(file(lines.toString()).toString(), "--cross-validate", "3", "--seed", "7"));

    String table = out.toString(StandardCharsets.UTF_8);
    assertTrue(table.contains("3-fold cross-validated (seed 7)"), table);
    assertTrue(table.contains("(24/24)") || table.contains("/24)"), table);
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("fold 3 of 3 scored"), "progress on stderr");
  }

  @Test
  void crossValidationNeedsTokenTaggedSentences() throws IOException {
    Path file = file("{\"text\": \"ring mig på 070-123 45 67\", \"spans\": [{\"start\": 12, \"end\": 25, \"type\": \"PHONE\"}]}\n");

    assertEquals(2, run(file.toString(), "--cross-validate", "2"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("token-tagged"));
  }

  @Test
  void oneFoldIsBadUsage() throws IOException {
    assertEquals(2, run(file("{\"text\": \"hej\"}\n").toString(), "--cross-validate", "1"));
  }

  @Test
  void helpPrintsUsageAndSucceeds() {
    assertEquals(0, run("--help"));

    assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("usage: avid-evaluate"));
  }

  @Test
  void helpSaysWhatTheToolMeasuresAndListsEveryOption() {
    assertEquals(0, run("-h"));

    String help = out.toString(StandardCharsets.UTF_8);
    assertTrue(help.contains("Measures avid on annotated Swedish text"));
    for (String option : new String[] {"--threshold", "--review-threshold", "--errors", "--list-errors",
        "--keep-countries=false", "--cross-validate", "--seed"}) {
      assertTrue(help.contains(option), option);
    }
  }

  @Test
  void postsGetPostFiguresAndKeepItems() throws IOException {
    Path file = file("""
        {"text": "Jag heter Anna Zxqvbnm. Ring 1177.", "spans": [{"start": 10, "end": 22, "type": "NAME"}], "keep": [{"start": 29, "end": 33, "what": "helpline"}]}
        """);

    assertEquals(0, run(file.toString(), "--review-threshold", "0.3", "--list-errors"));

    String report = out.toString(StandardCharsets.UTF_8);
    assertTrue(report.contains("- review threshold: 0.30"), report);
    assertTrue(report.contains("| posts that leak nothing "), report);
    assertTrue(report.contains("| posts that leak, not flagged "), report);
    assertTrue(report.contains("| keep helpline redacted "), report);
    assertTrue(report.contains("## Calibration"), report);
    assertTrue(report.contains("## Leaks, as written"), report);
  }

  @Test
  void postsGetATableOfReviewThresholdsUpToTheRedactThreshold() throws IOException {
    Path file = file("""
        {"text": "Jag heter Anna Zxqvbnm. Ring 1177.", "spans": [{"start": 10, "end": 22, "type": "NAME"}]}
        """);

    assertEquals(0, run(file.toString(), "--review-threshold", "0.3"));

    String report = out.toString(StandardCharsets.UTF_8);
    assertTrue(report.contains("## Review threshold"), report);
    assertTrue(report.contains("| 0.10 "), report);
    assertFalse(report.contains("| 0.05 "), report);
    assertTrue(report.contains("| 0.45 "), report);
    assertFalse(report.contains("| 0.50 "), report);
  }

  @Test
  void reviewThresholdAboveRedactThresholdIsBadUsage() throws IOException {
    assertEquals(2, run(file("{\"text\": \"hej\"}\n").toString(), "--review-threshold", "0.8"));
  }

  @Test
  void tokenTaggedSentencesGetNoPostFigures() throws IOException {
    assertEquals(0, run(file("{\"tokens\": [\"Hej\"], \"ner_tags\": [\"O\"]}\n").toString()));

    assertTrue(!out.toString(StandardCharsets.UTF_8).contains("## Posts"));
  }
}
