package se.avid.examples.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV and Parquet in and out, with Spark's own readers and writers. */
class FormatsTest {

  private static final List<String> SECRETS = List.of("070-123 45 67", "850709-9805", "8507099805", "Karin Nilsson",
      "anna.svensson@exempel.se");

  @TempDir
  Path dir;

  @Test
  void csvColumnsAreCleanedAndRowsWithTheWrongNumberOfFieldsRejected() throws Exception {
    Path in = dir.resolve("posts.csv");
    Files.writeString(in, """
        id,author,text,likes
        1,user1,"Ring mig på 070-123 45 67, tack!",3
        2,user2,Mitt personnummer är 850709-9805 och jag heter Karin Nilsson.,5
        3,user3,"Han sa ""hej"" och skrev till anna.svensson@exempel.se",0
        4,user4,three fields only
        5,user5,"too many",7,850709-9805
        6,user6,vi fick avslag från Försäkringskassan igen,2
        """, StandardCharsets.UTF_8);
    String out = dir.resolve("clean").toString();
    JobSummary summary = CleanJob.run(LocalSpark.session(),
        CleanerOptions.parse("--columns", "text", "--id-column", "id", in.toString(), out));

    List<Row> rows = sorted(LocalSpark.session().read().option("header", true).option("escape", "\"").csv(out));
    assertEquals(List.of("1", "2", "3", "6"), rows.stream().map(r -> r.getString(0)).toList());
    assertEquals("Ring mig på [TELEFON], tack!", rows.get(0).getString(2));
    assertEquals("Han sa \"hej\" och skrev till [E-POST]", rows.get(2).getString(2));
    assertEquals("vi fick avslag från Försäkringskassan igen", rows.get(3).getString(2));
    assertEquals("3", rows.get(0).getString(3));
    List<Row> rejects = sorted(LocalSpark.session().read().option("header", true).csv(out + ".rejects"));
    assertEquals(List.of("4", "5"), rejects.stream().map(r -> r.getString(0)).toList());
    assertEquals("broken record: not valid csv", rejects.get(0).getString(2));
    assertEquals(6, summary.inputRows());
    assertNothingLeaked(out);
  }

  @Test
  void parquetCleansInsideArraysAndStructsAndNumbersBecomeText() {
    SparkSession spark = LocalSpark.session();
    StructType schema = StructType.fromDDL("id LONG, text STRING, tags ARRAY<STRING>, "
        + "contact STRUCT<note: STRING, pnr: LONG>, likes INT");
    List<Row> data = List.of(
        RowFactory.create(1L, "Ring mig på 070-123 45 67", List.of("hjälp", "anna.svensson@exempel.se"),
            RowFactory.create("jag heter Karin Nilsson", 8507099805L), 4),
        RowFactory.create(2L, "vi fick avslag igen", List.of(), null, 0));
    String in = dir.resolve("in.parquet").toString();
    spark.createDataFrame(data, schema).coalesce(1).write().parquet(in);
    String out = dir.resolve("clean.parquet").toString();
    CleanJob.run(spark, CleanerOptions.parse("--columns", "text,tags,contact", in, out));

    List<Row> rows = sorted(spark.read().parquet(out));
    Row first = rows.get(0);
    assertEquals("Ring mig på [TELEFON]", first.getString(first.fieldIndex("text")));
    assertEquals(List.of("hjälp", "[E-POST]"), first.getList(first.fieldIndex("tags")));
    Row contact = first.getStruct(first.fieldIndex("contact"));
    assertEquals("[PERSONNUMMER]", contact.getString(contact.fieldIndex("pnr")));
    assertFalse(contact.getString(contact.fieldIndex("note")).contains("Nilsson"));
    assertEquals(4, first.getInt(first.fieldIndex("likes")));
    StructType contactType = (StructType) spark.read().parquet(out).schema().apply("contact").dataType();
    assertEquals(DataTypes.StringType, contactType.apply("pnr").dataType());
    assertTrue(rows.get(1).isNullAt(rows.get(1).fieldIndex("contact")));
    assertNothingLeaked(out);
  }

  @Test
  void jsonLinesCanBeWrittenAsParquet() throws Exception {
    new PlantedArchive(3, 5).writeJsonLines(dir.resolve("in"), 50, 1, List.of());
    String out = dir.resolve("clean").toString();
    JobSummary summary = CleanJob.run(LocalSpark.session(), CleanerOptions.parse("--columns", "text", "--format",
        "json", "--output-format", "parquet", dir.resolve("in").toString(), out));
    assertEquals(50, LocalSpark.session().read().parquet(out).count());
    assertEquals(50, summary.writtenRows());
  }

  @Test
  void blankLinesOfJsonLinesAreNotRecordsAndNotCountedAsLost() throws Exception {
    Path in = dir.resolve("posts.jsonl");
    Files.writeString(in, "{\"id\":1,\"text\":\"ring 070-123 45 67\"}\n\n   \n{\"id\":2,\"text\":\"hej\"}\n",
        StandardCharsets.UTF_8);
    JobSummary summary = CleanJob.run(LocalSpark.session(),
        CleanerOptions.parse("--columns", "text", in.toString(), dir.resolve("clean").toString()));
    assertEquals(2, summary.inputRows());
    assertEquals(2, summary.writtenRows());
    assertEquals(0, summary.rejectedRows());
  }

  private static List<Row> sorted(org.apache.spark.sql.Dataset<Row> rows) {
    return rows.collectAsList().stream().sorted(Comparator.comparing(r -> String.valueOf(r.get(0)))).toList();
  }

  private static void assertNothingLeaked(String out) {
    // Parquet stores strings as plain UTF-8 unless compressed: read them back through Spark as well
    String written = Outputs.text(Path.of(out)) + Outputs.text(Path.of(out + ".rejects"))
        + LocalSpark.session().read().format(out.endsWith(".parquet") ? "parquet" : "csv").load(out).toJSON()
            .collectAsList();
    for (String secret : SECRETS) {
      assertFalse(written.contains(secret), "leaked " + secret);
    }
  }
}
