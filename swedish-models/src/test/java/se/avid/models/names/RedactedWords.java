package se.avid.models.names;

import java.util.ArrayList;
import java.util.List;
import se.avid.text.ScanText;

/** The words the name detector, with its rules alone (no context model), redacts in a text: for the tests of single slots. */
final class RedactedWords {

  private static final ProperNameDetector RULES_ONLY = ProperNameDetector.builder().build();

  private RedactedWords() {}

  /** The text of each finding at or above the redact score, in order. */
  static List<String> in(String text) {
    List<String> found = new ArrayList<>();
    RULES_ONLY.detect(ScanText.of(text), (start, end, type, score) -> {
      if (score >= NameScores.REDACT) {
        found.add(text.substring(start, end));
      }
    });
    return found;
  }
}
