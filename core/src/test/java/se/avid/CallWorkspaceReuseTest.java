package se.avid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.avid.spi.Detector;
import se.avid.spi.FindingSink;
import se.avid.text.Reusable;
import se.avid.text.ScanText;

/** The anonymizer lends detectors reusable buffers for one call and clears them when it ends. */
class CallWorkspaceReuseTest {

  /** A copy of the text, kept in a reused buffer. */
  static final class Copy implements Reusable {
    char[] chars = new char[0];
    int length;

    @Override
    public void clear() {
      java.util.Arrays.fill(chars, 0, length, '\0');
      length = 0;
    }
  }

  /**
   * Reports every run of digits, found in its reused copy of the text; remembers the buffers it
   * was lent; and, when asked, redacts another text with {@code nested} inside its own call.
   */
  static final class CopyingDetector implements Detector {
    final List<Copy> lent = new ArrayList<>();
    Anonymizer nested;
    String nestedResult;

    @Override
    public String name() {
      return "copying";
    }

    @Override
    public Set<EntityType> types() {
      return Set.of(EntityType.PHONE);
    }

    @Override
    public void detect(ScanText text, FindingSink sink) {
      Copy copy = text.reusable(Copy.class, Copy.class, Copy::new);
      lent.add(copy);
      if (copy.chars.length < text.length()) {
        copy.chars = new char[text.length()];
      }
      copy.length = text.length();
      text.copyNormalized(0, text.length(), copy.chars, 0);
      if (nested != null) {
        Anonymizer inner = nested;
        nested = null;
        nestedResult = inner.redact("ring 0701234567");
      }
      for (int i = 0; i < copy.length; ) { // read after the nested call: it must not have touched the copy
        int s = i;
        while (i < copy.length && Character.isDigit(copy.chars[i])) {
          i++;
        }
        if (i > s) {
          sink.add(s, i, EntityType.PHONE, 0.9);
        }
        i = Math.max(i, s + 1);
      }
    }
  }

  private static Anonymizer with(Detector d) {
    return Anonymizer.builder().serviceLoading(false).addDetector(d).build();
  }

  @Test
  void theNextCallOnTheThreadGetsTheSameBuffersCleared() {
    CopyingDetector d = new CopyingDetector();
    Anonymizer a = with(d);
    assertEquals("ring [TELEFON]", a.redact("ring 0701234567"));
    assertEquals("", new String(d.lent.get(0).chars).replace("\0", ""));
    assertEquals("nr [TELEFON] nu", a.redact("nr 0812345 nu"));
    assertSame(d.lent.get(0), d.lent.get(1));
  }

  @Test
  void aCallInsideACallOnTheSameThreadLeavesTheOuterCallsBuffersAlone() {
    CopyingDetector d = new CopyingDetector();
    Anonymizer a = with(d);
    d.nested = a;
    assertEquals("nr [TELEFON] och [TELEFON]", a.redact("nr 0812345 och 112233"));
    assertEquals("ring [TELEFON]", d.nestedResult);
  }

  @Test
  void buffersAreClearedWhenADetectorFails() {
    CopyingDetector d = new CopyingDetector();
    Detector failing = new Detector() {
      @Override
      public String name() {
        return "failing";
      }

      @Override
      public Set<EntityType> types() {
        return Set.of(EntityType.PHONE);
      }

      @Override
      public void detect(ScanText text, FindingSink sink) {
        throw new IllegalStateException("broken");
      }
    };
    Anonymizer a = Anonymizer.builder().serviceLoading(false).addDetector(d).addDetector(failing).build();
    assertThrows(RedactionException.class, () -> a.redact("ring 0701234567"));
    assertEquals("", new String(d.lent.get(0).chars).replace("\0", ""));
  }
}
