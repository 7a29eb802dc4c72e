package se.avid.examples.spark;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a run did: rows read, written and rejected (counted from storage), and from the
 * accumulators the rows flagged for review, the rows with findings, and findings by type. Counts
 * and type names only.
 *
 * @param inputRows rows in the input, counted by a read of their own
 * @param writtenRows rows in the output, counted by reading it back
 * @param rejectedRows rows in the rejects, counted by reading them back
 * @param flaggedRows rows marked {@value RowLayout#REVIEW}
 * @param rowsWithFindings rows with anything redacted or flagged
 * @param redactedByType redacted findings by type name
 * @param reviewByType review-band findings by type name
 * @param inputBytes the input files' total size
 * @param seconds wall time of the whole job
 */
record JobSummary(long inputRows, long writtenRows, long rejectedRows, long flaggedRows, long rowsWithFindings,
    Map<String, Long> redactedByType, Map<String, Long> reviewByType, long inputBytes, double seconds) {

  JobSummary {
    redactedByType = Collections.unmodifiableSortedMap(new TreeMap<>(redactedByType));
    reviewByType = Collections.unmodifiableSortedMap(new TreeMap<>(reviewByType));
  }

  /** Whether every input row is in the output or the rejects. */
  boolean complete() {
    return inputRows == writtenRows + rejectedRows;
  }

  /** Input megabytes (10^6 bytes) per second of wall time. */
  double megabytesPerSecond() {
    return seconds > 0 ? inputBytes / 1e6 / seconds : 0;
  }

  /** The summary as lines of text, for the driver's output. */
  String text() {
    return String.format(Locale.ROOT, """
        rows read          %,d
        rows written       %,d
        rows rejected      %,d
        with findings      %,d
        flagged for review %,d
        redacted by type   %s
        review by type     %s
        input              %.1f MB in %.1f s (%.1f MB/s)
        """, inputRows, writtenRows, rejectedRows, rowsWithFindings, flaggedRows, counts(redactedByType),
        counts(reviewByType), inputBytes / 1e6, seconds, megabytesPerSecond());
  }

  private static String counts(Map<String, Long> byType) {
    if (byType.isEmpty()) {
      return "none";
    }
    StringBuilder s = new StringBuilder();
    byType.forEach((type, n) -> s.append(s.length() == 0 ? "" : ", ").append(type).append(' ')
        .append(String.format(Locale.ROOT, "%,d", n)));
    return s.toString();
  }
}
