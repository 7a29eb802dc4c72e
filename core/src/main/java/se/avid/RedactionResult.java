package se.avid;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of {@link Anonymizer#process(String)}: the redacted text, every finding with its
 * decision, whether a human must review the post, and, only when asked for with
 * {@link #revealMapping()}, which original values each placeholder stands for.
 *
 * <pre>{@code
 * RedactionResult r = anonymizer.process(post);
 * if (r.needsReview()) {
 *   moderationQueue.add(postId, r.findings());     // offsets, types, scores, decisions
 * } else {
 *   publish(r.redactedText());
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe. It keeps a reference to the original text (to answer
 * {@link #revealMapping()}), but {@link #toString()} shows counts only, never the text, the
 * findings' values or the mapping: a result may be logged.
 */
public final class RedactionResult {

  private final String original;
  private final String redactedText;
  private final AnalysisResult analysis;
  private final List<Replacement> replacements;

  RedactionResult(String original, String redactedText, AnalysisResult analysis, List<Replacement> replacements) {
    this.original = original;
    this.redactedText = redactedText;
    this.analysis = analysis;
    this.replacements = List.copyOf(replacements);
  }

  private RedactionResult(String original, String redactedText, AnalysisResult analysis, List<Replacement> replacements,
      boolean owned) {
    this.original = original;
    this.redactedText = redactedText;
    this.analysis = analysis;
    this.replacements = AnalysisResult.unmodifiable(replacements);
  }

  /**
   * A result that wraps {@code replacements} unmodifiable instead of copying it: for a null-free
   * list that no one else holds or changes (the replacer's own).
   */
  static RedactionResult wrapping(String original, String redactedText, AnalysisResult analysis,
      List<Replacement> replacements) {
    return new RedactionResult(original, redactedText, analysis, replacements, true);
  }

  /**
   * The text with every {@link Decision#REDACTED} finding replaced; safe to publish unless {@link #needsReview()}.
   *
   * @return the redacted text
   */
  public String redactedText() {
    return redactedText;
  }

  /**
   * The findings with their decisions, offsets into the original text, sorted by start.
   *
   * @return the findings with their decisions
   */
  public List<DecidedFinding> findings() {
    return analysis.findings();
  }

  /**
   * Each redacted finding with its replacement and where that landed in {@link #redactedText()},
   * in order: for highlighting placeholders and mapping offsets between the two texts. The
   * replacements of masking strategies hold what they keep of the value: don't log them.
   *
   * @return one per {@link AnalysisResult#redacted()} finding, sorted by start
   */
  public List<Replacement> replacements() {
    return replacements;
  }

  /**
   * The analysis behind this result.
   *
   * @return the analysis
   */
  public AnalysisResult analysis() {
    return analysis;
  }

  /**
   * True when some finding scored in the review band and was left in the text: a human should look first.
   *
   * @return whether a human should look first
   */
  public boolean needsReview() {
    return analysis.needsReview();
  }

  /**
   * Which original values each placeholder in {@link #redactedText()} stands for, in order of first
   * appearance, for staff who are entitled to see them (e.g. {@code "[NAMN 1]" -> ["Anna", "Annas"]}).
   * With label strategies many values share one placeholder ({@code "[NAMN]" -> ["Anna", "Peter"]}).
   *
   * <p>This returns personal data: never log it, and show it only to those who may see the
   * original post.
   *
   * @return placeholder to original values: personal data
   */
  public Map<String, List<String>> revealMapping() {
    Map<String, List<String>> mapping = new LinkedHashMap<>();
    List<Finding> redacted = analysis.redacted();
    for (int i = 0; i < redacted.size(); i++) {
      String value = redacted.get(i).valueIn(original);
      List<String> values = mapping.computeIfAbsent(replacements.get(i).replacement(), k -> new ArrayList<>());
      if (!values.contains(value)) {
        values.add(value);
      }
    }
    mapping.replaceAll((k, v) -> List.copyOf(v));
    return Collections.unmodifiableMap(mapping);
  }

  @Override
  public String toString() {
    return "RedactionResult[" + original.length() + " chars, " + analysis.redacted().size() + " redacted, "
        + analysis.forReview().size() + " for review]";
  }
}
