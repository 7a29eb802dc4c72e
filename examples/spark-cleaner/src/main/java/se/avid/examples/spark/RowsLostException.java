package se.avid.examples.spark;

/**
 * Thrown when the rows written and rejected do not add up to the rows read: some were lost. The
 * output's {@code _SUCCESS} marker is removed before, so that no later job takes it for complete.
 */
final class RowsLostException extends RuntimeException {

  private final transient JobSummary summary;

  RowsLostException(JobSummary summary) {
    super(String.format(java.util.Locale.ROOT, "rows lost: read %,d, but written %,d + rejected %,d = %,d",
        summary.inputRows(), summary.writtenRows(), summary.rejectedRows(),
        summary.writtenRows() + summary.rejectedRows()));
    this.summary = summary;
  }

  /** The counts of the failed run. */
  JobSummary summary() {
    return summary;
  }
}
