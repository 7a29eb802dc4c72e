package se.avid.models.names;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import se.avid.text.ScanText;

/**
 * The name detector takes any text: every finding lies inside it, whatever the order of cues,
 * names, places, punctuation and words typed without å, ä, ö (a rule that looks at the word
 * before must not look before the first). Seeded and bounded.
 */
class NameDetectorPropertyTest {

  private static final ProperNameDetector DETECTOR = ProperNameDetector.builder().build();

  private static final List<String> PARTS = List.of(
      "heter", "min", "son", "dotter", "anna", "Anna", "elsa", "brandt", "strand", "lund", "i", "bor", "från",
      "kavlinge", "gora", "nås", "sommen", "mvh", "hej", "/", ",", ".", "!", "?", "\n", "och", "per", "kr",
      "Xqa", "förskolan", "blåklockan", "lindgårdens", "äldreboende", "12", "(", ")", "år", "polisen", "sa");

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of(PARTS).list().ofMinSize(1).ofMaxSize(12).map(p -> String.join(" ", p));
  }

  @Property(tries = 300, seed = "14")
  void everyFindingLiesInsideTheText(@ForAll("texts") String text) {
    DETECTOR.detect(ScanText.of(text), (start, end, type, score) ->
        assertTrue(0 <= start && start < end && end <= text.length() && score > 0 && score <= 1, text));
  }
}
