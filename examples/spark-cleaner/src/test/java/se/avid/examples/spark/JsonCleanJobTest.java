package se.avid.examples.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job over an invented JSON-lines archive with planted identifiers, in {@code local[2]} with
 * several partitions and keyed pseudonyms: nothing leaked, nothing lost, one pseudonym per person
 * in every partition, broken lines rejected without their text.
 */
class JsonCleanJobTest {

  private static final int RECORDS = 1200;
  private static final List<Integer> BROKEN = List.of(7, 555, 1101);

  @TempDir
  static Path dir;

  private static PlantedArchive archive;
  private static JobSummary summary;
  private static List<Row> output;
  private static List<Row> rejects;
  private static int partitions;
  private static int builds;

  @BeforeAll
  static void cleanArchive() throws Exception {
    archive = new PlantedArchive(11, 40);
    archive.writeJsonLines(dir.resolve("in"), RECORDS, 4, BROKEN);
    SparkSession spark = LocalSpark.session();
    partitions = spark.read().json(dir.resolve("in").toString()).rdd().getNumPartitions();
    int before = Anonymizers.builds();
    summary = CleanJob.run(spark, CleanerOptions.parse("--columns", "text,author", "--id-column", "id",
        "--key-file", TestKeys.first(), "--format", "json", dir.resolve("in").toString(),
        dir.resolve("out").toString()));
    builds = Anonymizers.builds() - before;
    output = spark.read().json(dir.resolve("out").toString()).collectAsList();
    rejects = spark.read().option("header", true).csv(dir.resolve("out.rejects").toString()).collectAsList();
  }

  @Test
  void theArchiveSpansSeveralPartitions() {
    assertTrue(partitions >= 4, "partitions: " + partitions);
  }

  @Test
  void noPlantedIdentifierIsInTheOutputOrTheRejects() {
    String written = Outputs.text(dir.resolve("out")) + Outputs.text(dir.resolve("out.rejects"));
    for (PlantedArchive.Person p : archive.people) {
      for (String secret : p.secrets()) {
        assertFalse(written.contains(secret), "leaked a planted value of person " + p.id());
      }
    }
  }

  @Test
  void everyRecordIsWrittenOrRejectedExactlyOnce() {
    Set<Long> seen = new HashSet<>();
    for (Row r : output) {
      assertTrue(seen.add(r.getLong(r.fieldIndex("id"))), "written twice: " + r.getLong(r.fieldIndex("id")));
    }
    assertEquals(RECORDS - BROKEN.size(), output.size());
    assertEquals(BROKEN.size(), rejects.size());
    for (Integer b : BROKEN) {
      assertFalse(seen.contains((long) b), "a broken record was written: " + b);
    }
    assertEquals(RECORDS, summary.inputRows());
    assertEquals(RECORDS - BROKEN.size(), summary.writtenRows());
    assertEquals(BROKEN.size(), summary.rejectedRows());
    assertTrue(summary.complete());
  }

  @Test
  void aBrokenLineIsRejectedWithItsPlaceAndReasonButNoText() {
    for (Row r : rejects) {
      assertTrue(r.getString(0).startsWith("split "), "a broken line has no id to show: " + r.getString(0));
      assertTrue(r.getString(1).startsWith("posts-"), r.getString(1));
      assertEquals("broken record: not valid json", r.getString(2));
    }
    String text = Outputs.text(dir.resolve("out.rejects"));
    assertFalse(text.contains("Hej") || text.contains("personnummer") || text.contains("Ring"), text);
  }

  @Test
  void aPersonHasOnePseudonymInEveryPartitionAndEveryPersonAnother() {
    Map<Long, Set<String>> phones = pseudonyms("TELEFON");
    Map<Long, Set<String>> numbers = pseudonyms("PERSONNUMMER");
    for (Map<Long, Set<String>> byPerson : List.of(phones, numbers)) {
      assertEquals(archive.people.size(), byPerson.size());
      Set<String> all = new HashSet<>();
      byPerson.forEach((person, ps) -> {
        assertEquals(1, ps.size(), "person " + person + " has pseudonyms " + ps);
        assertTrue(all.add(ps.iterator().next()), "two people share a pseudonym");
      });
    }
  }

  /** Per person, the pseudonyms of one type found in their posts. */
  private static Map<Long, Set<String>> pseudonyms(String label) {
    Pattern pseudonym = Pattern.compile("\\[" + label + " ([0-9a-f]{12})]");
    Map<Long, Set<String>> byPerson = new HashMap<>();
    for (Row r : output) {
      Matcher m = pseudonym.matcher(r.getString(r.fieldIndex("text")));
      while (m.find()) {
        byPerson.computeIfAbsent(r.getLong(r.fieldIndex("person")), k -> new TreeSet<>()).add(m.group(1));
      }
    }
    return byPerson;
  }

  @Test
  void columnsNotChosenAreWrittenAsTheyWere() {
    for (Row r : output) {
      long id = r.getLong(r.fieldIndex("id"));
      assertEquals(id % archive.people.size(), r.getLong(r.fieldIndex("person")));
      assertEquals("user" + (id % 97), r.getString(r.fieldIndex("author")));
    }
  }

  @Test
  void theSummaryCountsFindingsByType() {
    for (String type : List.of("PERSONNUMMER", "PHONE", "EMAIL", "NAME")) {
      assertTrue(summary.redactedByType().getOrDefault(type, 0L) > 0, type + " in " + summary.redactedByType());
    }
    assertEquals(RECORDS - BROKEN.size(), summary.rowsWithFindings());
    assertTrue(summary.inputBytes() > 100_000, "bytes: " + summary.inputBytes());
  }

  @Test
  void theAnonymizerIsBuiltOncePerExecutorNotPerPartition() {
    // none if an earlier test's job with the same settings built it: per partition it would be 4 or more
    assertTrue(builds <= 1, "built " + builds + " times over " + partitions + " partitions");
  }
}
