package se.avid.tools.eval;

import java.io.PrintStream;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import se.avid.Finding;

/**
 * Prints the post-level figures of {@link PostScoreboard}s, as written and lowercased, as
 * Markdown tables, and lists the leaks, the redacted keep items and the review findings of posts
 * that leak nothing. Stateless.
 */
final class PostReport {

  private PostReport() {}

  /** The post table, then the calibration table. */
  static void print(PostScoreboard asWritten, PostScoreboard lower, PrintStream out) {
    out.printf(Locale.ROOT, "%n## Posts%n%n");
    postTable(asWritten, lower).print(out);
    out.printf(Locale.ROOT, "%n## Calibration: findings by score, share that cover an annotated entity%n%n");
    calibrationTable(asWritten, lower).print(out);
  }

  /**
   * The table of review thresholds: for each, the posts flagged, the posts that leak unflagged and
   * the leaking posts flagged, so that a user can choose the threshold that fits a review budget.
   */
  static void printCurves(Map<Double, PostScoreboard[]> byThreshold, PrintStream out) {
    out.printf(Locale.ROOT, "%n## Review threshold: posts flagged, leaking unflagged, leaking posts flagged%n%n");
    curveTable(byThreshold).print(out);
  }

  /**
   * The table of review signals: per signal its mean score, the share of its review findings that
   * cover an annotated entity and the share of the posts it leaves a finding in that leak, as
   * written and lowercased: the evidence each score is set by.
   */
  static void printSignals(SignalCalibration asWritten, SignalCalibration lower, PrintStream out) {
    out.printf(Locale.ROOT, "%n## Review signals: findings left for review with no review threshold, share that cover"
        + " an annotated entity; posts with one, share that leak%n%n");
    signalTable(asWritten, lower).print(out);
    out.printf(Locale.ROOT, "%ntexts with a finding at review threshold %.2f: %s as written, %s lowercased%n",
        asWritten.reviewThreshold(), asWritten.flagged().format(), lower.flagged().format());
  }

  static MarkdownTable signalTable(SignalCalibration asWritten, SignalCalibration lower) {
    MarkdownTable table = new MarkdownTable("signal", "score", "on an entity", "post leaks", "on an entity, lowercased",
        "post leaks, lowercased");
    Set<String> keys = new LinkedHashSet<>(asWritten.precision().keySet());
    keys.addAll(lower.precision().keySet());
    for (String key : keys) {
      Double score = lower.meanScore().getOrDefault(key, asWritten.meanScore().get(key));
      table.row(key, String.format(Locale.ROOT, "%.2f", score), cell(asWritten.precision(), key),
          cell(asWritten.leakingPosts(), key), cell(lower.precision(), key), cell(lower.leakingPosts(), key));
    }
    return table;
  }

  /**
   * Every review finding, at no review threshold, that covers no annotated entity, with its signal
   * and context: what each signal costs. Text for a terminal only.
   */
  static void printFalseFlags(String variant, SignalCalibration board, PrintStream out) {
    out.printf(Locale.ROOT, "%n## Review findings that cover no entity, %s (%d)%n%n", variant, board.falseFlags().size());
    for (SignalCalibration.FalseFlag flag : board.falseFlags()) {
      Finding f = flag.finding();
      out.printf(Locale.ROOT, "- %.2f %s | %s%n", f.score(), SignalCalibration.signal(f),
          EvaluateCommand.inContext(flag.text().text(), f.start(), f.end()));
    }
  }

  static MarkdownTable curveTable(Map<Double, PostScoreboard[]> byThreshold) {
    MarkdownTable table = new MarkdownTable("review threshold", "flagged", "leak unflagged", "leaking flagged",
        "flagged, lowercased", "leak unflagged, lowercased", "leaking flagged, lowercased");
    byThreshold.forEach((t, boards) -> table.row(String.format(Locale.ROOT, "%.2f", t),
        boards[0].flagged().format(), boards[0].leakedUnflagged().format(), boards[0].leakingFlagged().format(),
        boards[1].flagged().format(), boards[1].leakedUnflagged().format(), boards[1].leakingFlagged().format()));
    return table;
  }

