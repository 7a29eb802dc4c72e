package se.avid.models.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.avid.models.Detections.expect;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.avid.models.Detections;
import se.avid.models.context.MaxentContextScorer;

/**
 * A word in no list whose letters read like a name ({@link NameLetters}), where a sentence has a
 * place for a person ({@link NameSlots#personSlot}), is a name, capitalised or not.
 */
class LetteredNameSlotTest {

  private static final ProperNameDetector DETECTOR =
      ProperNameDetector.builder().contextScorer(MaxentContextScorer.bundled()).build();
  private static final double THRESHOLD = 0.5;

  private static Arguments row(String text, String... expected) {
    return Arguments.of(text, List.of(expected));
  }

  static Stream<Arguments> names() {
    return Stream.of(
        // the subject of a clause, before its verb
        row("när jawahir kom hem var hon full", "NAME jawahir"),
        row("Djezair slår mig när han är full", "NAME Djezair"),
        // a verb that no list of everyday verbs holds, known by its form: present, past tense
        row("mojje tjatar hela tiden om pengar", "NAME mojje"),
        row("kowsar hotade mig igår", "NAME kowsar"),
        // before a verb only a person does: being born, falling asleep
        row("sedan dilnaz föddes har jag ångest", "NAME dilnaz"),
        row("när darya somnade kom han hem", "NAME darya"),
        // a given name too rare to count, whose letters read like no name
        row("när timofej kom hem var han full", "NAME timofej"),
        row("det var tonio som ringde polisen", "NAME tonio"),
        row("jag bor med timofej och två katter", "NAME timofej"),
        // greeted or in a cleft, letters that read like no Swedish word suffice
        row("det var orinta som ringde polisen", "NAME orinta"),
        row("tack rekik, det hjälpte mycket", "NAME rekik"),
        // letters that read strongly like a name's, whatever the ending
        row("igår bråkade sakhidad med sin pappa", "NAME sakhidad"),
        // such letters, though the word splits into two short words ("supa|nya")
        row("igår bråkade supanya med sin pappa", "NAME supanya"),
        // the object of a verb that takes a person
        row("vi träffade shoja på fritidsgården", "NAME shoja"),
        // between its verb and a sentence adverb, letters that read like no Swedish word suffice
        row("sen dess har vicentiu inte sagt något", "NAME vicentiu"),
        // the focus of a cleft
        row("det var sadija som ringde polisen", "NAME sadija"),
        // with the writer
        row("mahboubeh och jag har varit ihop i tre år", "NAME mahboubeh"),
        // the object of a preposition that takes a person, before the phrase ends
        row("ska jag berätta för azize om skulden?", "NAME azize"),
        // a name in -na after a vowel whose stem is no word: no plural's definite ending
        row("ska jag berätta för josiana om skulden?", "NAME josiana"),
        row("jag bor med meeri och två katter", "NAME meeri"),
        // an inverted subject, before a sentence adverb
        row("sen dess har sobhan inte sagt något", "NAME sobhan"),
        row("igår bråkade jawahir med sin pappa", "NAME jawahir"),
        // thanked or greeted, alone before the punctuation
        row("tack meeri, det hjälpte mycket", "NAME meeri"),
        // after "på" only before a word that ends the phrase
        row("jag litar inte på sadija längre", "NAME sadija"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("names")
  void aWordThatReadsLikeANameInAPersonsPlaceIsAName(String text, List<String> expected) {
    assertEquals(expect(text, expected.toArray(String[]::new)), Detections.of(DETECTOR, text, THRESHOLD));
  }

  static Stream<Arguments> words() {
    return Stream.of(
        // an inflected word the dictionary's stems miss: a word ending
        row("de delade ut soppa åt mannarna"),
        // a plural's definite ending after a vowel, its stem a word
        row("jag är allergisk mot bina om sommaren"),
        // before a verb, but after an adjective or a verb: no subject
        row("fast besattheten av sound of music har fortsatt"),
        // a preposition's object whose phrase goes on
        row("det gäller för hwilka dock"),
        // a Swedish word typed wrong, in the same slot
        row("ocksa har jag ont i magen"),
        // a thing before a verb of a person, in a figure: a word
        row("när solen somnade bakom fjället"),
        // no slot
        row("det var mycket jawahir i huset"),
        // "på" before more of its phrase: a firm or a place as often
        row("jag jobbar på sadija bygg"),
        // thanks for a thing, not a person: the phrase goes on
        row("tack jawahir mat var gott"),
        // a word that is a word too, before a verb by its form: the noun ("Liv" is life)
        row("Liv handlar om att välja"),
        // before a verb, letters that read like no name are not enough: a noun the dictionary lacks
        row("förr var det så men nu har ministrar avstått från det"),
        // a plural noun after a word in no list is no verb
        row("vi köpte tiktok bilder till henne"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("words")
  void wordsOrWordsOutsideAPersonsPlaceStay(String text, List<String> expected) {
    assertEquals(expect(text, expected.toArray(String[]::new)), Detections.of(DETECTOR, text, THRESHOLD));
  }
}
