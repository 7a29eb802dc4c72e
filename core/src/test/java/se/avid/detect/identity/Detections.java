package se.avid.detect.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import se.avid.EntityType;
import se.avid.spi.Detector;
import se.avid.text.ScanText;

/**
 * Test support: runs one detector and compares its findings with a sentence in which the
 * expected findings are marked {@code ⟦like this⟧}, so that each table row shows the exact
 * offsets in readable form.
 */
final class Detections {

  static final char OPEN = '⟦';
  static final char CLOSE = '⟧';

  /** One finding as a detector reported it. */
  record Hit(int start, int end, EntityType type, double score) {}

  /** A sentence with its marks removed and the marked spans. */
  record Marked(String text, List<int[]> spans) {
    static Marked parse(String marked) {
      StringBuilder text = new StringBuilder(marked.length());
      List<int[]> spans = new ArrayList<>();
      int open = -1;
      for (int i = 0; i < marked.length(); i++) {
        char c = marked.charAt(i);
        if (c == OPEN) {
          open = text.length();
        } else if (c == CLOSE) {
          spans.add(new int[] {open, text.length()});
          open = -1;
        } else {
          text.append(c);
        }
      }
      return new Marked(text.toString(), spans);
    }
  }

  private Detections() {}

  /** Every finding of {@code detector} in {@code text}, sorted by start. */
  static List<Hit> find(Detector detector, String text) {
    List<Hit> hits = new ArrayList<>();
    detector.detect(ScanText.of(text), (start, end, type, score) -> {
      assertTrue(start >= 0 && end > start && end <= text.length(), "bad span " + start + ".." + end);
      assertTrue(detector.types().contains(type), "undeclared type " + type);
      hits.add(new Hit(start, end, type, score));
    });
    hits.sort(Comparator.comparingInt(Hit::start));
    return hits;
  }

  /**
   * Asserts that {@code detector} finds exactly the marked spans of {@code marked}, each of
   * {@code type} with a score in {@code [minScore, maxScore]}.
   */
  static void assertFinds(Detector detector, String marked, EntityType type, double minScore, double maxScore) {
    Marked m = Marked.parse(marked);
    List<Hit> hits = find(detector, m.text());
    List<String> expected = new ArrayList<>();
    for (int[] span : m.spans()) {
      expected.add(span[0] + ".." + span[1] + " " + type + " '" + m.text().substring(span[0], span[1]) + "'");
    }
    List<String> actual = new ArrayList<>();
    for (Hit h : hits) {
      actual.add(h.start() + ".." + h.end() + " " + h.type() + " '" + m.text().substring(h.start(), h.end()) + "'");
    }
    assertEquals(expected, actual, m.text());
    for (Hit h : hits) {
      assertTrue(h.score() >= minScore && h.score() <= maxScore,
          "score " + h.score() + " outside [" + minScore + ", " + maxScore + "] in: " + m.text());
    }
  }

  /** Asserts that {@code detector} finds nothing in {@code text}. */
  static void assertFindsNothing(Detector detector, String text) {
    assertEquals(List.of(), find(detector, text), text);
  }
}
