package se.avid.examples.archive;

import java.util.Locale;
import java.util.Properties;
import se.avid.EntityType;
import se.avid.examples.review.ReviewingRedactor;

/**
 * The counts of a run: records read, written, with findings, flagged for review, rejected, and
 * findings by type. Mutable and confined to one thread at a time: each worker fills its own for a
 * batch, and the writer thread merges them in.
 */
final class Tally {

  long read;
  long written;
  long withFindings;
  long forReview;
  long rejected;
  final long[] redactedByType = new long[EntityType.values().length];
  final long[] reviewByType = new long[EntityType.values().length];

  /** Counts a record that was written, with the results of each text cleaned in it. */
  void written(RecordCleaner.Cleaned cleaned) {
    read++;
    written++;
    boolean findings = false;
    boolean review = false;
    for (ReviewingRedactor.Result r : cleaned.results()) {
      findings |= r.hasFindings();
      review |= !r.review().isEmpty();
      r.countRedacted(redactedByType);
      r.countReview(reviewByType);
    }
    if (findings) {
      withFindings++;
    }
    if (review) {
      forReview++;
    }
  }

  void rejected() {
    read++;
    rejected++;
  }

  void add(Tally other) {
    read += other.read;
    written += other.written;
    withFindings += other.withFindings;
    forReview += other.forReview;
    rejected += other.rejected;
    for (int i = 0; i < redactedByType.length; i++) {
      redactedByType[i] += other.redactedByType[i];
      reviewByType[i] += other.reviewByType[i];
    }
  }

  Tally copy() {
    Tally t = new Tally();
    t.add(this);
    return t;
  }

  /** Stores the counts under {@code prefix} (for the checkpoint). */
  void store(Properties p, String prefix) {
    p.setProperty(prefix + "read", Long.toString(read));
    p.setProperty(prefix + "written", Long.toString(written));
    p.setProperty(prefix + "withFindings", Long.toString(withFindings));
    p.setProperty(prefix + "forReview", Long.toString(forReview));
    p.setProperty(prefix + "rejected", Long.toString(rejected));
    for (EntityType t : EntityType.values()) {
      p.setProperty(prefix + "redacted." + t.name(), Long.toString(redactedByType[t.ordinal()]));
      p.setProperty(prefix + "review." + t.name(), Long.toString(reviewByType[t.ordinal()]));
    }
  }

  static Tally load(Properties p, String prefix) {
    Tally t = new Tally();
    t.read = number(p, prefix + "read");
    t.written = number(p, prefix + "written");
    t.withFindings = number(p, prefix + "withFindings");
    t.forReview = number(p, prefix + "forReview");
    t.rejected = number(p, prefix + "rejected");
    for (EntityType type : EntityType.values()) {
      t.redactedByType[type.ordinal()] = number(p, prefix + "redacted." + type.name());
      t.reviewByType[type.ordinal()] = number(p, prefix + "review." + type.name());
    }
    return t;
  }

  private static long number(Properties p, String key) {
    String v = p.getProperty(key);
    return v == null ? 0 : Long.parseLong(v.trim());
  }

  /** The counts by type that are not zero, e.g. {@code "PHONE 3, NAME 12"}, or {@code "none"}. */
  static String byType(long[] counts) {
    StringBuilder b = new StringBuilder();
    for (EntityType t : EntityType.values()) {
      if (counts[t.ordinal()] > 0) {
        if (b.length() > 0) {
          b.append(", ");
        }
        b.append(t.name()).append(' ').append(counts[t.ordinal()]);
      }
    }
    return b.length() == 0 ? "none" : b.toString();
  }

  /** The end-of-run summary, one count per line. */
  String summary() {
    return String.format(Locale.ROOT,
        "records read       %,d%n"
            + "records written    %,d%n"
            + "with findings      %,d%n"
            + "flagged for review %,d%n"
            + "rejected           %,d%n"
            + "redacted by type   %s%n"
            + "review by type     %s%n",
        read, written, withFindings, forReview, rejected, byType(redactedByType), byType(reviewByType));
  }
}
