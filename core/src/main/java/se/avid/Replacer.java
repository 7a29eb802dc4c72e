package se.avid;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import se.avid.redact.RedactionContext;

/**
 * The one replacement loop: puts each finding's replacement, by its type's strategy, in place of
 * the finding, and records where it landed. Used for the detectors' findings and for spans a
 * person chose alike.
 */
final class Replacer {

  /**
   * Per thread, the buffer of the rewritten text, kept between calls so that a call allocates
   * only the result: taken out for one call and put back after it, so that a strategy that
   * redacts in turn (on the same thread) builds in a buffer of its own.
   */
  private static final ThreadLocal<RewrittenChars[]> SPARE = ThreadLocal.withInitial(() -> new RewrittenChars[1]);

  /** A buffer grown past this many chars (a text of some 64 KB) is not kept for the next call. */
  private static final int LARGEST_KEPT = 1 << 16;

  private Replacer() {}

  /**
   * Replaces {@code analysis.redacted()} (sorted, non-overlapping) in {@code text}.
   *
   * @throws RedactionException if a strategy fails or returns null
   */
  static RedactionResult apply(String text, AnalysisResult analysis, Thresholds settings, RedactionContext context) {
    List<Finding> findings = analysis.redacted();
    if (findings.isEmpty()) {
      return new RedactionResult(text, text, analysis, List.of());
    }
    RewrittenChars[] spare = SPARE.get();
    RewrittenChars out = spare[0];
    spare[0] = null;
    if (out == null) {
      out = new RewrittenChars(text.length() + 16 * findings.size());
    }
    out.clear();
    try {
      List<Replacement> replacements = new ArrayList<>(findings.size());
      int last = 0;
      for (int k = 0, n = findings.size(); k < n; k++) { // by index: an iterator per call was garbage
        Finding f = findings.get(k);
        String replacement = Objects.requireNonNull(settings.strategy(f.type()).replacement(f, text, context),
            "replacement");
        out.append(text, last, f.start());
        int at = out.length();
        out.append(replacement);
        replacements.add(new Replacement(f, replacement, at, out.length()));
        last = f.end();
      }
      out.append(text, last, text.length());
      return RedactionResult.wrapping(text, out.text(), analysis, replacements); // its own list
    } catch (RuntimeException e) {
      throw new RedactionException("redaction-strategy", text.length(), e);
    } finally {
      if (out.capacity() <= LARGEST_KEPT) {
        spare[0] = out;
      }
    }
  }

  /**
   * Sorts spans chosen by a person and checks that they fit {@code text} and do not overlap.
   *
   * @throws IllegalArgumentException if a span ends past the text or two spans overlap
   */
  static List<Finding> checkedSpans(String text, List<Finding> spans) {
    List<Finding> sorted = new ArrayList<>(spans);
    sorted.sort(java.util.Comparator.comparingInt(Finding::start));
    for (int i = 0; i < sorted.size(); i++) {
      Finding f = sorted.get(i);
      if (f.end() > text.length()) {
        throw new IllegalArgumentException("span " + f.start() + ".." + f.end() + " ends past the text length "
            + text.length());
      }
      if (i > 0 && sorted.get(i - 1).overlaps(f)) {
        throw new IllegalArgumentException("spans " + sorted.get(i - 1).start() + ".." + sorted.get(i - 1).end()
            + " and " + f.start() + ".." + f.end() + " overlap");
      }
    }
    return sorted;
  }
}
