package se.avid.examples.archive;

/**
 * A record that cannot be cleaned and therefore goes to the reject file instead of the output.
 * The reason is written to the reject file: it must describe the problem, never quote the record.
 */
final class RejectedRecordException extends Exception {

  private static final long serialVersionUID = 1L;

  RejectedRecordException(String reason) {
    super(reason, null, false, false);
  }
}
