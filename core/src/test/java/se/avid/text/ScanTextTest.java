package se.avid.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ScanTextTest {

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
