package se.avid.examples.archive;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import se.avid.EntityType;
import se.avid.examples.review.ReviewingRedactor;

/**
 * The counts of a run: records read, written, with findings, flagged for review, rejected, and
 * findings by type (built-in and custom types alike, by name). Mutable and confined to one thread
 * at a time: each worker fills its own for a batch, and the writer thread merges them in.
 */
final class Tally {

  /** Built-in types in declaration order, then custom types by name: the order of the summary. */
  private static final Comparator<String> TYPE_ORDER = Comparator.comparingInt(Tally::rank)
      .thenComparing(Comparator.naturalOrder());
  private static final List<String> BUILT_IN = Arrays.stream(EntityType.values()).map(EntityType::name).toList();

  long read;
  long written;
  long withFindings;
  long forReview;
  long rejected;
  final Map<String, Long> redactedByType = new TreeMap<>(TYPE_ORDER);
  final Map<String, Long> reviewByType = new TreeMap<>(TYPE_ORDER);

  private static int rank(String type) {
    int i = BUILT_IN.indexOf(type);
    return i < 0 ? Integer.MAX_VALUE : i;
  }

  /** Counts a record that was written, with the results of each text cleaned in it. */
  void written(RecordCleaner.Cleaned cleaned) {
    read++;
    written++;
    boolean findings = false;
    boolean review = false;
    for (ReviewingRedactor.Result r : cleaned.results()) {
      findings |= r.hasFindings();
      review |= !r.review().isEmpty();
      r.redacted().forEach(f -> redactedByType.merge(f.type().name(), 1L, Long::sum));
      r.review().forEach(f -> reviewByType.merge(f.type().name(), 1L, Long::sum));
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
    other.redactedByType.forEach((type, n) -> redactedByType.merge(type, n, Long::sum));
    other.reviewByType.forEach((type, n) -> reviewByType.merge(type, n, Long::sum));
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
    redactedByType.forEach((type, n) -> p.setProperty(prefix + "redacted." + type, Long.toString(n)));
    reviewByType.forEach((type, n) -> p.setProperty(prefix + "review." + type, Long.toString(n)));
  }

  static Tally load(Properties p, String prefix) {
    Tally t = new Tally();
    t.read = number(p, prefix + "read");
    t.written = number(p, prefix + "written");
    t.withFindings = number(p, prefix + "withFindings");
    t.forReview = number(p, prefix + "forReview");
    t.rejected = number(p, prefix + "rejected");
    for (String key : p.stringPropertyNames()) {
      if (key.startsWith(prefix + "redacted.")) {
        t.redactedByType.put(key.substring(prefix.length() + "redacted.".length()), number(p, key));
      } else if (key.startsWith(prefix + "review.")) {
        t.reviewByType.put(key.substring(prefix.length() + "review.".length()), number(p, key));
      }
    }
    return t;
  }

  private static long number(Properties p, String key) {
    String v = p.getProperty(key);
    return v == null ? 0 : Long.parseLong(v.trim());
  }

  /** The counts by type that are not zero, e.g. {@code "PHONE 3, NAME 12, DIARIENUMMER 1"}, or {@code "none"}. */
  static String byType(Map<String, Long> counts) {
    StringBuilder b = new StringBuilder();
    counts.forEach((type, n) -> {
      if (n > 0) {
        b.append(b.length() > 0 ? ", " : "").append(type).append(' ').append(n);
      }
    });
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
