package se.avid.examples.spark;

import java.io.PrintStream;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark job's entry point: de-identifies the chosen columns of an archive of any size.
 *
 * <pre>
 * spark-submit --class se.avid.examples.spark.SparkCleaner avid-spark-cleaner.jar \
 *     --columns text --key-file avid.key posts.jsonl clean
 * </pre>
 *
 * <p>Options and exit codes: {@link CleanerOptions#USAGE}. The master comes from
 * {@code spark-submit} (or {@code -Dspark.master=local[2]} when run with {@code java}). The
 * summary (counts and types only) goes to standard output.
 */
public final class SparkCleaner {

  private SparkCleaner() {}

  /**
   * Runs the job and exits with its exit code.
   *
   * @param args the options and INPUT OUTPUT, see {@link CleanerOptions#USAGE}
   */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /**
   * Runs the job in a session of its own, stopped at the end.
   *
   * @return the exit code
   */
  static int run(String[] args, PrintStream out, PrintStream err) {
    CleanerOptions options;
    try {
      options = CleanerOptions.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("avid-spark-cleaner: " + e.getMessage());
      err.print(CleanerOptions.USAGE);
      return 2;
    }
    SparkSession spark = SparkSession.builder().appName("avid-spark-cleaner").getOrCreate();
    try {
      return run(spark, options, out, err);
    } finally {
      spark.stop();
    }
  }

  /**
   * Runs the job in {@code spark} and prints the summary.
   *
   * @return the exit code
   */
  static int run(SparkSession spark, CleanerOptions options, PrintStream out, PrintStream err) {
    try {
      JobSummary summary = CleanJob.run(spark, options);
      out.println("avid-spark-cleaner: done, output " + options.output());
      out.print(summary.text().indent(2));
      if (summary.rejectedRows() > 0) {
        out.println("  rejected rows are listed (row id, file, reason) in " + options.rejects());
      }
      return summary.rejectedRows() > 0 ? 1 : 0;
    } catch (IllegalArgumentException e) {
      err.println("avid-spark-cleaner: " + e.getMessage());
      return 2;
    } catch (RowsLostException e) {
      err.println("avid-spark-cleaner: " + e.getMessage() + "; the output is not marked _SUCCESS");
      return 3;
    } catch (Exception e) { // SparkException is checked, and thrown through Scala code that does not declare it
      // the type and Spark's first line only: a task's failure can carry more than we want in a log
      String message = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
      err.println(String.format(Locale.ROOT, "avid-spark-cleaner: failed (%s) %s", e.getClass().getSimpleName(),
          message));
      return 4;
    }
  }
}
