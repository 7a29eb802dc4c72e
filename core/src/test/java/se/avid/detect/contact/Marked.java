package se.avid.detect.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import se.avid.Anonymizer;
import se.avid.EntityType;
import se.avid.spi.Detector;
import se.avid.text.ScanText;

/**
 * Test cases written as sentences with the expected findings marked in place:
 * {@code «…»} is a finding the default pipeline redacts (score at or above
 * {@link Anonymizer#DEFAULT_REDACT_THRESHOLD}), {@code ‹…›} one that is reported with a lower score.
 * The markers give exact offsets without counting by hand: {@code "ring «070-123 45 67»"} expects
 * exactly one finding at 5..18.
 */
final class Marked {

  /** One finding as the detector reported it. */
  record Found(int start, int end, EntityType type, double score) {
    boolean redacted() {
      return score >= Anonymizer.DEFAULT_REDACT_THRESHOLD;
    }
  }

  /** The sentence without markers and the spans the markers expect. */
  record Case(String text, List<int[]> redacted, List<int[]> low) {}

  private Marked() {}

  static Case parse(String marked) {
    StringBuilder text = new StringBuilder();
    List<int[]> redacted = new ArrayList<>();
    List<int[]> low = new ArrayList<>();
    int open = -1;
    boolean openLow = false;
    for (int i = 0; i < marked.length(); i++) {
      char c = marked.charAt(i);
      if (c == '«' || c == '‹') {
        open = text.length();
        openLow = c == '‹';
      } else if (c == '»' || c == '›') {
        (openLow ? low : redacted).add(new int[] {open, text.length()});
        open = -1;
      } else {
        text.append(c);
      }
    }
    return new Case(text.toString(), redacted, low);
  }

  static List<Found> run(Detector detector, String text) {
    List<Found> found = new ArrayList<>();
    ScanText scan = ScanText.of(text);
    detector.detect(scan, (start, end, type, score) -> {
      assertTrue(start >= 0 && end > start && end <= text.length(), "span in the text");
      assertTrue(score >= 0 && score <= 1, "score in [0,1]");
      assertTrue(detector.types().contains(type), "declared type");
      found.add(new Found(start, end, type, score));
    });
    found.sort(Comparator.comparingInt(Found::start));
    return found;
  }

  /** Asserts that {@code detector} reports exactly the marked spans, each above or below the threshold as marked. */
  static void assertFinds(Detector detector, String marked) {
    Case c = parse(marked);
    List<Found> found = run(detector, c.text());
    List<String> expected = new ArrayList<>();
    for (int[] s : c.redacted()) {
      expected.add(describe(c.text(), s[0], s[1], true));
    }
    for (int[] s : c.low()) {
      expected.add(describe(c.text(), s[0], s[1], false));
    }
    expected.sort(null);
    List<String> actual = new ArrayList<>();
    for (Found f : found) {
      actual.add(describe(c.text(), f.start(), f.end(), f.redacted()));
    }
    actual.sort(null);
    assertEquals(expected, actual, () -> "in: " + c.text() + "\nfound: " + found);
  }

  private static String describe(String text, int start, int end, boolean redacted) {
    return (redacted ? "redacted " : "low ") + start + ".." + end + " '" + text.substring(start, end) + "'";
  }
}
