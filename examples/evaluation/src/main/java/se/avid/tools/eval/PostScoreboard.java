package se.avid.tools.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import se.avid.Finding;

/**
 * Scores whole posts, the unit a municipality publishes: does a post leak, is it flagged for
 * review, what that must stay was redacted, and how reliable each score band of the findings is.
 *
 * <ul>
 *   <li>An annotated entity of a type avid should find ({@link GoldLabels#findingTypes}) <em>leaks</em>
 *       when any letter or digit of it is outside every redacted finding, whatever the finding's
 *       type: a name redacted as a place leaks nothing. A post leaks when one of its entities does.
 *   <li>A post is <em>flagged</em> when the anonymizer left at least one finding in the review band.
 *   <li>A keep item is <em>redacted</em> when a redacted finding overlaps it.
 *   <li>Calibration: every finding, redacted or for review, by score band of width 0.1; it is right
 *       when it overlaps an entity that {@linkplain GoldLabels#mayBeRedacted may be redacted}.
 * </ul>
 *
 * <p>Keeps every leak, every redacted keep item and every review finding of a post that leaks
 * nothing for {@code --list-errors}. Not thread-safe.
 */
public final class PostScoreboard {

  /** An entity left readable in part, and whether its post was flagged. */
  public record Leak(AnnotatedText text, GoldSpan entity, boolean flagged) {}

  /** A keep item that a redacted finding overlaps. */
  public record LostKeep(AnnotatedText text, KeepItem item, Finding finding) {}

  /** A review finding in a post that leaks nothing: what the flag costs. */
  public record NeedlessFlag(AnnotatedText text, Finding finding) {}

  /** Score bands of the calibration table. */
  static final int BANDS = 10;

  private final boolean keepErrors;
  private long posts;
  private long clean;
  private long flagged;
  private long leakedUnflagged;
  private long flaggedLeaking;
  private long leaking;
  private final Map<String, long[]> coverage = new TreeMap<>();
  private final Map<String, long[]> keep = new TreeMap<>();
  private final long[][] calibration = new long[BANDS][2];
  private final Map<String, long[]> reviewByDetector = new TreeMap<>();
  private final List<Leak> leaks = new ArrayList<>();
  private final List<LostKeep> lostKeeps = new ArrayList<>();
  private final List<NeedlessFlag> needlessFlags = new ArrayList<>();

  /** @param keepErrors whether to keep the leaks and lost keep items for listing */
  public PostScoreboard(boolean keepErrors) {
    this.keepErrors = keepErrors;
  }

  /**
   * Scores one post.
   *
   * @param text the annotated post, as given to avid
   * @param redacted the findings that were redacted
   * @param review the findings left in the review band
   */
  public void add(AnnotatedText text, List<Finding> redacted, List<Finding> review) {
    posts++;
    boolean isFlagged = !review.isEmpty();
    boolean leaked = false;
    for (GoldSpan entity : text.gold()) {
      if (GoldLabels.findingTypes(entity.label()).isEmpty()) {
        continue;
      }
      long[] c = coverage.computeIfAbsent(entity.label(), k -> new long[2]);
      c[0]++;
      if (leaks(text.text(), entity, redacted)) {
        leaked = true;
        if (keepErrors) {
          leaks.add(new Leak(text, entity, isFlagged));
        }
      } else {
        c[1]++;
      }
    }
    for (KeepItem item : text.keep()) {
      long[] c = keep.computeIfAbsent(item.what(), k -> new long[2]);
      c[0]++;
      Finding lost = firstOverlapping(item, redacted);
      if (lost != null) {
        c[1]++;
        if (keepErrors) {
          lostKeeps.add(new LostKeep(text, item, lost));
        }
      }
    }
    calibrate(text, redacted);
    calibrate(text, review);
    for (Finding f : review) {
      long[] c = reviewByDetector.computeIfAbsent(f.detector(), k -> new long[2]);
      c[0]++;
      if (coversEntity(text, f)) {
        c[1]++;
      }
    }
    if (isFlagged) {
      flagged++;
    }
    if (leaked) {
      leaking++;
      if (isFlagged) {
        flaggedLeaking++;
      } else {
        leakedUnflagged++;
      }
    } else {
      clean++;
      if (keepErrors) {
        review.forEach(f -> needlessFlags.add(new NeedlessFlag(text, f)));
      }
    }
  }

