package se.avid.examples.spark;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * One run of the cleaner over an input:
 *
 * <ol>
 *   <li>read the input with Spark's reader ({@link DataFormat}) and count its rows;</li>
 *   <li>clean it partition by partition ({@link PartitionCleaner}, one anonymizer per executor),
 *       each row becoming a cleaned row or a reject; the result is persisted so that the output
 *       and the rejects come from one pass;</li>
 *   <li>write the output and the rejects through Spark's output committer;</li>
 *   <li>count both back from storage and check that they add up to the input, else remove the
 *       output's {@code _SUCCESS} and fail ({@link RowsLostException}).</li>
 * </ol>
 */
final class CleanJob {

  /** The rejects' schema: which row, from which file, and why; never its text. */
  static final StructType REJECTS_SCHEMA = StructType.fromDDL("row_id STRING, file STRING, reason STRING");

  private CleanJob() {}

  /**
   * Runs the job.
   *
   * @param spark the session (its master decides local or cluster)
   * @param options what to clean and how
   * @return the counts
   * @throws IllegalArgumentException for a usage error found before any work: a column not in the
   *     input, an existing output without overwrite
   * @throws RowsLostException if the rows written and rejected do not add up to the rows read
   */
  static JobSummary run(SparkSession spark, CleanerOptions options) {
    long start = System.nanoTime();
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    if (!options.overwrite()) {
      for (String target : new String[] {options.output(), options.rejects()}) {
        if (exists(hadoop, target)) {
          throw new IllegalArgumentException("the output exists: " + target + " (add --mode overwrite to replace it)");
        }
      }
    }
    Dataset<Row> input = options.inputFormat().read(spark, options.input(), options.schemaDdl(), options.multiLine());
    RowLayout layout = RowLayout.plan(input.schema(), options.columns(), options.idColumn());
    long inputRows = input.count();
    long inputBytes = totalSize(hadoop, input.inputFiles());

    CleanerCounters counters = new CleanerCounters(spark.sparkContext());
    PartitionCleaner cleaner = new PartitionCleaner(options.anonymizer(), layout,
        options.inputFormat().name().toLowerCase(java.util.Locale.ROOT), counters);
    Dataset<Row> cleaned = input.mapPartitions(cleaner, Encoders.row(layout.cleanedSchema()))
        .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> output;
    try {
      output = cleaned.where(col(RowLayout.REJECT).isNull()).select(DataFormat.outputColumns(layout));
      options.outputFormat().write(output, options.output(), options.overwrite());
      cleaned.where(col(RowLayout.REJECT).isNotNull())
          .select(col(RowLayout.ROW_ID).as("row_id"), col(RowLayout.FILE).as("file"), col(RowLayout.REJECT).as("reason"))
          .write().mode(options.overwrite() ? "overwrite" : "errorifexists").option("header", true)
          .option("escape", "\"").csv(options.rejects());
    } finally {
      cleaned.unpersist();
    }

    long written = options.outputFormat().countWritten(spark, options.output(), output.schema());
    long rejected = spark.read().schema(REJECTS_SCHEMA).option("header", true).option("escape", "\"")
        .option("multiLine", true).csv(options.rejects()).count();
    JobSummary summary = new JobSummary(inputRows, written, rejected, counters.flagged.sum(),
        counters.withFindings.sum(), counters.redacted(), counters.review(), inputBytes,
        (System.nanoTime() - start) / 1e9);
    if (!summary.complete()) {
      delete(hadoop, options.output() + "/_SUCCESS");
      throw new RowsLostException(summary);
    }
    return summary;
  }

  private static boolean exists(Configuration hadoop, String path) {
    try {
      Path p = new Path(path);
      return p.getFileSystem(hadoop).exists(p);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot check " + path, e);
    }
  }

  private static void delete(Configuration hadoop, String path) {
    try {
      Path p = new Path(path);
      p.getFileSystem(hadoop).delete(p, false);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove " + path, e);
    }
  }

  private static long totalSize(Configuration hadoop, String[] files) {
    long bytes = 0;
    try {
      for (String f : files) {
        Path p = new Path(f);
        FileSystem fs = p.getFileSystem(hadoop);
        bytes += fs.getFileStatus(p).getLen();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot size the input", e);
    }
    return bytes;
  }
}
