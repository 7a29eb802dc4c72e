package se.avid.examples.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rows with findings in the review band are marked for people: a rules file gives case numbers
 * a score of 0.4, between the review threshold (0.3) and the redact threshold (0.5).
 */
class ReviewBandTest {

  @TempDir
  Path dir;

  @Test
  void aRowWithAReviewBandFindingIsMarkedWithItsTypesAndKeepsTheText() throws Exception {
    Path rules = dir.resolve("rules.txt");
    Files.writeString(rules, """
        [pattern case-number]
        type  = OTHER
        shape = ab-DDDD
        score = 0.4
        """, StandardCharsets.UTF_8);
    Path in = dir.resolve("posts.jsonl");
    Files.writeString(in, """
        {"id":1,"text":"mitt ärende AB-1234 ligger hos er sedan mars"}
        {"id":2,"text":"ring mig på 070-123 45 67 om ärende AB-5678"}
        {"id":3,"text":"vi fick avslag från Försäkringskassan igen"}
        """, StandardCharsets.UTF_8);
    String out = dir.resolve("clean").toString();
    JobSummary summary = CleanJob.run(LocalSpark.session(), CleanerOptions.parse("--columns", "text", "--rules",
        rules.toString(), in.toString(), out));

    List<Row> rows = LocalSpark.session().read().json(out).collectAsList().stream()
        .sorted(Comparator.comparing(r -> r.getLong(r.fieldIndex("id")))).toList();
    assertEquals(List.of("OTHER"), rows.get(0).getList(rows.get(0).fieldIndex(RowLayout.REVIEW)));
    assertEquals("mitt ärende AB-1234 ligger hos er sedan mars", rows.get(0).getString(rows.get(0).fieldIndex("text")));
    assertEquals("ring mig på [TELEFON] om ärende AB-5678", rows.get(1).getString(rows.get(1).fieldIndex("text")));
    assertEquals(List.of("OTHER"), rows.get(1).getList(rows.get(1).fieldIndex(RowLayout.REVIEW)));
    assertTrue(rows.get(2).isNullAt(rows.get(2).fieldIndex(RowLayout.REVIEW)));
    assertEquals(2, summary.flaggedRows());
    assertEquals(Map.of("OTHER", 2L), summary.reviewByType());
    assertEquals(Map.of("PHONE", 1L), summary.redactedByType());
  }

  @Test
  void aRowWithoutReviewFindingsHasNoMarkInTheJsonOutput() throws Exception {
    Path in = dir.resolve("posts.jsonl");
    Files.writeString(in, "{\"id\":1,\"text\":\"ring mig på 070-123 45 67\"}\n", StandardCharsets.UTF_8);
    String out = dir.resolve("clean").toString();
    CleanJob.run(LocalSpark.session(), CleanerOptions.parse("--columns", "text", in.toString(), out));
    assertEquals("{\"id\":1,\"text\":\"ring mig på [TELEFON]\"}\n", Outputs.text(Path.of(out)));
  }
}
