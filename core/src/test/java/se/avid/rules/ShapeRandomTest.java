package se.avid.rules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.avid.text.ScanText;

/**
 * Seeded random shapes and texts, checked against a slow reference: every (start, end) whose
 * substring matches the shape's regex translation, on word boundaries. The shape matcher reports
 * the earliest start per end, so the two must cover exactly the same chars.
 */
class ShapeRandomTest {

  private static final String[] ATOMS = {"D", "L", "A", "-", " ", "a", "1"};
  private static final String[] REGEX = {"[0-9]", "\\p{L}", "[0-9\\p{L}]", "-", " ", "[aA]", "1"};
  private static final String[] REPEATS = {"", "", "?", "{2}", "{1,3}", "{0,2}"};
  private static final String TEXT_CHARS = "12aAb- -x9";

  @Test
  void coversExactlyWhatTheReferenceMatches() {
    Random random = new Random(20261123L);
    for (int round = 0; round < 3000; round++) {
      StringBuilder shape = new StringBuilder();
      StringBuilder regex = new StringBuilder();
      int atoms = 1 + random.nextInt(4);
      for (int i = 0; i < atoms; i++) {
        int a = random.nextInt(ATOMS.length);
        String r = REPEATS[random.nextInt(REPEATS.length)];
        shape.append(ATOMS[a]).append(r);
        regex.append(REGEX[a]).append(r);
      }
      Shape compiled;
      try {
        compiled = Shape.compile(shape.toString());
      } catch (IllegalArgumentException e) {
        continue; // a shape that can match nothing
      }
      Pattern reference = Pattern.compile(regex.toString());
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(25);
      for (int i = 0; i < length; i++) {
        text.append(TEXT_CHARS.charAt(random.nextInt(TEXT_CHARS.length())));
      }
      String t = text.toString();
      ScanText scan = ScanText.of(t);
      boolean[] expected = new boolean[t.length()];
      for (int s = 0; s < t.length(); s++) {
        if (scan.isWordChar(s) && scan.isWordChar(s - 1)) {
          continue;
        }
        for (int e = s + 1; e <= t.length(); e++) {
          if (!(scan.isWordChar(e - 1) && scan.isWordChar(e)) && reference.matcher(t.substring(s, e)).matches()) {
            for (int k = s; k < e; k++) {
              expected[k] = true;
            }
          }
        }
      }
      boolean[] actual = new boolean[t.length()];
      compiled.find(scan, (s, e) -> {
        for (int k = s; k < e; k++) {
          actual[k] = true;
        }
      });
      assertArrayEquals(expected, actual, "shape '" + shape + "' on '" + t + "'");
    }
  }
}