  static MarkdownTable postTable(PostScoreboard asWritten, PostScoreboard lower) {
    MarkdownTable table = new MarkdownTable("measure", "as written", "lowercased");
    table.row("posts that leak nothing", asWritten.noLeak().format(), lower.noLeak().format());
    table.row("posts flagged for review", asWritten.flagged().format(), lower.flagged().format());
    table.row("posts that leak, not flagged", asWritten.leakedUnflagged().format(),
        lower.leakedUnflagged().format());
    table.row("leaking posts that are flagged", asWritten.leakingFlagged().format(),
        lower.leakingFlagged().format());
    rows(table, "%s fully redacted", asWritten.coverage(), lower.coverage());
    table.row("keep items redacted", asWritten.keepRedacted().format(), lower.keepRedacted().format());
    rows(table, "keep %s redacted", asWritten.keepRedactedByWhat(), lower.keepRedactedByWhat());
    return table;
  }

  static MarkdownTable calibrationTable(PostScoreboard asWritten, PostScoreboard lower) {
    MarkdownTable table = new MarkdownTable("score", "as written", "lowercased");
    Set<Integer> bands = new LinkedHashSet<>();
    for (int b = 0; b < PostScoreboard.BANDS; b++) {
      if (asWritten.calibration().containsKey(b) || lower.calibration().containsKey(b)) {
        bands.add(b);
      }
    }
    for (int b : bands) {
      String label = String.format(Locale.ROOT, "%.1f–%.1f", b / 10.0, (b + 1) / 10.0);
      table.row(label, cell(asWritten.calibration(), b), cell(lower.calibration(), b));
    }
    rows(table, "review, %s", asWritten.reviewPrecisionByDetector(), lower.reviewPrecisionByDetector());
    return table;
  }

  private static void rows(MarkdownTable table, String format, Map<String, Ratio> a, Map<String, Ratio> b) {
    Set<String> keys = new LinkedHashSet<>(a.keySet());
    keys.addAll(b.keySet());
    for (String key : keys) {
      table.row(String.format(Locale.ROOT, format, key), cell(a, key), cell(b, key));
    }
  }

  private static <K> String cell(Map<K, Ratio> ratios, K key) {
    Ratio r = ratios.get(key);
    return r == null ? "– (0/0)" : r.format();
  }

  /**
   * Every leaked entity, redacted keep item and needless review finding, with context: post text,
   * for a terminal only.
   */
  static void printErrors(String variant, PostScoreboard board, PrintStream out) {
    out.printf(Locale.ROOT, "%n## Leaks, %s (%d)%n%n", variant, board.leaks().size());
    for (PostScoreboard.Leak leak : board.leaks()) {
      out.printf(Locale.ROOT, "- %-12s %-9s %s%n", leak.entity().label(), leak.flagged() ? "flagged" : "UNFLAGGED",
          EvaluateCommand.inContext(leak.text().text(), leak.entity().start(), leak.entity().end()));
    }
    out.printf(Locale.ROOT, "%n## Keep items redacted, %s (%d)%n%n", variant, board.lostKeeps().size());
    for (PostScoreboard.LostKeep lost : board.lostKeeps()) {
      out.printf(Locale.ROOT, "- %-15s as %-8s %s%n", lost.item().what(), lost.finding().type(),
          EvaluateCommand.inContext(lost.text().text(), lost.item().start(), lost.item().end()));
    }
    out.printf(Locale.ROOT, "%n## Review findings in posts that leak nothing, %s (%d)%n%n", variant,
        board.needlessFlags().size());
    for (PostScoreboard.NeedlessFlag flag : board.needlessFlags()) {
      Finding f = flag.finding();
      out.printf(Locale.ROOT, "- %-8s %.2f %-22s %s%n", f.type(), f.score(), SignalCalibration.signal(f),
          EvaluateCommand.inContext(flag.text().text(), f.start(), f.end()));
    }
  }
}
