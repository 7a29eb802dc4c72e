package se.avid.models.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.avid.models.Detections;
import se.avid.models.context.MaxentContextScorer;
import se.avid.text.ScanText;

/** A thread's arrays are reused from text to text: nothing of one text may reach the next. */
class NameWorkspaceTest {

  private static final String POST = "hej! min son Elias bor i Kiruna och hans kompis heter Zarvina. mvh Lena";
  private static final String LONG = "Anna Lindqvist och Björn flyttade från Göteborg till Sundsvall. ".repeat(40);

  @Test
  void prepareClearsWhatTheLastTextLeft() {
    NameWorkspace w = new NameWorkspace().prepare(10);
    w.flags[3] = 7;
    w.facts[3] = 7;
    w.genitive[3] = true;
    w.commonCache[3] = 1;
    w.type[3] = WordLabels.NAME;
    w.score[3] = 0.9;
    w.spanEnd[3] = 12;
    w.prepare(5);
    assertEquals(0, w.flags[3] | w.facts[3] | w.commonCache[3] | w.type[3] | w.spanEnd[3]);
    assertEquals(0.0, w.score[3]);
    assertEquals(false, w.genitive[3]);
  }

  @Test
  void prepareGrowsForALongerText() {
    NameWorkspace w = new NameWorkspace();
    int n = w.type.length * 3;
    w.prepare(n);
    assertTrue(w.type.length >= n && w.flags.length >= n && w.windowStart.length >= n);
  }

  @Test
  void aPostFindsTheSameAfterALongerTextOnTheSameThread() {
    ProperNameDetector fresh = detector();
    List<String> expected = Detections.of(fresh, POST, 0);
    ProperNameDetector used = detector();
    assertNotEquals(List.of(), Detections.of(used, LONG, 0));
    assertEquals(expected, Detections.of(used, POST, 0));
  }

  @Test
  void aSinkThatCallsTheDetectorAgainDisturbsNeitherCall() {
    ProperNameDetector detector = detector();
    List<String> expectedOuter = Detections.of(detector, POST, 0);
    List<String> expectedInner = Detections.of(detector, LONG, 0);
    List<String> inner = new ArrayList<>();
    List<String> outer = new ArrayList<>();
    detector.detect(ScanText.of(POST), (start, end, type, score) -> {
      if (inner.isEmpty()) {
        inner.addAll(Detections.of(detector, LONG, 0));
      }
      outer.add(Detections.describe(POST, type.name(), start, end));
    });
    assertEquals(expectedInner, inner);
    assertEquals(expectedOuter.size(), outer.size());
    assertTrue(outer.containsAll(expectedOuter));
  }

  private static ProperNameDetector detector() {
    return ProperNameDetector.builder().contextScorer(MaxentContextScorer.bundled()).build();
  }
}
