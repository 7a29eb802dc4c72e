package se.avid.examples.archive;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import se.avid.examples.review.ReviewingRedactor;

/** Cleans the chosen parts of one record. Implementations are immutable and thread-safe. */
interface RecordCleaner {

  /** The JSON field and CSV column that mark a record with findings in the review band: their types. */
  String REVIEW_MARK = "avid_review";

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
  record Cleaned(Object payload, List<ReviewingRedactor.Result> results) {

    /** Whether a person should check this record: some text of it has findings in the review band. */
    boolean needsReview() {
      for (ReviewingRedactor.Result r : results) {
        if (!r.review().isEmpty()) {
          return true;
        }
      }
      return false;
    }

    /** The types of the findings in the review band, e.g. {@code "NAME PLACE"}; empty when none. */
    String reviewTypes() {
      return String.join(" ", RecordCleaner.reviewTypes(results));
    }
  }

  /** The sorted names of the types of the findings in the review band: types only, never the values. */
  static SortedSet<String> reviewTypes(List<ReviewingRedactor.Result> results) {
    SortedSet<String> types = new TreeSet<>();
    results.forEach(r -> r.review().forEach(f -> types.add(f.type().toString())));
    return types;
  }
}
