package se.avid.models.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.avid.EntityType;
import se.avid.models.context.MaxentContextScorer;
import se.avid.text.ScanText;

/**
 * A word no list holds in a form of its own is a name when a possessive and a kin noun, or an age,
 * are said of it: even when it reads as the inflection of another word ("ligge", "atte").
 */
class NamedByPredicateTest {

  private static final ProperNameDetector DETECTOR =
      ProperNameDetector.builder().contextScorer(MaxentContextScorer.bundled()).build();

  private static List<String> redacted(String text) {
    List<String> found = new ArrayList<>();
    DETECTOR.detect(ScanText.of(text), (start, end, type, score) -> {
      if (type == EntityType.NAME && score >= 0.5) {
        found.add(text.substring(start, end));
      }
    });
    return found;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "atte är min bästa kompis sen lågstadiet|atte",
    "hagge är hennes pojkvän|hagge",
    "jag tror pette, min bror, har det svårt|pette",
    "ligge är 15 år och mår dåligt|ligge",
    "Ligge är 15 år och mår dåligt|Ligge",
    // a nickname in -an, though shaped like a definite noun
    "tessan är min bästa kompis sen lågstadiet|tessan",
  })
  void aKinNounOrAnAgeSaidOfAnUnlistedFormNamesIt(String text, String name) {
    assertEquals(List.of(name), redacted(text));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"det är min kompis", "han är min bror", "dottren är 15 år", "klockan var 16.06 när jag kom",
      "den långa centern är 24 år"})
  void pronounsFrequentWordsAndDefiniteNounsAreNot(String text) {
    assertEquals(List.of(), redacted(text));
  }
}
