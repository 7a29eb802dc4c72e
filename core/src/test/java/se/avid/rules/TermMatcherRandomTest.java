package se.avid.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import se.avid.text.ScanText;

/**
 * Seeded random term lists and texts, checked against a slow reference that tries every term at
 * every offset: the one-pass automaton must report exactly the same (term, start, end) triples.
 */
class TermMatcherRandomTest {

  private static final String TERM_CHARS = "abAs-";
  private static final String TEXT_CHARS = "abABss- x";

  @Test
  void reportsWhatTryingEveryTermAtEveryOffsetReports() {
    Random random = new Random(5_2026L);
    for (int round = 0; round < 3000; round++) {
      List<String> terms = new ArrayList<>();
      int count = 1 + random.nextInt(6);
      while (terms.size() < count) {
        StringBuilder t = new StringBuilder();
        int len = 1 + random.nextInt(5);
        for (int i = 0; i < len; i++) {
          t.append(TERM_CHARS.charAt(random.nextInt(TERM_CHARS.length())));
        }
        String n = Terms.normalize(t);
        if (!n.isEmpty() && !terms.contains(n)) {
          terms.add(n);
        }
      }
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(40);
      for (int i = 0; i < length; i++) {
        char c = TEXT_CHARS.charAt(random.nextInt(TEXT_CHARS.length()));
        if (c == ' ' && (text.length() == 0 || text.charAt(text.length() - 1) == ' ')) {
          continue; // single spaces only, so that the reference needs no collapsing
        }
        text.append(c);
      }
      String t = text.toString();
      ScanText scan = ScanText.of(t);
      Set<String> expected = new TreeSet<>();
      for (int term = 0; term < terms.size(); term++) {
        String w = terms.get(term);
        for (int s = 0; s + w.length() <= t.length(); s++) {
          if (!t.substring(s, s + w.length()).toLowerCase().equals(w)) {
            continue;
          }
          int e = s + w.length();
          if (scan.isWordChar(s) && scan.isWordChar(s - 1)) {
            continue;
          }
          if (scan.isWordChar(e - 1) && scan.isWordChar(e)) {
            if (Character.toLowerCase(t.charAt(e)) == 's' && !scan.isWordChar(e + 1)) {
              e++;
            } else {
              continue;
            }
          }
          expected.add(term + "@" + s + ".." + e);
        }
      }
      Set<String> actual = new TreeSet<>();
      new TermMatcher(terms).find(scan, (term, s, e) -> actual.add(term + "@" + s + ".." + e));
      assertEquals(expected, actual, "terms " + terms + " in '" + t + "'");
    }
  }
}
