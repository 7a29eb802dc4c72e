package se.avid.models.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Places where only a person stands: the subject of a question right after the verb that opens
 * it or its question word ("har hajjaj rätt att", "varför gör lavin så"), who is thanked at the
 * end of "tack för allt X!", what one feels about ("orolig för X"), and who a message is from
 * ("ett sms från X"). A word
 * no list knows whose letters read like a name is a name there; ordinary words stay.
 */
class QuestionAndThanksSlotTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "har hajjaj rätt att ta barnen?|hajjaj",
    "kan nirveta få hjälp med sina skulder?|nirveta",
    "tack för allt umadevi!|umadevi",
    "tack för svaret shenghui|shenghui",
    "varför gör lavin så här mot mig?|lavin",
    "jag är orolig för hussameldin.|hussameldin",
    "fick ett sms från nacera mitt i natten|nacera",
    "fick ett samtal från kobra igår|kobra",
  })
  void aNameLikeWordInTheSlotIsAName(String text, String name) {
    assertEquals(List.of(name), RedactedWords.in(text));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
    "har barnen rätt att flytta?",
    "kan soc få veta det?",
    "tack för allt stöd!",
    "tack för svaret igen",
    "hade ridit förr, även om det var länge sen.",
    "jag är orolig för framtiden.",
    "fick ett brev från kommunen igår",
  })
  void anOrdinaryWordInTheSlotStays(String text) {
    assertEquals(List.of(), RedactedWords.in(text));
  }
}
