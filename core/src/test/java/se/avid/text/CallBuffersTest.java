package se.avid.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The front end's buffers lent to a call: same answers as a text of its own, nothing of the post kept. */
class CallBuffersTest {

  private static final List<String> POSTS = List.of(
      "Ring mig på 070-123 45 67 eller skriv till anna@example.se, pnr 85O412-l234.",
      "kort",
      "Jag bor på Storgatan 12 i Växjö och min son föddes 2015-03-01.",
      "");

  @Test
  void aCallSeesTheSameTextLandmarksAndNumbersAsATextOfItsOwn() {
    CallWorkspace.PerThread workspaces = new CallWorkspace.PerThread();
    for (String post : POSTS) { // longest first, then shorter: what an earlier post left must not show
      ScanText alone = ScanText.of(post);
      CallWorkspace workspace = workspaces.acquire();
      try {
        ScanText inCall = ScanText.of(post, workspace);
        assertEquals(alone.length(), inCall.length(), post);
        assertEquals(alone.normalized(0, alone.length()), inCall.normalized(0, inCall.length()), post);
        assertEquals(landmarks(Landmarks.of(alone)), landmarks(Landmarks.of(inCall)), post);
        assertEquals(numbers(NumberStarts.of(alone)), numbers(NumberStarts.of(inCall)), post);
        assertEquals(false, inCall.isWordChar(inCall.length()), post);
      } finally {
        workspace.release();
      }
    }
  }

  @Test
  void theNormalisedCopyIsZeroedWhenTheCallEnds() {
    CallWorkspace.PerThread workspaces = new CallWorkspace.PerThread();
    CallWorkspace first = workspaces.acquire();
    Landmarks.Buffers lent = first.get(Landmarks.Buffers.class, Landmarks.Buffers.class, Landmarks.Buffers::new);
    ScanText.of("Anna Svensson, 850412-1234", first);
    first.release();

    CallWorkspace next = workspaces.acquire();
    try {
      Landmarks.Buffers again = next.get(Landmarks.Buffers.class, Landmarks.Buffers.class, Landmarks.Buffers::new);
      assertSame(lent, again, "the thread's buffers are lent again");
      for (char c : again.copyOf("")) {
        assertEquals('\0', c, "no char of the last post is left");
      }
    } finally {
      next.release();
    }
  }

  private static List<Integer> landmarks(Landmarks l) {
    List<Integer> all = new ArrayList<>();
    for (int k = 0; k < l.digitRuns(); k++) {
      all.add(l.digitRun(k));
    }
    all.add(-1);
    for (int k = 0; k < l.marks(); k++) {
      all.add(l.mark(k));
    }
    all.add(-1);
    for (int k = 0; k < l.cueWords(); k++) {
      all.add(l.cueWord(k));
    }
    all.add(-1);
    for (int k = 0; k < l.words(); k++) {
      all.add(l.word(k));
    }
    return all;
  }

  private static List<String> numbers(NumberStarts starts) {
    List<String> all = new ArrayList<>();
    for (int k = 0; k < starts.count(); k++) {
      all.add(starts.position(k) + ":" + starts.startsCleanly(k) + ":" + starts.digitCount(k) + ":"
          + starts.separatorAfter(k));
    }
    return all;
  }
}
