package se.avid.models.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.avid.EntityType;
import se.avid.text.ScanText;

/** A name has a bounded number of parts; a longer run of name words is reported in pieces, every word still found. */
class NamePartsTest {

  private static final ProperNameDetector DETECTOR = ProperNameDetector.builder().build();

  private static List<int[]> names(String text) {
    List<int[]> out = new ArrayList<>();
    DETECTOR.detect(ScanText.of(text), (start, end, type, score) -> {
      if (type == EntityType.NAME && score >= 0.5) {
        out.add(new int[] {start, end});
      }
    });
    return out;
  }

  @Test
  void aNameOfFourPartsIsOneName() {
    String text = "igår kom Anna Maria Eriksson Lind hit";
    List<int[]> found = names(text);
    assertEquals(1, found.size());
    assertEquals("Anna Maria Eriksson Lind", text.substring(found.get(0)[0], found.get(0)[1]));
  }

  @Test
  void aLongRunOfCapitalisedUnknownWordsIsReportedInPiecesThatCoverEveryWord() {
    StringBuilder text = new StringBuilder("och sedan");
    List<String> parts = new ArrayList<>();
    for (char a = 'a'; a <= 'z'; a++) {
      for (char b = 'a'; b <= 'e'; b++) {
        String part = "Xq" + a + b;
        parts.add(part);
        text.append(' ').append(part);
      }
    }
    String s = text.toString();
    List<int[]> found = names(s);
    for (int[] f : found) {
      int words = s.substring(f[0], f[1]).split(" ").length;
      assertTrue(words <= WordLabels.MAX_NAME_PARTS, "a name of " + words + " words");
    }
    int from = 0;
    for (String part : parts) {
      int start = s.indexOf(part, from);
      from = start + part.length();
      int at = start;
      assertTrue(found.stream().anyMatch(f -> f[0] <= at && at + part.length() <= f[1]), part + " not covered");
    }
  }
}
