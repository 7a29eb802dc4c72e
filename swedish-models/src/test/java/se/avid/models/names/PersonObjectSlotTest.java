package se.avid.models.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Lowercase slots of a person as an object: what one talks or feels about ("ringde om nayla",
 * "orolig för marziye", only a word that is no word), whom one stays with ("hos alf"), and the
 * focus of a past cleft ("det var stig som började"); a first name that is also a rare word where a
 * person stands ("sen dess har liana inte", "träffade alban"); not the things that stand there as often.
 */
class PersonObjectSlotTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "skolan ringde om nayla igen|nayla",
    "jag är så orolig för marziye|marziye",
    "jag bodde hos alf i två veckor|alf",
    "det var stig som började bråka|stig",
    "sen dess har liana inte sagt något|liana",
    "vi träffade alban på fritids|alban",
    "ska jag berätta för sohna om skulden?|sohna",
    "hon litar på björn|björn",
  })
  void aNameInThePersonsSlotIsRedacted(String text, String name) {
    assertEquals(List.of(name), RedactedWords.in(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "vi pratade om skolan igen",
    "jag är orolig för framtiden",
    "jag var hos läkaren igår",
    "det är liv som gäller",
    "det var sten som föll",
    "här var kärlekens mark och jag älskade",
    "ska jag berätta för mamma om det?",
    "jag litar på polisen",
  })
  void aWordInTheSameSlotIsNot(String text) {
    assertEquals(List.of(), RedactedWords.in(text));
  }
}
