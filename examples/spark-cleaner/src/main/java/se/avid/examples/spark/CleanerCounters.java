package se.avid.examples.spark;

import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.SparkContext;
import org.apache.spark.util.LongAccumulator;

/**
 * The job's Spark accumulators: rows cleaned, rejected, flagged for review and with findings, and
 * findings by type. Registered on the driver, updated by the tasks, read back into the summary.
 *
 * <p>Accumulators updated inside a transformation count a task again if Spark re-runs it (a lost
 * executor, speculation); the job reads the rows it wrote back from storage for the
 * nothing-lost check, so these figures are the report, not the proof.
 */
final class CleanerCounters implements Serializable {

  final LongAccumulator cleaned;
  final LongAccumulator rejected;
  final LongAccumulator flagged;
  final LongAccumulator withFindings;
  final TypeCounts redactedByType = new TypeCounts();
  final TypeCounts reviewByType = new TypeCounts();

  CleanerCounters(SparkContext context) {
    cleaned = context.longAccumulator("avid rows cleaned");
    rejected = context.longAccumulator("avid rows rejected");
    flagged = context.longAccumulator("avid rows flagged for review");
    withFindings = context.longAccumulator("avid rows with findings");
    context.register(redactedByType, "avid findings redacted by type");
    context.register(reviewByType, "avid findings for review by type");
  }

  /**
   * The redacted findings by type so far.
   *
   * @return type name to count, sorted
   */
  Map<String, Long> redacted() {
    return new TreeMap<>(redactedByType.value());
  }

  /**
   * The review-band findings by type so far.
   *
   * @return type name to count
   */
  Map<String, Long> review() {
    return new TreeMap<>(reviewByType.value());
  }
}