  /** True when a letter or digit of {@code entity} lies outside every finding. */
  static boolean leaks(String text, GoldSpan entity, List<Finding> redacted) {
    for (int i = entity.start(); i < entity.end(); i++) {
      if (Character.isLetterOrDigit(text.charAt(i)) && !covered(i, redacted)) {
        return true;
      }
    }
    return false;
  }

  private static boolean covered(int offset, List<Finding> findings) {
    for (Finding f : findings) {
      if (f.start() <= offset && offset < f.end()) {
        return true;
      }
    }
    return false;
  }

  private static Finding firstOverlapping(KeepItem item, List<Finding> findings) {
    for (Finding f : findings) {
      if (f.start() < item.end() && item.start() < f.end()) {
        return f;
      }
    }
    return null;
  }

  private void calibrate(AnnotatedText text, List<Finding> findings) {
    for (Finding f : findings) {
      long[] c = calibration[band(f.score())];
      c[0]++;
      if (coversEntity(text, f)) {
        c[1]++;
      }
    }
  }

  static boolean coversEntity(AnnotatedText text, Finding f) {
    for (GoldSpan entity : text.gold()) {
      if (GoldLabels.mayBeRedacted(entity.label()) && entity.overlaps(f.start(), f.end())) {
        return true;
      }
    }
    return false;
  }

  /** The band of a score: 0 for [0, 0.1), …, 9 for [0.9, 1]. */
  static int band(double score) {
    return Math.min(BANDS - 1, (int) Math.floor(score * BANDS));
  }

  /** Posts scored so far. */
  public long posts() {
    return posts;
  }

  /** Posts in which no annotated entity leaks. */
  public Ratio noLeak() {
    return new Ratio(clean, posts);
  }

  /** Posts flagged for review. */
  public Ratio flagged() {
    return new Ratio(flagged, posts);
  }

  /** Posts that leak and are not flagged: what would be published with a leak. */
  public Ratio leakedUnflagged() {
    return new Ratio(leakedUnflagged, posts);
  }

  /** Of the posts that leak, those flagged. */
  public Ratio leakingFlagged() {
    return new Ratio(flaggedLeaking, leaking);
  }

  /** Per annotated type, the entities with no letter or digit left readable. */
  public Map<String, Ratio> coverage() {
    return ratios(coverage);
  }

  /** All keep items that were redacted. */
  public Ratio keepRedacted() {
    long hits = 0;
    long total = 0;
    for (long[] c : keep.values()) {
      total += c[0];
      hits += c[1];
    }
    return new Ratio(hits, total);
  }

  /** Per kind of keep item ({@code what}), those redacted. */
  public Map<String, Ratio> keepRedactedByWhat() {
    return ratios(keep);
  }

  /**
   * Per score band (0 for [0, 0.1) … 9 for [0.9, 1]), the findings in it that overlap an entity
   * that may be redacted: the measured precision of that band. Bands without findings are absent.
   */
  public Map<Integer, Ratio> calibration() {
    Map<Integer, Ratio> out = new LinkedHashMap<>();
    for (int b = 0; b < BANDS; b++) {
      if (calibration[b][0] > 0) {
        out.put(b, new Ratio(calibration[b][1], calibration[b][0]));
      }
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * Per detector, the findings left for review (in the review band and covered by no redacted
   * finding) that overlap an entity that may be redacted: the measured precision of what flags a post.
   */
  public Map<String, Ratio> reviewPrecisionByDetector() {
    return ratios(reviewByDetector);
  }

  /** Every leaked entity, if errors are kept. */
  public List<Leak> leaks() {
    return Collections.unmodifiableList(leaks);
  }

  /** Every redacted keep item, if errors are kept. */
  public List<LostKeep> lostKeeps() {
    return Collections.unmodifiableList(lostKeeps);
  }

  /** Every review finding of a post that leaks nothing, if errors are kept. */
  public List<NeedlessFlag> needlessFlags() {
    return Collections.unmodifiableList(needlessFlags);
  }

  private static Map<String, Ratio> ratios(Map<String, long[]> counts) {
    Map<String, Ratio> out = new LinkedHashMap<>();
    counts.forEach((k, c) -> out.put(k, new Ratio(c[1], c[0])));
    return Collections.unmodifiableMap(out);
  }
}
