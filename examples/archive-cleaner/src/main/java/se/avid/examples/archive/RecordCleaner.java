package se.avid.examples.archive;

import java.util.List;
import se.avid.examples.review.ReviewingRedactor;

/** Cleans the chosen parts of one record. Implementations are immutable and thread-safe. */
interface RecordCleaner {

  /**
   * Checks the chosen fields against a record; returns false when this record cannot tell (for
   * instance a broken JSON line), so that the next one is checked instead.
   *
   * @throws ArchiveException (usage) when a chosen field is not in the record
   */
  boolean checkFields(InputRecord record) throws ArchiveException;

  /**
   * The record with its chosen parts redacted.
   *
   * @throws RejectedRecordException when it cannot be cleaned; it must then not be written
   */
  Cleaned clean(Object payload, ReviewingRedactor redactor) throws RejectedRecordException;

  /**
   * A cleaned record.
   *
   * @param payload what the sink writes
   * @param results one result per text that was cleaned
   */
  record Cleaned(Object payload, List<ReviewingRedactor.Result> results) {}
}
