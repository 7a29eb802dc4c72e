package se.avid.models.institutions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.avid.Anonymizer;
import se.avid.models.Redactions;

/**
 * A unit of daily activity (LSS) is named as a preschool is, often by an ordinary word in its
 * definite form ("daglig verksamhet Verkstan", "dagliga verksamheten solstrålen"), and so is a
 * workshop ("ateljén Kulan"); a word that is no word, between a place's preposition and "i" and
 * its town, is a place there ("till grönlunda i sundsvall"). A word of time after the unit, a
 * compound of ordinary words before the town and a hallway stay.
 */
class DailyActivityAndTownSlotTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "Han går på daglig verksamhet Verkstan på dagarna.|PLACE Verkstan",
    "jag är på daglig verksamhet pärlan. vi får 50 kr per dag.|PLACE pärlan",
    "dagliga verksamheten solstrålen stänger hela juli.|PLACE solstrålen",
    "Hon går på dagverksamheten Lärkan tre dagar i veckan.|PLACE Lärkan",
    "Jag jobbar på ateljén Kulan på daglig verksamhet.|PLACE Kulan",
    "han har gått på daglig verksamhet på verkstan i fem år.|PLACE verkstan",
    "han har daglig verksamhet på flottiljen. nu har han fått kompisar.|PLACE flottiljen",
    "han åker färdtjänst till grönlunda i sundsvall varje morgon.|PLACE grönlunda,PLACE sundsvall",
    "han har sin dagliga verksamhet på snickarboa i gävle.|PLACE snickarboa,PLACE gävle",
    "han köper det över gränsen i tornio för att det är billigare.|PLACE tornio",
    "vet inte om dom tar folk från gbg.|PLACE gbg",
  })
  void theUnitOrPlaceIsRedacted(String text, String findings) {
    assertEquals(List.of(findings.split(",")), Redactions.in(text));
  }

  @Test
  void theUnitsOwnNounIsNotFlaggedBesideItsName() {
    Anonymizer reviewing = Anonymizer.builder().reviewThreshold(0.3).build();
    String text = "dagliga verksamheten solstrålen stänger hela juli.";
    assertEquals(List.of("solstrålen"),
        reviewing.assess(text).findings().stream().map(f -> f.finding().valueIn(text)).toList());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "Han har daglig verksamhet dagen efter.",
    "Han gick till dagliga verksamheten igen.",
    "han har daglig verksamhet på dagarna och sover på kvällarna.",
    "hon har daglig verksamhet på jobbet.",
    "han stod i hallen och skrek.",
  })
  void aWordOfTimeOrAHallwayStays(String text) {
    assertEquals(List.of(), Redactions.in(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "måste det gå till migrationsdomstolen i göteborg?|PLACE göteborg",
    "vi hade många vänner i chileföreningen i hässelby.|PLACE hässelby",
    "hon har kommit in på folkuniversitetet i växjö.|PLACE växjö",
  })
  void aCompoundOfWordsBeforeTheTownIsNoPlace(String text, String findings) {
    assertEquals(List.of(findings.split(",")), Redactions.in(text));
  }
}
