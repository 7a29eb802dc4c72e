package se.avid.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.avid.text.ScanText;

class TermMatcherTest {

  private static final List<String> TERMS = List.of("lena holm", "storgatan", "rosengårdsskolan", "holm", "bo");

  /** The matches as "term@start..end", in the order found. */
  private static List<String> matches(List<String> terms, String text) {
    List<String> out = new ArrayList<>();
    new TermMatcher(terms).find(ScanText.of(text), (t, s, e) -> out.add(terms.get(t) + "@" + s + ".." + e));
    return out;
  }

  @ParameterizedTest(name = "\"{0}\" -> {1}")
  @CsvSource(delimiter = '|', value = {
      "vår handläggare Lena Holm svarar aldrig      | lena holm@16..25;holm@21..25",
      "LENA HOLM är bäst                             | lena holm@0..9;holm@5..9",
      "Lena Holms rum                                | lena holm@0..10;holm@5..10",
      "bor på Storgatan 5                            | storgatan@7..16",
      "bor på Storgatans hörn                        | storgatan@7..17",
      "bor på Lillstorgatan 5                        | ''",
      "bor på Storgatanvägen 5                       | ''",
      "går på Rosengårdsskolan                       | rosengårdsskolan@7..23",
      "jag vill bo här, inte i Bollnäs               | bo@9..11",
      "Holmberg och Bosse                            | ''",
  })
  void findsTermsCaseInsensitivelyOnWordBoundaries(String text, String expected) {
    List<String> want = expected.isEmpty() ? List.of() : List.of(expected.split(";"));
    assertEquals(want, matches(TERMS, text));
  }

  @Test
  void runsOfSpacesAndLineBreaksMatchTheOneSpaceOfATerm() {
    assertEquals(List.of("lena holm@0..11", "holm@7..11", "lena holm@16..25", "holm@21..25"),
        matches(TERMS, "lena   holm och lena\nholm"));
  }

  @Test
  void offsetsSkipZeroWidthCharsAndOddSpaces() {
    assertEquals(List.of("lena holm@0..11", "holm@7..11"), matches(TERMS, "Le\u200Bna\u00A0 Holm"));
  }

  @Test
  void overlappingTermsAreAllReported() {
    List<String> terms = List.of("anna karin", "karin lund", "karin");
    assertEquals(List.of("anna karin@0..10", "karin@5..10", "karin lund@5..15"), matches(terms, "Anna Karin Lund"));
  }

  @Test
  void manyTermsOneLongTextStaysLinear() {
    List<String> terms = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      terms.add("a".repeat(1 + i % 40) + "b" + i);
    }
    String text = "a".repeat(3_000_000);
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertEquals(List.of(), matches(terms, text)));
  }
}
