package se.avid.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ScanTextTest {

  @Test
  void theTextIsNormalisedAndItsLandmarksFoundAsIfInPassesOfTheirOwn() {
    for (String post : List.of("pnr 85O412-l234 tack", "ring 070-123 45 67 eller 3 lol 5", "1OO2 och 7OOlOl-OOO3",
        "inga siffror alls", "12 o", "")) {
      ScanText text = ScanText.of(post);
      char[] normalized = TextNormalizer.normalize(post);
      assertEquals(new String(normalized), text.normalized(0, text.length()), post);
      Landmarks expected = Landmarks.scanFolded(normalized);
      Landmarks actual = Landmarks.of(text);
      assertEquals(runs(expected), runs(actual), post);
    }
  }

  private static List<Integer> runs(Landmarks landmarks) {
    List<Integer> all = new ArrayList<>();
    for (int k = 0; k < landmarks.digitRuns(); k++) {
      all.add(landmarks.digitRun(k));
    }
    all.add(-1);
    for (int k = 0; k < landmarks.marks(); k++) {
      all.add(landmarks.mark(k));
    }
    all.add(-1);
    for (int k = 0; k < landmarks.cueWords(); k++) {
      all.add(landmarks.cueWord(k));
    }
    return all;
  }

  @Test
  void derivedDataIsComputedOncePerText() {
    ScanText text = ScanText.of("hej Anna");
    AtomicInteger computed = new AtomicInteger();
    String first = text.derived(ScanTextTest.class, String.class, t -> {
      computed.incrementAndGet();
      return t.original().toUpperCase();
    });
    String second = text.derived(ScanTextTest.class, String.class, t -> {
      computed.incrementAndGet();
      return "other";
    });
    assertSame(first, second);
    assertEquals(1, computed.get());
  }

  @Test
  void derivedDataMayBeComputedFromOtherDerivedData() {
    ScanText text = ScanText.of("hej Anna");
    String upper = text.derived(ScanTextTest.class, String.class,
        t -> t.derived(String.class, String.class, u -> u.original().toUpperCase()) + "!");
    assertEquals("HEJ ANNA!", upper);
    assertEquals("HEJ ANNA", text.derived(String.class, String.class, t -> "computed again"));
    assertEquals("HEJ ANNA!", text.derived(ScanTextTest.class, String.class, t -> "computed again"));
  }

  @Test
  void threadsAskingAtOnceShareOneComputation() throws Exception {
    ScanText text = ScanText.of("hej Anna");
    AtomicInteger computed = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> answers = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        answers.add(pool.submit(() -> {
          start.await();
          return text.derived(ScanTextTest.class, String.class, t -> {
            computed.incrementAndGet();
            return new String(t.original());
          });
        }));
      }
      start.countDown();
      String first = answers.get(0).get();
      for (Future<String> answer : answers) {
        assertSame(first, answer.get());
      }
      assertEquals(1, computed.get());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void derivedDataIsNotSharedBetweenTexts() {
    String a = ScanText.of("hej").derived(ScanTextTest.class, String.class, t -> new String(t.original()));
    String b = ScanText.of("hej").derived(ScanTextTest.class, String.class, t -> new String(t.original()));
    assertNotSame(a, b);
  }

  @Test
  void offsetsAreThoseOfTheOriginal() {
    ScanText text = ScanText.of("ring ０７０");
    assertEquals(8, text.length());
    assertEquals("070", text.normalized(5, 8));
    assertEquals("ring ０７０", text.original());
  }
}
