package se.avid.examples.archive;

import java.util.ArrayList;
import java.util.List;

/**
 * The results of one batch, in input order: each a {@link Written} or a {@link Rejected}, with the
 * batch's counts. Filled by one worker, then read by the writer thread.
 */
final class CleanedBatch {

  final List<Object> items;
  final Tally tally = new Tally();
  long lastNumber;

  CleanedBatch(int size) {
    items = new ArrayList<>(size);
  }

  void written(InputRecord r, RecordCleaner.Cleaned cleaned) {
    items.add(new Written(r.number(), r.location(), cleaned));
    tally.written(cleaned);
  }

  void reject(InputRecord r, String reason) {
    items.add(new Rejected(r.number(), r.line(), reason));
    tally.rejected();
  }

  /** A cleaned record: its number, where a person finds it in the input ({@link InputRecord#location()}), the result. */
  record Written(long number, String location, RecordCleaner.Cleaned cleaned) {}

  /** A record that is not written: its number, the line it starts on, and why (never its text). */
  record Rejected(long number, long line, String reason) {}
}
